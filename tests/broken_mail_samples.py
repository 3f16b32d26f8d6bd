"""Mails with a broken MIME structure, made by code: each variant hides the same German
sentence (TEXT) somewhere a lenient reader can still find it.

`broken_mails()` maps a variant's name to its bytes. The kinds are the ones real hate mail
shows (hand-written by scripts or mangled on the way): boundaries missing, wrong or in another
case, no closing delimiter, wrong nesting, cut-off files, base64 that is cut, has a character
too many or too few, is not base64 at all, quoted-printable with bad escapes, charsets nobody
knows, parts without a blank line after their headers, a MIME body under a header block that
declares no multipart.
"""

from __future__ import annotations

import base64
import quopri
from collections.abc import Callable

CRLF = b"\r\n"
TEXT = "Wir kommen morgen zum Rathaus, Frau Bürgermeisterin. Sie wissen, was dann passiert."
HTML_TEXT = "Ihr Amt ist bald vorbei; wir kennen Ihre Adresse in der Lindenstraße."
HTML = f"<html><body><p>{HTML_TEXT}</p><script>alert('SCRIPT')</script></body></html>"
TOP = (b"From: Hetzer <hetzer@example.org>\r\nTo: amt@gemeinde.example\r\n"
       b"Subject: Warnung\r\nDate: Mon, 3 Mar 2025 14:05:00 +0100\r\nMIME-Version: 1.0\r\n")
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", CRLF)


def _qp(text: str) -> bytes:
    return quopri.encodestring(text.encode("utf-8")).replace(b"\n", CRLF)


def _text_part(cte: bytes = b"8bit", body: bytes | None = None,
               ctype: bytes = b"text/plain; charset=utf-8") -> bytes:
    content = TEXT.encode("utf-8") + CRLF if body is None else body
    return (b"Content-Type: " + ctype + CRLF + b"Content-Transfer-Encoding: " + cte + CRLF
            + CRLF + content)


def _pdf_part() -> bytes:
    return (b"Content-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: "
            b"base64\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n\r\n"
            + _b64(PDF))


def _multipart(ctype: bytes, used: bytes, parts: list[bytes], close: bool = True,
               preamble: bytes = b"This is a multi-part message in MIME format.\r\n") -> bytes:
    body = preamble + b"".join(b"--" + used + CRLF + part + CRLF for part in parts)
    if close:
        body += b"--" + used + b"--" + CRLF
    return TOP + b"Content-Type: " + ctype + CRLF + CRLF + body


def _mixed(parts: list[bytes], declared: bytes = b'multipart/mixed; boundary="b1"',
           used: bytes = b"b1", close: bool = True) -> bytes:
    return _multipart(declared, used, parts, close)


def _no_boundary() -> bytes:
    return _mixed([_text_part(), _pdf_part()], declared=b"multipart/mixed")


def _empty_boundary() -> bytes:
    return _mixed([_text_part(), _pdf_part()], declared=b'multipart/mixed; boundary=""')


def _wrong_boundary() -> bytes:
    return _mixed([_text_part(), _pdf_part()], declared=b'multipart/mixed; boundary="AAA"',
                  used=b"BBB")


def _boundary_case() -> bytes:
    return _mixed([_text_part(), _pdf_part()], declared=b'multipart/mixed; boundary="Abc"',
                  used=b"abc")


def _unterminated_quote() -> bytes:
    return _mixed([_text_part(), _pdf_part()], declared=b'multipart/mixed; boundary="b1')


def _no_close() -> bytes:
    return _mixed([_text_part(b"base64", _b64(TEXT.encode()))], close=False)


def _truncated_in_text() -> bytes:
    whole = _mixed([_text_part(), _pdf_part()])
    return whole[:whole.index(b"passiert") + 8]


def _truncated_in_base64() -> bytes:
    whole = _mixed([_text_part(b"base64", _b64(TEXT.encode() * 3)), _pdf_part()])
    return whole[:whole.index(b"Content-Type: application/pdf") - 40]


