"""A window that shows one attachment without ever writing its plaintext to disk: the
original is decrypted into memory off the GUI thread, checked against its SHA-256, then shown
as image, PDF, text or e-mail. Anything else can only be saved ('Speichern unter…')."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Attachment
from app.entries import Entry
from app.service import VaultService
from app.texts import dates
from ui import labels
from ui.attachments.content import (
    ContentKind,
    EmailContent,
    classify,
    decode_text,
    parse_email,
)
from ui.attachments.display import alive, exact_size, human_size, monospace
from ui.attachments.images import can_read_image, read_image
from ui.attachments.names import display_name
from ui.attachments.pages import EmailPage, ImagePage, PdfPage, clear_text, plain_label, text_view
from ui.attachments.saving import save_original
from ui.dialogs import Dialogs
from ui.messages import describe
from ui.worker import Job

MAX_VIEW_BYTES = 200 * 1024 * 1024  # bigger files are not decrypted for viewing, only saved


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentViewer", text)


@dataclass
class Decoded:
    """What the background job made of the decrypted bytes (all in memory)."""

    kind: ContentKind
    digest: str
    image: QImage | None = None
    pdf: bytes = b""
    text: str = ""
    cut: bool = False
    mail: EmailContent | None = None


def decode(service: VaultService, entry: Entry[Attachment]) -> Decoded:
    """Decrypt into a BytesIO (never a file) and decode by content. Runs off the GUI thread,
    so a hostile file that takes long to parse cannot freeze the window."""
    sink = io.BytesIO()
    digest = service.read_attachment(entry.id, sink)
    data = sink.getvalue()
    sink.close()
    facts = entry.value
    kind = classify(facts.original_name, facts.media_type, facts.kind, data[:2048])
    if kind == ContentKind.IMAGE or (kind == ContentKind.OTHER and can_read_image(data[:64])):
        image = read_image(data)
        if image is not None:
            return Decoded(ContentKind.IMAGE, digest, image=image)
        return Decoded(ContentKind.OTHER, digest)
    if kind == ContentKind.PDF:
        return Decoded(kind, digest, pdf=data)
    if kind == ContentKind.TEXT:
        text, cut = decode_text(data)
        return Decoded(kind, digest, text=text, cut=cut)
    if kind == ContentKind.EMAIL:
        return Decoded(kind, digest, mail=parse_email(data))
    return Decoded(ContentKind.OTHER, digest)


class AttachmentViewer(QWidget):
    """Shows one attachment. `loaded` fires once the content (or a message) is shown;
    `closed` when the window closes (its content is dropped then)."""

    loaded = Signal()
    closed = Signal()

    def __init__(self, service: VaultService, dialogs: Dialogs, attachment_id: str,
                 parent: QWidget | None = None, *, max_view_bytes: int = MAX_VIEW_BYTES) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._service = service
        self._dialogs = dialogs
        self.attachment_id = attachment_id
        self._entry: Entry[Attachment] | None = None
        self._kind: ContentKind | None = None
        self._is_loaded = False
        self._jobs: list[Job] = []  # the content being decrypted and decoded
        self._save_jobs: list[Job] = []
        self.resize(900, 700)
        self._build()
        self._load(max_view_bytes)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self._name = plain_label()
        font = self._name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self._name.setFont(font)
        self._facts = plain_label()
        self._sha = QLineEdit()
        self._sha.setReadOnly(True)
        self._sha.setFont(monospace())
        self._sha.setMinimumWidth(self._sha.fontMetrics().horizontalAdvance("0" * 66))
        self._check = plain_label(selectable=False)
        self._save = QPushButton(tr("Speichern unter…"))
        self._save.clicked.connect(self.save_as)
        sha_row = QHBoxLayout()
        sha_row.addWidget(QLabel(tr("SHA-256:")))
        sha_row.addWidget(self._sha, 1)
        sha_row.addWidget(self._check)
        top = QHBoxLayout()
        top.addWidget(self._name, 1)
        top.addWidget(self._save, 0, Qt.AlignmentFlag.AlignTop)

        self._zoom_bar = QWidget()
        zoom = QHBoxLayout(self._zoom_bar)
        zoom.setContentsMargins(0, 0, 0, 0)
        self._zoom_label = QLabel()
        for text, slot in ((tr("Einpassen"), self.fit_image),
                           (tr("Verkleinern"), self.zoom_out),
                           (tr("Vergrößern"), self.zoom_in),
                           (tr("Originalgröße"), self.actual_size)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            zoom.addWidget(button)
        zoom.addWidget(self._zoom_label)
        zoom.addStretch(1)
        self._zoom_bar.hide()
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(keys, self).activated.connect(slot)
        QShortcut(QKeySequence("Ctrl+0"), self).activated.connect(self.fit_image)

        self._message = plain_label()
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._image = ImagePage()
        self._pdf = PdfPage()
        self._text = text_view()
        self._email = EmailPage()
        self._stack = QStackedWidget()
        for page in (self._message, self._image, self._pdf, self._text, self._email):
            self._stack.addWidget(page)
        self._status = plain_label()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._facts)
        layout.addLayout(sha_row)
        layout.addWidget(self._zoom_bar)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._status)

    def _show_facts(self, entry: Entry[Attachment]) -> None:
        facts = entry.value
        name = display_name(facts.original_name)
        self.setWindowTitle(tr("{0} – Vorfallbuch").format(name))
        self._name.setText(name)
        by = self._service.user_names().get(facts.intake_by, "")
        size = human_size(facts.size)
        if facts.size >= 1024:
            size = tr("{0} ({1})").format(size, exact_size(facts.size))
        parts = [labels.attachment_kind(facts.kind), size,
                 tr("Eingang: {0}").format(dates.local(facts.intake_at, seconds=True))]
        if by:
            when = dates.local(facts.intake_at, seconds=True)
            parts[-1] = tr("Eingang: {0} von {1}").format(when, by)
        if facts.source:
            parts.append(tr("Quelle: {0}").format(facts.source))
        self._facts.setText(" · ".join(parts))
        self._sha.setText(facts.sha256)

    # -- loading ------------------------------------------------------------------------
    def _load(self, max_view_bytes: int) -> None:
        try:
            entry = self._service.get_attachment(self.attachment_id)
        except Exception as exc:  # shown in the window, nothing to view
            self._save.setEnabled(False)
            self._finish_with_message(describe(exc))
            return
        self._entry = entry
        self._show_facts(entry)
        if entry.value.size > max_view_bytes:
            self._check.setText(tr("nicht geprüft"))
            self._finish_with_message(tr(
                "Die Datei ist zu groß für die Ansicht ({0}); mit „Speichern unter…“ können Sie "
                "das Original speichern und mit einem passenden Programm öffnen."
            ).format(human_size(entry.value.size)))
            return
        self._check.setText(tr("wird geprüft …"))
        self._message.setText(tr("Wird entschlüsselt …"))
        job = Job(lambda _progress, _cancelled: decode(self._service, entry))
        job.succeeded.connect(lambda result: self._on_decoded(job, result))
        job.failed.connect(lambda exc: self._on_failed(job, exc))
        self._jobs.append(job)
        job.start()

    def _on_decoded(self, job: Job, result: Decoded) -> None:
        if not alive(self) or job not in self._jobs or self._entry is None:
            return  # dropped meanwhile: nothing may be shown again
        self._jobs.remove(job)
        if result.digest != self._entry.value.sha256:
            self._check.setText(tr("✗ stimmt nicht"))
            self._finish_with_message(tr(
                "Der gespeicherte Inhalt stimmt nicht mit der SHA-256-Prüfsumme vom Eingang "
                "überein und wird nicht angezeigt; bitte führen Sie die Prüfung des Tresors aus."))
            return
        self._check.setText(tr("✓ geprüft"))
        self._kind = result.kind
        if result.kind == ContentKind.IMAGE and result.image is not None:
            self._stack.setCurrentWidget(self._image)
            self._zoom_bar.show()
            self._image.set_image(result.image)
            self._update_zoom_label()
        elif result.kind == ContentKind.PDF:
            self._show_pdf(result.pdf)
            return  # loaded is announced once the document says it is ready
        elif result.kind == ContentKind.TEXT:
            self._text.setPlainText(result.text)
            self._stack.setCurrentWidget(self._text)
            if result.cut:
                self._status.setText(tr("Der Text ist sehr lang und wird gekürzt gezeigt; das "
                                        "Original ist vollständig gespeichert."))
        elif result.kind == ContentKind.EMAIL and result.mail is not None:
            self._email.set_email(result.mail)
            self._stack.setCurrentWidget(self._email)
        else:
            self._kind = ContentKind.OTHER
            self._finish_with_message(tr(
                "Dieser Dateityp kann in Vorfallbuch nicht angezeigt werden; mit „Speichern "
                "unter…“ können Sie das Original speichern und mit einem passenden Programm "
                "öffnen."))
            return
        self._is_loaded = True
        self.loaded.emit()

    def _show_pdf(self, data: bytes) -> None:
        document = self._pdf.pdf_document()
        self._pdf.load(data)
        if document.status() == QPdfDocument.Status.Loading:
            document.statusChanged.connect(self._pdf_status, Qt.ConnectionType.UniqueConnection)
            return
        self._pdf_status()

    def _pdf_status(self) -> None:
        document = self._pdf.pdf_document()
        status = document.status()
        if self._kind != ContentKind.PDF or status == QPdfDocument.Status.Loading:
            return
        if status != QPdfDocument.Status.Ready:
            self._kind = ContentKind.OTHER
            if document.error() == QPdfDocument.Error.IncorrectPassword:
                self._finish_with_message(tr(
                    "Die PDF-Datei ist mit einem Passwort geschützt und kann hier nicht "
                    "angezeigt werden; mit „Speichern unter…“ können Sie das Original "
                    "speichern."))
            else:
                self._finish_with_message(tr(
                    "Die PDF-Datei ist beschädigt oder kann nicht gelesen werden; mit "
                    "„Speichern unter…“ können Sie das Original speichern."))
            return
        self._stack.setCurrentWidget(self._pdf)
        pages = document.pageCount()
        self._status.setText(tr("1 Seite") if pages == 1 else tr("{0} Seiten").format(pages))
        self._is_loaded = True
        self.loaded.emit()

    def _on_failed(self, job: Job, exc: BaseException) -> None:
        if not alive(self) or job not in self._jobs:
            return
        self._jobs.remove(job)
        self._check.setText(tr("✗ nicht lesbar"))
        self._finish_with_message(describe(exc))

    def _finish_with_message(self, text: str) -> None:
        self._pdf.clear()
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)
        self._zoom_bar.hide()
        self._is_loaded = True
        self.loaded.emit()

    # -- image zoom ---------------------------------------------------------------------
    def fit_image(self) -> None:
        self._image.fit()
        self._update_zoom_label()

    def zoom_in(self) -> None:
        self._image.zoom_in()
        self._update_zoom_label()

    def zoom_out(self) -> None:
        self._image.zoom_out()
        self._update_zoom_label()

    def actual_size(self) -> None:
        self._image.actual_size()
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        self._zoom_label.setText(tr("{0} %").format(self._image.zoom_percent()))

    # -- what is shown (for the panel and tests) ----------------------------------------
    def is_loaded(self) -> bool:
        return self._is_loaded

    def content_kind(self) -> ContentKind | None:
        """The kind shown, None before loading or after drop_data()."""
        return self._kind

    def displayed_text(self) -> str:
        if self._kind == ContentKind.TEXT:
            return self._text.toPlainText()
        if self._kind == ContentKind.EMAIL:
            return self._email.displayed_text()
        return self._message.text()

    def displayed_image(self) -> QImage | None:
        image = self._image.image()
        return None if image.isNull() else image

    def image_zoom_percent(self) -> int:
        return self._image.zoom_percent()

    def pdf_document(self) -> QPdfDocument | None:
        return self._pdf.pdf_document() if self._kind == ContentKind.PDF else None

    def status_text(self) -> str:
        return self._status.text()

    def has_content(self) -> bool:
        return self._kind is not None

    # -- actions ------------------------------------------------------------------------
    def save_as(self) -> None:
        if self._entry is None:
            return
        job = save_original(self, self._service, self._dialogs, self._entry,
                            self._status.setText)
        if job is not None:
            self._save_jobs.append(job)
            job.finished.connect(lambda: self._save_jobs.remove(job))

    def drop_data(self) -> None:
        """Forget every decrypted byte this window holds; a load still running is ignored."""
        for job in self._jobs:
            job.cancel()
        self._jobs = []
        self._kind = None
        self._image.clear()
        self._pdf.clear()
        clear_text(self._text)
        self._email.clear()
        self._zoom_bar.hide()
        self._status.clear()
        # The facts are decrypted data too: name, size, hash and intake go with the content.
        self._entry = None
        for label in (self._name, self._facts, self._check):
            label.clear()
        self._sha.clear()
        self._save.setEnabled(False)
        self.setWindowTitle(tr("Vorfallbuch"))
        self._message.setText(tr("Der Inhalt wurde aus dem Speicher entfernt."))
        self._stack.setCurrentWidget(self._message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drop_data()
        super().closeEvent(event)
        self.closed.emit()
