"""Every blocking dialog goes through one object, so tests can answer them instead of a person
at the keyboard. The app gets a `Dialogs`; tests pass a `ScriptedDialogs` (tests/gui/support.py)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget

# The widget classes are imported where they are used: this module is loaded before the unlock
# dialog appears, and each PySide6 class costs start-up time on first touch.


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _shown(dialog: QDialog) -> int | None:
    """Run a modal dialog; its result, or None when it was deleted while it waited (a lock
    destroys the window it belongs to): the caller takes that as "cancelled"."""
    import shiboken6

    result = dialog.exec()
    return result if shiboken6.isValid(dialog) else None


def documents_folder() -> Path:
    """The user's Documents folder (Dokumente), else the home folder."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def file_dialog(parent: QWidget | None, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
    """A file dialog for opening, starting in the Documents folder."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, str(documents_folder()))
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return dialog


def save_dialog(parent: QWidget | None, title: str, suggested: str,
                filters: Sequence[str] = ()) -> QFileDialog:
    """A save dialog in the Documents folder with `suggested` as the name and `filters`
    ("PDF-Dokumente (*.pdf)") before "Alle Dateien (*)"; it asks before replacing a file."""
    from PySide6.QtWidgets import QFileDialog

    dialog = file_dialog(parent, title, QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters([*filters, tr("Alle Dateien (*)")])
    dialog.selectFile(suggested)
    return dialog


class Dialogs:
    """Each method treats a dialog that a lock deleted while it was open as cancelled."""

    def _box(self, parent: QWidget | None, kind: str, title: str, text: str) -> QMessageBox:
        """A message box that shows its text as plain text: names and titles come from the
        vault, and markup in them must not be rendered."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        icon = {"error": QMessageBox.Icon.Critical, "info": QMessageBox.Icon.Information,
                "question": QMessageBox.Icon.Question}[kind]
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def error(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, "error", tr("Vorfallbuch – Fehler"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        _shown(box)

    def info(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, "info", tr("Vorfallbuch"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        _shown(box)

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, "question", tr("Vorfallbuch"), text)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        return _shown(box) is not None and box.clickedButton() is yes

    def ask(self, parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        """A question with two harmless answers; True for `yes` (the default), False for
        `no` (also Esc and the window's close button)."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, "question", tr("Vorfallbuch"), text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        reject = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)
        box.setEscapeButton(reject)
        return _shown(box) is not None and box.clickedButton() is accept

    def save_discard_cancel(self, parent: QWidget | None, text: str) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, "question", tr("Vorfallbuch"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = _shown(box)
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL

    def confirm_risky(self, parent: QWidget | None, text: str, safe: str, risky: str) -> bool:
        """Two answers; True when the user chose `risky`. `safe` is the default button, and
        also what Esc and the window's close button mean."""
        box, leave = self.risky_box(parent, text, safe, risky)
        box.exec()
        return box.clickedButton() is leave

    def risky_box(self, parent: QWidget | None, text: str, safe: str,
                  risky: str) -> tuple[QMessageBox, QAbstractButton]:
        """confirm_risky's box, not yet shown (ui/screenshots.py shows it too), and its
        `risky` button."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, "question", tr("Vorfallbuch"), text)
        keep = box.addButton(safe, QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(risky, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return box, leave

    def print_html(self, parent: QWidget | None, html: str) -> bool:
        """Print a small document (the recovery code) through the system's print dialog."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if _shown(dialog) != QPrintDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        return True

    def choose_printer(self, parent: QWidget | None, pages: int,
                       to_file: bool = True) -> QPrinter | None:
        """The system's print dialog for a document of `pages` pages; None if cancelled.
        Without `to_file` it offers no printing into a file (a protected dossier)."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(1, max(1, pages))
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, to_file)
        if _shown(dialog) != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    # The file dialogs start in the user's Documents folder (documents_folder), never in the
    # folder the program was started from, and offer a filter that fits what is saved.
    def open_files(self, parent: QWidget | None, title: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        dialog = file_dialog(parent, title, QFileDialog.FileMode.ExistingFiles)
        if _shown(dialog) != QFileDialog.DialogCode.Accepted:
            return []
        return [Path(n) for n in dialog.selectedFiles()]

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = file_dialog(parent, title, QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if _shown(dialog) != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: Sequence[str] = ()) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = save_dialog(parent, title, suggested, filters)
        if _shown(dialog) != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
