"""The history of one incident: every revision with its time, author and the fields it
changed. Read-only: the vault never rewrites a revision; a deletion is a new, marked one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.entries import INCIDENT, HistoryItem
from app.errors import StorageError
from app.service import VaultService
from app.texts import dates
from ui.dialogs import Dialogs
from ui.messages import describe, field_label
from ui.widgets import button_row, fit_to_screen, keyboard_list


class HistoryDialog(QDialog):
    VERSION, AT, AUTHOR, CHANGED = range(4)

    def __init__(self, title: str, items: Sequence[HistoryItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verlauf: {0}").format(title))
        fit_to_screen(self, 760, 420)
        self.table = QTableWidget(0, 4)
        keyboard_list(self.table, self.tr("Fassungen"))
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Zeitpunkt"),
                                              self.tr("Autor"), self.tr("Was wurde geändert")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.VERSION, self.AT, self.AUTHOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.CHANGED, QHeaderView.ResizeMode.Stretch)
        explanation = QLabel(self.tr(
            "Jede Änderung wird als neue Version gespeichert; frühere Versionen bleiben "
            "unverändert erhalten."))
        explanation.setWordWrap(True)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([], close))
        self.show_items(items)

    @classmethod
    def for_incident(cls, service: VaultService, dialogs: Dialogs, incident_id: str,
                     title: str, parent: QWidget | None = None) -> HistoryDialog | None:
        """Read the history; on failure say why and return None."""
        try:
            items = service.history(INCIDENT, incident_id)
        except StorageError as exc:
            dialogs.error(parent, describe(exc))
            return None
        return cls(title, items, parent)

    def show_items(self, items: Sequence[HistoryItem]) -> None:
        self.table.setRowCount(0)
        for row, item in enumerate(items):
            self.table.insertRow(row)
            values = (str(item.version), dates.local(item.at), item.author,
                      self.change_text(item))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def change_text(self, item: HistoryItem) -> str:
        if item.purged:
            return self.tr("entfernt (Datenschutz)")
        if item.deleted:
            return self.tr("gelöscht")
        if item.version == 1:
            return self.tr("angelegt")
        return ", ".join(self.field_name(f) for f in item.changed) or self.tr("keine Änderung")

    def field_name(self, field: str) -> str:
        # ui.messages knows the fields that can fail validation; the rest are named here.
        extra = {
            "categories": self.tr("Kategorien"), "place_kind": self.tr("Art des Ortes"),
            "channel": self.tr("Kanal"), "motivation": self.tr("Motivation"),
            "perpetrator_unknown": self.tr("Täter unbekannt"),
            "related": self.tr("zusammenhängende Vorfälle"), "review_on": self.tr("Prüfen am"),
        }
        label = field_label(field)
        return extra.get(field, label) if label == field else label
