"""How the dossier embeds photos and counts its pages, read back from real PDFs: a photo is the
prepared JPEG itself (DCTDecode, at print resolution for its drawn size, upright for every EXIF
orientation, never decoded again while the pages are set); "Seite X von Y" says the final total
even when the page count changes between layout passes; the contents need two passes only."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image, ImageFile
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from app.evidence_codes import EvidenceCode, EvidenceProblem
from app.intake.print_image import PRINT_DPI, prepare
from app.progress import Cancelled
from app.service import VaultService
from export.dossier import DossierRequest, build_dossier, fonts
from export.dossier.evidence import FRAME_WIDTH, IMAGE_MAX_HEIGHT
from export.dossier.picture import Picture, binary_streams
from export.dossier.styles import BODY, H1, H2, heading
from export.dossier.template import Decor, DossierDocTemplate, canvas_maker
from tests.export.dossier_support import add_file, at, jpeg, page_texts

QUADRANTS = ("red", "lime", "blue", "yellow")  # upright: top left, top right, bottom l., r.
# What a camera stores for each EXIF orientation, as the transpose that turns the upright
# picture into the stored one (EXIF 2.3, tag 0x0112; 6 = "turn 90 degrees clockwise to view").
STORED = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
          4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
          6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE,
          8: Image.Transpose.ROTATE_270}
DRAWN = re.compile(rb"([\d.]+) 0 0 ([\d.]+) [\d.-]+ [\d.-]+ cm\s*/(\S+) Do")


def quadrant_photo(width: int, height: int, orientation: int) -> bytes:
    """A photo whose upright view has four coloured quadrants, stored as a camera would."""
    upright = Image.new("RGB", (width, height))
    for index, colour in enumerate(QUADRANTS):
        x, y = index % 2 * width // 2, index // 2 * height // 2
        upright.paste(colour, (x, y, x + width // 2, y + height // 2))
    method = STORED[orientation]
    stored = upright if method is None else upright.transpose(method)
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def quadrant_colours(image: Image.Image) -> list[tuple[int, ...]]:
    rgb = image.convert("RGB")
    return [rgb.getpixel((int(rgb.width * fx), int(rgb.height * fy)))
            for fy in (0.25, 0.75) for fx in (0.25, 0.75)]


def near(colour: tuple[int, ...], name: str) -> bool:
    expected = Image.new("RGB", (1, 1), name).getpixel((0, 0))
    return all(abs(a - b) <= 40 for a, b in zip(colour, expected, strict=True))


def embedded_images(pdf: bytes) -> list[tuple[dict[str, object], bytes, float, float]]:
    """(image dictionary, stream bytes as stored, drawn width pt, drawn height pt) per use."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        if not xobjects:
            continue
        content = page.get_contents()
        stream = content.get_data() if content is not None else b""
        for width, height, name in DRAWN.findall(stream):
            obj = xobjects.get_object()["/" + name.decode()].get_object()
            if obj.get("/Subtype") == "/Image":
                found.append((dict(obj), obj._data, float(width), float(height)))
    return found


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright(orientation: int) -> None:
    # 4000 x 3000 upright: decoded at a quarter straight away (JPEG draft), then fitted
    data = quadrant_photo(4000, 3000, orientation)
    picture = prepare(data, FRAME_WIDTH, IMAGE_MAX_HEIGHT)
    printed = Image.open(io.BytesIO(picture.data))
    assert printed.format == "JPEG"
    assert picture.source_size == (4000, 3000)
    assert printed.width > printed.height
    colours = quadrant_colours(printed)
    assert all(near(c, n) for c, n in zip(colours, QUADRANTS, strict=True)), colours
    # exactly print resolution for the size it is drawn at
    assert printed.width == round(picture.width_pt / 72 * PRINT_DPI)
    assert printed.height == round(picture.height_pt / 72 * PRINT_DPI)


def test_a_turned_portrait_is_drawn_portrait() -> None:
    data = quadrant_photo(1500, 2000, 6)  # upright portrait, stored landscape
    picture = prepare(data, FRAME_WIDTH, IMAGE_MAX_HEIGHT)
    printed = Image.open(io.BytesIO(picture.data))
    assert picture.height_pt > picture.width_pt and printed.height > printed.width
    assert picture.source_size == (1500, 2000)
    assert all(near(c, n) for c, n in zip(quadrant_colours(printed), QUADRANTS, strict=True))


@pytest.mark.parametrize("orientation", [0, 9, 65535])
def test_a_nonsense_orientation_leaves_the_picture_as_stored(orientation: int) -> None:
    image = Image.new("RGB", (800, 600), "red")
    image.paste("blue", (400, 0, 800, 600))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    picture = prepare(out.getvalue(), FRAME_WIDTH, IMAGE_MAX_HEIGHT)
    printed = Image.open(io.BytesIO(picture.data))
    assert printed.size == (800, 600)  # not turned; fewer pixels than print needs: kept
    assert picture.width_pt > picture.height_pt
    left, right = quadrant_colours(printed)[:2]
    assert near(left, "red") and near(right, "blue")


