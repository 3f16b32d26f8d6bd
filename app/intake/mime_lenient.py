"""The last resort for a mail whose MIME structure is broken: every text part a lenient scan
can find, and transfer encodings decoded as far as they decode.

The stdlib parser reads a multipart without a usable boundary (none declared, an empty one, one
that no delimiter line uses, a quote left open) as one opaque string, and a body declared as
text/plain whose content is in fact MIME parts as that raw text; either way the body text was
lost. This scan does not trust the declarations: it splits the body at every line that looks
like a MIME delimiter ("--" and a token), reads the header lines at the start of each piece
(a piece without any is plain text by RFC 2045's default), and keeps text/plain and text/html
pieces that are not attachments, decoded leniently. It is flat (no recursion, no objects per
level) and linear in the size of the mail; what it gives is capped like any body text.

Base64 is decoded line by line when the whole does not decode (a character lost in one line
spoils that line only), and a part declared base64 that is plainly not (words and spaces) is
read as it is written.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass

from app.intake.email_headers import decode_bytes
from app.intake.html_text import html_to_text

MAX_SCAN_BYTES = 64 * 1024 * 1024  # of the mail's body; the rest is not scanned
MAX_PIECES = 5_000
MAX_TEXT_CHARS = 400_000
MAX_RESYNC = 2_000  # damaged base64 lines re-aligned (each costs a pass in Python)

_DELIMITER = re.compile(rb"^--[!-~][^\r\n]{0,200}?\r?$", re.MULTILINE)
_HEADER = re.compile(rb"[!-9;-~]{1,200}:")
_B64_LINE = re.compile(rb"[A-Za-z0-9+/]+=*")
_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/=\s]")
_PARAM = re.compile(rb";\s*([a-z0-9*_-]{1,40})\s*=\s*(?:\"([^\"\r\n]{0,300})\"?|([^\s;\"]{0,300}))")
_MIME_BODY = re.compile(rb"(?m)^--[!-~][^\r\n]{0,200}\r?\n(?:[!-9;-~]{1,200}:[^\r\n]*\r?\n"
                        rb"(?:[ \t][^\r\n]*\r?\n)*){0,10}?content-(?:type|transfer-encoding):")


START, OPEN, CLOSE = 0, 1, 2


@dataclass
class Piece:
    content_type: str
    params: dict[str, str]
    encoding: str
    disposition: str
    named: bool  # a file name in Content-Type or Content-Disposition: an attachment
    body: bytes


def looks_like_mime_body(body: bytes) -> bool:
    """True when `body` holds MIME parts: a delimiter line followed by part headers."""
    return _MIME_BODY.search(body[:MAX_SCAN_BYTES].lower()) is not None


def _header_lines(piece: bytes) -> tuple[dict[str, bytes], bytes] | None:
    """(headers by lower-case name, the rest) when the piece opens with header lines."""
    lines = piece.split(b"\n")
    headers: dict[str, bytes] = {}
    last: str | None = None
    for number, line in enumerate(lines):
        stripped = line.rstrip(b"\r")
        if not stripped:
            return (headers, b"\n".join(lines[number + 1:])) if headers else None
        if line[:1] in (b" ", b"\t") and last is not None:
            headers[last] += b" " + stripped.strip()
            continue
        match = _HEADER.match(stripped)
        if match is None:  # no blank line after the headers: the text starts here
            return (headers, b"\n".join(lines[number:])) if headers else None
        last = stripped[:match.end() - 1].strip().lower().decode("ascii", "replace")
        headers.setdefault(last, stripped[match.end():].strip())
    return (headers, b"") if headers else None


def _parse_piece(piece: bytes) -> Piece | None:
    found = _header_lines(piece)
    if found is None:
        return None
    headers, body = found
    raw_type = headers.get("content-type", b"text/plain").lower()
    content_type = raw_type.split(b";", 1)[0].strip().decode("ascii", "replace") or "text/plain"
    params = {m.group(1).decode(): (m.group(2) if m.group(2) is not None else m.group(3) or b"")
              .decode("latin-1") for m in _PARAM.finditer(raw_type)}
    disposition = headers.get("content-disposition", b"").lower()
    named = "name" in params or any(m.group(1).startswith(b"filename")
                                    for m in _PARAM.finditer(disposition))
    return Piece(content_type, params,
                 headers.get("content-transfer-encoding", b"").strip().lower()
                 .decode("ascii", "replace"),
                 disposition.split(b";", 1)[0].strip().decode("ascii", "replace"), named, body)


def lenient_base64(raw: bytes) -> tuple[bytes, bool]:
    """(decoded bytes, decoded cleanly). Text that is no base64 at all comes back as it is."""
    compact = b"".join(raw.split())
    try:
        return base64.b64decode(compact, validate=True), True
    except (binascii.Error, ValueError):
        pass
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    inner_spaces = sum(1 for line in lines if b" " in line or b"\t" in line)
    foreign = len(_NOT_B64.findall(raw))
    if lines and (inner_spaces * 10 >= len(lines) or foreign * 10 >= len(compact)):
        return raw, False  # words and spaces: declared base64, written as text
    out: list[bytes] = []
    resynced = 0
    for number, line in enumerate(lines):
        chars = b"".join(_B64_LINE.findall(line)).rstrip(b"=")
        if len(chars) % 4 == 0:
            out.append(base64.b64decode(chars))
        elif number == len(lines) - 1:  # the last line: its last group may be short
            usable = len(chars) - (1 if len(chars) % 4 == 1 else 0)
            chunk = chars[:usable]
            out.append(base64.b64decode(chunk + b"=" * (-len(chunk) % 4)))
        elif resynced < MAX_RESYNC:
            resynced += 1
            out.append(_resync(chars))
        else:  # beyond the cap: the groups aligned from the line's start only
            out.append(base64.b64decode(chars[:len(chars) - len(chars) % 4]))
    return b"".join(out), False


def _texty(data: bytes) -> list[int]:
    """Running count of bytes that look like text (printable ASCII, line breaks, UTF-8)."""
    sums = [0]
    for byte in data:
        sums.append(sums[-1] + (1 if 32 <= byte < 127 or byte in (9, 10, 13) or byte >= 0xC2
                                else -1))
    return sums


def _resync(chars: bytes) -> bytes:
    """A line that lost (or gained) characters somewhere: the groups before that place are
    aligned from the line's start, those after it from its end (mail lines hold whole groups).
    Both readings are decoded; the split that looks most like text joins them."""
    cut = len(chars) % 4
    head = base64.b64decode(chars[:len(chars) - cut])
    tail = base64.b64decode(chars[cut:])
    size = min(len(head), len(tail))
    head_sum, tail_sum = _texty(head[:size]), _texty(tail[:size])
    best = max(range(0, size + 1, 3),
               key=lambda at: head_sum[at] + tail_sum[size] - tail_sum[at])
    return head[:best] + tail[best:size]


def decode_transfer(encoding: str, raw: bytes) -> tuple[bytes, bool]:
    """(bytes, decoded cleanly) for a part's Content-Transfer-Encoding."""
    if encoding == "base64":
        return lenient_base64(raw)
    if encoding == "quoted-printable":
        return quopri.decodestring(raw), True
    return raw, True


