"""Image facts (app/intake/images.py): real EXIF read back exactly, and every hostile image
(decompression bomb, truncated file, damaged EXIF, formats outside the allow-list) ending in a
clear sentence or in facts without the damaged part. In-process here; the sandbox around it
is tested in test_intake_runner.py and test_intake_service.py."""

from __future__ import annotations

import datetime as dt
import io
import warnings

import pytest
from PIL import Image

from app.intake.codes import IntakeCode
from app.intake.errors import UnreadableFileError
from app.intake.images import (
    ALLOWED_FORMATS,
    MAX_IMAGE_BYTES,
    MAX_PIXELS,
    looks_like_image,
    read_image,
)
from app.intake.notices import notice
from tests import intake_samples as samples


def test_camera_exif_is_read_back_exactly() -> None:
    facts, notes = read_image(samples.jpeg(exif=samples.camera_exif()))
    assert notes == []
    assert (facts.format, facts.width, facts.height) == ("JPEG", 64, 48)
    assert facts.taken_at == dt.datetime(2025, 6, 1, 14, 30, 0)
    assert facts.camera == "Canon EOS 5D"  # "Canon" is not repeated
    assert facts.orientation == 6
    assert facts.gps is not None
    assert facts.gps.latitude == pytest.approx(51 + 3 / 60 + 30 / 3600, abs=1e-7)
    assert facts.gps.longitude == pytest.approx(13 + 44 / 60 + 15.5 / 3600, abs=1e-7)
    assert facts.gps.altitude_m == 120.5


def test_south_west_and_below_sea_level_are_negative() -> None:
    exif = samples.camera_exif(lat_ref="S", lon_ref="W", below_sea=True, altitude=12.25)
    facts, _notes = read_image(samples.jpeg(exif=exif))
    assert facts.gps is not None
    assert facts.gps.latitude == pytest.approx(-51.0583333, abs=1e-7)
    assert facts.gps.longitude == pytest.approx(-13.7376389, abs=1e-7)
    assert facts.gps.altitude_m == -12.25


C = IntakeCode


def refused(data: bytes) -> UnreadableFileError:
    with pytest.raises(UnreadableFileError) as caught:
        read_image(data)
    return caught.value


def test_an_image_without_exif_has_no_camera_date_or_position() -> None:
    facts, notes = read_image(samples.png())
    assert (facts.format, facts.width, facts.height) == ("PNG", 80, 60)
    assert (facts.taken_at, facts.camera, facts.orientation, facts.gps) == (None, "", None, None)
    assert notes == []


def test_a_decompression_bomb_is_refused_without_decoding() -> None:
    bomb = samples.bomb_png()  # 30,000 x 30,000 pixels in about 100 KB
    assert len(bomb) < 200_000
    assert refused(bomb).notice == notice(C.IMAGE_BOMB, limit_mp=100)
    # Just above the cap (108 MP): Pillow only warns there; the warning is an error here.
    assert refused(samples.bomb_png(12_000, 9_000)).code in (C.IMAGE_BOMB, C.IMAGE_BOMB_SIZE)


def test_the_pixel_cap_holds_even_when_pillow_allows_more() -> None:
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # another part of the process may have lifted Pillow's cap
    try:
        assert refused(samples.bomb_png(12_000, 9_000)).notice == notice(
            C.IMAGE_BOMB_SIZE, limit_mp=100, width=12_000, height=9_000)
    finally:
        Image.MAX_IMAGE_PIXELS = saved
    assert MAX_PIXELS == 100_000_000


