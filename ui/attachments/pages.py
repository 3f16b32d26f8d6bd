"""What the viewer shows inside its window, one page per kind of content. Each page holds
decrypted data in memory only and drops it in clear()."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.attachments.content import EmailContent
from ui.attachments.names import display_name

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.05, 8.0


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentViewer", text)


def plain_label(text: str = "", selectable: bool = True) -> QLabel:
    """A label that never interprets markup (hostile names and headers) and wraps."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def text_view() -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setUndoRedoEnabled(False)  # no second copy of the text in an undo stack
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return view


def clear_text(view: QPlainTextEdit) -> None:
    view.clear()
    view.document().clearUndoRedoStacks()


class ImagePage(QScrollArea):
    """Fit to window by default; zoom in and out in steps; 100 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._label)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidgetResizable(False)
        self._original = QPixmap()
        self._image = QImage()
        self._fit = True
        self._scale = 1.0

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._original = QPixmap.fromImage(image)
        self.fit()

    def image(self) -> QImage:
        return self._image

    def fit(self) -> None:
        self._fit = True
        self._apply()

    def actual_size(self) -> None:
        self._fit, self._scale = False, 1.0
        self._apply()

    def zoom_in(self) -> None:
        self._fit, self._scale = False, min(ZOOM_MAX, self.scale() * ZOOM_STEP)
        self._apply()

    def zoom_out(self) -> None:
        self._fit, self._scale = False, max(ZOOM_MIN, self.scale() / ZOOM_STEP)
        self._apply()

    def scale(self) -> float:
        if not self._fit or self._original.isNull():
            return self._scale
        room = self.viewport().size()
        size = self._original.size()
        # Small images stay at 100 %: enlarging a screenshot only blurs it.
        return min(1.0, room.width() / max(1, size.width()), room.height() / max(1, size.height()))

    def zoom_percent(self) -> int:
        return round(self.scale() * 100)

    def clear(self) -> None:
        self._label.clear()
        self._original = QPixmap()
        self._image = QImage()
        self._label.resize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._apply()

    def _apply(self) -> None:
        if self._original.isNull():
            return
        scale = self.scale()
        size = QSize(max(1, round(self._original.width() * scale)),
                     max(1, round(self._original.height() * scale)))
        shown = self._original if scale == 1.0 else self._original.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self._label.setPixmap(shown)
        self._label.resize(shown.size())


class PdfPage(QPdfView):
    """All pages one below the other, fitted to the width. The document is read from a QBuffer
    in memory: QtPdf never sees a file name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # the stubs omit the None default
        # Not children of the view: a QPdfView destroyed with its loaded document as a child
        # crashes (the document signals the half-destroyed view). Python owns them instead.
        self._document = QPdfDocument()
        self._buffer = QBuffer()
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setDocument(self._document)

    def load(self, data: bytes) -> None:
        """Loading from a device reports through status() (Ready at once for a buffer, else
        later through the document's statusChanged). On the calling thread: the viewer uses
        load_pdf() in a job and show_loaded() instead."""
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)

    def show_loaded(self, loaded: LoadedPdf) -> None:
        """Show a document that load_pdf() opened off the GUI thread. The view is given the
        new document before the old one is closed and dropped: dropped first, it was
        destroyed while the view still showed it, and setDocument() crashed the process now
        and then (tests/gui/test_image_corpus.py)."""
        previous = LoadedPdf(self._document, self._buffer)
        self._document, self._buffer = loaded.document, loaded.buffer
        self.setDocument(self._document)
        previous.close()

    def pdf_document(self) -> QPdfDocument:
        return self._document

    def clear(self) -> None:
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())


@dataclass
class LoadedPdf:
    """A QPdfDocument and the buffer it reads, opened by load_pdf() and handed to the GUI
    thread."""

    document: QPdfDocument
    buffer: QBuffer

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray())


def load_pdf(data: bytes) -> LoadedPdf:
    """Open `data` with QtPdf on the calling thread (a job's), then move the document and its
    buffer to the GUI thread: pdfium's work on a hostile file never stalls the window. The
    caller checks document.status()."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    app = QCoreApplication.instance()
    if app is not None:
        buffer.moveToThread(app.thread())
        document.moveToThread(app.thread())
    return LoadedPdf(document, buffer)


class EmailPage(QWidget):
    """Headers as plain text, the body as plain text (an HTML-only mail reduced to its text,
    never rendered), inner attachments by name only."""

    HEADER_LABELS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = QFormLayout()
        self._headers.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        header_box = QFrame()
        header_box.setFrameShape(QFrame.Shape.StyledPanel)
        header_box.setLayout(self._headers)
        self._note = plain_label(selectable=False)
        font = self._note.font()
        font.setItalic(True)
        self._note.setFont(font)
        self._body = text_view()
        self._attachments = plain_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header_box)
        layout.addWidget(self._note)
        layout.addWidget(self._body, 1)
        layout.addWidget(self._attachments)
        self.clear()

    @staticmethod
    def header_label(name: str) -> str:
        return {"From": tr("Von:"), "To": tr("An:"), "Cc": tr("Cc:"), "Date": tr("Datum:"),
                "Subject": tr("Betreff:"), "Message-ID": tr("Message-ID:")}.get(name, name)

    def set_email(self, mail: EmailContent) -> None:
        self.clear()
        for name, value in mail.headers:
            self._headers.addRow(self.header_label(name), plain_label(display_name(value)))
        if not mail.headers:
            self._headers.addRow(plain_label(tr("Keine lesbaren Kopfzeilen."), False))
        notes = []
        if mail.body_was_html:
            notes.append(tr("Diese E-Mail enthält nur HTML, daher wird der reine Text "
                            "gezeigt; Bilder, Links und entfernte Inhalte werden nicht geladen."))
        if mail.cut:
            notes.append(tr("Die E-Mail ist sehr groß und wird gekürzt gezeigt; das Original "
                            "ist vollständig gespeichert."))
        self._note.setText(" ".join(notes))
        self._note.setVisible(bool(notes))
        self._body.setPlainText(mail.body)
        if mail.attachments:
            names = ", ".join(tr("„{0}“").format(display_name(n)) for n in mail.attachments)
            self._attachments.setText(
                tr("Anhänge in der E-Mail (werden nicht geöffnet): {0}").format(names))
        self._attachments.setVisible(bool(mail.attachments))

    def displayed_text(self) -> str:
        lines = []
        for row in range(self._headers.rowCount()):
            items = [self._headers.itemAt(row, role) for role in (
                QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole)]
            widgets = [item.widget() for item in items if item is not None]
            texts = [w.text() for w in widgets if isinstance(w, QLabel)]
            lines.append(" ".join(texts))
        lines.append(self._body.toPlainText())
        if self._attachments.isVisibleTo(self):
            lines.append(self._attachments.text())
        return "\n".join(lines)

    def clear(self) -> None:
        while self._headers.rowCount():
            self._headers.removeRow(0)
        clear_text(self._body)
        self._note.clear()
        self._note.hide()
        self._attachments.clear()
        self._attachments.hide()
