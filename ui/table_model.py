"""One base for the app's tables (style lesson 3): column constants, roles, `set_rows()`, and a
sort/filter proxy whose search folds case and accents like the core's search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.search import fold, normalise_query

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (dates, numbers)
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record id


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind; subclasses declare `columns` and how to get a row's id and search
    text. Holds decrypted data: `clear()` drops it all (used when the app locks)."""

    def __init__(self, columns: Sequence[Column[R]], row_id: Callable[[R], str],
                 search_text: Callable[[R], str]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._row_id = row_id
        self._search_text = search_text
        self._rows: list[R] = []
        self._folded: list[str] = []

    # -- content ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R], folded: Sequence[str] | None = None) -> None:
        """Replace the rows. `folded` (one search text per row, already folded) may come from
        a background job: folding 10,000 incidents takes most of a second."""
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = list(folded) if folded is not None and len(folded) == len(self._rows) \
            else [fold(self._search_text(r)) for r in self._rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if self._row_id(row) == record_id:
                return number
        return -1

    def folded_text(self, row: int) -> str:
        return self._folded[row]

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else fold(column.text(row))
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self._row_id(row)
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorting by SORT_ROLE; filtering by search words (all must occur) and a predicate."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", normalise_query(text)))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._refilter(lambda: setattr(self, "_predicate", predicate))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 deprecates invalidateRowsFilter() in favour of begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return True
        if self._words:
            text = model.folded_text(source_row)
            if not all(word in text for word in self._words):
                return False
        return self._predicate is None or self._predicate(model.row_at(source_row))

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
