"""A small searchable list to pick one record (a contact, a related incident). It is opened
with open(), not exec(): the editor stays usable and tests drive it like a person would."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entries import gc_paused
from app.progress import CancelFn, Progress
from app.search import fold
from ui.table_model import ID_ROLE, Column, RecordTableModel
from ui.table_view import RecordFilterProxy
from ui.widgets import button_row, fit_to_screen, keyboard_list
from ui.worker import Job

T = TypeVar("T")


@dataclass(frozen=True)
class PickerRow:
    id: str
    text: str
    detail: str
    key: str = ""  # how `text` sorts (folded); made in the job that reads the rows


class PickerModel(RecordTableModel[PickerRow]):
    def __init__(self, titles: tuple[str, str], parent: QObject | None = None) -> None:
        super().__init__(
            [Column(titles[0], lambda r: r.text, lambda r: r.key or fold(r.text)),
             Column(titles[1], lambda r: r.detail)],
            row_id=lambda r: r.id, search_text=lambda r: f"{r.text}\n{r.detail}",
            parent=parent)


class RecordPickerDialog(QDialog):
    def __init__(self, title: str, titles: tuple[str, str], rows: Sequence[PickerRow],
                 parent: QWidget | None = None, extra: QWidget | None = None,
                 extra_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 520, 420)
        # Model and proxy go with the dialog (see RecordFilterProxy on why they need a parent).
        self.model = PickerModel(titles, self)
        # Cells are made as rows are painted, search texts at the first search: 10,000
        # incidents would otherwise cost a few hundred ms before the dialog appears.
        self.model.set_rows(rows, self.model.light(rows))
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.view = QTableView()
        keyboard_list(self.view, self.tr("Auswahl"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width, not ResizeToContents: that asks every row for its text (a dozen
        # roles each: 24,000 calls and 0.2 s for 2,000 contacts).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("0") * 24)
        self.ok_button = QPushButton(self.tr("Übernehmen"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        if extra is not None:
            form = QFormLayout()
            form.addRow(extra_label, extra)
            layout.addLayout(form)
        layout.addLayout(button_row([self.ok_button], cancel))

        self.search.textChanged.connect(self._filter)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self.view.selectionModel().selectionChanged.connect(self._update_ok)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        # Nothing is chosen until the user chooses: a preselected first row was taken by an
        # Enter meant for something else, and linked a person nobody picked.
        self._update_ok()

    def done(self, result: int) -> None:
        """Chosen, cancelled or closed by a lock: the rows (names, titles) and the search typed
        go now, once the choice has been taken (accepted/finished), not at the deletion."""
        super().done(result)
        self.search.clear()
        self.model.clear()

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self._select_first()
        else:  # the search emptied again: back to nothing chosen
            self.view.selectionModel().clearSelection()
            self._update_ok()

    def _select_first(self) -> None:
        # Once a search is typed its best match is selected, so typing a name and pressing
        # Enter picks it.
        if self.proxy.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectionModel().select(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            self.chosen_id() is not None)

    def chosen_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return str(value) if value else None

    def choose(self, record_id: str) -> bool:
        """Select a record by id (for keyboard users coming back, and for tests)."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True


def in_background(owner: QWidget, button: QAbstractButton, work: Callable[[], T],
                  then: Callable[[T], None],
                  failed: Callable[[BaseException], None]) -> Job:
    """Read what a picker offers in a job (every incident of a big vault takes a few hundred
    ms to decrypt), with `button` disabled meanwhile; `then(result)` on the GUI thread. A job
    whose owner is gone (the editor closed, the app locked) delivers nothing."""
    button.setEnabled(False)

    def done(result: T) -> None:
        button.setEnabled(True)
        then(result)

    def error(exc: BaseException) -> None:
        button.setEnabled(True)
        failed(exc)

    def run(_progress: Progress, _cancelled: CancelFn) -> T:
        # Thousands of rows that all stay alive: a collection of the GC in this thread would
        # hold the GIL for tens of ms and find nothing (see app.entries.gc_paused).
        with gc_paused():
            return work()

    job = Job(run, owner)
    job.succeeded.connect(done)
    job.failed.connect(error)
    job.start()
    return job


def drop_gradually(items: list[T], batch: int = 256) -> None:
    """Free a big list in a job a batch at a time. Freeing 10,000 records at once is one C
    call that holds the GIL for 30-50 ms, and the GUI thread waits for it."""
    while items:
        del items[-batch:]
        time.sleep(0)
