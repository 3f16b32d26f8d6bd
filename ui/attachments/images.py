"""Decode images from memory (never from a file): EXIF orientation applied, hostile sizes
refused before any pixel is allocated. Safe to call off the GUI thread (QImage only).

Lifetimes: a QImageReader's format handler reads from the device it was given until the
handler is destroyed, and the TIFF handler still calls into the device when it closes (in
libtiff's TIFFClose, from the handler's destructor). The reader used to be collected after
`read_image` had closed and emptied the QBuffer, so every TIFF touched a dead device and
crashed the process. Here the bytes, the buffer and the reader are held in one scope and torn
down in the only safe order: the reader (and with it the handler) first, then the buffer,
then the bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS = 120_000_000  # about a 12,000 x 10,000 photo; a bigger 'image' is a bomb
# The formats decoded here, those intake reads (app/intake/images.py), by content. Qt's other
# image plugins are never asked to decode: its 'pdf' plugin is pdfium (which hangs for minutes
# on a hostile page tree), 'svg' renders markup.
ALLOWED_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"tiff", b"tif", b"webp"})


class ImageProblem(Enum):
    """Why no picture could be made (the front end words it)."""

    FORMAT = "format"  # not an image format this app can show (HEIF, or not an image at all)
    TOO_LARGE = "too_large"  # claims more pixels than MAX_PIXELS: a decompression bomb
    DAMAGED = "damaged"  # the header was read, the pixels could not be decoded


@contextmanager
def _reader(data: bytes) -> Iterator[QImageReader | None]:
    """A QImageReader over a private copy of `data`, destroyed before its device."""
    array = QByteArray(data)
    buffer = QBuffer()
    buffer.setData(array)
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        yield None
        return
    reader = QImageReader(buffer)
    try:
        yield reader
    finally:
        # The handler goes with the reader, while the device it reads from is still open.
        shiboken6.delete(reader)
        del reader
        buffer.close()
        buffer.setData(QByteArray())
        del buffer, array


def decode_image(data: bytes, box: QSize | None = None) -> QImage | ImageProblem:
    """The image in `data`, scaled into `box` if given (JPEG then decodes at reduced size
    directly), or why there is none."""
    with _reader(data) as reader:
        if reader is None:
            return ImageProblem.DAMAGED
        found = _format(reader)
        if found is None:
            return ImageProblem.FORMAT
        reader.setFormat(found)  # decided by content, from the allowed formats only
        reader.setAutoTransform(True)
        if not reader.canRead():
            return ImageProblem.DAMAGED
        size = reader.size()
        if not size.isValid() or size.isEmpty():
            return ImageProblem.DAMAGED
        if size.width() * size.height() > MAX_PIXELS:
            return ImageProblem.TOO_LARGE
        if box is not None and (size.width() > box.width() or size.height() > box.height()):
            reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return ImageProblem.DAMAGED
        return image  # its pixels are its own: they outlive the reader and the buffer


def _format(reader: QImageReader) -> bytes | None:
    """The format of the reader's bytes by their content, if it is one of ALLOWED_FORMATS."""
    device = reader.device()
    found = bytes(QImageReader.imageFormat(device).data()).lower() if device else b""
    return found if found in ALLOWED_FORMATS else None


def claimed_pixels(data: bytes) -> int:
    """The pixel count the header claims (0 when it says nothing readable); no pixel is
    decoded."""
    with _reader(data) as reader:
        if reader is None:
            return 0
        found = _format(reader)
        if found is None:
            return 0
        reader.setFormat(found)
        size = reader.size()
        return max(0, size.width()) * max(0, size.height()) if size.isValid() else 0


def read_image(data: bytes, box: QSize | None = None) -> QImage | None:
    """The image in `data`, scaled into `box` if given, or None when it is not an image Qt
    can read, is damaged or claims too many pixels."""
    found = decode_image(data, box)
    return found if isinstance(found, QImage) else None


def can_read_image(head: bytes) -> bool:
    """Whether the first bytes look like an image format shown here (content, not name)."""
    with _reader(head) as reader:
        return reader is not None and _format(reader) is not None
