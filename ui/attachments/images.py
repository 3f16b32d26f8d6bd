"""Decode images from memory (never from a file): EXIF orientation applied, hostile sizes
refused before any pixel is allocated. Safe to call off the GUI thread (QImage only)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS = 120_000_000  # about a 12,000 x 10,000 photo; a bigger 'image' is a bomb


def read_image(data: bytes, box: QSize | None = None) -> QImage | None:
    """The image in `data`, scaled into `box` if given (JPEG then decodes at reduced size
    directly), or None when it is not an image Qt can read or claims too many pixels."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        reader = QImageReader(buffer)
        reader.setDecideFormatFromContent(True)
        reader.setAutoTransform(True)
        size = reader.size()
        if not size.isValid() or size.isEmpty() or size.width() * size.height() > MAX_PIXELS:
            return None
        if box is not None and (size.width() > box.width() or size.height() > box.height()):
            reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        return None if image.isNull() else image
    finally:
        buffer.close()
        buffer.setData(QByteArray())


def can_read_image(head: bytes) -> bool:
    """Whether the first bytes look like an image format Qt knows (content, not name)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(head))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return bool(QImageReader.imageFormat(buffer).data())
    finally:
        buffer.close()
