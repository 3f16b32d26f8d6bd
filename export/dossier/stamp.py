"""The footer stamped on the original pages of the annex: "Anlage A1: brief.pdf – Seite X von
Y", numbered through the whole dossier like the own pages.

The original's content is left as it is: reportlab draws one overlay page per annex page (all
in one small PDF, so the font is embedded once), sized like the page as it is shown (its
/Rotate applied), and pypdf lays it over the page with the matrix that maps the shown page
onto the page's own coordinates (CropBox offsets and rotation). Only text is added, in grey
in the bottom margin, without a background that could hide part of the original.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PageObject, PdfReader
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from export.dossier import fonts

A4_SHORT = 595.28  # points: the own pages' footer size (8 pt) is kept for an A4 original
GREY = HexColor("#555555")


def shown_size(page: PageObject) -> tuple[float, float]:
    """Width and height of the page as a viewer shows it."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if _rotation(page) in (90, 270) else (width, height)


def _rotation(page: PageObject) -> int:
    try:
        return int(page.rotation) % 360 // 90 * 90
    except (TypeError, ValueError):
        return 0


def shown_to_page(page: PageObject) -> tuple[float, float, float, float, float, float]:
    """The matrix from shown coordinates (origin bottom left of the shown page) to the page's
    user space; /Rotate turns the page clockwise for display."""
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    return {0: (1, 0, 0, 1, x0, y0), 90: (0, 1, -1, 0, x0 + w, y0),
            180: (-1, 0, 0, -1, x0 + w, y0 + h), 270: (0, -1, 1, 0, x0, y0 + h)}[_rotation(page)]


def footer(label: str, name: str, number: int, total: int) -> str:
    return f"{label}: {name} – Seite {number} von {total}"


def overlays(pages: Sequence[tuple[tuple[float, float], str]]) -> list[PageObject]:
    """One overlay page per ((width, height) as shown, footer text)."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    for (width, height), text in pages:
        canvas.setPageSize((width, height))
        size = max(5.0, min(16.0, 8 * min(width, height) / A4_SHORT))
        margin = min(width, height) * 0.0952  # 2 cm on an A4 page
        text = _fit(text, width - 2 * margin, size)
        x = width - margin - fonts.plain_width(text, size)
        canvas.setFillColor(GREY)
        for font, chunk in fonts.line_runs(text):
            canvas.setFont(font, size)
            canvas.drawString(x, size * 3, chunk)  # 0.85 cm up on A4, as the own footer
            x += canvas.stringWidth(chunk, font, size)
        canvas.showPage()
    canvas.save()
    return list(PdfReader(io.BytesIO(out.getvalue())).pages)


def _fit(text: str, room: float, size: float) -> str:
    """The footer, its file name shortened with "…" until it fits on the page."""
    head, sep, tail = text.rpartition(" – Seite ")
    if len(head) > 300:
        head = head[:300] + "…"
    text = head + sep + tail
    while len(head) > 12 and fonts.plain_width(text, size) > room:
        head = head[:-2] + "…"
        text = head + sep + tail
    return text


def stamp(page: PageObject, overlay: PageObject) -> None:
    page.merge_transformed_page(overlay, shown_to_page(page), over=True, expand=False)
