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
import warnings
from typing import Any

from PIL import ExifTags, Image, ImageFile, UnidentifiedImageError

from app.domain.evidence import GpsPosition, ImageFacts
from app.intake.errors import UnreadableFileError
from app.intake.sanitize import clean_line

ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")
MAX_PIXELS = 100_000_000
MAX_IMAGE_BYTES = 100 * 1024 * 1024

TAG_MAKE, TAG_MODEL, TAG_ORIENTATION = 0x010F, 0x0110, 0x0112
TAG_DATE_ORIGINAL, TAG_DATE_DIGITIZED = 0x9003, 0x9004
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_ALT_REF, GPS_ALT = 1, 2, 3, 4, 5, 6

MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*",
         b"BM")


def looks_like_image(head: bytes) -> bool:
    return head.startswith(MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def harden_pillow() -> None:
    """Process-wide settings for the intake child (never the GUI process)."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def read_image(data: bytes) -> tuple[ImageFacts, list[str]]:
    """The image's facts and notes; UnreadableFileError when the image itself is unusable."""
    if len(data) > MAX_IMAGE_BYTES:
        raise UnreadableFileError(f"The image is larger than {MAX_IMAGE_BYTES // 2**20} MB; "
                                  "it was stored without reading it.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise UnreadableFileError(_bomb_sentence()) from None
        except UnidentifiedImageError:
            raise UnreadableFileError(
                "The file is not an image in an allowed format (JPEG, PNG, GIF, WEBP, TIFF, "
                "BMP).") from None
        except Exception:
            raise UnreadableFileError("The image is damaged and could not be read.") from None
        with image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise UnreadableFileError(_bomb_sentence(width, height))
            try:
                image.load()  # decodes every byte of the first frame: truncation shows here
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise UnreadableFileError(_bomb_sentence(width, height)) from None
            except Exception:
                raise UnreadableFileError(
                    "The image is truncated or damaged and could not be decoded completely."
                ) from None
            facts = ImageFacts(format=image.format or "", width=width, height=height)
            notes = _add_exif(image, facts)
    return facts, notes


def _bomb_sentence(width: int = 0, height: int = 0) -> str:
    size = f" ({width} x {height} pixels)" if width and height else ""
    return (f"The image is larger than {MAX_PIXELS // 1_000_000} megapixels{size}, a possible "
            "decompression bomb; it was stored without decoding it.")


def _add_exif(image: Image.Image, facts: ImageFacts) -> list[str]:
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exif = image.getexif()
            main = {int(k): v for k, v in exif.items()}
            details = _ifd(exif, ExifTags.IFD.Exif)
            gps = _ifd(exif, ExifTags.IFD.GPSInfo)
        except Exception:
            return ["The image's EXIF data is damaged; the image was read without it."]
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
            notes.append("The EXIF date could not be read: " + clean_line(raw_date, 60) + ".")
    if gps:
        try:
            facts.gps = _gps(gps)
        except (ValueError, TypeError, ArithmeticError, IndexError):
            facts.gps = None
            notes.append("The image's GPS data is damaged; the position was left out.")
    if damaged:
        notes.insert(0, "Parts of the image's EXIF data are damaged; what could be read "
                        "was kept.")
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
