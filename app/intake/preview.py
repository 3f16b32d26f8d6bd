"""A picture of an image that Qt cannot decode (AVIF; TIFF with LZMA, Zstandard or 32-bit
samples), made by Pillow in the intake child (app/intake/runner.py: memory, CPU and time
limits) and handed back as a PNG no larger than `max_side` on its longer side. The viewer and
the thumbnails then decode that PNG with Qt; a decoder that crashes or hangs on a hostile
file costs the child, never the app.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.intake.errors import SandboxFailure
from app.intake.runner import run_worker

if TYPE_CHECKING:
    from PIL import Image

PREVIEW_TIMEOUT = 15.0
MAX_SIDE = 4096
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_PNG = MAX_SIDE * MAX_SIDE * 4 + 1024 * 1024  # an RGBA PNG that does not compress at all


def render_here(data: bytes, max_side: int) -> bytes:
    """In the intake child: the first frame of the image in `data` as a PNG within
    max_side x max_side; b"" when Pillow cannot read it (harden_pillow has run)."""
    from PIL import Image

    from app.intake.images import ALLOWED_FORMATS, MAX_PIXELS

    side = max(1, min(int(max_side), MAX_SIDE))
    try:
        with Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                return b""
            image.draft("RGB", (side, side))  # JPEG decodes at reduced size
            image.load()
            picture = _displayable(image)
            picture.thumbnail((side, side))
            out = io.BytesIO()
            picture.save(out, "PNG", compress_level=1)
            return out.getvalue()
    except Exception:  # hostile input: nothing to show
        return b""


def _displayable(image: Image.Image) -> Image.Image:
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        # Scale the sample range to 8 bits: a 16- or 32-bit scan would otherwise be black.
        extrema = image.getextrema()
        low, high = (float(v) for v in extrema[:2])  # type: ignore[arg-type]
        span = (high - low) or 1.0
        return image.point(lambda v: (v - low) * 255.0 / span).convert("L")
    if image.mode in ("1", "L", "RGB", "RGBA"):
        return image
    if image.mode in ("LA", "PA", "P", "RGBa", "La"):
        return image.convert("RGBA")
    return image.convert("RGB")


def render_preview(data: bytes, max_side: int = MAX_SIDE, timeout: float = PREVIEW_TIMEOUT,
                   cancel: Callable[[], bool] | None = None) -> bytes | None:
    """A PNG of the image in `data` made in a child process, or None. Raises only
    Cancelled."""
    try:
        reply = run_worker({"mode": "render_image", "max_side": int(max_side)}, data,
                           timeout=timeout, cancel=cancel, max_payload=MAX_PNG)
    except SandboxFailure:
        return None
    png = reply.payload
    if not png.startswith(PNG_MAGIC) or len(png) > MAX_PNG:
        return None  # the child's answer is not trusted
    return png
