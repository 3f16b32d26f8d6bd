"""Facts of PDFs (page count, pypdf) and of audio and video files (duration and format,
mutagen: it reads container headers and needs no codec). Both run inside the intake child.

A PDF that is encrypted or broken is still a document: its facts say pages None and a notice
says why; only a file that is no PDF at all would be unreadable.
"""

from __future__ import annotations

import logging
import math
from typing import BinaryIO

from app.domain.evidence import DocumentFacts, MediaFacts
from app.domain.notice import Notice
from app.intake.codes import IntakeCode
from app.intake.errors import UnreadableFileError
from app.intake.notices import notice

MEDIA_MAGIC = (b"ID3", b"fLaC", b"OggS", b"#!AMR", b"\x1aE\xdf\xa3", b"FORM",
               b"\x30\x26\xb2\x75\x8e\x66\xcf\x11")  # ASF (wma/wmv)
MEDIA_EXTENSIONS = (".mp3", ".m4a", ".mp4", ".m4v", ".mov", ".3gp", ".aac", ".ogg", ".oga",
                    ".opus", ".flac", ".wav", ".aif", ".aiff", ".wma", ".wmv", ".amr", ".webm",
                    ".mkv", ".avi")


# ISO base media files (ftyp box) that hold still images: HEIF/HEIC and AVIF. Video (MP4,
# MOV, 3GP) has other brands and stays with the media reader.
HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm",
                         b"hevs", b"mif1", b"mif2", b"msf1"})
AVIF_BRANDS = frozenset({b"avif", b"avis"})


def heif_format(head: bytes) -> str | None:
    """"HEIF" or "AVIF" when the first bytes are the ftyp box of such a photo, else None."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return None
    size = min(int.from_bytes(head[:4], "big"), len(head), 256)
    brands = [head[8:12]] + [head[at:at + 4] for at in range(16, size - 3, 4)]
    if any(b in AVIF_BRANDS for b in brands):
        return "AVIF"
    if any(b in HEIF_BRANDS for b in brands):
        return "HEIF"
    return None


def looks_like_pdf(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


def looks_like_media(head: bytes) -> bool:
    if head.startswith(MEDIA_MAGIC):
        return True
    if head[:4] == b"RIFF" and head[8:12] in (b"WAVE", b"AVI "):
        return True
    if head[4:8] == b"ftyp":  # MP4, M4A, MOV, 3GP; not the photos in the same container
        return heif_format(head) is None
    return _mpeg_frame_header(head)


def _mpeg_frame_header(head: bytes) -> bool:
    """An MPEG audio frame (an MP3 without tags): 11 sync bits, then a version, layer, bitrate
    and sampling rate that are not reserved. Checking the fields as well as the sync bits takes
    random data for audio once in about 5,000 files instead of once in 2,048."""
    if len(head) < 3 or head[0] != 0xFF or (head[1] & 0xE0) != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 0b11, (head[1] >> 1) & 0b11
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0b11
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111 and rate != 0b11


def read_pdf(stream: BinaryIO) -> tuple[DocumentFacts, list[Notice]]:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.WARNING)  # to the log, scrubbed
    try:
        reader = PdfReader(stream, strict=False)
    except Exception:
        return DocumentFacts(pages=None), [notice(IntakeCode.PDF_DAMAGED)]
    try:
        # Many PDFs are encrypted only to restrict printing, with an empty user password.
        if reader.is_encrypted and not reader.decrypt(""):
            return DocumentFacts(pages=None), [notice(IntakeCode.PDF_PASSWORD)]
        return DocumentFacts(pages=len(reader.pages)), []
    except Exception:
        return DocumentFacts(pages=None), [notice(IntakeCode.PDF_ENCRYPTION_UNKNOWN)]


def read_media(stream: BinaryIO) -> tuple[MediaFacts, list[Notice]]:
    """mutagen guesses the container from the first bytes and, when the stream has a `name`,
    from its extension."""
    import mutagen

    try:
        found = mutagen.File(stream)
    except Exception:
        raise UnreadableFileError(IntakeCode.MEDIA_DAMAGED) from None
    if found is None:
        return MediaFacts(), [notice(IntakeCode.MEDIA_FORMAT_UNKNOWN)]
    kind = type(found).__name__
    length = getattr(getattr(found, "info", None), "length", None)
    if isinstance(length, int | float) and math.isfinite(length) and length >= 0:
        return MediaFacts(duration_s=round(float(length), 3), format=kind), []
    return MediaFacts(format=kind), [notice(IntakeCode.DURATION_UNKNOWN)]
