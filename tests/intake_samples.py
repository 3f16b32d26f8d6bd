"""Hostile and ordinary evidence files made by the tests themselves (no binary fixtures):
images with real or broken EXIF, a decompression bomb, truncated files, PDFs, a WAV.

It holds no tests; test_intake_*.py use it."""

from __future__ import annotations

import io
import struct
import wave
import zlib

from PIL import Image
from pypdf import PdfWriter

TAG_MAKE, TAG_MODEL, TAG_ORIENTATION = 0x010F, 0x0110, 0x0112
IFD_EXIF, IFD_GPS = 0x8769, 0x8825


def jpeg(size: tuple[int, int] = (64, 48), exif: Image.Exif | None = None,
         color: str = "navy") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=90,
                                       **({"exif": exif} if exif is not None else {}))
    return buffer.getvalue()


def png(size: tuple[int, int] = (80, 60)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "PNG")
    return buffer.getvalue()


def camera_exif(*, latitude: tuple[float, float, float] = (51.0, 3.0, 30.0), lat_ref: str = "N",
                longitude: tuple[float, float, float] = (13.0, 44.0, 15.5),
                lon_ref: str = "E", altitude: float = 120.5, below_sea: bool = False,
                taken: str = "2025:06:01 14:30:00", orientation: int = 6) -> Image.Exif:
    """EXIF as a phone writes it, with Pillow's own EXIF writer."""
    exif = Image.Exif()
    exif[TAG_MAKE] = "Canon"
    exif[TAG_MODEL] = "Canon EOS 5D"
    exif[TAG_ORIENTATION] = orientation
    exif[IFD_EXIF] = {0x9003: taken}
    exif[IFD_GPS] = {1: lat_ref, 2: latitude, 3: lon_ref, 4: longitude,
                     5: b"\x01" if below_sea else b"\x00", 6: altitude}
    return exif


def with_app1(jpeg_bytes: bytes, payload: bytes) -> bytes:
    """Insert a raw APP1 (EXIF) segment right after the JPEG's SOI marker."""
    assert jpeg_bytes[:2] == b"\xff\xd8"
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg_bytes[:2] + segment + jpeg_bytes[2:]


def malformed_exif_jpeg() -> bytes:
    """EXIF whose IFD entries point far beyond the block, with absurd counts, and whose
    sub-IFD pointers lead nowhere."""
    entries = [
        (TAG_MAKE, 2, 0xFFFFFFF0, 0x7FFFFFFF),  # ASCII, 4 GB long, offset out of the block
        (TAG_MODEL, 2, 0x10000000, 0xFFFFFF00),
        (TAG_ORIENTATION, 3, 0xFFFF, 99),
        (IFD_EXIF, 4, 1, 0xFFFFFF00),  # Exif sub-IFD at an offset past the end
        (IFD_GPS, 4, 1, 0x00000008),  # GPS sub-IFD pointing back at IFD0: a loop
    ]
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        tiff += struct.pack("<HHII", tag, kind, count, value)
    tiff += struct.pack("<I", 0xFFFFFFF0)  # next IFD: out of range
    return with_app1(jpeg(), b"Exif\x00\x00" + tiff)


def bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A 1-bit grayscale PNG of width x height pixels that is only some 100 KB on disk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
            + chunk(b"IEND", b""))


def pdf(pages: int = 3, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner-" + password,
                       algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def wav(seconds: float = 1.5, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x00" * int(seconds * rate))
    return buffer.getvalue()


def zero_denominator_gps_jpeg() -> bytes:
    """Camera EXIF whose GPS latitude has a zero denominator (x/0), written by hand."""
    def rationals(values: list[tuple[int, int]]) -> bytes:
        return b"".join(struct.pack("<II", n, d) for n, d in values)

    ifd0_at, gps_at = 8, 8 + 2 + 2 * 12 + 4
    data_at = gps_at + 2 + 4 * 12 + 4
    lat = rationals([(51, 1), (3, 0), (30, 1)])
    lon = rationals([(13, 1), (44, 1), (15, 1)])
    tiff = b"II*\x00" + struct.pack("<I", ifd0_at)
    tiff += struct.pack("<H", 2)
    tiff += struct.pack("<HHII", TAG_MAKE, 2, 4, struct.unpack("<I", b"Foo\x00")[0])
    tiff += struct.pack("<HHII", IFD_GPS, 4, 1, gps_at) + struct.pack("<I", 0)
    tiff += struct.pack("<H", 4)
    tiff += struct.pack("<HHII", 1, 2, 2, struct.unpack("<I", b"N\x00\x00\x00")[0])
    tiff += struct.pack("<HHII", 2, 5, 3, data_at)
    tiff += struct.pack("<HHII", 3, 2, 2, struct.unpack("<I", b"E\x00\x00\x00")[0])
    tiff += struct.pack("<HHII", 4, 5, 3, data_at + len(lat)) + struct.pack("<I", 0)
    tiff += lat + lon
    return with_app1(jpeg(), b"Exif\x00\x00" + tiff)


def eml(subject: str = "Wir wissen, wo du wohnst", attachment_name: str = "../../evil.png",
        attachment: bytes | None = None,
        date: str | None = "Sun, 01 Mar 2026 22:15:00 +0000") -> bytes:
    """A hate mail as a mail program saves it, with one image attached."""
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage()
    message["From"] = "Max Muster <Max@Example.org>"
    message["To"] = "buergermeisterin@gemeinde.example"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    message["Message-ID"] = "<1234@example.org>"
    message.set_content("Wir kriegen dich.\n")
    message.add_attachment(png() if attachment is None else attachment, maintype="image",
                           subtype="png", filename=attachment_name)
    return message.as_bytes(policy=SMTP)
