"""Facts of a photo or screenshot: format, size, EXIF date, camera, orientation and GPS.

Pillow is used defensively (docs/security.md, "Hostile files"): only the allow-listed formats are
tried, the pixel count is checked before decoding, the decompression-bomb warning is an error,
the image is decoded completely (a truncated file is refused, never padded) and the file size
is capped. EXIF is a second, independent step: a damaged EXIF block gives the image facts
without EXIF plus a note, never a failure.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import struct
import warnings
from typing import Any

from PIL import ExifTags, Image, ImageFile, UnidentifiedImageError, features

from app.domain.evidence import GpsPosition, ImageFacts
from app.domain.notice import Notice
from app.intake.codes import IntakeCode
from app.intake.errors import UnreadableFileError
from app.intake.media import heif_format
from app.intake.notices import notice
from app.intake.sanitize import clean_line

# AVIF only where this Pillow was built with libavif (its wheels are); HEIF/HEIC (what an
# iPhone sends) is never decoded: no decoder is kept (docs/security.md, "Hostile files").
ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP") + (
    ("AVIF",) if features.check("avif") else ())
MAX_PIXELS = 100_000_000
MAX_IMAGE_BYTES = 100 * 1024 * 1024

TAG_MAKE, TAG_MODEL, TAG_ORIENTATION = 0x010F, 0x0110, 0x0112
TAG_DATE_ORIGINAL, TAG_DATE_DIGITIZED = 0x9003, 0x9004
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_ALT_REF, GPS_ALT = 1, 2, 3, 4, 5, 6

MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*",
         b"BM")


def looks_like_image(head: bytes) -> bool:
    return (head.startswith(MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or heif_format(head) is not None)


def heif_size(data: bytes) -> tuple[int, int]:
    """Width and height from the first image spatial extent ('ispe') of a HEIF/AVIF file's
    meta box; (0, 0) when there is none. A bounded walk: a hostile box tree costs little."""
    def boxes(start: int, end: int) -> list[tuple[bytes, int, int]]:
        found: list[tuple[bytes, int, int]] = []
        at = start
        while at + 8 <= end and len(found) < 64:
            size, kind = struct.unpack(">I4s", data[at:at + 8])
            body = at + 8
            if size == 1 and at + 16 <= end:
                size, body = struct.unpack(">Q", data[at + 8:at + 16])[0], at + 16
            elif size == 0:
                size = end - at
            if size < body - at or at + size > end:
                break
            found.append((kind, body, at + size))
            at += size
        return found

    level = [(b"", 0, min(len(data), 16 * 1024 * 1024))]
    for wanted, full in ((b"meta", 4), (b"iprp", 0), (b"ipco", 0), (b"ispe", 4)):
        match = [(k, b, e) for _, start, end in level for k, b, e in boxes(start, end)
                 if k == wanted]
        if not match:
            return 0, 0
        kind, body, end = match[0]
        level = [(kind, body + full, end)]
    _, body, end = level[0]
    if end - body < 8:
        return 0, 0
    width, height = struct.unpack(">II", data[body:body + 8])
    return width, height


def harden_pillow() -> None:
    """Process-wide settings for the intake child (never the GUI process)."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def read_image(data: bytes) -> tuple[ImageFacts, list[Notice]]:
    """The image's facts and notices; UnreadableFileError when the image itself is unusable."""
    if len(data) > MAX_IMAGE_BYTES:
        raise UnreadableFileError(IntakeCode.IMAGE_TOO_LARGE, limit_mb=MAX_IMAGE_BYTES // 2**20)
    container = heif_format(data[:256])
    if container == "HEIF" or (container == "AVIF" and "AVIF" not in ALLOWED_FORMATS):
        width, height = heif_size(data)  # the photo is kept; its pixels are not decoded
        return ImageFacts(format=container, width=width, height=height), []
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _bomb() from None
        except UnidentifiedImageError:
            raise UnreadableFileError(IntakeCode.IMAGE_FORMAT,
                                      formats=", ".join(ALLOWED_FORMATS)) from None
        except Exception:
            raise UnreadableFileError(IntakeCode.IMAGE_DAMAGED) from None
        with image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _bomb(width, height)
            try:
                image.load()  # decodes every byte of the first frame: truncation shows here
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise _bomb(width, height) from None
            except Exception:
                raise UnreadableFileError(IntakeCode.IMAGE_TRUNCATED) from None
            facts = ImageFacts(format=image.format or "", width=width, height=height)
            notes = _add_exif(image, facts)
    return facts, notes


def _bomb(width: int = 0, height: int = 0) -> UnreadableFileError:
    limit = MAX_PIXELS // 1_000_000
    if width and height:
        return UnreadableFileError(IntakeCode.IMAGE_BOMB_SIZE, limit_mp=limit, width=width,
                                   height=height)
    return UnreadableFileError(IntakeCode.IMAGE_BOMB, limit_mp=limit)


def _add_exif(image: Image.Image, facts: ImageFacts) -> list[Notice]:
    notes: list[Notice] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exif = image.getexif()
            main = {int(k): v for k, v in exif.items()}
            details = _ifd(exif, ExifTags.IFD.Exif)
            gps = _ifd(exif, ExifTags.IFD.GPSInfo)
        except Exception:
            return [notice(IntakeCode.EXIF_DAMAGED)]
    damaged = bool(caught)
    facts.camera = _camera(main.get(TAG_MAKE), main.get(TAG_MODEL))
    orientation = main.get(TAG_ORIENTATION)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        facts.orientation = orientation
    elif orientation is not None:
        damaged = True
    raw_date = details.get(TAG_DATE_ORIGINAL) or details.get(TAG_DATE_DIGITIZED)
    if raw_date is not None:
        facts.taken_at = _exif_date(raw_date)
        if facts.taken_at is None:
            notes.append(notice(IntakeCode.EXIF_DATE_UNREADABLE, raw=clean_line(raw_date, 60)))
    if gps:
        try:
            facts.gps = _gps(gps)
        except (ValueError, TypeError, ArithmeticError, IndexError):
            facts.gps = None
            notes.append(notice(IntakeCode.GPS_DAMAGED))
    if damaged:
        notes.insert(0, notice(IntakeCode.EXIF_PARTLY_DAMAGED))
    return notes


def _ifd(exif: Image.Exif, which: int) -> dict[int, Any]:
    try:
        return {int(k): v for k, v in exif.get_ifd(which).items()}
    except Exception:  # a bad offset or count in one sub-IFD spoils only that one
        return {}


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return clean_line(str(value).replace("\x00", " "), 200) if value is not None else ""


def _camera(make: Any, model: Any) -> str:
    maker, name = _text(make), _text(model)
    if maker and name.lower().startswith(maker.lower().split()[0]):
        return name
    return " ".join(p for p in (maker, name) if p)


def _exif_date(value: Any) -> dt.datetime | None:
    text = _text(value).strip()
    for pattern in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M"):
        try:
            return dt.datetime.strptime(text[:19], pattern)
        except ValueError:
            continue
    return None


def _rational(value: Any) -> float:
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("not a number")
    return number


def _degrees(value: Any, ref: Any, negative: str) -> float:
    parts = [_rational(p) for p in value]
    if len(parts) != 3 or any(p < 0 for p in parts) or parts[1] >= 60 or parts[2] >= 60:
        raise ValueError("degrees, minutes, seconds expected")
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    sign = _text(ref).upper()[:1]
    if sign not in ("N", "S", "E", "W"):
        raise ValueError("reference")
    return -degrees if sign == negative else degrees


def _gps(gps: dict[int, Any]) -> GpsPosition | None:
    if GPS_LAT not in gps or GPS_LON not in gps:
        return None
    latitude = _degrees(gps[GPS_LAT], gps.get(GPS_LAT_REF), "S")
    longitude = _degrees(gps[GPS_LON], gps.get(GPS_LON_REF), "W")
    altitude = None
    if GPS_ALT in gps:
        altitude = _rational(gps[GPS_ALT])
        below = gps.get(GPS_ALT_REF)
        if below in (1, b"\x01"):
            altitude = -altitude
    # Out-of-range values fail GpsPosition's validation, caught by the caller.
    return GpsPosition(latitude=round(latitude, 7), longitude=round(longitude, 7),
                       altitude_m=None if altitude is None else round(altitude, 2))