def _base64_length() -> bytes:
    encoded = bytearray(_b64(TEXT.encode("utf-8") * 2))
    del encoded[len(encoded) // 2]  # one character fewer: no longer a multiple of four
    return _mixed([_text_part(b"base64", bytes(encoded)), _pdf_part()])


def _base64_garbage() -> bytes:
    encoded = _b64(TEXT.encode("utf-8"))
    return _mixed([_text_part(b"base64", encoded[:20] + b"!*%" + encoded[20:]), _pdf_part()])


def _base64_not_base64() -> bytes:
    return _mixed([_text_part(b"base64"), _pdf_part()])


def _base64_single_part() -> bytes:
    encoded = bytearray(_b64(TEXT.encode("utf-8")))
    del encoded[7]
    return (TOP + b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + bytes(encoded))


def _broken_qp() -> bytes:
    body = b"=ZZ=\r\n" + _qp(TEXT) + b"=4"
    return _mixed([_text_part(b"quoted-printable", body), _pdf_part()])


def _unknown_charset() -> bytes:
    return _mixed([_text_part(ctype=b"text/plain; charset=x-klingon-8"), _pdf_part()])


def _unknown_cte() -> bytes:
    return _mixed([_text_part(b"x-rot13-binary"), _pdf_part()])


def _same_boundary_nested() -> bytes:
    inner = (b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\n'
             + _text_part() + b"\r\n--b1\r\n" + _text_part(b"8bit", HTML.encode(), b"text/html")
             + b"\r\n--b1--\r\n")
    return _mixed([inner, _pdf_part()])


def _inner_no_boundary() -> bytes:
    inner = (b"Content-Type: multipart/alternative\r\n\r\n--b2\r\n" + _text_part()
             + b"\r\n--b2\r\n" + _text_part(b"8bit", HTML.encode(), b"text/html")
             + b"\r\n--b2--\r\n")
    return _mixed([inner, _pdf_part()])


def _html_no_boundary() -> bytes:
    return _mixed([_text_part(b"quoted-printable", _qp(HTML), b"text/html; charset=utf-8"),
                   _pdf_part()], declared=b"multipart/alternative")


def _no_content_type() -> bytes:
    whole = _mixed([_text_part(b"base64", _b64(TEXT.encode())), _pdf_part()])
    return whole.replace(b'Content-Type: multipart/mixed; boundary="b1"\r\n', b"")


def _text_declared_at_top() -> bytes:
    whole = _mixed([_text_part(b"base64", _b64(TEXT.encode())), _pdf_part()])
    return whole.replace(b'multipart/mixed; boundary="b1"', b"text/plain")


def _no_blank_after_part_headers() -> bytes:
    part = b"Content-Type: text/plain; charset=utf-8\r\n" + TEXT.encode() + CRLF
    return _mixed([part, _pdf_part()])


def _two_content_types() -> bytes:
    whole = _mixed([_text_part(b"base64", _b64(TEXT.encode())), _pdf_part()])
    return whole.replace(b"Content-Type: multipart/mixed;",
                         b"Content-Type: multipart/mixed\r\nContent-Type: multipart/mixed;", 1)


def _lf_only_broken() -> bytes:
    return _wrong_boundary().replace(CRLF, b"\n")


def _nul_bytes() -> bytes:
    return _mixed([_text_part(body=b"\x00\x00" + TEXT.encode() + b"\x00\r\n"), _pdf_part()],
                  declared=b"multipart/mixed")


def _mixed_up_charset_base64() -> bytes:
    encoded = bytearray(_b64(TEXT.encode("latin-1")))
    del encoded[3]
    return _mixed([_text_part(b"base64", bytes(encoded), b"text/plain; charset=unknown-8bit")],
                  declared=b'multipart/mixed; boundary="AAA"')


VARIANTS: dict[str, Callable[[], bytes]] = {
    "no_boundary": _no_boundary,
    "empty_boundary": _empty_boundary,
    "wrong_boundary": _wrong_boundary,
    "boundary_case": _boundary_case,
    "unterminated_quote": _unterminated_quote,
    "no_close": _no_close,
    "truncated_in_text": _truncated_in_text,
    "truncated_in_base64": _truncated_in_base64,
    "base64_length": _base64_length,
    "base64_garbage": _base64_garbage,
    "base64_not_base64": _base64_not_base64,
    "base64_single_part": _base64_single_part,
    "broken_qp": _broken_qp,
    "unknown_charset": _unknown_charset,
    "unknown_cte": _unknown_cte,
    "same_boundary_nested": _same_boundary_nested,
    "inner_no_boundary": _inner_no_boundary,
    "html_no_boundary": _html_no_boundary,
    "no_content_type": _no_content_type,
    "text_declared_at_top": _text_declared_at_top,
    "no_blank_after_part_headers": _no_blank_after_part_headers,
    "two_content_types": _two_content_types,
    "lf_only_broken": _lf_only_broken,
    "nul_bytes": _nul_bytes,
    "mixed_up_charset_base64": _mixed_up_charset_base64,
}
# Where the text is HTML, the words that must come out (and what must not).
HTML_VARIANTS = frozenset({"html_no_boundary"})


def broken_mails() -> dict[str, bytes]:
    return {name: make() for name, make in VARIANTS.items()}


def expected_text(name: str) -> str:
    return HTML_TEXT if name in HTML_VARIANTS else TEXT
