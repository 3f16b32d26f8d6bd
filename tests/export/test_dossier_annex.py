"""The annex pages carry "Anlage …: name – Seite X von Y" like the own pages their footer:
numbered through the whole dossier, in the bottom margin of the page as it is shown, upright on
rotated pages and on pages whose boxes do not start at 0,0; the original stays as it was."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject
from PySide6.QtGui import QColor

from app.service import VaultService
from export.dossier import DossierRequest, build_dossier
from tests.export.dossier_support import add_file, at, page_texts, pdf_letter
from tests.export.test_dossier_render import render, share


def odd_pdf() -> bytes:
    """Three pages: turned by 90°, A5 landscape with its boxes moved off 0,0, and both (270°)."""
    turned = PdfReader(io.BytesIO(pdf_letter(1, "Gedrehtes Original"))).pages[0]
    turned.rotate(90)
    writer = PdfWriter()
    writer.add_page(turned)
    for rotation, text in ((0, "Verschobenes Original"), (270, "Verschoben und gedreht")):
        page = writer.add_blank_page(595, 420)
        moved = PdfReader(io.BytesIO(pdf_letter(1, text))).pages[0]
        page.merge_page(moved)
        # boxes off 0,0 that still hold the letter's line (x 72, y 760)
        page.mediabox = page.cropbox = RectangleObject([50, 400, 645, 820])
        if rotation:
            page.rotate(rotation)
    sink = io.BytesIO()
    writer.write(sink)
    return sink.getvalue()


@pytest.fixture
def dossier(service: VaultService, tmp_path: Path) -> tuple[bytes, bytes]:
    incident = service.add_incident({"title": "Briefe", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "brief.pdf", pdf_letter(2))
    odd = odd_pdf()
    add_file(service, tmp_path, incident.id, "gedreht und verschoben – تهديد.pdf", odd)
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    return out.getvalue(), odd


def footer_positions(pdf: bytes, number: int) -> list[tuple[float, float, float, float]]:
    """(x, y, dx, dy) in the page's user space of each footer piece with "– Seite": its origin
    and the direction its baseline runs."""
    found: list[tuple[float, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if "– Seite" in text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]))

    PdfReader(io.BytesIO(pdf)).pages[number].extract_text(visitor_text=visit)
    return found


def shown(page, x: float, y: float, dx: float, dy: float) -> tuple[float, float, float, float]:
    """A point and direction in user space as the viewer shows them (origin bottom left)."""
    box = page.cropbox
    u, v = x - float(box.left), y - float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotation = page.rotation % 360
    if rotation == 90:
        return v, w - u, dy, -dx
    if rotation == 180:
        return w - u, h - v, -dx, -dy
    if rotation == 270:
        return h - v, u, -dy, dx
    return u, v, dx, dy


def test_every_page_has_its_number_and_annex_pages_name_their_file(dossier) -> None:
    pdf, _odd = dossier
    texts = page_texts(pdf)
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert f"Seite {number} von {total}" in text, number
        assert sum(f"Seite {n} von {total}" in text for n in range(1, total + 1)) == 1
    annex = [n for n, t in enumerate(texts, 1) if "Anlage A" in t and "– Seite" in t]
    assert len(annex) == 5
    for number in annex[:2]:
        assert f"Anlage A1: brief.pdf – Seite {number} von {total}" in texts[number - 1]
    for number in annex[2:]:
        assert "Anlage A2: gedreht und verschoben" in texts[number - 1]
        assert "تهديد" in texts[number - 1] and ".pdf – Seite" in texts[number - 1]
    # the originals' own text is still there
    assert "Originalbrief Seite 2 von 2" in texts[annex[1] - 1]
    for number, text in zip(annex[2:], ("Gedrehtes Original", "Verschobenes Original",
                                        "Verschoben und gedreht"), strict=True):
        assert text in texts[number - 1]


def test_the_stamp_sits_upright_in_the_bottom_margin_of_the_page_as_shown(dossier) -> None:
    pdf, odd = dossier
    reader = PdfReader(io.BytesIO(pdf))
    originals = PdfReader(io.BytesIO(odd)).pages
    annexed = [n for n, t in enumerate(page_texts(pdf)) if "Anlage A2:" in t and "– Seite" in t]
    assert len(annexed) == 3
    for number, original in zip(annexed, originals, strict=True):
        page = reader.pages[number]
        # boxes and rotation as in the original
        assert page.rotation == original.rotation
        assert list(page.mediabox) == list(original.mediabox)
        width, height = float(page.cropbox.width), float(page.cropbox.height)
        if page.rotation % 180:
            width, height = height, width
        positions = [shown(page, *p) for p in footer_positions(pdf, number)]
        assert positions
        for x, y, dx, dy in positions:
            assert 0 < y < 0.06 * height, (number, y)  # bottom margin
            assert 0.2 * width < x < width, (number, x)
            assert dx > 0 and abs(dy) < 1e-6  # reads left to right, upright


def test_a_turned_annex_page_renders_with_its_footer(qapp, dossier, tmp_path: Path) -> None:
    pdf, _odd = dossier
    number = next(n for n, t in enumerate(page_texts(pdf)) if "Gedrehtes Original" in t)
    image = render(pdf, number)
    assert image.save(str(Path(os.environ.get("VORFALLBUCH_DOSSIER_PNG", tmp_path))
                          / "dossier-annex-turned.png"))
    assert image.width() > image.height()  # A4 turned: landscape as shown

    def dark(c: QColor) -> bool:
        return c.lightness() < 160

    # the footer: ink in the bottom strip towards the right, none at the bottom left corner
    assert share(image, 0.4, 0.9, 0.95, 0.99, dark) > 0
    assert share(image, 0.0, 0.9, 0.1, 1.0, dark) == 0
