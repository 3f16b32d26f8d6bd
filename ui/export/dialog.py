"""'Dossier exportieren': choose, export in a background job with progress and cancel, then
preview and print the written file. Locking closes the dialog and cancels a running export
(which leaves no file and no history entry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Incident
from app.entries import Entry
from app.errors import StorageError
from app.progress import Cancelled, Progress
from app.service import VaultService
from export.pipeline import ExportRecord, export_pdf
from ui.dialogs import Dialogs
from ui.export.failure import export_error
from ui.export.form import ExportForm, FormError
from ui.export.messages import unshown_list
from ui.export.preview import DossierPreview, print_document
from ui.widgets import fit_to_screen
from ui.worker import Job


class ExportDialog(QDialog):
    def __init__(self, service: VaultService, dialogs: Dialogs, marked_ids: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.job: Job | None = None
        self.record: ExportRecord | None = None
        self.path: Path | None = None
        self._password: str | None = None
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Dossier exportieren"))
        fit_to_screen(self, 720, 680)

        self.form = ExportForm(marked_ids)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Exportieren…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Schließen"))
        form_page = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.count = QLabel()
        self.count.setObjectName("export_count")
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(form_page)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.progress_bar = QProgressBar()
        self.progress_label = QLabel(self.tr("Das Dossier wird erstellt …"))
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        progress_page = QWidget()
        layout = QVBoxLayout(progress_page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = DossierPreview()
        self.print_button = QPushButton(self.tr("Drucken…"))
        self.done_button = QPushButton(self.tr("Schließen"))
        result_page = QWidget()
        layout = QVBoxLayout(result_page)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.done_button)
        layout.addLayout(row)

        self.pages = QStackedWidget()
        for page in (form_page, progress_page, result_page):
            self.pages.addWidget(page)
        self.form_page, self.progress_page, self.result_page = (form_page, progress_page,
                                                                result_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        self._entries: list[Entry[Incident]] | None = None
        self.form.selection_changed.connect(self.update_count)
        self.update_count()
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.print_button.clicked.connect(self.print_dossier)
        self.done_button.clicked.connect(self.accept)

    def update_count(self) -> int | None:
        """How many incidents the dossier will hold as the form stands, said beside the
        button ("2 Vorfälle werden exportiert"); None when the form or the vault says no."""
        try:
            query = self.form.request().selection.without_text()
            if self._entries is None:
                self._entries = self._service.list_incidents().entries
        except (FormError, StorageError):
            self.count.clear()
            return None
        chosen = sum(1 for e in self._entries if query.matches(e.id, e.value))
        self.count.setText(self.tr("Kein Vorfall passt zu dieser Auswahl.") if chosen == 0 else
                           self.tr("1 Vorfall wird exportiert.") if chosen == 1 else
                           self.tr("{0} Vorfälle werden exportiert.").format(chosen))
        return chosen

    # -- exporting --------------------------------------------------------------------------
    def start_export(self) -> bool:
        """Check the form, ask for the file, start the job; False if nothing was started."""
        self.notice.clear()
        try:
            request = self.form.request()
            password = self.form.chosen_password()
        except FormError as exc:
            self._dialogs.error(self, str(exc))
            return False
        suggested = f"Dossier-{dt.date.today().isoformat()}.pdf"
        path = self._dialogs.save_file(self, self.tr("Dossier speichern unter"), suggested,
                                       [self.tr("PDF-Dokumente (*.pdf)")])
        if path is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # The system's save dialog has asked before an existing file is replaced.
        overwrite = path.exists() and not path.is_dir()
        self.path = path
        self._password = password
        service = self._service

        def work(progress: Progress, cancelled: Callable[[], bool]) -> ExportRecord:
            return export_pdf(service, request, path, password, progress, cancelled,
                              overwrite=overwrite)

        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Das Dossier wird erstellt …"))
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentWidget(self.progress_page)
        self.job = Job(work)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.start()
        return True

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.job is None or self.job.cancelled:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        self.progress_label.setText(
            self.tr("Das Dossier wird erstellt … Schritt {0} von {1}").format(done, total))

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Wird abgebrochen …"))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._password = None
        self.pages.setCurrentWidget(self.form_page)
        if isinstance(exc, Cancelled):
            self.notice.setText(self.tr("Abgebrochen; es wurde keine Datei geschrieben."))
            if self._close_when_stopped:
                self.reject()
            return
        self._dialogs.error(self, export_error(exc))

    def _succeeded(self, record: ExportRecord) -> None:
        self.job = None
        self.record = record
        self.form.clear_password()
        assert self.path is not None
        protected = (self.tr("mit Passwort geschützt (AES-256)") if record.password
                     else self.tr("ohne Passwort"))
        self.summary.setText(self.tr(
            "Gespeichert: {0}\n{1} Seiten, {2} Vorfälle, {3}. Der Export ist im Verlauf des "
            "Tresors vermerkt.\nSHA-256: {4}").format(
                str(self.path), record.pages, len(record.incident_ids), protected,
                record.sha256))
        if record.unshown:
            self.summary.setText(self.summary.text() + "\n\n" + unshown_list(record.unshown))
        self.pages.setCurrentWidget(self.result_page)
        shown = self.preview.show_file(self.path, self._password)
        self.print_button.setEnabled(shown)
        if not shown:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Die Vorschau kann diese Datei nicht anzeigen."))

    # -- printing ---------------------------------------------------------------------------
    def print_dossier(self) -> int:
        protected = self.record is not None and self.record.password
        printer = self._dialogs.choose_printer(self, self.preview.page_count(),
                                               to_file=not protected)
        if printer is None:
            return 0
        if protected and printer.outputFileName():
            # Printing into a file would write the protected dossier unprotected.
            self._dialogs.error(self, self.tr(
                "Ein passwortgeschütztes Dossier wird nicht in eine Datei gedruckt, weil die "
                "Datei ungeschützt wäre; bitte wählen Sie einen Drucker."))
            return 0
        printed = print_document(self.preview, printer)
        if printed == 0:
            self._dialogs.error(self, self.tr("Der Drucker konnte nicht angesprochen werden."))
        return printed

    # -- closing ----------------------------------------------------------------------------
    def abandon(self) -> None:
        """For locking: cancel a running export, drop the preview and the password."""
        if self.job is not None:
            self.job.cancel()
            for signal in (self.job.progress, self.job.succeeded, self.job.failed):
                signal.disconnect()
            self.job = None
        self._password = None
        self.form.clear_password()
        self.preview.clear()
        self.close()

    def done(self, result: int) -> None:
        if self.job is not None:
            # Closed while running: the export stops (leaving nothing), then the dialog closes.
            self._close_when_stopped = True
            self.cancel_export()
            return
        self._password = None
        self.form.clear_password()
        self.preview.clear()
        super().done(result)
