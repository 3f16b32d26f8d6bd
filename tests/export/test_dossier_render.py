"""A visual check: pages of a real dossier rendered to PNG with QtPdf (Qt is allowed in tests;
export/ itself never imports it). Set VORFALLBUCH_DOSSIER_PNG=DIR to keep the images."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from app.service import VaultService
from export.dossier import DossierRequest, build_dossier
from tests.export.dossier_support import at, fill_vault


def render(pdf: bytes, page: int, width: int = 850) -> QImage:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    size = document.pagePointSize(page)
    image = document.render(page, QSize(width, round(width * size.height() / size.width())))
    document.close()
    paper = QImage(image.size(), QImage.Format.Format_RGB32)  # QtPdf leaves the page transparent
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def share(image: QImage, x0: float, y0: float, x1: float, y1: float,
          test: callable) -> float:  # type: ignore[valid-type]
    """The share of sampled pixels in the box (fractions of the page) that pass `test`."""
    hits = total = 0
    for y in range(int(y0 * image.height()), int(y1 * image.height()), 3):
        for x in range(int(x0 * image.width()), int(x1 * image.width()), 3):
            total += 1
            hits += bool(test(QColor(image.pixel(x, y))))
    return hits / max(total, 1)


def test_cover_and_an_evidence_page_render(qapp, service: VaultService, tmp_path: Path) -> None:
    fill_vault(service, tmp_path / "files")
    out = io.BytesIO()
    build_dossier(service, DossierRequest(recipient="Polizeirevier Pirna"), out,
                  now=at(2026, 3, 25))
    pdf = out.getvalue()
    keep = Path(os.environ.get("VORFALLBUCH_DOSSIER_PNG", tmp_path))
    cover, photo_page = render(pdf, 0), render(pdf, 6)
    assert cover.save(str(keep / "dossier-cover.png")) and photo_page.save(
        str(keep / "dossier-page7.png"))
    assert cover.width() == 850 and abs(cover.height() - 1202) <= 1  # A4 portrait

    def red(c: QColor) -> bool:
        return c.red() > 100 and c.green() < 60 and c.blue() < 60

    def dark(c: QColor) -> bool:
        return c.lightness() < 120

    def blue(c: QColor) -> bool:
        return c.blue() > 140 and c.red() < 120

    # "VERTRAULICH" in dark red near the top third, text in the middle, margins blank
    assert share(cover, 0.3, 0.15, 0.7, 0.25, red) > 0.02
    assert share(cover, 0.1, 0.35, 0.9, 0.55, dark) > 0.01
    assert share(cover, 0.0, 0.1, 0.08, 0.9, dark) == 0
    # the embedded photo (blue with a white arrow) fills a block of the evidence page
    assert share(photo_page, 0.1, 0.1, 0.45, 0.45, blue) > 0.5
    # header and footer lines on every own page
    assert share(cover, 0.1, 0.955, 0.9, 0.975, dark) > 0
