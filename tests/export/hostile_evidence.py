"""Broken evidence made by code, for the dossier's tests of issue 13 (section 1): PDFs that are
truncated, have a byte-flipped cross-reference table, are encrypted with a user password, have
a page tree whose /Kids point back at itself or that is nested thousands of levels deep, or
hold a content stream that inflates to hundreds of megabytes; images that are truncated or
claim far too many pixels; a mail whose MIME structure is broken."""

from __future__ import annotations

import io
import struct
import zlib

import pikepdf

from tests.export.dossier_support import jpeg, pdf_letter, png_screenshot


def _raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object n is objects[n - 1]), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, xref))
    return out.getvalue()


def truncated_pdf() -> bytes:
    data = pdf_letter(3, "Abgeschnitten")
    return data[: len(data) // 2]


def flipped_xref_pdf() -> bytes:
    """Every digit of the cross-reference table's offsets changed, and the startxref too."""
    data = bytearray(pdf_letter(2, "Verdrehtes Original"))
    start = data.rindex(b"xref")
    for i in range(start, len(data)):
        if 0x30 <= data[i] <= 0x39:
            data[i] = 0x30 + (data[i] - 0x30 + 7) % 10
    return bytes(data)


def encrypted_pdf() -> bytes:
    with pikepdf.open(io.BytesIO(pdf_letter(1, "Geheimes Original"))) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(user="geheim", owner="geheimer", R=6))
        return out.getvalue()


def cyclic_pdf() -> bytes:
    """The page tree's root lists itself among its kids."""
    return _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ])


def deep_pdf(levels: int = 5000) -> bytes:
    """A page under `levels` nested /Pages nodes."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):
        number = level + 2
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (number + 1))
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>"
                   % (levels + 1))
    return _raw_pdf(objects)


def bomb_pdf(megabytes: int = 400) -> bytes:
    """One page whose content stream inflates to `megabytes` MB (of spaces)."""
    squeeze = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    packed = b"".join(squeeze.compress(chunk) for _ in range(megabytes)) + squeeze.flush()
    return _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed
        + b"\nendstream",
    ])


def truncated_png() -> bytes:
    data = png_screenshot()
    return data[: len(data) // 3]


def truncated_jpeg() -> bytes:
    data = jpeg(1600, 1200)
    return data[: len(data) // 3]


def pixel_bomb_png(side: int = 60_000) -> bytes:
    """A PNG header claiming side × side pixels (3.6 gigapixels) over a tiny image stream."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b""))


def broken_mail() -> bytes:
    """A multipart mail whose boundary never comes, with a part in an unknown encoding."""
    return (b"From: Wut <wut@example.org>\r\nTo: rathaus@pirna.example\r\n"
            b"Subject: =?utf-8?B?kaputt?=\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"nie-da\"\r\n\r\n"
            b"--falsch\r\nContent-Transfer-Encoding: x-unbekannt\r\n\r\n\xff\xfe text\r\n")
