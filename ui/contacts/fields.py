"""Input widgets the contact editor is built from: a one-value-per-line list, the online
handles table, the grouped kind chooser and a notice banner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import OnlineHandle, PersonKind
from ui import labels
from ui.widgets import keyboard_list

HandleRow = tuple[str, str, str]


class LinesEdit(QPlainTextEdit):
    """A list of short values, one per line (phones, e-mails, web addresses, plates)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def values(self) -> list[str]:
        # Split on "\n" only: str.splitlines() would also split on control characters and
        # silently turn one pasted value into two; the core's validation reports them instead.
        return [line.strip() for line in self.toPlainText().split("\n") if line.strip()]

    def set_values(self, values: list[str]) -> None:
        self.setPlainText("\n".join(values))


class HandlesTable(QWidget):
    """Online handles: platform, user name and profile URL; rows can be added and removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        keyboard_list(self.table, self.tr("Online-Profile"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Plattform"), self.tr("Benutzername"), self.tr("Profil-URL")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(110)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 20)
        self.table.itemChanged.connect(self.changed)
        self.add_button = QPushButton(self.tr("Profil hinzufügen"), self)
        self.remove_button = QPushButton(self.tr("Profil entfernen"), self)
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        # Keep its own height: extra space in the form goes to the notes, not between rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_row(self, values: HandleRow = ("", "", "")) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)  # one "changed" for the whole row, below
        self.table.insertRow(row)
        for column, text in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def rows(self) -> list[HandleRow]:
        """Every row as typed, empty ones included (for change detection)."""
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())]

    def values(self) -> list[dict[str, str]]:
        return [{"platform": p.strip(), "handle": h.strip(), "profile_url": u.strip()}
                for p, h, u in self.rows() if p.strip() or h.strip() or u.strip()]

    def set_values(self, handles: list[OnlineHandle]) -> None:
        self.set_rows([(h.platform, h.handle, h.profile_url) for h in handles])

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show rows as rows() returns them (a draft's: lists), empty ones included."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for platform, handle, url in rows:
            self.add_row((platform, handle, url))


class KindCombo(QComboBox):
    """Person kinds grouped under headers that cannot be chosen. A new contact starts with
    no kind, so the user decides whether it is a helper or a person involved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(self)
        groups = (
            (self.tr("Hilfe & Beratung"), [k for k in PersonKind if k.is_support]),
            (self.tr("Beteiligte Personen"), [k for k in PersonKind if k.is_involved]),
            (self.tr("Eigene Verwaltung"), [PersonKind.OWN_ORGANISATION]),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for title, kinds in groups:
            header = QStandardItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            model.appendRow(header)
            for kind in kinds:
                item = QStandardItem(labels.person_kind(kind))
                item.setData(kind.value, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
        self.setModel(model)
        self.setPlaceholderText(self.tr("Bitte wählen …"))
        self.setCurrentIndex(-1)

    def kind(self) -> PersonKind | None:
        value = self.currentData(Qt.ItemDataRole.UserRole)
        return PersonKind(value) if value else None

    def set_kind(self, kind: PersonKind | str | None) -> None:
        """Select a kind, given as the enum member or its value (a draft keeps the value)."""
        self.setCurrentIndex(-1 if kind is None else self.findData(PersonKind(kind).value))


class Banner(QFrame):
    """A coloured notice above the form, optionally with one action button."""

    def __init__(self, colour: str, action: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(
            f"#banner {{ background: {colour}; border: 1px solid #b8a200; border-radius: 4px; }}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # The text carries user data (a contact's source): never let it render as HTML.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action, self)
            layout.addWidget(self.button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()
