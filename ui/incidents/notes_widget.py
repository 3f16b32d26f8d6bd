"""Dated follow-up notes on a case ("12.05.: Vorladung zur Zeugenaussage"), kept in date
order; added and removed, never edited in place (a note is a record of what was known then)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain import FollowUpNote
from app.texts import dates
from ui.date_entry import DateEntry
from ui.incidents.form import NoteForm, text_box
from ui.widgets import keyboard_list


class NotesWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[NoteForm] = []
        self.table = QTableWidget(0, 2)
        keyboard_list(self.table, self.tr("Datierte Notizen"))
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Notiz")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.date_edit = DateEntry(self.tr("Datum der Notiz"))
        self.text_edit = text_box(self.tr("Neue Notiz, z. B. „Vorladung als Zeugin erhalten“"))
        self.text_edit.setAccessibleName(self.tr("Neue Notiz"))
        self.text_edit.setMaximumHeight(56)
        self.add_button = QPushButton(self.tr("Notiz hinzufügen"))
        self.remove_button = QPushButton(self.tr("Notiz entfernen"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 0, 0, 1, 3)
        layout.addWidget(self.date_edit, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_edit, 1, 1)
        layout.addWidget(self.add_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.remove_button, 2, 2)
        layout.setColumnStretch(1, 1)
        self.text_edit.textChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_from_form)
        self.remove_button.clicked.connect(self.remove_selected)
        self._update_buttons()

    def value(self) -> list[NoteForm]:
        return [note.copy() for note in self._notes]

    def set_value(self, notes: list[FollowUpNote]) -> None:
        self._notes = [{"on": n.on, "text": n.text} for n in notes]
        self.text_edit.clear()
        self._show()

    def restore(self, notes: list[NoteForm], pending: str,
                pending_on: dt.date | str | None) -> None:
        """Show a value() again, with the note typed but not yet added (pending_text)."""
        self._notes = [{"on": note["on"], "text": note["text"]} for note in notes]
        self.text_edit.setPlainText(pending)
        if pending_on is not None:
            self.date_edit.set_form_value(pending_on)
        self._show()

    def add(self, on: dt.date, text: str) -> None:
        # After every note of the same day or earlier: date order, and stable for one day.
        position = sum(1 for note in self._notes if note["on"] <= on)
        self._notes.insert(position, {"on": on, "text": text})
        self._show()
        self.table.selectRow(position)
        self.changed.emit()

    def add_from_form(self) -> None:
        text = self.text_edit.toPlainText()
        if not text.strip():
            return
        day = self.date_edit.value()
        if day is None:  # the label beside the field says why
            self.date_edit.setFocus()
            return
        self.add(day, text)
        self.text_edit.clear()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        del self._notes[rows[0].row()]
        self._show()
        self.changed.emit()

    def pending_text(self) -> str:
        """A note typed but not yet added (the editor asks before it would be lost)."""
        return self.text_edit.toPlainText() if self.text_edit.toPlainText().strip() else ""

    def pending_date(self) -> dt.date | str | None:
        """The date field's form value (a str: typed, no date)."""
        return self.date_edit.form_value()

    def _show(self) -> None:
        self.table.setRowCount(0)
        for row, note in enumerate(self._notes):
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(dates.day(note["on"])))
            # Long notes show their beginning; the tooltip holds the rest.
            item = QTableWidgetItem(note["text"][:500])
            item.setToolTip(note["text"][:5000])
            self.table.setItem(row, 1, item)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.text_edit.toPlainText().strip()))
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())
