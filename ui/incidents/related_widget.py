"""Links to related incidents (a series): picked from the list, shown with date and title."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.domain import Incident
from app.errors import RecordNotFoundError, StorageError
from app.search import fold
from app.service import VaultService
from ui.dialogs import Dialogs
from ui.incidents.model import occurred_text
from ui.incidents.picker import PickerRow, RecordPickerDialog, drop_gradually, in_background
from ui.messages import describe
from ui.widgets import keyboard_list
from ui.worker import Job


class RelatedWidget(QWidget):
    changed = Signal()

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._ids: list[str] = []
        self.own_id: str | None = None
        self.picker: RecordPickerDialog | None = None
        self._job: Job | None = None
        self.list = QListWidget()
        keyboard_list(self.list, self.tr("Verwandte Vorfälle"))
        self.list.setMaximumHeight(90)
        self.link_button = QPushButton(self.tr("Vorfall verknüpfen…"))
        self.unlink_button = QPushButton(self.tr("Verknüpfung entfernen"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.link_button.clicked.connect(self.open_picker)
        self.unlink_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def value(self) -> list[str]:
        return list(self._ids)

    def set_value(self, ids: list[str]) -> None:
        self._ids = []
        self.list.clear()
        for incident_id in ids:
            tip = ""
            try:
                title = self._describe(self._service.get_incident(incident_id).value)
            except RecordNotFoundError:  # deleted after it was linked: the link stays
                title = self.tr("(gelöschter Vorfall)")
                tip = self.tr("Dieser Vorfall wurde gelöscht; die Verknüpfung bleibt als "
                              "Teil des Vorfalls erhalten.")
            except StorageError:
                title = self.tr("(Vorfall nicht gefunden)")
            self._append(incident_id, title)
            self.list.item(self.list.count() - 1).setToolTip(tip)
        self._update_buttons()

    def add(self, incident_id: str, title: str) -> None:
        if incident_id in self._ids or incident_id == self.own_id:
            return
        self._append(incident_id, title)
        self.changed.emit()

    def _append(self, incident_id: str, title: str) -> None:
        self._ids.append(incident_id)
        self.list.addItem(title)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        del self._ids[row]
        self._update_buttons()
        self.changed.emit()

    def open_picker(self) -> None:
        """The picker opens once the incidents are read (in a job: a second with 10,000)."""
        service, own, linked = self._service, self.own_id, set(self._ids)

        def work() -> list[PickerRow]:
            heads = service.list_incident_heads().entries
            rows = [PickerRow(e.id, e.head.title, occurred_text(e.head), fold(e.head.title))
                    for e in heads if e.id != own and e.id not in linked]
            drop_gradually(heads)
            return rows

        self._job = in_background(self, self.link_button, work, self._show_picker,
                                  lambda exc: self._dialogs.error(self, describe(exc)))

    def _show_picker(self, rows: list[PickerRow]) -> None:
        self.picker = RecordPickerDialog(self.tr("Vorfall verknüpfen"),
                                         (self.tr("Titel"), self.tr("Datum")), rows, self)
        titles = {row.id: f"{row.detail} – {row.text}" for row in rows}
        self.picker.accepted.connect(lambda: self._picked(titles))
        self.picker.finished.connect(self._picker_closed)
        self.picker.open()

    def _picked(self, titles: dict[str, str]) -> None:
        chosen = self.picker.chosen_id() if self.picker is not None else None
        if chosen is not None:
            self.add(chosen, titles[chosen])

    def close_picker(self) -> None:
        """Close an open picker (its rows are the titles of other incidents)."""
        if self.picker is not None:
            self.picker.reject()

    def _picker_closed(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = None

    def _describe(self, incident: Incident) -> str:
        return f"{occurred_text(incident)} – {incident.title}"

    def _update_buttons(self) -> None:
        self.unlink_button.setEnabled(self.list.currentRow() >= 0)
