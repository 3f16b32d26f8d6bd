"""One base for the app's tables: column constants, roles, `set_rows()`, and
sorting and searching that fold case and accents like the core's search. The views' proxy and
the view itself are in ui/table_view.py."""

from __future__ import annotations

import bisect
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.search import fold, normalise_query
from ui.worker import Shrinkable, release_in_slices

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

R = TypeVar("R")
T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
# A row's place in a column's order: (0, value), or (1, "") for a row without a value (last).
SortKey = tuple[int, "SupportsRichComparison"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (dates, numbers)
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record id


MODEL_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                          SORT_ROLE, ROW_ROLE, ID_ROLE))


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], SupportsRichComparison | None] | None = None


@dataclass
class Prepared:
    """What the model shows about some rows, computed without touching the model, so a
    background job can do it: per row the folded search text and each column's display text,
    per column the sort keys. Anything left out (None, a missing column) is computed when it
    is first needed: a cell when its row is painted, a column's keys when the list is sorted
    by it, the search texts by set_search_texts() or at the first search."""

    folded: list[str] | None
    cells: list[list[str] | None]
    keys: dict[int, list[SortKey]]


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind; subclasses declare `columns` and how to get a row's id and search
    text. Holds decrypted data: `clear()` drops it all (used when the app locks)."""

    def __init__(self, columns: Sequence[Column[R]], row_id: Callable[[R], str],
                 search_text: Callable[[R], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._search_text = search_text
        self._rows: list[R] = []
        self._given: list[R] = []  # the rows as set_rows got them (before sorting)
        self._folded: list[str] | None = []
        self._search_pending = False  # set_search_texts() will bring the search texts
        self._cells: list[list[str] | None] = []
        self._keys: dict[int, list[SortKey]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Filtering happens here too: `_shown` lists the positions (in _rows) of the rows on
        # show, or is None when no filter is set. A filtering proxy would call back into
        # Python once per row and keystroke (filterAcceptsRow): 40-120 ms for 10,000 rows.
        self._words: list[str] = []
        self._predicate: Callable[[R], bool] | None = None
        self._shown: list[int] | None = None

    # -- content ------------------------------------------------------------------------
    def prepare(self, rows: Sequence[R],
                search_text: Callable[[R], str] | None = None) -> Prepared:
        """Compute what set_rows needs, without touching the model (for a background job)."""
        text_of = search_text or self._search_text
        folded: list[str] = []
        prepared = Prepared(folded, [], {c: [] for c in range(len(self._columns))})
        for number, row in enumerate(rows):
            cells = [c.text(row) for c in self._columns]
            prepared.cells.append(cells)
            for index, (column, cell) in enumerate(zip(self._columns, cells, strict=True)):
                prepared.keys[index].append(self._key(column, row, cell))
            folded.append(fold(text_of(row)))
            if number % 64 == 63:
                time.sleep(0)  # in a background job: let the GUI thread have the GIL
        return prepared

    def light(self, rows: Sequence[R]) -> Prepared:
        """Nothing computed ahead: for a big list that must appear at once (10,000 incidents
        in well under a second); cells and keys follow as they are needed."""
        return Prepared(None, [None] * len(rows), {})

    def set_search_texts(self, rows: Sequence[R], folded: list[str]) -> bool:
        """Install search texts computed in the background for `rows` (the list given to
        set_rows); False, and nothing changes, when the model has other rows meanwhile."""
        if rows is not self._given or len(folded) != len(rows):
            return False
        # Rows saved (upsert) or deleted (remove) since set_rows are new objects or gone: a
        # new row's text is made here. The given rows are all alive, so no id() is reused.
        where = {id(r): n for n, r in enumerate(rows)}
        texts = [folded[where[id(r)]] if id(r) in where else fold(self._search_text(r))
                 for r in self._rows]
        self._search_pending = False
        if self._words:
            self._relayout(lambda: setattr(self, "_folded", texts))
        else:
            self._folded = texts
        return True

    def searching_pending(self) -> bool:
        """A search was typed, and the search texts are still being prepared."""
        return bool(self._words) and self._folded is None

    def _row_cells(self, position: int) -> list[str]:
        cells = self._cells[position]
        if cells is None:
            row = self._rows[position]
            cells = self._cells[position] = [c.text(row) for c in self._columns]
        return cells

    def _column_keys(self, column: int) -> list[SortKey]:
        keys = self._keys.get(column)
        if keys is None:
            spec, cells = self._columns[column], self._cells
            with self.bulk():
                if spec.sort is not None:
                    keys = [self._key(spec, row, "") for row in self._rows]
                else:  # only this column's text: a row's other cells wait for its paint
                    keys = [self._key(spec, row, spec.text(row) if (shown := cells[n]) is None
                                      else shown[column])
                            for n, row in enumerate(self._rows)]
            self._keys[column] = keys
        return keys

    def bulk(self) -> contextlib.AbstractContextManager[None]:
        """Wraps work over all rows (a column's sort keys); subclasses may cache meanwhile."""
        return contextlib.nullcontext()

    def _search_folded(self) -> list[str] | None:
        if self._folded is None and not self._search_pending:
            with self.bulk():
                self._folded = [fold(self._search_text(row)) for row in self._rows]
        return self._folded

    @staticmethod
    def _key(column: Column[R], row: R, text: str) -> SortKey:
        value = column.sort(row) if column.sort is not None else fold(text)
        return (1, "") if value is None else (0, value)

    def set_rows(self, rows: Sequence[R], prepared: Prepared | None = None,
                 search_texts_follow: bool = False) -> None:
        """Replace the rows; `prepared` may come from a background job (see Prepared). With
        `search_texts_follow`, a search typed before set_search_texts() waits for them
        (all rows stay shown; searching_pending() says so) instead of computing them here."""
        given = rows if isinstance(rows, list) else list(rows)
        rows = list(given)
        if prepared is None or len(prepared.cells) != len(rows):
            prepared = self.prepare(rows)
        old: list[Shrinkable] = [self._rows, self._folded or [], self._cells,
                                 *self._keys.values()]
        self.beginResetModel()
        self._rows, self._given = rows, given
        self._folded, self._cells, self._keys = prepared.folded, prepared.cells, prepared.keys
        self._search_pending = search_texts_follow and prepared.folded is None
        if self._sort is not None:
            self._reorder(self._sorted_positions(*self._sort))
        self._shown = self._matching()
        self.endResetModel()
        # Freeing 10,000 decoded incidents took 0.1 s of the GUI thread at lock; the model and
        # the views let go of them at once, the memory is handed back in short slices.
        release_in_slices(old)

    def upsert(self, row: R) -> None:
        """Show `row` in place of the loaded row with its id, or add it: only this row's
        cells, sort keys and search text are made (a save in a list of 10,000 took 2 s when
        the whole list was read again). Sort, filter and selection are kept."""
        record_id = self._row_id(row)
        position = self._index_of(record_id)
        cells = [c.text(row) for c in self._columns]
        text = fold(self._search_text(row)) if self._folded is not None else ""

        def change() -> None:
            at = len(self._rows) if position < 0 else position
            rows, all_cells = list(self._rows), list(self._cells)
            keys = {c: list(k) for c, k in self._keys.items()}
            folded = list(self._folded) if self._folded is not None else None
            if position < 0:
                rows.append(row)
                all_cells.append(cells)
                for column_keys in keys.values():
                    column_keys.append((1, ""))
                if folded is not None:
                    folded.append(text)
            rows[at], all_cells[at] = row, cells
            for column, column_keys in keys.items():
                column_keys[at] = self._key(self._columns[column], row, cells[column])
            if folded is not None:
                folded[at] = text
            self._rows, self._cells, self._keys, self._folded = rows, all_cells, keys, folded
            if self._sort is not None:
                self._reorder(self._sorted_positions(*self._sort))

        self._relayout(change)

    def remove(self, record_id: str) -> bool:
        """Drop the loaded row with this id (deleted); False when there is none."""
        position = self._index_of(record_id)
        if position < 0:
            return False

        def change() -> None:
            def without(items: list[T]) -> list[T]:
                return items[:position] + items[position + 1:]

            self._rows, self._cells = without(self._rows), without(self._cells)
            self._keys = {c: without(k) for c, k in self._keys.items()}
            if self._folded is not None:
                self._folded = without(self._folded)

        self._relayout(change)
        return True

    def _index_of(self, record_id: str) -> int:
        row_id = self._row_id
        return next((n for n, r in enumerate(self._rows) if row_id(r) == record_id), -1)

    # -- sorting ------------------------------------------------------------------------
    # The model sorts itself: one list.sort over precomputed keys. A sorting proxy would call
    # back into Python (lessThan, data) n·log n times — seconds for 10,000 rows.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._sort == (column, order):
            # Already in this order (set_rows keeps it): QTableView.sortByColumn asks twice.
            return
        self._sort = (column, order)
        self._relayout(lambda: self._reorder(self._sorted_positions(column, order)))

    # -- filtering ----------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Show only rows whose search text holds every word of `text` (folded)."""
        words = normalise_query(text)
        if words == self._words:
            return
        # Typing on narrows the search: every row that holds the new words held the old
        # ones, so only the rows on show need checking again.
        narrower = bool(self._words) and all(any(old in new for new in words)
                                             for old in self._words)
        candidates = self._shown if narrower else None
        self._relayout(lambda: setattr(self, "_words", words), candidates)

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        self._relayout(lambda: setattr(self, "_predicate", predicate))

    def _matching(self, candidates: list[int] | None = None) -> list[int] | None:
        """Positions of the rows that pass search and predicate; `candidates`, when given, is
        a superset already known to pass the predicate."""
        words, predicate, rows = self._words, self._predicate, self._rows
        if not words and predicate is None:
            return None
        folded = self._search_folded() if words else None
        if folded is None:  # the search texts are on their way: filter by the predicate only
            words = []
            if predicate is None:
                return None
            candidates = None
        if candidates is None:
            if not words:
                assert predicate is not None  # no words and no predicate returned above
                return [i for i, row in enumerate(rows) if predicate(row)]
            first = words[0]  # one plain pass per word: no generator per row
            assert folded is not None
            shown = [i for i, text in enumerate(folded) if first in text]
            if predicate is not None:
                shown = [i for i in shown if predicate(rows[i])]
        else:
            shown = candidates
        for word in words[1 if candidates is None else 0:]:
            assert folded is not None
            shown = [i for i in shown if word in folded[i]]
        return shown

    def _relayout(self, change: Callable[[], None],
                  candidates: list[int] | None = None) -> None:
        """Apply a new order or filter; selections and other persistent indexes follow their
        rows (or become invalid when their row is no longer shown)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = self._rows
        held = [self._position(i.row()) if i.isValid() else -1 for i in persistent]
        change()
        self._shown = self._matching(candidates)
        if persistent:
            if self._rows is not before:  # reordered: find each held record's new position
                row_id = self._row_id
                where = {row_id(r): n for n, r in enumerate(self._rows)}
                held = [where.get(row_id(before[p]), -1) if p >= 0 else -1 for p in held]
            rows = [self._shown_row(p) for p in held]
            self.changePersistentIndexList(persistent, [
                self.index(r, i.column()) if r >= 0 else QModelIndex()
                for i, r in zip(persistent, rows, strict=True)])
        self.layoutChanged.emit()

    def _shown_row(self, position: int) -> int:
        """The row showing position `position` of _rows, or -1 (_shown is ascending)."""
        if position < 0 or self._shown is None:
            return position
        at = bisect.bisect_left(self._shown, position)
        return at if at < len(self._shown) and self._shown[at] == position else -1

    def _position(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def _sorted_positions(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._column_keys(column)
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, positions: list[int]) -> None:
        self._rows = [self._rows[i] for i in positions]
        if self._folded is not None:
            self._folded = [self._folded[i] for i in positions]
        self._cells = [self._cells[i] for i in positions]
        self._keys = {c: [keys[i] for i in positions] for c, keys in self._keys.items()}

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        """The row shown at `row`."""
        return self._rows[self._position(row)]

    def row_of(self, record_id: str) -> int:
        """Where the record is shown, or -1 (not loaded, or hidden by the filter)."""
        for number in range(self.rowCount()):
            if self._row_id(self._rows[self._position(number)]) == record_id:
                return number
        return -1

    def find(self, record_id: str) -> R | None:
        """The loaded row of the record, shown or not."""
        position = self._index_of(record_id)
        return self._rows[position] if position >= 0 else None

    def folded_text(self, row: int) -> str:
        folded = self._search_folded()
        return folded[self._position(row)] if folded is not None else ""

    def total(self) -> int:
        """Rows loaded, shown or not."""
        return len(self._rows)

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    # headerData() and data() answer with QVariant content, of a type that depends on the role.
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell and paint; answer the unused ones first.
        if role not in MODEL_ROLES or not index.isValid() or index.row() >= self.rowCount():
            return None
        position = index.row() if self._shown is None else self._shown[index.row()]
        row = self._rows[position]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._row_cells(position)[index.column()]
        if role == SORT_ROLE:
            return self._column_keys(index.column())[position][1]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self._row_id(row)
        return None
