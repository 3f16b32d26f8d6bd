"""Photos and screenshots for print: decoded from memory with the same guards as intake,
in the sandboxed child (app/intake/worker.py, mode "image"; the dossier asks through
app/intake/evidence_view.py),
turned upright (EXIF orientation), scaled to the space on the page and downsampled to print
resolution, so a dossier of 12-megapixel photos stays small. Nothing touches the disk."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageFile, ImageOps

from app.evidence_codes import EvidenceCode, EvidenceProblem

ALLOWED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")
MAX_PIXELS = 100_000_000  # as app/intake/images.py
PRINT_DPI = 150
JPEG_QUALITY = 85
_ORIENTATION = 0x0112  # EXIF tag
_TURNED = (5, 6, 7, 8)  # orientations that swap width and height


@dataclass(frozen=True)
class PrintImage:
    data: bytes  # JPEG or PNG
    width_pt: float
    height_pt: float
    source_size: tuple[int, int]  # upright pixel size of the original


def harden() -> None:
    """Process-wide settings for the child, as app/intake/images.py's harden_pillow (whose
    module needs the domain models, which the child then need not load)."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    warnings.simplefilter("error", Image.DecompressionBombWarning)


def prepare(data: bytes, max_width_pt: float, max_height_pt: float,
            keep_sharp: bool = False) -> PrintImage:
    """Decode, rotate upright, fit into the box and downsample to PRINT_DPI. Screenshots
    (`keep_sharp`) stay PNG so text in them keeps its edges; photos become JPEG."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
            width, height = opened.size
            if width == 0 or height == 0:
                raise EvidenceProblem(EvidenceCode.IMAGE_EMPTY)
            if width * height > MAX_PIXELS:
                raise EvidenceProblem(EvidenceCode.IMAGE_TOO_LARGE)
            # The printed size follows from the upright size alone, which the header tells
            # (EXIF orientation 5-8 turns the picture by 90 degrees): a JPEG is then decoded
            # straight at the smallest scale (1/2, 1/4, 1/8) that still covers it.
            turned = opened.getexif().get(_ORIENTATION) in _TURNED
            upright_size = (height, width) if turned else (width, height)
            width_pt, height_pt, target = print_size(upright_size, max_width_pt, max_height_pt)
            if opened.format == "JPEG":
                opened.draft(opened.mode, (target[1], target[0]) if turned else target)
            opened.load()
            image: Image.Image = opened
            if opened.getexif().get(_ORIENTATION, 1) != 1:
                image = ImageOps.exif_transpose(opened)  # a copy only where it must turn
        except (EvidenceProblem, MemoryError):
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise EvidenceProblem(EvidenceCode.IMAGE_TOO_LARGE) from None
        except Exception:
            raise EvidenceProblem(EvidenceCode.IMAGE_UNREADABLE) from None
    image = _flatten(image)
    if target[0] < image.width:
        image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    out = io.BytesIO()
    if keep_sharp:
        image.save(out, "PNG", optimize=False, compress_level=6)
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return PrintImage(out.getvalue(), width_pt, height_pt, upright_size)


def print_size(size: tuple[int, int], max_width_pt: float,
               max_height_pt: float) -> tuple[float, float, tuple[int, int]]:
    """(width pt, height pt, pixels at PRINT_DPI) of an upright picture of `size` pixels fitted
    into the box, never printed coarser than 96 pixels per inch (small images stay small)."""
    width, height = size
    scale = min(max_width_pt / width, max_height_pt / height, 72 / 96)
    width_pt, height_pt = width * scale, height * scale
    return width_pt, height_pt, (max(1, round(width_pt / 72 * PRINT_DPI)),
                                 max(1, round(height_pt / 72 * PRINT_DPI)))


def _flatten(image: Image.Image) -> Image.Image:
    """RGB (or L) without transparency: transparent parts become white paper."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")
