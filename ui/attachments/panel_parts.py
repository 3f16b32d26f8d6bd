"""Pieces of the attachments panel: its table, what it takes in (pasted images, dropped files)
and what it says (an attachment's details, an intake batch's outcome). The texts keep the
panel's translation context ("AttachmentsPanel")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain import Attachment, AttachmentKind
from app.entries import Entry
from app.service import VaultService
from app.texts import dates
from ui.attachments import model as columns
from ui.attachments.display import exact_size, monospace
from ui.attachments.intake import FileProblem, IntakeItem, IntakeResult
from ui.attachments.names import display_name
from ui.attachments.thumbnails import THUMB_SIZE
from ui.dialogs import Dialogs
from ui.file_drop import local_files
from ui.file_errors import errno_reason
from ui.messages import describe
from ui.table_view import RecordFilterProxy, record_table_view


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", text)


def attachment_table(proxy: RecordFilterProxy) -> QTableView:
    """The list: a thumbnail row height, sizes and times fitted, the hash taking the rest."""
    table = record_table_view(proxy, columns.INTAKE, Qt.SortOrder.AscendingOrder)
    table.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
    table.setAccessibleName(tr("Anhänge"))
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(THUMB_SIZE + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in (columns.KIND, columns.SIZE, columns.INTAKE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # The hash takes the rest (elided in the middle when narrow); the field below the
    # table always shows it in full and selectable.
    header.setSectionResizeMode(columns.SHA256, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(columns.NAME, 260)
    return table


def add_context_menu(table: QTableView, *, view: Callable[[], object],
                     details: Callable[[], object], save: Callable[[], object],
                     copy: Callable[[], object], delete: Callable[[], object],
                     paste: QAction) -> None:
    """The right-click menu: the panel's buttons, the hash copy and pasting."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for text, slot in ((tr("Ansehen"), view), (tr("Details…"), details),
                       (tr("Speichern unter…"), save),
                       (tr("SHA-256 kopieren"), copy), (tr("Löschen…"), delete)):
        action = QAction(text, table)
        action.triggered.connect(slot)
        table.addAction(action)
    table.addAction(paste)


def sha_field() -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """The selected attachment's SHA-256 in full, selectable, with its copy button."""
    sha = QLineEdit()
    sha.setReadOnly(True)
    sha.setAccessibleName(tr("SHA-256 des ausgewählten Anhangs"))
    sha.setFont(monospace())
    sha.setPlaceholderText(tr("Kein Anhang ausgewählt"))
    copy = QPushButton(tr("Kopieren"))
    copy.setToolTip(tr("SHA-256 in die Zwischenablage kopieren"))
    row = QHBoxLayout()
    row.addWidget(QLabel(tr("SHA-256:")))
    row.addWidget(sha, 1)
    row.addWidget(copy)
    return sha, copy, row


def delete_attachment(parent: QWidget, service: VaultService, dialogs: Dialogs,
                      entry: Entry[Attachment]) -> bool | None:
    """Ask, then delete (a tombstone): None when the user said no, False when it failed
    (the reason was shown), True when deleted."""
    # The name comes after the first line break: message boxes guess rich text from the
    # first line, and a name like '<h1>…' must not be rendered.
    question = tr("Diesen Anhang löschen?\n„{0}“\nEr verschwindet aus dem Vorfall; in der "
                  "Änderungshistorie bleibt die Löschung nachvollziehbar.").format(
        display_name(entry.value.original_name))
    if not dialogs.confirm(parent, question, tr("Löschen")):
        return None
    try:
        service.delete_attachment(entry.id, entry.version)
    except Exception as exc:  # conflicts and storage errors are shown
        dialogs.error(parent, describe(exc))
        return False
    return True


def details_line(facts: Attachment, user_names: dict[str, str]) -> str:
    """Name, exact size, intake time and user, and source, for the line under the table."""
    by = user_names.get(facts.intake_by, "")
    when = dates.local(facts.intake_at, seconds=True)
    details = [display_name(facts.original_name), exact_size(facts.size),
               tr("Eingang: {0} von {1}").format(when, by) if by
               else tr("Eingang: {0}").format(when)]
    if facts.source:
        details.append(tr("Quelle: {0}").format(facts.source))
    return " · ".join(details)


def from_clipboard() -> list[IntakeItem] | list[Path]:
    """What Ctrl+V adds: copied files as files, else an image (a screenshot) as PNG, else
    nothing."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    paths = local_files(mime)
    if paths:
        return paths
    image = clipboard.image() if mime is not None and mime.hasImage() else QImage()
    return [] if image.isNull() else [pasted_screenshot(image)]


def pasted_screenshot(image: QImage) -> IntakeItem:
    """A pasted image becomes a screenshot named after the moment it was pasted, captured
    now by the user; its details open so the URL and the rest can follow."""
    name = tr("Bildschirmfoto {0}.png").format(dt.datetime.now().strftime("%Y-%m-%d %H-%M-%S"))
    return IntakeItem(label=name, data=partial(png_bytes, image), name=name,
                      kind=AttachmentKind.SCREENSHOT,
                      source=tr("aus der Zwischenablage eingefügt"), pasted=True,
                      open_details=True)


def png_bytes(image: QImage) -> bytes:
    """A pasted image as PNG, encoded in memory (lossless: the screenshot is evidence)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def summary(result: IntakeResult) -> str:
    """The status line after a batch."""
    added = len(result.added)
    if result.cancelled:
        return tr("Abgebrochen: {0} Datei(en) hinzugefügt, {1} nicht begonnen.").format(
            added, len(result.skipped))
    text = tr("1 Datei hinzugefügt.") if added == 1 else tr("{0} Dateien hinzugefügt.").format(
        added)
    if result.unreadable:
        text += " " + tr("Nicht lesbar (Original trotzdem gespeichert, in der Liste markiert): "
                         "{0}.").format(", ".join(f"„{label}“" for label in result.unreadable))
    return text

def failure_message(result: IntakeResult) -> str:
    """One message for the batch, naming each file that was not added and why."""
    lines = []
    for label, exc in result.failed:
        reason = failure_reason(exc)
        lines.append(tr("„{0}“: {1}").format(label, reason) if label else reason)
    text = tr("Nicht hinzugefügt:") + "\n" + "\n".join(lines)
    if result.added:
        text += "\n" + tr("Die übrigen Dateien wurden hinzugefügt.")
    return text


def failure_reason(exc: BaseException) -> str:
    if not isinstance(exc, FileProblem):
        return describe(exc)
    if exc.reason == "folder":
        return tr("Das ist ein Ordner, keine Datei; bitte wählen Sie die Dateien darin aus.")
    if exc.reason == "missing":
        return tr("Die Datei existiert nicht (mehr).")
    if exc.reason == "special":
        return tr("Das ist keine gewöhnliche Datei.")
    if exc.reason == "permission":
        return tr("Die Datei kann nicht gelesen werden (keine Berechtigung).")
    if exc.errno is not None:
        return tr("Die Datei kann nicht gelesen werden: {0}.").format(errno_reason(exc.errno))
    return tr("Die Datei kann nicht gelesen werden.")
