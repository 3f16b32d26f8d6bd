"""A prepared picture (app/intake/print_image.py, made in the sandbox) on the page, drawn
from its compressed bytes.

reportlab's own Image flowable keeps an ImageReader for the whole build, which decodes the JPEG
again only to hash its pixels (the hash names the PDF image object) and then keeps both the
decoded picture and its raw RGB bytes: about 4.5 MB per printed photo, for every photo, across
all layout passes. Here a JPEG is handed over as what it is: reportlab embeds a JPEG's bytes
unchanged (DCTDecode), so nothing is decoded; the object is named after the bytes instead. A PNG
(screenshots stay sharp) is read when drawn and dropped right after.

`binary_streams` switches off reportlab's ASCII85 wrapping of streams while a dossier is set:
it only makes the file a quarter larger, and without reportlab's optional C accelerator it is
done in pure Python, which cost more than all the layout (a PDF's streams may be binary).
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from app.intake.print_image import PrintImage

JPEG_MAGIC = b"\xff\xd8\xff"


class _JpegSource(ImageReader):
    """A JPEG for canvas.drawImage that is never decoded: reportlab takes the file itself
    (jpeg_fh) for the PDF and asks for the "RGB data" only to name the object."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))  # reads the header only
        if getattr(self._image, "format", None) != "JPEG":
            raise ValueError("not a JPEG")
        self._identity = b"jpeg:" + hashlib.sha256(data).digest()

    def getRGBData(self) -> bytes:
        self._dataA = None  # no alpha channel: drawImage reads this after the call
        return self._identity


class Picture(Flowable):
    """Draws a PrintImage at its printed size; holds nothing but the compressed bytes."""

    def __init__(self, picture: PrintImage) -> None:
        super().__init__()
        self.data = picture.data
        self.width, self.height = picture.width_pt, picture.height_pt
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        source = _JpegSource(self.data) if self.data.startswith(JPEG_MAGIC) \
            else ImageReader(io.BytesIO(self.data))
        self.canv.drawImage(source, 0, 0, self.width, self.height)


_lock = threading.Lock()
_users = 0
_saved: object = None


@contextmanager
def binary_streams() -> Iterator[None]:
    """Binary (not ASCII85) streams while the block runs; nested or concurrent dossiers share
    the setting, and the last one to finish puts the previous value back."""
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = rl_config.useA85
            rl_config.useA85 = 0
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                rl_config.useA85 = _saved
