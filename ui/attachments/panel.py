"""The attachments of one incident: a table with thumbnails, name, kind, size, intake time and
SHA-256; adding by button, drag and drop and Ctrl+V; viewing, saving and deleting.

Everything decrypted here (rows, thumbnails, open viewers) is dropped by clear(), which the
main window calls when the app locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPixmap,
    QPixmapCache,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain import Attachment
from app.entries import Entry
from app.service import VaultService
from ui.attachments.detail_windows import DetailsWindows
from ui.attachments.details import AttachmentDetails, copy_text
from ui.attachments.display import alive
from ui.attachments.intake import IntakeItem, IntakeResult
from ui.attachments.intake_queue import STOP_WAIT_S, IntakeQueue
from ui.attachments.model import AttachmentTableModel
from ui.attachments.names import display_name
from ui.attachments.pages import plain_label
from ui.attachments.panel_parts import (
    add_context_menu,
    attachment_table,
    delete_attachment,
    details_line,
    failure_message,
    from_clipboard,
    sha_field,
    summary,
)
from ui.attachments.progress_bar import IntakeProgress
from ui.attachments.saving import save_original
from ui.attachments.thumbnails import ThumbnailLoader
from ui.attachments.viewer import AttachmentViewer
from ui.close_plan import ClosePlan, name_list
from ui.dialogs import Dialogs
from ui.file_drop import FileDropTarget
from ui.messages import describe
from ui.table_model import ROW_ROLE
from ui.table_view import RecordFilterProxy
from ui.unlock import native_path
from ui.worker import Job


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", text)


class AttachmentsPanel(QWidget):
    """`changed` fires after attachments were added or deleted."""

    changed = Signal()
    intake_finished = Signal()  # the last batch queued is done and the list reloaded

    def __init__(self, service: VaultService, dialogs: Dialogs, incident_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.incident_id = incident_id
        self._viewers: list[AttachmentViewer] = []
        self._user_names: dict[str, str] = {}
        self._intake = IntakeQueue(service, incident_id, self)
        self._intake_note = ""  # the files a lock stopped adding, for after unlocking
        self._save_jobs: list[Job] = []
        self._model = AttachmentTableModel(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self._thumbnails = ThumbnailLoader(service, self)
        self._thumbnails.ready.connect(self._on_thumbnail)
        self._thumbnails.refused.connect(self._model.set_no_preview)
        self._detail_windows = DetailsWindows(service, dialogs, self)
        self._detail_windows.saved.connect(lambda _id: self.reload())
        self._detail_windows.part_stored.connect(self._on_part_stored)
        self._drop = FileDropTarget(self, self.add_files)
        self._build()
        self._update_buttons()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self._add = QPushButton(tr("Datei hinzufügen…"))
        self._add.clicked.connect(self.choose_files)
        hint = QLabel(tr("oder Dateien hierher ziehen · Bildschirmfoto mit Strg+V einfügen"))
        font = hint.font()
        font.setItalic(True)
        hint.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self._add)
        top.addWidget(hint, 1)

        self._proxy = RecordFilterProxy()
        self._proxy.setSourceModel(self._model)
        self._table = attachment_table(self._proxy)
        self._table.doubleClicked.connect(lambda _index: self.open_details_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self._table, self.view_selected)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._table.selectionModel().selectionChanged.connect(self._update_buttons)

        self._sha, self._copy, sha_row = sha_field()
        self._copy.clicked.connect(self.copy_sha256)
        self._details = plain_label()

        self._view = QPushButton(tr("Ansehen"))
        self._view.clicked.connect(self.view_selected)
        self._details_button = QPushButton(tr("Details…"))
        self._details_button.setToolTip(tr("Art, Quelle, Notiz, Online-Angaben und ausgelesene "
                                           "Angaben (Doppelklick)"))
        self._details_button.clicked.connect(self.open_details_selected)
        self._save = QPushButton(tr("Speichern unter…"))
        self._save.clicked.connect(self.save_selected)
        self._delete = QPushButton(tr("Löschen…"))
        self._delete.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self._view, self._details_button, self._save, self._delete):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self._progress = IntakeProgress()
        self._progress.cancel_requested.connect(self.cancel_intake)
        self._intake.batch_started.connect(self._progress.start)
        self._intake.progress.connect(self._progress.set_progress)
        self._intake.batch_done.connect(self._intake_done)
        self._intake.idle.connect(self.intake_finished)
        self._failures = plain_label()
        self._failures.setStyleSheet("color: #b00020;")
        self._failures.hide()
        self._status = plain_label()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._failures)
        layout.addLayout(sha_row)
        layout.addWidget(self._details)
        layout.addLayout(buttons)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)

        paste = QAction(tr("Bild oder Datei aus der Zwischenablage einfügen"), self)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.triggered.connect(self.paste)
        self.addAction(paste)
        add_context_menu(self._table, view=self.view_selected,
                         details=self.open_details_selected, save=self.save_selected,
                         copy=self.copy_sha256, delete=self.delete_selected, paste=paste)

    # -- content ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the incident's attachments again (after a change elsewhere, or unlock)."""
        keep = self.selected_id()
        try:
            listing = self._service.list_attachments(self.incident_id)
            self._user_names = self._service.user_names()
        except Exception as exc:  # the panel stays usable and says why
            self._thumbnails.reset()
            self._model.clear()
            self._status.setText(describe(exc))
            self._update_buttons()
            return
        self._model.set_rows(listing.entries)
        if listing.failures:
            ids = ", ".join(f.id[:8] for f in listing.failures)
            self._failures.setText(tr("{0} Anhänge können nicht geöffnet werden (beschädigt): "
                                      "{1}; bitte führen Sie die Prüfung aus.").format(
                len(listing.failures), ids))
        self._failures.setVisible(bool(listing.failures))
        if keep is None or not self.select(keep):
            self._update_buttons()
        self._thumbnails.request(listing.entries)

    def clear(self) -> None:
        """Drop every decrypted value: rows, thumbnails, details, open viewers. A running
        intake stops at once (see stop_adding). reload() brings the list back."""
        self._intake.stop()
        self._progress.stop()
        for viewer in list(self._viewers):
            viewer.close()
        self._viewers = []
        self._detail_windows.drop_all()
        self._thumbnails.reset()
        self._model.clear()
        self._user_names = {}
        self._failures.clear()
        self._failures.hide()
        self._status.clear()
        QPixmapCache.clear()  # icons drawn from thumbnails may have been cached there
        self._update_buttons()

    def entries(self) -> list[Entry[Attachment]]:
        return self._model.rows()

    def thumbnail(self, attachment_id: str) -> QPixmap | None:
        return self._model.thumbnail(attachment_id)

    def no_preview_reason(self, attachment_id: str) -> str | None:
        """Why an image shows a placeholder instead of its thumbnail (None: it has one, or
        is not an image, or is not done yet)."""
        return self._model.no_preview_reason(attachment_id)

    def open_viewers(self) -> list[AttachmentViewer]:
        return list(self._viewers)

    def _on_part_stored(self, attachment_id: str) -> None:
        self.reload()
        self.select(attachment_id)
        self.changed.emit()

    def detail_windows(self) -> list[AttachmentDetails]:
        return self._detail_windows.windows()

    def plan_close(self, plan: ClosePlan) -> bool:
        """The detail windows' questions before the editor closes (see ui/close_plan.py)."""
        return self._detail_windows.plan_close(plan)

    def close_details_for_lock(self, ask: bool) -> None:
        """Close the detail windows; an auto-lock (not `ask`) saves valid changes first."""
        self._detail_windows.close_for_lock(ask)

    def lock_notes(self) -> list[str]:
        notes, self._detail_windows.notes = self._detail_windows.notes, []
        if self._intake_note:
            notes.append(self._intake_note)
            self._intake_note = ""
        return notes

    def status_text(self) -> str:
        return self._status.text()

    def is_busy(self) -> bool:
        """Files are being added (closing and locking ask about them first)."""
        return self._intake.is_busy()

    def not_stored_names(self) -> list[str]:
        """The names of the files being added that are not stored yet."""
        return [item.label for item in self._intake.not_stored()]

    def stop_adding(self, note: bool = False) -> None:
        """Stop adding files now: the file being stored is discarded, none is started. With
        `note` (a lock), lock_notes() then names the files that were not added."""
        missed = self._intake.stop(STOP_WAIT_S)
        self._progress.stop()
        if note and missed:  # where each file is, to add it again (a pasted image: its name)
            names = [native_path(i.path) if i.path is not None else i.label for i in missed]
            self._intake_note = tr("Das Hinzufügen von Dateien wurde beim Sperren abgebrochen; "
                                   "nicht hinzugefügt: {0}. Bitte fügen Sie sie erneut "
                                   "hinzu.").format(name_list(names, limit=None))

    # -- selection ----------------------------------------------------------------------
    def selected_entry(self) -> Entry[Attachment] | None:
        rows = self._table.selectionModel().selectedRows()
        entry = rows[0].data(ROW_ROLE) if rows else None
        return entry if isinstance(entry, Entry) else None

    def selected_id(self) -> str | None:
        entry = self.selected_entry()
        return entry.id if entry else None

    def select(self, attachment_id: str) -> bool:
        row = self._model.row_of(attachment_id)
        if row < 0:
            return False
        self._table.selectRow(self._proxy.mapFromSource(self._model.index(row, 0)).row())
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        for widget in (self._view, self._details_button, self._save, self._delete, self._copy):
            widget.setEnabled(entry is not None)
        if entry is None:
            self._sha.clear()
            self._details.clear()
            return
        facts = entry.value
        self._sha.setText(facts.sha256)
        self._details.setText(details_line(facts, self._user_names))

    def _on_thumbnail(self, attachment_id: str, image: QImage) -> None:
        self._model.set_thumbnail(attachment_id, QPixmap.fromImage(image))

    # -- adding -------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = self._dialogs.open_files(self, tr("Dateien als Anhang hinzufügen"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        self._start_intake([IntakeItem(label=display_name(p.name) or str(p), path=p)
                            for p in paths])

    def paste(self) -> None:
        """Ctrl+V: copied files are added as files; an image (a screenshot) as PNG."""
        pasted = from_clipboard()
        if not pasted:
            self._status.setText(tr("In der Zwischenablage ist kein Bild und keine Datei."))
        elif isinstance(pasted[0], Path):
            self.add_files(pasted)
        else:
            self._start_intake(pasted)

    def _start_intake(self, items: list[IntakeItem]) -> None:
        self._intake.add(items)

    def cancel_intake(self) -> None:
        """Stop before the next file; the file being added is finished (or discarded)."""
        self._intake.cancel()

    def _intake_done(self, result: IntakeResult) -> None:
        if not alive(self):
            return
        self._progress.stop()
        self.reload()
        if result.added:
            self.select(result.added[-1])
            self.changed.emit()
        self._status.setText(summary(result))
        if result.failed:
            self._dialogs.error(self, failure_message(result))
        for attachment_id in result.to_open:  # a pasted screenshot: URL and the rest next
            self.open_details(attachment_id).show_online()

    # -- actions on the selected attachment ---------------------------------------------
    def view_selected(self) -> AttachmentViewer | None:
        entry = self.selected_entry()
        return self.open_viewer(entry.id) if entry else None

    def open_details_selected(self) -> AttachmentDetails | None:
        entry = self.selected_entry()
        return self.open_details(entry.id) if entry else None

    def open_details(self, attachment_id: str) -> AttachmentDetails:
        return self._detail_windows.open(attachment_id)

    def open_viewer(self, attachment_id: str) -> AttachmentViewer:
        for viewer in self._viewers:
            if viewer.attachment_id == attachment_id:
                viewer.raise_()
                viewer.activateWindow()
                return viewer
        viewer = AttachmentViewer(self._service, self._dialogs, attachment_id, self)
        viewer.closed.connect(lambda: self._viewer_closed(viewer))
        self._viewers.append(viewer)
        viewer.show()
        return viewer

    def _viewer_closed(self, viewer: AttachmentViewer) -> None:
        if viewer in self._viewers:
            self._viewers.remove(viewer)
        viewer.deleteLater()

    def save_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        job = save_original(self, self._service, self._dialogs, entry, self._status.setText)
        if job is not None:
            self._save_jobs.append(job)
            job.finished.connect(lambda: self._save_jobs.remove(job))

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        deleted = delete_attachment(self, self._service, self._dialogs, entry)
        if deleted is None:
            return
        if not deleted:
            self.reload()
            return
        for viewer in [v for v in self._viewers if v.attachment_id == entry.id]:
            viewer.close()
        self._detail_windows.forget(entry.id)
        self.reload()
        self._status.setText(tr("Anhang „{0}“ gelöscht.").format(
            display_name(entry.value.original_name)))
        self.changed.emit()

    def copy_sha256(self) -> None:
        """The one place that copies a hash; the main window's clipboard guard clears it."""
        entry = self.selected_entry()
        if entry is None:
            return
        copy_text(entry.value.sha256)
        self._status.setText(tr("SHA-256 von „{0}“ in die Zwischenablage kopiert.").format(
            display_name(entry.value.original_name)))
