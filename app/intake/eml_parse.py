"""RFC 5322 mail (.eml): headers, body text and inner attachments, read defensively.

Parsing uses policy compat32 (it never raises on a header; values stay raw) after
mime_scan.cap_structure has bounded nesting and part count. The MIME tree is walked with an
explicit stack, never by recursion. Inline text/plain and text/html parts without a file name
are the body (all text/plain parts; HTML only when there is no plain text); every other leaf,
including a forwarded message/rfc822, is an inner attachment, numbered in document order.
A forwarded message comes out as the stdlib generator writes it again: the same headers and
body, but not necessarily byte for byte (line endings may differ); the outer mail stays the
evidence.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from app.domain.evidence import MAX_PARTS, EmailFacts, InnerPart
from app.intake.codes import IntakeCode, MailPart
from app.intake.email_headers import (
    Notes,
    decode_bytes,
    decode_words,
    has_mail_headers,
    raw_header_block,
    read_headers,
    unescape,
)
from app.intake.errors import UnreadableFileError
from app.intake.html_text import html_to_text
from app.intake.mime_lenient import decode_transfer, looks_like_mime_body, text_pieces
from app.intake.mime_scan import (
    DEPTH_NOTE,
    MAX_DEPTH,
    MAX_WALK_PARTS,
    PARTS_NOTE,
    cap_structure,
    header_block,
    starts_like_headers,
)
from app.intake.notices import notice
from app.intake.part_names import inner_name
from app.intake.sanitize import clean_line, clean_text

MAX_TEXT_BYTES = 800_000  # of one body part, before decoding (the text is capped anyway)
MAX_RAW_HEADER_BYTES = 800_000


@dataclass
class _Parts:
    plain: list[Message] = field(default_factory=list)
    html: list[Message] = field(default_factory=list)
    files: list[Message] = field(default_factory=list)
    seen: list[Message] = field(default_factory=list)


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # a header the stdlib cannot split
        return "application/octet-stream"


def _raw_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # broken RFC 2231 parameters
        return None
    return name if isinstance(name, str) else None


def _is_body(part: Message, content_type: str) -> bool:
    if content_type not in ("text/plain", "text/html"):
        return False
    try:
        disposition = part.get_content_disposition()
    except Exception:  # as above
        disposition = None
    return disposition != "attachment" and _raw_filename(part) is None


def _walk(root: Message, notes: Notes) -> Iterator[Message]:
    stack: list[tuple[Message, int]] = [(root, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_WALK_PARTS:
            notes.add(PARTS_NOTE[0], **PARTS_NOTE[1])
            return
        yield part
        if _content_type(part).startswith("multipart/") and part.is_multipart():
            if depth >= MAX_DEPTH:
                notes.add(DEPTH_NOTE[0], **DEPTH_NOTE[1])
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children)
                             if isinstance(child, Message))


def _sort(root: Message, notes: Notes) -> _Parts:
    parts = _Parts()
    for part in _walk(root, notes):
        parts.seen.append(part)
        content_type = _content_type(part)
        if content_type.startswith("multipart/"):
            if not part.is_multipart():
                notes.add(IntakeCode.MULTIPART_NO_BOUNDARY)
            continue
        if _is_body(part, content_type):
            (parts.plain if content_type == "text/plain" else parts.html).append(part)
        else:
            parts.files.append(part)
    return parts


def _parse(data: bytes, notes: Notes) -> tuple[Message, bytes]:
    """The parsed mail and the bytes it was parsed from (cut where the caps say so)."""
    if not data:
        raise UnreadableFileError(IntakeCode.EMPTY_FILE)
    if not starts_like_headers(data[:4096]):
        raise UnreadableFileError(IntakeCode.NOT_AN_EMAIL)
    capped, cut = cap_structure(data)
    if cut:
        notes.add(cut[0], **cut[1])
    try:
        message = BytesParser(policy=compat32).parsebytes(capped)
    except RecursionError:
        notes.add(IntakeCode.MIME_TOO_DEEP)
        message = BytesParser(policy=compat32).parsebytes(header_block(capped),
                                                          headersonly=True)
    if not has_mail_headers(message):
        raise UnreadableFileError(IntakeCode.NOT_AN_EMAIL)
    return message, capped


def part_bytes(part: Message) -> bytes:
    """The decoded content of a leaf; a forwarded message as a mail file of its own."""
    if part.is_multipart():
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            out = io.BytesIO()
            BytesGenerator(out, mangle_from_=False, policy=compat32).flatten(inner[0])
            return out.getvalue()
        return b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _attachment_name(part: Message, index: int, content_type: str, notes: Notes) -> str:
    raw = _raw_filename(part)
    written = None if raw is None else decode_words(unescape(raw), notes,
                                                       MailPart.ATTACHMENT_NAME)
    return inner_name(written, index, content_type)


def _body_bytes(part: Message, notes: Notes) -> bytes:
    """A body part's content; base64 decoded leniently (the stdlib gives a damaged base64
    part back undecoded, or as bytes that are no text at all)."""
    try:
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    except Exception:  # a header the stdlib cannot read
        encoding = ""
    # The stored payload as parsed (get_payload() would already decode 8-bit bytes with the
    # declared charset): bytes carried as surrogate escapes.
    payload = getattr(part, "_payload", None)
    if encoding != "base64" or part.is_multipart() or not isinstance(payload, str):
        return part_bytes(part)
    try:
        raw = payload.encode("ascii", "surrogateescape")
    except UnicodeError:
        raw = payload.encode("raw-unicode-escape")
    data, clean = decode_transfer("base64", raw)
    if not clean:
        notes.add(IntakeCode.MAIL_STRUCTURE_DAMAGED)
    return data


def _text(part: Message, notes: Notes) -> tuple[str, bool]:
    raw = _body_bytes(part, notes)
    cut = len(raw) > MAX_TEXT_BYTES
    try:
        charset = part.get_content_charset()
    except Exception:  # broken RFC 2231 charset parameter
        charset = None
    text, known = decode_bytes(raw[:MAX_TEXT_BYTES], charset, final=not cut)
    if not known:
        notes.add(IntakeCode.UNKNOWN_CHARSET, part=MailPart.BODY.value,
                  charset=clean_line(charset, 40))
    return text, cut


def _body(parts: _Parts, facts: EmailFacts, notes: Notes) -> None:
    texts: list[str] = []
    cut_any = False
    for part in parts.plain or parts.html:
        text, cut = _text(part, notes)
        if not parts.plain:
            text, html_cut = html_to_text(text)
            cut = cut or html_cut
        texts.append(text)
        cut_any = cut_any or cut
    facts.body_from_html = not parts.plain and bool(parts.html)
    facts.body_text, cut = clean_text("\n\n".join(t.strip("\r\n") for t in texts))
    facts.truncated = facts.truncated or cut or cut_any


# Defects after which the stdlib may have left text out of the tree (a base64 defect only
# spoils the decoding of its part, which _body_bytes does itself).
_BASE64_DEFECTS = frozenset({"InvalidBase64Padding", "InvalidBase64Characters",
                             "InvalidBase64Length"})


def _structure_damaged(parts: _Parts, notes: Notes) -> bool:
    if any(item.code is IntakeCode.MULTIPART_NO_BOUNDARY for item in notes.items):
        return True
    return any(type(defect).__name__.removesuffix("Defect") not in _BASE64_DEFECTS
               for part in parts.seen for defect in getattr(part, "defects", []))


_CAPS = frozenset({DEPTH_NOTE[0], PARTS_NOTE[0], IntakeCode.MIME_TOO_DEEP})


def _body_start(data: bytes) -> int:
    ends = [at + len(sep) for sep in (b"\n\n", b"\n\r\n") if (at := data.find(sep)) >= 0]
    return min(ends) if ends else len(data)


def _normal(text: str) -> str:
    return " ".join(text.split())


def _rescue(data: bytes, message: Message, parts: _Parts, facts: EmailFacts,
            notes: Notes) -> bool:
    """The lenient scan (mime_lenient) where the normal parse lost text: no body found in a
    mail that has no forwarded message to mistake for one, a damaged structure, or a body
    declared as one text that is in fact MIME parts. Returns True when it added text."""
    if any(item.code in _CAPS for item in notes.items):
        return False  # a mail cut by the caps is read as far as the caps allow, no further
    body = data[_body_start(data):]
    empty = not facts.body_text.strip()
    mime_in_text = not message.is_multipart() and looks_like_mime_body(body)
    forwarded = any(_content_type(p).startswith("message/") for p in parts.seen)
    damaged = _structure_damaged(parts, notes)
    if not (damaged or mime_in_text or (empty and not forwarded and body.strip())):
        return False
    plain, html = text_pieces(body)
    found = plain or html
    if not found:
        return False
    if empty or mime_in_text:
        texts = found
        facts.body_from_html = not plain
    else:
        known = _normal(facts.body_text)
        extra = [text for text in found if _normal(text) not in known]
        if not extra:
            return False
        texts = [facts.body_text, *extra]
    facts.body_text, cut = clean_text("\n\n".join(t.strip("\r\n") for t in texts))
    facts.truncated = facts.truncated or cut
    return True


def _defects(parts: _Parts, notes: Notes) -> None:
    for part in parts.seen:
        for defect in getattr(part, "defects", []):
            kind = type(defect).__name__.removesuffix("Defect")
            notes.add(IntakeCode.MIME_DAMAGED, defect=kind)


def parse_eml(data: bytes) -> EmailFacts:
    notes = Notes()
    message, capped = _parse(data, notes)
    facts = EmailFacts()
    block = header_block(data[:MAX_RAW_HEADER_BYTES + 4])
    raw_header_block(decode_bytes(block[:MAX_RAW_HEADER_BYTES])[0], facts)
    facts.truncated = facts.truncated or len(block) > MAX_RAW_HEADER_BYTES
    read_headers(message, facts, notes)
    parts = _sort(message, notes)
    _body(parts, facts, notes)
    # The scan reads what the parser read: what the caps left out stays out (and is noted).
    rescued = _rescue(capped, message, parts, facts, notes)
    listed: list[InnerPart] = []
    for index, part in enumerate(parts.files):
        if index >= MAX_PARTS:
            facts.parts_not_listed = len(parts.files) - MAX_PARTS
            notes.add(IntakeCode.INNER_FILES_CAPPED, limit=MAX_PARTS)
            break
        content_type = _content_type(part)
        try:
            content = part_bytes(part)
            digest = hashlib.sha256(content).hexdigest()
        except Exception:  # the stdlib's decoder or generator on a damaged part
            notes.add(IntakeCode.INNER_UNDECODABLE, number=index + 1)
            content, digest = b"", ""
        listed.append(InnerPart(index=index, name=_attachment_name(part, index, content_type,
                                                                    notes),
                                media_type=clean_line(content_type, 200), size=len(content),
                                sha256=digest))
        del content
    facts.parts = listed
    _defects(parts, notes)
    facts.problems = notes.items
    if rescued or any(item.code is IntakeCode.MAIL_STRUCTURE_DAMAGED for item in notes.items):
        # first, so that no cap on the notes can leave it out
        notes.discard(IntakeCode.MAIL_STRUCTURE_DAMAGED)
        facts.problems = [notice(IntakeCode.MAIL_STRUCTURE_DAMAGED), *notes.items]
    return facts


def eml_part(data: bytes, index: int) -> tuple[str, str, bytes]:
    notes = Notes()
    parts = _sort(_parse(data, notes)[0], notes)
    if not 0 <= index < len(parts.files):
        raise UnreadableFileError(IntakeCode.NO_INNER_FILE, index=index)
    part = parts.files[index]
    content_type = _content_type(part)
    return (_attachment_name(part, index, content_type, notes), clean_line(content_type, 200),
            part_bytes(part))
