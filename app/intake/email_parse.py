"""E-mail evidence (.eml and Outlook .msg): the facts police ask for, read from the bytes.

Pure functions, bytes in: no file or network access, no subprocess. The intake sandbox calls
them in a child process with a time limit; they raise only UnreadableFileError (with its code)
when the bytes are not an e-mail at all. Everything else that cannot be read ends up in
EmailFacts.problems (as notices) while the rest is still returned.

Modules: eml_parse (RFC 5322 / MIME), msg_parse (Outlook via extract_msg), email_headers
(guarded header decoding for both), mime_scan (caps before the stdlib parser), html_text
(HTML bodies to text), part_names (inner file names and media types).
"""

from __future__ import annotations

import logging

from app.domain.evidence import EmailFacts
from app.intake.codes import IntakeCode
from app.intake.errors import UnreadableFileError
from app.intake.mime_scan import starts_like_headers
from app.intake.msg_parse import OLE_MAGIC

log = logging.getLogger(__name__)

EMAIL_EXTENSIONS = (".eml", ".msg")
_MSG_MARKERS = ("__substg1.0_".encode("utf-16-le"), "__properties_version1.0".encode("utf-16-le"))


def _is_ole(data: bytes) -> bool:
    return data[:8] == OLE_MAGIC


def is_email(data_head: bytes, name: str) -> bool:
    """Cheap sniff for the dispatcher: a mail file by its name, its OLE2 directory or its first
    header line. parse_email then decides for good (with a clear message if it is not)."""
    if name.lower().endswith(EMAIL_EXTENSIONS):
        return True
    if _is_ole(data_head):
        return any(marker in data_head for marker in _MSG_MARKERS)
    return starts_like_headers(data_head) and b":" in data_head[:1000] and (
        b"\nsubject:" in data_head.lower() or b"\nreceived:" in data_head.lower()
        or data_head[:5].lower() in (b"from:", b"recei", b"retur", b"deliv", b"x-mai"))


def parse_email(data: bytes, name: str) -> EmailFacts:
    """Headers, body text and inner files of an .eml or .msg (told apart by content)."""
    if not data:
        raise UnreadableFileError(IntakeCode.EMPTY_FILE)
    from app.intake.eml_parse import parse_eml
    from app.intake.msg_parse import parse_msg

    try:
        return parse_msg(data) if _is_ole(data) else parse_eml(data)
    except UnreadableFileError:
        raise
    except Exception as exc:  # a reader bug must still end in a code, not a traceback
        log.error("e-mail reader failed: %s", type(exc).__name__)
        raise UnreadableFileError(IntakeCode.EMAIL_READER_FAILED,
                                  error=type(exc).__name__) from None


def email_inner_part(data: bytes, name: str, index: int) -> tuple[str, str, bytes]:
    """(sanitised file name, media type, decoded bytes) of inner file `index`, as numbered in
    EmailFacts.parts; UnreadableFileError if there is no such file."""
    if not data:
        raise UnreadableFileError(IntakeCode.EMPTY_FILE)
    from app.intake.eml_parse import eml_part
    from app.intake.msg_parse import msg_part

    try:
        return msg_part(data, index) if _is_ole(data) else eml_part(data, index)
    except UnreadableFileError:
        raise
    except Exception as exc:  # see parse_email
        log.error("e-mail reader failed: %s", type(exc).__name__)
        raise UnreadableFileError(IntakeCode.INNER_READER_FAILED,
                                  error=type(exc).__name__) from None
