"""Every blocking dialog goes through one object, so tests can answer them instead of a person
(style lesson 7). The app gets a `Dialogs`; tests pass a `ScriptedDialogs` (tests/gui_support)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The widget classes are imported where they are used: this module is loaded before the unlock
# dialog appears, and each PySide6 class costs start-up time on first touch.


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs:
    def error(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, tr("Vorfallbuch – Fehler"), text)

    def info(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, tr("Vorfallbuch"), text)

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, tr("Vorfallbuch"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def save_discard_cancel(self, parent: QWidget | None, text: str) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent, tr("Vorfallbuch"), text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def print_html(self, parent: QWidget | None, html: str) -> bool:
        """Print a small document (the recovery code) through the system's print dialog."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        return True

    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(parent, title)
        return [Path(n) for n in names]

    def save_file(self, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        return Path(name) if name else None