def test_a_truncated_jpeg_is_refused_not_padded() -> None:
    whole = samples.jpeg((400, 300))
    assert read_image(whole)[0].width == 400
    assert refused(whole[: len(whole) // 2]).code is C.IMAGE_TRUNCATED


def test_malformed_exif_gives_the_image_without_exif_and_a_note() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns about the tags it skips
        facts, notes = read_image(samples.malformed_exif_jpeg())
    assert (facts.format, facts.width, facts.height) == ("JPEG", 64, 48)
    assert (facts.camera, facts.taken_at, facts.gps) == ("", None, None)
    assert facts.orientation is None  # 99 is no orientation
    assert notes and notes[0].code in (C.EXIF_DAMAGED, C.EXIF_PARTLY_DAMAGED)


@pytest.mark.parametrize("data", [
    samples.zero_denominator_gps_jpeg(),  # 3/0 minutes
    samples.jpeg(exif=samples.camera_exif(latitude=(95.0, 0.0, 0.0))),  # beyond the pole
    samples.jpeg(exif=samples.camera_exif(latitude=(51.0, 75.0, 0.0))),  # 75 minutes
], ids=["zero-denominator", "latitude-95", "minutes-75"])
def test_impossible_gps_is_left_out_with_a_note(data: bytes) -> None:
    facts, notes = read_image(data)
    assert facts.gps is None
    assert facts.width == 64
    assert notice(C.GPS_DAMAGED) in notes


def test_an_impossible_exif_date_is_a_note() -> None:
    facts, notes = read_image(samples.jpeg(exif=samples.camera_exif(
        taken="0000:00:00 00:00:00")))
    assert facts.taken_at is None
    assert facts.gps is not None  # the rest of the EXIF is kept
    assert notes == [notice(C.EXIF_DATE_UNREADABLE, raw="0000:00:00 00:00:00")]


@pytest.mark.parametrize("fmt", ["PPM", "ICO", "PCX", "TGA"])
def test_formats_outside_the_allow_list_are_refused(fmt: str) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buffer, fmt)
    assert refused(buffer.getvalue()).notice == notice(
        C.IMAGE_FORMAT, formats=", ".join(ALLOWED_FORMATS))
    assert ALLOWED_FORMATS[:6] == ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")


@pytest.mark.parametrize("fmt", ["GIF", "WEBP", "TIFF", "BMP"])
def test_allowed_formats_are_read(fmt: str) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (21, 13), "green").save(buffer, fmt)
    data = buffer.getvalue()
    assert looks_like_image(data[:16])
    facts, _notes = read_image(data)
    assert (facts.format, facts.width, facts.height) == (fmt, 21, 13)


def test_empty_oversized_and_non_image_files_are_refused() -> None:
    refused(b"")
    assert refused(b"\xff\xd8\xff" + b"\x00" * MAX_IMAGE_BYTES).notice == notice(
        C.IMAGE_TOO_LARGE, limit_mb=100)
    assert refused(b"%PDF-1.7 this is not an image").code is C.IMAGE_FORMAT


def test_heif_and_avif_are_photos_not_damaged_audio() -> None:
    """What an iPhone sends: an ISO base media file like MP4, but a still image. HEIF is not
    decoded (no decoder is kept); its size comes from the container, its kind is photo."""
    from app.domain import AttachmentKind
    from app.intake.facts import Source, parse_here
    from app.intake.media import heif_format, looks_like_media
    from app.intake.prefill import attachment_kind
    from tests.image_corpus import heic_like

    heic = heic_like()
    assert heif_format(heic) == "HEIF" and not looks_like_media(heic)
    facts = parse_here(Source("IMG_0042.HEIC", data=heic)).facts
    assert facts.media is None and facts.unreadable is None
    assert facts.image is not None
    assert (facts.image.format, facts.image.width, facts.image.height) == ("HEIF", 4032, 3024)
    assert attachment_kind(facts, "IMG_0042.HEIC") == AttachmentKind.PHOTO
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "red").save(buffer, "AVIF")
    avif = parse_here(Source("foto.avif", data=buffer.getvalue())).facts
    assert avif.image is not None and (avif.image.width, avif.image.height) == (20, 10)
    assert avif.image.format == "AVIF" and avif.media is None
    mp4 = b"\0\0\0\x18ftypisom\0\0\x02\0isomiso2" + b"\0" * 64
    assert heif_format(mp4) is None and looks_like_media(mp4)
