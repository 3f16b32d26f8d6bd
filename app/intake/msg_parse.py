"""Outlook .msg (OLE2 compound file, [MS-OXMSG]) read with extract_msg, from memory only.

The Internet headers Outlook kept (PR_TRANSPORT_MESSAGE_HEADERS) are read like an .eml header
block: they hold the Received chain and what the police want as raw headers. Fields missing
there come from the MAPI properties (a mail that was never sent over the Internet, e.g. a draft
or an internal Exchange mail, has no transport headers at all).

extract_msg is only ever handed a BytesIO: olefile treats bytes shorter than 1,536 as a *file
name* to open. Nothing here calls a save/export-to-path method, so nothing is written to disk,
and the loggers of extract_msg and its helpers are silenced (they log property names, stream
paths and, on errors, parts of the content).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from collections.abc import Callable
from email.parser import HeaderParser
from email.policy import compat32
from typing import Any, TypeVar

from app.domain.evidence import MAX_PARTS, EmailFacts, InnerPart
from app.intake.codes import IntakeCode
from app.intake.email_headers import (
    Notes,
    decode_bytes,
    first_address,
    raw_header_block,
    read_headers,
)
from app.intake.errors import UnreadableFileError
from app.intake.html_text import html_to_text
from app.intake.part_names import OCTET_STREAM, inner_name, media_type_for
from app.intake.sanitize import clean_line, clean_text

OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
MIN_OLE_SIZE = 1536  # a CFB file has a 512-byte header and at least two sectors
MAX_HEADER_CHARS = 800_000
OUTLOOK_ITEM = "application/vnd.ms-outlook"
_QUIET_LOGGERS = ("extract_msg", "RTFDE", "olefile", "compressed_rtf", "tzlocal")
# Outlook item classes that are mail: notes (incl. S/MIME), posts, meeting mail, reports.
_MAIL_CLASSES = ("ipm.note", "ipm.post", "ipm.schedule", "ipm.outlook.recall", "report.")
_HEADER_PREFIX = "Microsoft Mail Internet Headers Version 2.0"
_T = TypeVar("_T")

Loader = Callable[[], bytes]


def _quiet() -> None:
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)  # to the log, scrubbed (app/logs.py)


def _utc_from_timestamp(stamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(stamp, dt.UTC)


def _times_in_utc() -> None:
    """extract_msg turns every FILETIME into local time through tzlocal, which raises on a
    machine whose zone it cannot name (TZ given as a POSIX rule, as the tests do; a zone the
    database lacks); every message then read as damaged. The times taken from a message are
    converted explicitly later (German time, UTC), so UTC serves as well and needs no local
    zone. The one caller looks the function up in its module at each call."""
    import extract_msg.utils

    extract_msg.utils.fromTimeStamp = _utc_from_timestamp


def _get(read: Callable[[], _T], default: _T) -> _T:
    """One property read; extract_msg raises many kinds of errors on damaged files."""
    try:
        return read()
    except Exception:  # a damaged property must not lose the rest of the mail
        return default


def _attr(item: object, name: str) -> Any:
    """A property of an extract_msg object, or None when reading it fails."""
    return _get(lambda: getattr(item, name), None)


def _constant(data: bytes) -> Loader:
    return lambda: data


def _open(data: bytes) -> Any:
    if len(data) < MIN_OLE_SIZE or not data.startswith(OLE_MAGIC):
        raise UnreadableFileError(IntakeCode.MSG_TOO_SHORT)
    _quiet()
    _times_in_utc()
    import extract_msg
    from extract_msg.enums import ErrorBehavior
    from extract_msg.msg_classes import MessageBase

    lenient = (ErrorBehavior.ATTACH_SUPPRESS_ALL | ErrorBehavior.RTFDE
               | ErrorBehavior.STANDARDS_VIOLATION | ErrorBehavior.NAMED_NAME_STREAM)
    try:
        msg = extract_msg.openMsg(io.BytesIO(data), strict=False, delayAttachments=True,
                                  errorBehavior=lenient)
    except Exception:  # olefile/extract_msg on garbage: many exception types
        raise UnreadableFileError(IntakeCode.MSG_DAMAGED) from None
    kind = str(_attr(msg, "classType") or "")
    if not isinstance(msg, MessageBase) or not kind.lower().startswith(_MAIL_CLASSES):
        _get(msg.close, None)
        raise UnreadableFileError(IntakeCode.MSG_NOT_MAIL,
                                  item_type=clean_line(kind or "unknown", 60))
    return msg


def _string(item: Any, stream: str) -> str:
    value = _get(lambda: item.getStringStream(stream), None)
    return value if isinstance(value, str) else ""


def _transport_headers(msg: Any, facts: EmailFacts, notes: Notes) -> None:
    text = _attr(msg, "headerText")
    if not isinstance(text, str) or not text.strip():
        notes.add(IntakeCode.MSG_NO_HEADERS)
        return
    text = text[:MAX_HEADER_CHARS]
    if text.startswith(_HEADER_PREFIX):
        text = text[len(_HEADER_PREFIX):].lstrip()
    normal = text.replace("\r\n", "\n")
    end = normal.find("\n\n")
    raw_header_block(normal if end < 0 else normal[:end], facts)
    headers = HeaderParser(policy=compat32).parsestr(text, headersonly=True)
    read_headers(headers, facts, notes)


def _recipients(msg: Any, kind: int) -> str:
    out = []
    recipients: list[object] = _get(lambda: list(msg.recipients), [])
    for recipient in recipients:
        if _attr(recipient, "type") != kind:  # RecipientType is an IntEnum
            continue
        name = str(_attr(recipient, "name") or "")
        address = str(_attr(recipient, "smtpAddress") or _attr(recipient, "email") or "")
        address = address if "@" in address else ""
        out.append(f"{name} <{address}>" if name and address else name or address)
    return ", ".join(item for item in out if item)


def _mapi_fields(msg: Any, facts: EmailFacts, notes: Notes) -> None:
    """Fields the transport headers did not give, from the MAPI properties."""
    if not facts.sender:
        name = _string(msg, "__substg1.0_0C1A") or _string(msg, "__substg1.0_0042")
        address = next((a for a in (_string(msg, "__substg1.0_5D01"),
                                    _string(msg, "__substg1.0_0C1F"),
                                    _string(msg, "__substg1.0_5D02")) if "@" in a), "")
        facts.sender = clean_line(f"{name} <{address}>" if name and address else name or address)
        facts.sender_address = first_address(address) if address else ""
        if not facts.sender:
            notes.add(IntakeCode.SENDER_UNREADABLE)
        notes.discard(IntakeCode.FROM_MISSING)
    facts.to = facts.to or clean_line(_recipients(msg, 1))
    facts.cc = facts.cc or clean_line(_recipients(msg, 2))
    subject = _string(msg, "__substg1.0_0037")
    facts.subject = clean_line(subject) if subject else facts.subject
    facts.message_id = facts.message_id or clean_line(_string(msg, "__substg1.0_1035"))
    if facts.date is None:
        for read in (lambda: msg.props.date, lambda: msg.receivedTime):
            moment = _get(read, None)
            if moment is not None and getattr(moment, "tzinfo", None) is not None:
                facts.date = moment
                notes.discard(IntakeCode.DATE_MISSING)
                break
        else:
            if not facts.date_raw:
                notes.add(IntakeCode.MSG_NO_DATE)


def _body(msg: Any, facts: EmailFacts) -> None:
    text = _attr(msg, "body")
    cut = False
    if not (isinstance(text, str) and text.strip()):
        html = _attr(msg, "htmlBody")
        if isinstance(html, bytes) and html.strip():
            text, cut = html_to_text(decode_bytes(html)[0])
            facts.body_from_html = True
    facts.body_text, cut_text = clean_text(text if isinstance(text, str) else "")
    facts.truncated = facts.truncated or cut or cut_text


def _files(msg: Any, notes: Notes) -> list[tuple[str | None, str, Loader]]:
    """(name as written, media type, loader) for each inner file, in the mail's order."""
    from extract_msg.enums import AttachmentType

    found: list[tuple[str | None, str, Loader]] = []
    attachments = _get(lambda: list(msg.attachments), None)
    if attachments is None:
        notes.add(IntakeCode.MSG_ATTACHMENTS_UNREADABLE)
        return found
    for number, attachment in enumerate(attachments, start=1):
        kind = _attr(attachment, "type")
        data = _attr(attachment, "data")
        if kind == AttachmentType.MSG and data is not None:
            title = _attr(attachment, "displayName") or _attr(data, "subject") or ""
            found.append((f"{title}.msg" if title else None, OUTLOOK_ITEM, data.exportBytes))
        elif isinstance(data, bytes):
            written = (_attr(attachment, "longFilename") or _attr(attachment, "shortFilename")
                       or _attr(attachment, "displayName"))
            declared = _string(attachment, "__substg1.0_370E")
            media = (clean_line(declared, 200).lower() if declared
                     else media_type_for(written or ""))
            found.append((written, media or OCTET_STREAM, _constant(data)))
        else:
            what = getattr(kind, "name", "unknown").lower()
            notes.add(IntakeCode.MSG_ATTACHMENT_UNREADABLE, number=number, kind=what)
    return found