def test_a_truncated_jpeg_is_refused_with_its_reason() -> None:
    data = quadrant_photo(2000, 1500, 1)
    with pytest.raises(EvidenceProblem) as caught:
        prepare(data[: len(data) // 2], FRAME_WIDTH, IMAGE_MAX_HEIGHT)
    assert caught.value.code is EvidenceCode.IMAGE_UNREADABLE


def test_a_picture_is_embedded_as_its_jpeg_without_being_decoded_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    picture = prepare(jpeg(3000, 2000), FRAME_WIDTH, IMAGE_MAX_HEIGHT)

    def no_decoding(self: ImageFile.ImageFile) -> None:
        raise AssertionError("the picture was decoded while the page was drawn")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    out = io.BytesIO()
    with binary_streams():
        canvas = Canvas(out)
        flowable = Picture(picture)
        flowable.wrapOn(canvas, FRAME_WIDTH, IMAGE_MAX_HEIGHT)
        flowable.drawOn(canvas, 50, 50)
        canvas.showPage()
        canvas.save()
    monkeypatch.undo()
    [(info, stored, width, height)] = embedded_images(out.getvalue())
    assert info["/Filter"] == ["/DCTDecode"]  # and nothing else (no ASCII85)
    assert stored == picture.data  # the very bytes prepared, not re-encoded
    assert (width, height) == pytest.approx((picture.width_pt, picture.height_pt))


def test_a_12_megapixel_photo_is_a_dct_jpeg_at_print_resolution(service: VaultService,
                                                               tmp_path: Path) -> None:
    incident = service.add_incident({"title": "Foto", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "gross.jpg", quadrant_photo(4000, 3000, 1))
    add_file(service, tmp_path, incident.id, "hoch.jpg", quadrant_photo(3000, 4000, 8))
    before = rl_config.useA85
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    assert rl_config.useA85 == before  # the binary streams were only for the dossier
    pdf = out.getvalue()
    assert b"/ASCII85Decode" not in pdf
    images = embedded_images(pdf)
    assert len(images) == 2
    for info, stored, width_pt, height_pt in images:
        assert info["/Filter"] == ["/DCTDecode"]  # and nothing else (no ASCII85)
        printed = Image.open(io.BytesIO(stored))
        assert printed.format == "JPEG" and printed.size == (info["/Width"], info["/Height"])
        for pixels, points in ((printed.width, width_pt), (printed.height, height_pt)):
            assert 140 <= pixels / (points / 72) <= 200  # pixels per inch as printed
        assert all(near(c, n) for c, n in zip(quadrant_colours(printed), QUADRANTS,
                                               strict=True))
    assert {i[0]["/Width"] > i[0]["/Height"] for i in images} == {True, False}


def test_a_cancelled_dossier_puts_the_reportlab_setting_back(service: VaultService) -> None:
    service.add_incident({"title": "Eins", "occurred": {"date": "2026-02-01"}})
    before = rl_config.useA85
    with pytest.raises(Cancelled):
        build_dossier(service, DossierRequest(), io.BytesIO(), cancel=lambda: True)
    calls = iter([False] * 5 + [True] * 10_000)
    with pytest.raises(Cancelled):  # cancelled while the pages are being set
        build_dossier(service, DossierRequest(), io.BytesIO(), cancel=lambda: next(calls))
    assert rl_config.useA85 == before


class Grows(Flowable):
    """Small in the first passes, a full page once the page total is known: the page count
    changes between passes, as when a later pass learns something that moves the text."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        doc = self.canv._doctemplate
        return available_width, (710 if doc.page_total else 10)  # A4 frame: 716 pt

    def draw(self) -> None:
        pass


def set_pages(story: list[Flowable]) -> tuple[bytes, int]:
    out = io.BytesIO()
    decor = Decor(left="Kopf", right="rechts", footer="Fuß")
    doc = DossierDocTemplate(out, decor, None, lambda: None)
    passes = doc.multiBuild(story, canvasmaker=canvas_maker(decor))
    return out.getvalue(), passes


def test_the_footer_total_follows_a_page_count_that_changes_between_passes() -> None:
    fonts.register()
    story: list[Flowable] = [Paragraph("Anfang", BODY), Grows(), PageBreak(),
                             Paragraph("Ende", BODY)]
    pdf, passes = set_pages(story)
    texts = page_texts(pdf)
    assert len(texts) == 3  # "Anfang" and the grown block no longer share a page
    assert passes == 3  # one more pass because the total changed
    for number, text in enumerate(texts, 1):
        assert f"Seite {number} von 3" in text


def test_contents_over_several_pages_need_two_passes_and_point_right() -> None:
    fonts.register()
    story: list[Flowable] = [Paragraph("Inhalt", H1), TableOfContents(), PageBreak()]
    for chapter in range(1, 91):
        story.append(heading(f"Kapitel {chapter} – Größe", H2 if chapter % 9 else H1))
        story += [Paragraph("Text über Maß und Straße. " * 40, BODY) for _ in range(2)]
    pdf, passes = set_pages(story)
    assert passes == 2  # the contents were seeded with every heading before the first pass
    texts = page_texts(pdf)
    body = next(i for i, text in enumerate(texts) if "Text über Maß" in text)
    assert body >= 3  # the contents fill more than two pages
    contents = "\n".join(texts[:body])
    for chapter in (1, 9, 45, 89, 90):
        # reportlab draws each entry's dots and page number before its text
        listed = re.search(rf"(\d+)\s*\n\s*Kapitel {chapter} – Größe\n", contents)
        assert listed, chapter
        first = next(i for i, text in enumerate(texts)
                     if i >= body and f"Kapitel {chapter} – Größe\n" in text)
        assert int(listed.group(1)) == first + 1, chapter
    for number, text in enumerate(texts, 1):
        assert f"Seite {number} von {len(texts)}" in text
