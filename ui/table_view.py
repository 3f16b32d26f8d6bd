"""The views over a RecordTableModel: a proxy that hands sorting and filtering to the model
(which does both in one pass in Python), and the one way the app builds its record lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ui.table_model import SORT_ROLE, RecordTableModel


class RecordFilterProxy(QSortFilterProxyModel):
    """The views' model over a RecordTableModel, which sorts and filters itself (one pass in
    Python per keystroke instead of a callback per row); this proxy passes the requests on
    and keeps the views' usual interface (mapFromSource, index, rowCount)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # the source model keeps its own order

    def _records(self) -> RecordTableModel[Any] | None:
        model = self.sourceModel()
        return model if isinstance(model, RecordTableModel) else None

    def set_search(self, text: str) -> None:
        model = self._records()
        if model is not None:
            model.set_search(text)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        model = self._records()
        if model is not None:
            model.set_predicate(predicate)

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