def _pieces(body: bytes) -> list[tuple[bytes, int]]:
    """(piece, what came before it) for the body split at every delimiter-like line: START
    (the preamble), OPEN (a delimiter) or CLOSE (a closing delimiter: the epilogue)."""
    body = body[:MAX_SCAN_BYTES]
    out: list[tuple[bytes, int]] = []
    start, before = 0, START
    for match in _DELIMITER.finditer(body):
        out.append((body[start:match.start()], before))
        closing = match.group(0).rstrip(b"\r").endswith(b"--") and match.end() - match.start() > 4
        start, before = match.end() + 1, CLOSE if closing else OPEN
        if len(out) >= MAX_PIECES:
            return out
    out.append((body[start:], before))
    return out


def text_pieces(body: bytes) -> tuple[list[str], list[str]]:
    """(plain texts, HTML reduced to text) found in a mail body, in document order."""
    plain: list[str] = []
    html: list[str] = []
    pieces = _pieces(body)
    split = len(pieces) > 1
    total = 0
    for raw, before in pieces:
        if total > MAX_TEXT_CHARS:
            break
        piece = _parse_piece(raw)
        if piece is None:
            # A piece without headers: the preamble and the epilogue are no text; after a
            # delimiter (or in a body without any) it is text/plain by default.
            if split and before != OPEN:
                continue
            piece = Piece("text/plain", {}, "", "", False, raw)
        if piece.content_type not in ("text/plain", "text/html"):
            continue
        if piece.disposition == "attachment" or piece.named:
            continue
        data, _clean = decode_transfer(piece.encoding, piece.body)
        text, _known = decode_bytes(data[:MAX_TEXT_CHARS * 4], piece.params.get("charset"))
        if piece.content_type == "text/html":
            text = html_to_text(text)[0]
        text = text.strip("\r\n")
        if text.strip():
            (plain if piece.content_type == "text/plain" else html).append(text)
            total += len(text)
    return plain, html
