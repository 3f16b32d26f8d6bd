"""One base for the app's tables (style lesson 3): column constants, roles, `set_rows()`, and a
sort/filter proxy whose search folds case and accents like the core's search."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.search import fold, normalise_query

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (dates, numbers)
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record id


RELEASE_SLICE_S = 0.004
RELEASE_BATCH = 256


def release_in_slices(lists: list[list[Any]]) -> None:
    """Drop the items of `lists` a batch at a time, one short slice per event-loop turn.

    The caller no longer refers to the lists; only this keeps them until they are empty.
    """
    pending = [items for items in lists if items]

    def step() -> None:
        began = time.perf_counter()
        while pending and time.perf_counter() - began < RELEASE_SLICE_S:
            del pending[-1][-RELEASE_BATCH:]
            if not pending[-1]:
                pending.pop()
        if pending:
            QTimer.singleShot(0, step)

    if pending:
        QTimer.singleShot(0, step)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None


@dataclass
class Prepared:
    """Everything the model shows about some rows, computed without touching the model, so a
    background job can do it: per row the folded search text, each column's display text and
    each column's sort key. The GUI thread then only swaps lists (for 10,000 incidents the
    computing takes a few hundred ms; the swap a few)."""

    folded: list[str]
    cells: list[list[str]]
    keys: list[list[tuple[int, Any]]]


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
        self._cells: list[list[str]] = []
        self._keys: list[list[tuple[int, Any]]] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ------------------------------------------------------------------------
    def prepare(self, rows: Sequence[R],
                search_text: Callable[[R], str] | None = None) -> Prepared:
        """Compute what set_rows needs, without touching the model (for a background job)."""
        text_of = search_text or self._search_text
        prepared = Prepared([], [], [])
        for number, row in enumerate(rows):
            cells = [c.text(row) for c in self._columns]
            prepared.cells.append(cells)
            prepared.keys.append([self._key(c, row, cell)
                                  for c, cell in zip(self._columns, cells, strict=True)])
            prepared.folded.append(fold(text_of(row)))
            if number % 64 == 63:
                time.sleep(0)  # in a background job: let the GUI thread have the GIL
        return prepared

    @staticmethod
    def _key(column: Column[R], row: R, text: str) -> tuple[int, Any]:
        value = column.sort(row) if column.sort is not None else fold(text)
        return (1, "") if value is None else (0, value)

    def set_rows(self, rows: Sequence[R], prepared: Prepared | None = None) -> None:
        """Replace the rows; `prepared` may come from a background job (see Prepared)."""
        rows = list(rows)
        if prepared is None or len(prepared.folded) != len(rows):
            prepared = self.prepare(rows)
        old = [self._rows, self._folded, self._cells, self._keys]
        self.beginResetModel()
        self._rows = rows
        self._folded, self._cells, self._keys = prepared.folded, prepared.cells, prepared.keys
        if self._sort is not None:
            self._reorder(self._sorted_positions(*self._sort))
        self.endResetModel()
        # Freeing 10,000 decoded incidents took 0.1 s of the GUI thread at lock; the model and
        # the views let go of them at once, the memory is handed back in short slices.
        release_in_slices(old)

    # -- sorting ------------------------------------------------------------------------
    # The model sorts itself: one list.sort over precomputed keys. A sorting proxy would call
    # back into Python (lessThan, data) n·log n times — seconds for 10,000 rows.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._sort == (column, order):
            # Already in this order (set_rows keeps it): QTableView.sortByColumn asks twice.
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        positions = self._sorted_positions(column, order)
        new_row = {old: new for new, old in enumerate(positions)}
        persistent = self.persistentIndexList()
        self._reorder(positions)
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) if i.row() in new_row
                         else QModelIndex() for i in persistent])
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def _sorted_positions(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = [k[column] for k in self._keys]
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, positions: list[int]) -> None:
        self._rows = [self._rows[i] for i in positions]
        self._folded = [self._folded[i] for i in positions]
        self._cells = [self._cells[i] for i in positions]
        self._keys = [self._keys[i] for i in positions]


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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()][1]
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
        self.setDynamicSortFilter(False)  # the source model keeps its own order
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's job (see RecordTableModel.sort); the proxy keeps the
        source's order and only filters."""
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)


def record_table_view(proxy: RecordFilterProxy, column: int, order: Qt.SortOrder) -> QTableView:
    """The one way the app builds its record lists: read-only, whole-row single selection,
    sortable by the header (the model sorts itself), starting sorted by `column`."""
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view
