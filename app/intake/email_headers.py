"""Guarded reading of mail headers, shared by .eml files and the transport headers of .msg.

Headers are taken raw (policy compat32, `raw_items`): the stdlib's header objects of
policy.default can raise on real-world headers, so decoding is done here, step by step, and
each step falls back to the raw text. Encoded words are decoded one by one: a broken one stays
as written, an unknown character set is read as UTF-8 or Windows-1252, and `Notes` says so
(as notices: codes with their parameters, app/intake/codes.py).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import datetime as dt
import email.utils
import quopri
import re
from email.message import Message
from typing import Any

from app.domain.evidence import MAX_PARTS, EmailFacts
from app.domain.notice import Notice
from app.intake.codes import IntakeCode, MailPart
from app.intake.notices import notice
from app.intake.sanitize import clean_line, clean_text

MAX_NOTES = 40
MAX_VALUE_CHARS = 16_000  # a header value is cut to this before any decoding
MAX_RECEIVED_CHARS = 4_000
MAIL_HEADERS = frozenset({"from", "to", "cc", "bcc", "date", "subject", "message-id",
                          "received", "return-path", "mime-version", "delivered-to",
                          "reply-to", "sender", "in-reply-to", "references"})

_ENCODED_WORD = re.compile(r"=\?([^?\s*]{1,60})(?:\*[^?\s]{0,20})?\?([bBqQ])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ESCAPED = re.compile("[\udc80-\udcff]")
_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+")


class Notes:
    """The problems met while reading one mail: cleaned, without repeats, capped."""

    def __init__(self) -> None:
        self.items: list[Notice] = []

    def add(self, code: IntakeCode, **params: Any) -> None:
        item = notice(code, **params)
        if item in self.items:
            return
        if len(self.items) < MAX_NOTES:
            self.items.append(item)
        elif len(self.items) == MAX_NOTES:
            self.items.append(notice(IntakeCode.MORE_PROBLEMS))

    def discard(self, code: IntakeCode) -> None:
        self.items = [item for item in self.items if item.code is not code]


def text_codec(charset: str | None) -> str | None:
    """The Python codec for a MIME charset name, or None when unknown or not a text codec."""
    if not charset:
        return None
    try:
        info = codecs.lookup(charset.strip().strip('"').lower())
    except (LookupError, ValueError):
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_bytes(raw: bytes, charset: str | None = None, final: bool = True) -> tuple[str, bool]:
    """Text of `raw` in its declared charset; (text, charset_known).

    Without a usable charset: UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what
    German mail without a declaration nearly always is). `final=False` tolerates a character
    cut in two at the end (the caller cut the bytes).
    """
    codec = text_codec(charset)
    if codec is not None:
        return codecs.getincrementaldecoder(codec)("replace").decode(raw, final), True
    try:
        return codecs.getincrementaldecoder("utf-8")("strict").decode(raw, final), charset is None
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace"), charset is None


def unescape(value: str) -> str:
    """Header text as parsed from bytes carries 8-bit bytes as surrogate escapes: decode them."""
    if not _ESCAPED.search(value):
        return value
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return value  # lone surrogates of another origin; clean_line replaces them
    return decode_bytes(raw)[0]


def decode_words(value: str, notes: Notes, what: MailPart) -> str:
    """RFC 2047 encoded words decoded; a word that cannot be decoded stays as written."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pos, after_word = 0, False
    for match in _ENCODED_WORD.finditer(value):
        between = value[pos:match.start()]
        if not (after_word and not between.strip(" \t\r\n")):
            out.append(between)  # white space between two encoded words is dropped
        pos = match.end()
        charset, kind, payload = match.groups()
        try:
            data = payload.encode("ascii")
            if kind in "bB":
                raw = base64.b64decode(data + b"=" * (-len(data) % 4), validate=True)
            else:
                raw = quopri.decodestring(data, header=True)
        except (UnicodeEncodeError, binascii.Error, ValueError):
            notes.add(IntakeCode.ENCODED_WORD_BROKEN, part=what.value)
            out.append(match.group(0))
            after_word = False
            continue
        text, known = decode_bytes(raw, charset)
        if not known:
            notes.add(IntakeCode.UNKNOWN_CHARSET, part=what.value, charset=charset[:40])
        out.append(text)
        after_word = True
    out.append(value[pos:])
    return "".join(out)


def _unfold(value: str, limit: int = MAX_VALUE_CHARS) -> str:
    return unescape(_FOLD.sub("", value[:limit]))


def first_address(value: str) -> str:
    """The first well-formed address (local@domain) in an address header, lower case."""
    try:
        pairs = email.utils.getaddresses([value[:4_000]])
    except Exception:  # the stdlib's address parser on hostile text
        return ""
    for _, address in pairs:
        address = address.strip()
        if _ADDRESS.fullmatch(address):
            return clean_line(address.lower())
    return ""


def parse_date(value: str) -> dt.datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value[:500])
    except Exception:  # ValueError, TypeError, OverflowError on garbage
        return None
    if parsed.tzinfo is None:  # "-0000": the time is UTC, the sender's zone unknown
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def raw_header_block(text: str, facts: EmailFacts) -> None:
    facts.raw_headers, cut = clean_text(text)
    facts.truncated = facts.truncated or cut


def read_headers(headers: Message, facts: EmailFacts, notes: Notes) -> None:
    """Fill the header fields of `facts` from a parsed (compat32) header block."""
    found: dict[str, list[str]] = {}
    for name, value in headers.raw_items():
        key = name.strip().lower()
        if key in ("from", "to", "cc", "date", "subject", "message-id", "received"):
            found.setdefault(key, []).append(value if isinstance(value, str) else str(value))

    def first(key: str) -> str | None:
        values = found.get(key)
        if values and len(values) > 1 and key != "received":
            notes.add(IntakeCode.HEADER_REPEATED, count=len(values), header=key.title())
        return _unfold(values[0]) if values else None

    sender = first("from")
    if sender is None:
        notes.add(IntakeCode.FROM_MISSING)
    else:
        facts.sender = clean_line(decode_words(sender, notes, MailPart.FROM))
        facts.sender_address = first_address(sender)
        if not facts.sender_address:
            notes.add(IntakeCode.FROM_NO_ADDRESS)
    for key, part in (("to", MailPart.TO), ("cc", MailPart.CC)):
        values = [_unfold(v) for v in found.get(key, [])]
        joined = ", ".join(decode_words(v, notes, part) for v in values)
        setattr(facts, key, clean_line(joined))
    date = first("date")
    if date is None:
        notes.add(IntakeCode.DATE_MISSING)
    else:
        facts.date_raw = clean_line(date)
        facts.date = parse_date(date)
        if facts.date is None:
            notes.add(IntakeCode.DATE_UNREADABLE)
    subject = first("subject")
    if subject is not None:
        facts.subject = clean_line(decode_words(subject, notes, MailPart.SUBJECT))
    message_id = first("message-id")
    if message_id is not None:
        facts.message_id = clean_line(message_id)
    received = found.get("received", [])
    if len(received) > MAX_PARTS:
        notes.add(IntakeCode.RECEIVED_CAPPED, listed=MAX_PARTS, total=len(received))
    facts.received = [clean_line(_unfold(v, MAX_RECEIVED_CHARS), MAX_RECEIVED_CHARS)
                      for v in received[:MAX_PARTS]]


def has_mail_headers(headers: Message) -> bool:
    return any(name.strip().lower() in MAIL_HEADERS for name in headers)
