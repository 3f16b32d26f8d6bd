"""A window that shows one attachment without ever writing its plaintext to disk: the
original is decrypted into memory off the GUI thread, checked against its SHA-256, then shown
as image, PDF, text or e-mail. Anything else can only be saved ('Speichern unter…')."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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
from app.intake.pdf_probe import PdfProbe, PdfVerdict, probe_pdf
from app.intake.preview import render_preview
from app.progress import CancelFn
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
from ui.attachments.images import ImageProblem, can_read_image, decode_image
from ui.attachments.names import display_name
from ui.attachments.pages import (
    EmailPage,
    ImagePage,
    LoadedPdf,
    PdfPage,
    clear_text,
    load_pdf,
    plain_label,
    text_view,
)
from ui.attachments.saving import save_original
from ui.dialogs import Dialogs
from ui.messages import describe
from ui.widgets import fit_to_screen
from ui.worker import Job

MAX_VIEW_BYTES = 200 * 1024 * 1024  # bigger files are not decrypted for viewing, only saved
VIEW_TIMEOUT_MS = 30_000  # decrypting, probing and decoding; then the window gives up


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentViewer", text)


@dataclass
class Decoded:
    """What the background job made of the decrypted bytes (all in memory)."""

    kind: ContentKind
    digest: str
    image: QImage | None = None
    pdf: LoadedPdf | None = None
    text: str = ""
    cut: bool = False
    mail: EmailContent | None = None
    image_problem: ImageProblem | None = None  # an image that cannot be shown, and why
    converted: bool = False  # the picture was made by Pillow in the intake child
    pdf_probe: PdfProbe | None = None  # a PDF refused before QtPdf saw it, and why

    def discard(self) -> None:
        """Let go of a result nobody will show (the window closed or gave up meanwhile)."""
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        self.image = None


def decode(service: VaultService, entry: Entry[Attachment],
           cancelled: CancelFn = lambda: False) -> Decoded:
    """Decrypt into a BytesIO (never a file) and decode by content. Runs off the GUI thread,
    so a hostile file that takes long to parse cannot freeze the window. A PDF is first
    probed in the intake child (app/intake/pdf_probe.py: page-tree cycles and absurd depth
    hang QtPdf for minutes) and then opened with QtPdf here, off the GUI thread, too."""
    sink = io.BytesIO()
    digest = service.read_attachment(entry.id, sink)
    data = sink.getvalue()
    sink.close()
    facts = entry.value
    kind = classify(facts.original_name, facts.media_type, facts.kind, data[:2048])
    if kind == ContentKind.IMAGE or (kind == ContentKind.OTHER and can_read_image(data[:64])):
        found = decode_image(data)
        if isinstance(found, QImage):
            return Decoded(ContentKind.IMAGE, digest, image=found)
        if found in (ImageProblem.FORMAT, ImageProblem.DAMAGED) and kind == ContentKind.IMAGE:
            # What Qt cannot decode (AVIF, LZMA or 32-bit TIFF) Pillow may, in the child.
            png = render_preview(data, cancel=cancelled)
            converted = None if png is None else decode_image(png)
            if isinstance(converted, QImage):
                return Decoded(ContentKind.IMAGE, digest, image=converted, converted=True)
        if kind == ContentKind.IMAGE:
            return Decoded(ContentKind.OTHER, digest, image_problem=found)
        return Decoded(ContentKind.OTHER, digest)
    if kind == ContentKind.PDF:
        probe = probe_pdf(data, cancel=cancelled)
        if probe.verdict != PdfVerdict.READABLE:
            return Decoded(ContentKind.OTHER, digest, pdf_probe=probe)
        return Decoded(kind, digest, pdf=load_pdf(data))
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
                 parent: QWidget | None = None, *, max_view_bytes: int = MAX_VIEW_BYTES,
                 view_timeout_ms: int = VIEW_TIMEOUT_MS) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._service = service
        self._dialogs = dialogs
        self.attachment_id = attachment_id
        self._entry: Entry[Attachment] | None = None
        self._kind: ContentKind | None = None
        self._is_loaded = False
        self._jobs: list[Job] = []  # the content being decrypted and decoded
        self._save_jobs: list[Job] = []
        self._view_timeout_ms = view_timeout_ms
        self._cannot_show = False
        fit_to_screen(self, 900, 680)
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
        self._sha.setAccessibleName("SHA-256")
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
        # Esc closes the window, asking first when something is unsaved (closeEvent).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        self._message = plain_label()
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # What a file that cannot be shown offers: its original, saved elsewhere.
        self._save_original = QPushButton(tr("Original speichern unter…"))
        self._save_original.clicked.connect(self.save_as)
        self._save_original.hide()
        self._message_page = QWidget()
        message_layout = QVBoxLayout(self._message_page)
        message_layout.addStretch(1)
        # Lines of a readable length, not the window's width.
        # (a fixed width: a word-wrapped label given less room than it asks for cuts lines off;
        # the window is never narrower, its hash field is 66 characters wide).
        self._message.setFixedWidth(self._message.fontMetrics().averageCharWidth() * 80)
        message_layout.addWidget(self._message, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addWidget(self._save_original, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(1)
        self._image = ImagePage()
        self._pdf = PdfPage()
        self._text = text_view()
        self._email = EmailPage()
        self._stack = QStackedWidget()
        for page in (self._message_page, self._image, self._pdf, self._text, self._email):
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
            self._cannot_show = True
            self._finish_with_message(tr(
                "Die Datei ist zu groß für die Ansicht ({0}); mit „Speichern unter…“ können Sie "
                "das Original speichern und mit einem passenden Programm öffnen."
            ).format(human_size(entry.value.size)))
            return
        self._check.setText(tr("wird geprüft …"))
        self._set_message(tr("Wird entschlüsselt …"))
        service = self._service
        job = Job(lambda _progress, cancelled: decode(service, entry, cancelled))
        job.succeeded.connect(lambda result: self._on_decoded(job, result))
        job.failed.connect(lambda exc: self._on_failed(job, exc))
        self._jobs.append(job)
        job.start()
        QTimer.singleShot(self._view_timeout_ms, self, lambda: self._on_timeout(job))

    def _on_timeout(self, job: Job) -> None:
        """The job is still working: give up on it (its result is dropped when it comes)."""
        if not alive(self) or job not in self._jobs:
            return
        job.cancel()
        self._jobs.remove(job)
        self._check.setText(tr("nicht geprüft"))
        self._kind = ContentKind.OTHER
        self._cannot_show = True
        self._finish_with_message(tr(
            "Das Öffnen der Datei hat zu lange gedauert und wurde abgebrochen; sie wird hier "
            "nicht angezeigt. Das Original ist unverändert gesichert; mit „Original speichern "
            "unter…“ können Sie es speichern und mit einem passenden Programm öffnen."))

    def _on_decoded(self, job: Job, result: Decoded) -> None:
        if not alive(self) or job not in self._jobs or self._entry is None:
            result.discard()
            return  # dropped meanwhile: nothing may be shown again
        self._jobs.remove(job)
        if result.digest != self._entry.value.sha256:
            result.discard()
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
            if result.converted:
                self._status.setText(tr(
                    "Dieses Bildformat zeigt Vorfallbuch als umgewandelte Ansicht (höchstens "
                    "4096 Bildpunkte breit oder hoch); das Original ist unverändert gesichert."))
        elif result.kind == ContentKind.PDF and result.pdf is not None:
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
            self._cannot_show = True
            self._finish_with_message(self._refusal(result))
            return
        self._is_loaded = True
        self.loaded.emit()

    @staticmethod
    def _refusal(result: Decoded) -> str:
        """Why a file is not shown, and what to do instead."""
        save = tr("Das Original ist unverändert gesichert; mit „Original speichern unter…“ "
                  "können Sie es speichern und mit einem passenden Programm öffnen.")
        problem, probe = result.image_problem, result.pdf_probe
        if problem == ImageProblem.FORMAT:
            text = tr("Bildformat wird hier nicht angezeigt; das Original ist gesichert.")
            return text + " " + tr("Mit „Original speichern unter…“ können Sie es speichern "
                                   "und mit einem passenden Programm öffnen.")
        if problem == ImageProblem.TOO_LARGE:
            text = tr("Das Bild gibt mehr Bildpunkte an, als hier sicher angezeigt werden "
                      "können (möglicherweise eine Dekompressionsbombe).")
        elif problem == ImageProblem.DAMAGED:
            text = tr("Das Bild ist beschädigt oder unvollständig und kann nicht angezeigt "
                      "werden.")
        elif probe is not None and probe.verdict == PdfVerdict.PASSWORD:
            text = tr("Die PDF-Datei ist mit einem Passwort geschützt und kann hier nicht "
                      "angezeigt werden.")
        elif probe is not None and probe.verdict == PdfVerdict.PAGE_TREE:
            text = tr("Die PDF-Datei hat einen fehlerhaften Seitenbaum (Schleifen oder "
                      "übermäßige Verschachtelung) und wird zum Schutz der Anwendung nicht "
                      "angezeigt.")
        elif probe is not None and probe.verdict == PdfVerdict.TOO_MANY_PAGES:
            text = tr("Die PDF-Datei hat {0} Seiten, zu viele für die Ansicht.").format(
                probe.pages)
        elif probe is not None and probe.verdict == PdfVerdict.TIMEOUT:
            text = tr("Das Prüfen der PDF-Datei hat zu lange gedauert und wurde abgebrochen; "
                      "sie wird hier nicht angezeigt.")
        elif probe is not None:
            text = tr("Die PDF-Datei ist beschädigt oder kann nicht gelesen werden.")
        else:
            return tr("Dieser Dateityp kann in Vorfallbuch nicht angezeigt werden; mit "
                      "„Original speichern unter…“ können Sie das Original speichern und mit "
                      "einem passenden Programm öffnen.")
        return text + " " + save

    def _show_pdf(self, loaded: LoadedPdf) -> None:
        document = loaded.document
        self._pdf.show_loaded(loaded)
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
            self._cannot_show = True
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
        self._set_message(text)
        self._save_original.setVisible(self._cannot_show and self._entry is not None)
        self._stack.setCurrentWidget(self._message_page)
        self._zoom_bar.hide()
        self._is_loaded = True
        self.loaded.emit()

    def _set_message(self, text: str) -> None:
        self._message.setText(text)
        # All its lines: the stacked page does not ask a word-wrapped label for its height.
        self._message.setMinimumHeight(self._message.heightForWidth(self._message.width()))

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

    def cannot_show(self) -> bool:
        """Whether the window says the file cannot be shown here (and offers to save it)."""
        return self._cannot_show and self._stack.currentWidget() is self._message_page

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
        self._set_message(tr("Der Inhalt wurde aus dem Speicher entfernt."))
        self._save_original.hide()
        self._cannot_show = False
        self._stack.setCurrentWidget(self._message_page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drop_data()
        super().closeEvent(event)
        self.closed.emit()
