"""What an attachment's bytes are and how to read them as text, without Qt and without
touching the disk. Every input here is hostile: parsing must not raise, hang or execute."""

from __future__ import annotations

import contextlib
import email
import email.policy
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from enum import Enum
from html.parser import HTMLParser

from app.domain import AttachmentKind
from app.intake.media import heif_format
from app.intake.mime_scan import cap_structure

MAX_TEXT_CHARS = 5_000_000  # a longer text is shown cut (the original stays complete)
MAX_PARTS = 500  # a mail with more parts is listed partly: bounds the work on a mail bomb
EMAIL_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
TEXT_TYPES = ("application/json", "application/xml", "application/x-yaml", "application/csv")
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Outlook .msg: not RFC 822, the email package cannot read it


class ContentKind(Enum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"
    EMAIL = "email"
    OTHER = "other"


def classify(name: str, media_type: str, kind: AttachmentKind, head: bytes) -> ContentKind:
    """Decide by the content where it can tell (a PDF says so in its first bytes), else by
    the name and type recorded at intake. Images are tried by content in the viewer too."""
    lower = name.lower()
    if b"%PDF-" in head[:1024]:
        return ContentKind.PDF
    if media_type.startswith("image/") or heif_format(head) is not None:
        return ContentKind.IMAGE
    is_mail = lower.endswith(".eml") or media_type == "message/rfc822" or (
        kind == AttachmentKind.EMAIL and not lower.endswith(".msg"))
    if is_mail and not head.startswith(OLE_MAGIC):
        return ContentKind.EMAIL
    if media_type.startswith("text/") or media_type in TEXT_TYPES:
        return ContentKind.TEXT
    if media_type == "application/octet-stream" and looks_like_text(head):
        return ContentKind.TEXT
    return ContentKind.OTHER


def looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head[:8192]:
        return False
    try:
        head[:8192].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= 8188  # a character cut at the end of the sample is fine
    return True


def decode_text(data: bytes) -> tuple[str, bool]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else Latin-1 (which
    never fails). Returns the text and whether it was cut to MAX_TEXT_CHARS."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates: tuple[str, ...] = ("utf-16", "cp1252", "latin-1")
    else:
        candidates = ("utf-8-sig", "cp1252", "latin-1")
    text = ""
    for encoding in candidates:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return text[:MAX_TEXT_CHARS], len(text) > MAX_TEXT_CHARS


class _TextExtractor(HTMLParser):
    """Text of an HTML mail: no rendering, no images, no links followed; scripts and styles
    dropped; block elements become line breaks."""

    BLOCKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                        "table", "blockquote", "pre", "hr", "ul", "ol"})
    SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    extractor = _TextExtractor()
    with contextlib.suppress(Exception):  # a broken document still gives what was read
        extractor.feed(markup)
        extractor.close()
    lines = [" ".join(line.split()) for line in "".join(extractor.parts).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


@dataclass
class EmailContent:
    headers: list[tuple[str, str]] = field(default_factory=list)  # (header name, value)
    body: str = ""
    body_was_html: bool = False
    attachments: list[str] = field(default_factory=list)  # inner file names, hostile
    cut: bool = False


def clean(text: str) -> str:
    """Bytes that were not valid in their charset arrive as lone surrogates; Qt cannot hold
    those: they become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _flat(value: str) -> str:
    """Header values on one line: folding and stray control characters would break a form."""
    return " ".join(clean(value).replace("\x00", " ").split())


def header_values(message: Message, name: str) -> list[str]:
    """Every value of a header. With policy.default, parsing a value can raise on real-world
    mail (Python 3.11 raises on 'Message-ID: <>' and 'To: a@'); then the raw text is shown."""
    raw = [str(v) for k, v in message.raw_items() if k.lower() == name.lower()]
    values: list[str] = []
    for index, original in enumerate(raw):
        try:
            parsed = message.get_all(name) or []
            values.append(_flat(str(parsed[index])))
        except Exception:  # hostile headers must never stop the viewer
            values.append(_flat(original))
    return values


def _payload_text(part: Message) -> str:
    content = None
    with contextlib.suppress(Exception):  # unknown charsets and broken encodings fall through
        if isinstance(part, EmailMessage):
            content = part.get_content()
    if isinstance(content, str):
        return clean(content)
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: the raw text below
        payload = None
    if isinstance(payload, bytes):
        return decode_text(payload)[0]
    raw = part.get_payload()
    return clean(raw) if isinstance(raw, str) else ""


def _file_name(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:  # RFC 2231 names can be broken on purpose
        name = None
    if name:
        return _flat(str(name))
    raw = str(part.get("Content-Disposition", "") or "")
    return _flat(raw) if "name" in raw.lower() else ""


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # a broken Content-Type reads as text
        return "text/plain"


def _is_attachment(part: Message) -> bool:
    try:
        disposition = (part.get_content_disposition() or "").lower()
    except Exception:  # a broken disposition counts as none
        disposition = ""
    return disposition == "attachment" or (disposition != "inline" and bool(_file_name(part)))


def _leaves(message: Message, result: EmailContent) -> list[Message]:
    """The parts to show or list, breadth first. A forwarded mail (message/rfc822) inside is
    listed as an attachment, not mixed into this mail's text."""
    leaves: list[Message] = []
    queue: list[Message] = [message]
    seen = 0
    while queue:
        part = queue.pop(0)
        seen += 1
        if seen > MAX_PARTS:
            result.cut = True
            break
        content_type = _content_type(part)
        payload = part.get_payload()
        if part is not message and content_type == "message/rfc822":
            result.attachments.append(_file_name(part) or content_type)
        elif isinstance(payload, list):
            queue.extend(p for p in payload if isinstance(p, Message))
        else:
            leaves.append(part)
    return leaves


def parse_email(data: bytes) -> EmailContent:
    """The headers, text and attachment names to show. The nesting and the number of parts
    are capped first, as at intake (app/intake/mime_scan.py): the stdlib parser recurses once
    per level, and a 5,000-deep mail raised RecursionError here, which the viewer could only
    word as an unexpected error. What the cap leaves out is shown as a cut mail."""
    result = EmailContent()
    capped, left_out = cap_structure(data)
    result.cut = left_out is not None
    message = email.message_from_bytes(capped, policy=email.policy.default)
    for name in EMAIL_HEADERS:
        for value in header_values(message, name):
            result.headers.append((name, value))
    plain: list[str] = []
    html: list[str] = []
    for part in _leaves(message, result):
        content_type = _content_type(part)
        if _is_attachment(part):
            result.attachments.append(_file_name(part) or content_type)
        elif content_type == "text/html":
            html.append(_payload_text(part))
        elif content_type.startswith(("text/", "multipart/")):
            # A multipart without a usable boundary arrives as one string: show it raw.
            plain.append(_payload_text(part))
        else:
            result.attachments.append(content_type)
    if plain:
        result.body = "\n\n".join(plain)
    elif html:
        result.body = "\n\n".join(html_to_text(h) for h in html)
        result.body_was_html = True
    if len(result.body) > MAX_TEXT_CHARS:
        result.body, result.cut = result.body[:MAX_TEXT_CHARS], True
    return result
