"""No image crashes the app: the hostile image corpus (tests/image_corpus.py: every TIFF
compression Pillow writes, every mode, multi-page, bombs, truncated and flipped copies) is
decoded in a child process, so that a segmentation fault fails this test instead of ending
pytest. Every file gives a picture or a named problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.image_child import ROOT
from tests.gui.image_child import run as run_child
from tests.image_corpus import corpus
from tests.pdf_corpus import hostile_pdfs


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("image-corpus")
    for name, data in {**corpus(), **hostile_pdfs()}.items():
        (folder / name).write_bytes(data)
    # A PDF that says it is a PNG: Qt's 'pdf' image plugin (pdfium) would hang on it.
    (folder / "getarnt.png").write_bytes(hostile_pdfs()["kreis.pdf"])
    return folder


def test_every_image_of_the_corpus_decodes_or_names_its_problem(corpus_folder: Path) -> None:
    results = run_child("decode", str(corpus_folder))
    names = {p.name for p in corpus_folder.iterdir()}
    assert set(results) == names
    problems = {"format", "too_large", "damaged"}
    for name, (thumb, full) in results.items():
        assert thumb in problems or "x" in thumb, (name, thumb)
        assert full in problems or "x" in full, (name, full)
    # The fixed defect: TIFFs of the common compressions decode (they crashed the app).
    for compression in ("raw", "tiff_lzw", "tiff_adobe_deflate", "packbits", "jpeg"):
        thumb, full = results[f"tiff-{compression}-RGB.tif"]
        assert (thumb, full) == ("48x30", "97x61"), compression
    assert results["tiff-group4-1.tif"][1] == "97x61"
    assert results["tiff-multipage-tiff_lzw.tif"][1] == "97x61"  # the first page
    assert results["tiff-bomb-400mp.tif"] == ["too_large", "too_large"]
    assert results["tiff-claims-2g-pixels.tif"] == ["too_large", "too_large"]
    # Only the formats intake reads are decoded: never a PDF through Qt's pdfium plugin.
    for name in ("kreis.pdf", "tief.pdf", "getarnt.png"):
        assert results[name] == ["format", "format"], name
    tiffs = [n for n in names if n.startswith("tiff-")]
    assert len(tiffs) > 250


def test_the_panel_and_the_viewer_show_every_file_or_say_why(corpus_folder: Path) -> None:
    """A real vault and the real panel: each file is attached, its thumbnail (or placeholder)
    made, and its viewer opened, in a child process; none crashes or hangs it."""
    timed = run_child("panel", str(corpus_folder), timeout=420)
    timed.pop("panel", None)
    results = {name: line[:2] for name, line in timed.items()}  # without the seconds
    names = {p.name for p in corpus_folder.iterdir()}
    assert set(results) == names
    for name, (thumb, view) in results.items():
        if name.endswith(".pdf"):
            continue
        # An image: its thumbnail and the viewer's picture, or a placeholder with a reason
        # and the viewer saying it cannot be shown (and offering the original).
        assert (thumb, view) in (("thumb", "image"), ("placeholder", "cannot-show")), name
    for name in ("tiff-raw-RGB.tif", "tiff-group4-1.tif", "tiff-jpeg-CMYK.tif",
                 "tiff-multipage-tiff_lzw.tif", "tiff-tiff_lzw-I_16.tif"):
        assert results[name] == ["thumb", "image"], name
    for name in ("tiff-bomb-400mp.tif", "heic-photo.heic", "tiff-raw-RGB-truncated-200.tif",
                 "getarnt.png"):
        assert results[name] == ["placeholder", "cannot-show"], name
    for name in ("kreis.pdf", "tief.pdf", "geteilt.pdf", "kaputt.pdf", "abgeschnitten.pdf"):
        assert results[name][1] == "cannot-show", name
    assert results["zaehlt-falsch.pdf"][1] == "pdf"


def test_opening_one_pdf_after_another_never_crashes_the_viewer(tmp_path: Path) -> None:
    """The fixed defect: the viewer dropped the document its PDF view still showed before it
    gave the view the new one, and the process died in QPdfView.setDocument now and then
    (the hostile corpus met it on pypdf's encrypted_doc_no_id.pdf and qpdf's zero-offset.pdf;
    with the old code about one run in two of 30 viewers crashed). 60 viewers, one after
    another, in a child."""
    pdf = (ROOT / "tests" / "fixtures" / "hostile" / "qpdf" / "zero-offset.pdf").read_bytes()
    for number in range(60):
        (tmp_path / f"z{number:02d}.pdf").write_bytes(pdf)
    results = run_child("panel", str(tmp_path), timeout=280)
    results.pop("panel", None)
    assert len(results) == 60
    assert {tuple(line[:2]) for line in results.values()} == {("none", "pdf")}
