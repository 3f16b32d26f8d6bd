"""Password protection of a finished PDF: AES-256, PDF standard security handler revision 6.

ISO 32000-2 (7.6.4.3.3) says a revision-6 password is the user's Unicode text processed with
SASLprep (RFC 4013), encoded as UTF-8 and cut after 127 bytes. qpdf (under pikepdf) takes the
UTF-8 bytes as given and does no SASLprep, while Acrobat and other readers prepare what the
reader types. So the password is prepared here, before it goes to pikepdf: what a reader types
then opens the file in both kinds of program (when the typed text needs no preparing, the
usual case, both forms are the same). A password that SASLprep forbids (control characters,
private-use characters, mixed right-to-left and left-to-right text), one that prepares to
nothing, or one longer than the 127 bytes a reader would look at, is refused (an ExportError
with its code) instead of being cut or changed silently: a cut password would open with a
shorter one.
"""

from __future__ import annotations

import secrets
import stringprep
import unicodedata
from collections.abc import Callable
from typing import BinaryIO

import pikepdf

from export.errors import ExportCode, ExportError

MAX_PASSWORD_BYTES = 127  # what a revision-6 reader uses of the UTF-8 password
MAX_PASSWORD_CHARS = 127

# RFC 4013, section 2.3 (tables of RFC 3454): what may not appear after preparing.
_PROHIBITED: tuple[Callable[[str], bool], ...] = (
    stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3,
    stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
    stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9,
)


def saslprep(text: str) -> str:
    """RFC 4013 for a query string (unassigned code points, e.g. newer emoji, stay allowed:
    the reader's side prepares typed text the same way). Raises ValueError naming the
    problem."""
    mapped = "".join(
        " " if stringprep.in_table_c12(c) else c
        for c in text if not stringprep.in_table_b1(c)
    )
    prepared = unicodedata.normalize("NFKC", mapped)
    for char in prepared:
        if any(check(char) for check in _PROHIBITED):
            raise ValueError(f"U+{ord(char):04X}")
    rtl = [stringprep.in_table_d1(c) for c in prepared]
    if any(rtl):
        if any(stringprep.in_table_d2(c) for c in prepared):
            raise ValueError("bidi")
        if not (rtl[0] and rtl[-1]):
            raise ValueError("bidi")
    return prepared


def prepare_password(password: str) -> str:
    """The form of `password` that goes into the PDF, or ExportError saying what is wrong."""
    if not password:
        raise ExportError(ExportCode.PASSWORD_EMPTY)
    if len(password) > MAX_PASSWORD_CHARS:
        raise ExportError(ExportCode.PASSWORD_TOO_LONG, limit=MAX_PASSWORD_CHARS)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in password):
        raise ExportError(ExportCode.PASSWORD_NOT_TEXT)
    try:
        prepared = saslprep(password)
    except ValueError as exc:
        if str(exc) == "bidi":
            raise ExportError(ExportCode.PASSWORD_BIDI) from None
        raise ExportError(ExportCode.PASSWORD_CHARACTER, char=str(exc)) from None
    if not prepared.strip():
        raise ExportError(ExportCode.PASSWORD_BLANK)
    if len(prepared.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise ExportError(ExportCode.PASSWORD_TOO_MANY_BYTES, limit=MAX_PASSWORD_BYTES)
    return prepared


def encryption(password: str) -> pikepdf.Encryption:
    """AES-256 (R6) with the prepared password for opening; the owner password is random and
    known to nobody. Readers may print, copy text and use screen readers (police must quote
    it in their files); changing the document is not permitted."""
    user = prepare_password(password)
    allow = pikepdf.Permissions(
        accessibility=True, extract=True, print_lowres=True, print_highres=True,
        modify_annotation=False, modify_assembly=False, modify_form=False, modify_other=False)
    return pikepdf.Encryption(owner=secrets.token_urlsafe(32), user=user, R=6, aes=True,
                              metadata=True, allow=allow)


def protect_pdf(source: BinaryIO, sink: BinaryIO, password: str) -> None:
    """Write `source` (an unencrypted PDF) to `sink`, encrypted. The caller checked the
    password with prepare_password before building the PDF; this checks again."""
    settings = encryption(password)
    with pikepdf.open(source) as pdf:
        pdf.save(sink, encryption=settings,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
