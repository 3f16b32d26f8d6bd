"""The written dossier shown in the app (QtPdf, read into memory) and printed page by page.

A password-protected dossier is opened with the password the user just typed; it stays in
the document object only while the preview is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ui.attachments.pages import PdfPage

PRINT_DPI = 300  # enough for text and photos; a page image at 1200 dpi would be 0.5 GB


class DossierPreview(PdfPage):
    """The dossier fitted to the width, all pages one below the other."""

    def show_file(self, path: Path, password: str | None) -> bool:
        """Load the file; False if QtPdf cannot read it."""
        document = self.pdf_document()
        document.setPassword(password or "")
        self.load(path.read_bytes())
        return document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return int(self.pdf_document().pageCount())

    def render_page(self, index: int, dpi: int = 96) -> QImage:
        """One page as an image, e.g. for a visual check."""
        size = self.pdf_document().pagePointSize(index)
        pixels = QSize(max(1, round(size.width() * dpi / 72)),
                       max(1, round(size.height() * dpi / 72)))
        return self.pdf_document().render(index, pixels)

    def clear(self) -> None:
        self.pdf_document().setPassword("")
        super().clear()


def print_document(preview: DossierPreview, printer: QPrinter) -> int:
    """Print the pages the printer's range asks for (all if none); returns how many were
    printed. Each page is rendered at PRINT_DPI (at most the printer's) and fitted to the
    printable area, keeping its proportions."""
    count = preview.page_count()
    first, last = printer.fromPage(), printer.toPage()
    if first < 1 or last < first:
        first, last = 1, count
    last = min(last, count)
    dpi = min(PRINT_DPI, printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            image = preview.render_page(number - 1, dpi)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - scaled.width()) // 2, area.y(),
                           scaled.width(), scaled.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
