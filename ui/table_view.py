"""The views over a RecordTableModel: a proxy that hands sorting and filtering to the model
(which does both in one pass in Python), and the one way the app builds its record lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ui.table_model import SORT_ROLE, RecordTableModel


class RecordFilterProxy(QSortFilterProxyModel):
    """The views' model over a RecordTableModel, which sorts and filters itself (one pass in
    Python per keystroke instead of a callback per row); this proxy passes the requests on
    and keeps the views' usual interface (mapFromSource, index, rowCount).

    A source model without a Qt parent gets this proxy as its parent. PySide6 (6.12) hands a
    proxied model to C++ (sourceModel() does that to the returned model): without a parent
    such a model, and the decrypted rows it holds, would never be freed. The source model is
    kept here as well, so this proxy itself never needs to ask sourceModel()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # the source model keeps its own order
        # Any: the proxy is made before its model is set, and serves models of every row type.
        self._source: RecordTableModel[Any] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if model is not None and model.parent() is None:
            model.setParent(self)
        super().setSourceModel(model)
        self._source = model if isinstance(model, RecordTableModel) else None

    def _records(self) -> RecordTableModel[Any] | None:
        return self._source

    def set_search(self, text: str) -> None:
        model = self._records()
        if model is not None:
            model.set_search(text)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        # Any: the rows of whichever model is set. A pane holding its typed model calls the
        # model's set_predicate, which checks the predicate against its rows.
        model = self._records()
        if model is not None:
            model.set_predicate(predicate)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's job (see RecordTableModel.sort); the proxy keeps the
        source's order and only filters."""
        if self._source is not None:
            self._source.sort(column, order)
        else:
            super().sort(column, order)


def record_table_view(proxy: RecordFilterProxy, column: int, order: Qt.SortOrder) -> QTableView:
    """The one way the app builds its record lists: read-only, whole-row single selection,
    sortable by the header (the model sorts itself), starting sorted by `column`. A proxy
    without a Qt parent goes with the view (and its source model with it, see
    RecordFilterProxy)."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
    if proxy.parent() is None:
        proxy.setParent(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view