def parse_msg(data: bytes) -> EmailFacts:
    notes = Notes()
    msg = _open(data)
    try:
        facts = EmailFacts()
        _transport_headers(msg, facts, notes)
        _mapi_fields(msg, facts, notes)
        _body(msg, facts)
        listed: list[InnerPart] = []
        files = _files(msg, notes)
        for index, (written, media, load) in enumerate(files[:MAX_PARTS]):
            content = _get(load, None)
            if content is None:
                notes.add(IntakeCode.INNER_UNEXPORTABLE, number=index + 1)
                content, digest = b"", ""
            else:
                digest = hashlib.sha256(content).hexdigest()
            listed.append(InnerPart(index=index, name=inner_name(written, index, media),
                                    media_type=media, size=len(content), sha256=digest))
        facts.parts = listed
        facts.parts_not_listed = max(0, len(files) - MAX_PARTS)
        facts.problems = notes.items
        return facts
    finally:
        _get(msg.close, None)


def msg_part(data: bytes, index: int) -> tuple[str, str, bytes]:
    msg = _open(data)
    try:
        files = _files(msg, Notes())
        if not 0 <= index < len(files):
            raise UnreadableFileError(IntakeCode.NO_INNER_FILE, index=index)
        written, media, load = files[index]
        content = _get(load, None)
        if content is None:
            raise UnreadableFileError(IntakeCode.INNER_NOT_EXPORTED, index=index)
        return inner_name(written, index, media), media, content
    finally:
        _get(msg.close, None)
