"""Pages that stand in for original pages of the annex which could not be put into the final
PDF (export/dossier/annex.py `assemble`): one A4 page per placeholder, so page numbers and the
table of contents stay right. Each names the file, its SHA-256, size and the reason, and has
the footer the original page would have had."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from export.dossier import fonts, labels
from export.dossier.stamp import GREY, footer

MARGIN = 56.7  # 2 cm
SIZE = 11.0


@dataclass(frozen=True)
class Stand:
    label: str  # "Anlage A1"
    name: str
    sha256: str
    size: int
    index: int  # the original's page (0-based)
    pages: int  # of the original
    reason: str  # German
    number: int  # this page in the dossier
    total: int


def _lines(text: str, width: float, size: float) -> list[str]:
    """`text` broken into lines that fit `width` (words longer than a line are cut)."""
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            while fonts.plain_width(word, size) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and fonts.plain_width(word[:cut], size) > width:
                    cut = max(1, cut * 3 // 4)
                if line:
                    out.append(line)
                    line = ""
                out.append(word[:cut])
                word = word[cut:]
            candidate = f"{line} {word}" if line else word
            if fonts.plain_width(candidate, size) <= width:
                line = candidate
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def _draw(canvas: Canvas, text: str, x: float, y: float, size: float,
          base: str = fonts.REGULAR) -> None:
    for font, chunk in fonts.line_runs(text, base):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += canvas.stringWidth(chunk, font, size)


def replacement_pages(stands: Sequence[Stand]) -> list[PageObject]:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    width, height = A4
    room = width - 2 * MARGIN
    for stand in stands:
        y = height - MARGIN - 20
        name = stand.name if len(stand.name) <= 300 else stand.name[:300] + "…"
        for line in _lines(f"{stand.label}: {name}", room, 16):
            _draw(canvas, line, MARGIN, y, 16, fonts.BOLD)
            y -= 22
        y -= 8
        texts = [
            f"An dieser Stelle stünde Seite {stand.index + 1} von {stand.pages} der Datei. "
            "Sie konnte nicht in das Dossier eingefügt werden.",
            f"Grund: {stand.reason}",
            f"Größe: {labels.size(stand.size)} ({labels.count(stand.size)} Byte)",
        ]
        for text in texts:
            for line in _lines(text, room, SIZE):
                _draw(canvas, line, MARGIN, y, SIZE)
                y -= SIZE * 1.5
            y -= SIZE * 0.5
        _draw(canvas, "SHA-256:", MARGIN, y, SIZE)
        y -= SIZE * 1.5
        canvas.setFont(fonts.MONO, 10)
        canvas.drawString(MARGIN, y, stand.sha256)
        short = name if len(name) <= 60 else name[:59] + "…"
        text = footer(stand.label, short, stand.number, stand.total)
        canvas.setFillColor(GREY)
        _draw(canvas, text, max(MARGIN, width - MARGIN - fonts.plain_width(text, 8)), 24, 8)
        canvas.showPage()
    canvas.save()
    return list(PdfReader(io.BytesIO(out.getvalue())).pages)
