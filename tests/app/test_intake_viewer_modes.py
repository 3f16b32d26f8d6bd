"""The intake child's two services for the desktop viewer: probing a PDF before QtPdf sees it
(app/intake/pdf_probe.py) and converting an image Qt cannot decode (app/intake/preview.py).
Both run in the sandboxed child; its misbehaviour is a verdict or None, never an exception."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.intake.pdf_probe import PdfProbe, PdfVerdict, probe_pdf
from app.intake.preview import PNG_MAGIC, render_preview
from tests.image_corpus import heic_like
from tests.pdf_corpus import deep_tree, hostile_pdfs, huge_count, kids_cycle, shared_kids


@pytest.mark.parametrize("data", [kids_cycle(), deep_tree(), shared_kids()],
                         ids=["cycle", "deep", "shared"])
def test_page_trees_that_hang_qtpdf_are_refused(data: bytes) -> None:
    assert probe_pdf(data) == PdfProbe(PdfVerdict.PAGE_TREE)


def test_a_readable_pdf_is_counted_whatever_its_count_claims() -> None:
    assert probe_pdf(huge_count()) == PdfProbe(PdfVerdict.READABLE, 1)
    assert probe_pdf(hostile_pdfs()["kaputt.pdf"]).verdict == PdfVerdict.DAMAGED


def test_an_encrypted_pdf_is_named() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("geheim", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    assert probe_pdf(out.getvalue()).verdict == PdfVerdict.PASSWORD


def test_a_hanging_or_lying_child_is_a_verdict() -> None:
    assert probe_pdf(kids_cycle(), timeout=2, fault="hang").verdict == PdfVerdict.TIMEOUT
    assert probe_pdf(kids_cycle(), fault="garbage").verdict == PdfVerdict.READER_FAILED
    assert probe_pdf(kids_cycle(), fault="crash").verdict == PdfVerdict.READER_FAILED


def test_preview_converts_what_pillow_reads_and_nothing_else() -> None:
    avif = io.BytesIO()
    Image.new("RGB", (300, 100), "green").save(avif, "AVIF")
    png = render_preview(avif.getvalue(), 48)
    assert png is not None and png.startswith(PNG_MAGIC)
    assert Image.open(io.BytesIO(png)).size == (48, 16)
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, "TIFF", compression="group4")
    assert render_preview(bomb.getvalue()) is None
    assert render_preview(heic_like()) is None
    assert render_preview(b"\0" * 100) is None
    assert render_preview(kids_cycle()) is None  # never through a PDF reader
