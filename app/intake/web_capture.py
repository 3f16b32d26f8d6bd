"""Web pages saved by a browser or an archiving tool: what the file says about the page.

Three formats, each read by hand from the bytes (no network, nothing rendered):

- MHTML ("Webseite, einzelne Datei" in Edge and Chrome): a MIME document whose headers are
  `From: <Saved by Blink>`, `Snapshot-Content-Location: <url>`, `Subject: <page title>`,
  `Date:`; Internet Explorer's variant names the page in the first part's Content-Location.
  It looks like a mail, so it is recognised before the mail reader sees it.
- SingleFile HTML: one HTML file with a comment near its top, "Page saved with SingleFile",
  "url: ...", "saved date: ...".
- WARC (ISO 28500; also .warc.gz, one gzip member per record): records of "WARC/1.x" header
  lines and a block of Content-Length bytes; the page is the first response (or resource)
  record that holds HTML, its address WARC-Target-URI, its time WARC-Date.

A WARC header parse by hand is some sixty lines; warcio would add a dependency to the sandbox
child for the same few headers (and parse more of the hostile file than needed). Every length
is bounded: the bytes read, the gzip output, the records walked, a record's header block.

The address is kept only when it is http or https, without user name and password (they would
travel into the vault and the police dossier); what was left out is said in a notice. Each
capture also gets the notice that it shows what the browser showed, not where it came from.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
import zlib
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from app.domain.evidence import WebCaptureFacts
from app.domain.notice import Notice
from app.intake.codes import IntakeCode, MailPart
from app.intake.email_headers import Notes, decode_bytes, decode_words, parse_date, unescape
from app.intake.html_text import html_to_text
from app.intake.mime_lenient import text_pieces
from app.intake.mime_scan import header_block, starts_like_headers
from app.intake.notices import notice
from app.intake.sanitize import clean_line, clean_text

MHTML, SINGLEFILE, WARC = "MHTML", "SingleFile", "WARC"
MAX_CAPTURE_BYTES = 128 * 1024 * 1024  # read of a capture; the rest is not read
MAX_GUNZIP_BYTES = 128 * 1024 * 1024
MAX_RECORDS = 100_000
MAX_RECORD_HEADER = 64 * 1024
MAX_HEADER_BYTES = 256 * 1024  # of an MHTML file's header block
SNIFF_BYTES = 64 * 1024  # where a SingleFile comment is looked for
TITLE_MAX = 300
MAX_TEXT_CHARS = 400_000

_SINGLEFILE = re.compile(rb"<!--\s*page saved with singlefile", re.IGNORECASE)
_SINGLEFILE_COMMENT = re.compile(r"<!--\s*Page saved with SingleFile\s*(.*?)-->",
                                 re.IGNORECASE | re.DOTALL)
_BLINK_FROM = re.compile(rb"(?m)^from:[ \t]*<saved by ")
_TITLE = re.compile(r"<title[^>]{0,500}>(.{0,5000}?)</title", re.IGNORECASE | re.DOTALL)
_CONTENT_LOCATION = re.compile(rb"(?im)^content-location:[ \t]*([^\r\n]{1,4000})")
_JS_DATE = re.compile(r"\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{1,2}):(\d{2}):(\d{2}) "
                      r"GMT([+-]\d{4})")
_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"), 1)}
_CHARSET = re.compile(rb"charset=[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def capture_kind(head: bytes, name: str) -> str | None:
    """MHTML, SINGLEFILE or WARC when the first bytes are such a capture, else None."""
    stripped = head.lstrip(b"\xef\xbb\xbf\r\n\t ")
    if stripped.startswith(b"WARC/"):
        return WARC
    if head[:2] == b"\x1f\x8b":
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return None
        return WARC if inner.lstrip(b"\r\n").startswith(b"WARC/") else None
    low = head.lower()
    if starts_like_headers(head):
        block = header_block(low)
        if (b"\nsnapshot-content-location:" in b"\n" + block or _BLINK_FROM.search(block)
                or (name.lower().endswith((".mht", ".mhtml"))
                    and b"multipart/related" in block)):
            return MHTML
        return None
    if _SINGLEFILE.search(low):
        return SINGLEFILE
    return None


def _safe_url(raw: str, notes: list[Notice]) -> str:
    """The address when it is http(s), without credentials; else "" and a notice why."""
    raw = clean_line(raw.strip(), 4000)
    if not raw:
        notes.append(notice(IntakeCode.WEB_CAPTURE_NO_URL))
        return ""
    try:
        parts = urlsplit(raw)
        _ = parts.port  # a port that is no number raises here
    except ValueError:
        notes.append(notice(IntakeCode.WEB_CAPTURE_NO_URL))
        return ""
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = clean_line(scheme or raw.split(":", 1)[0], 40)
        notes.append(notice(IntakeCode.WEB_CAPTURE_URL_REFUSED, scheme=shown))
        return ""
    host = parts.hostname or ""
    if not host:
        notes.append(notice(IntakeCode.WEB_CAPTURE_NO_URL))
        return ""
    netloc = parts.netloc
    if "@" in netloc:
        notes.append(notice(IntakeCode.WEB_CAPTURE_CREDENTIALS))
        netloc = netloc.rsplit("@", 1)[1]
    return clean_line(urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment)))


def _title(text: str) -> str:
    found = _TITLE.search(text[:2_000_000])
    if found is None:
        return ""
    return clean_line(" ".join(html_lib.unescape(found.group(1)).split()), TITLE_MAX)


def _page_text(html: str) -> tuple[str, bool]:
    text, cut = html_to_text(html, MAX_TEXT_CHARS)
    cleaned, cut_again = clean_text(text)
    return cleaned, cut or cut_again


def _html_charset(data: bytes, declared: str | None = None) -> str | None:
    if declared:
        return declared
    found = _CHARSET.search(data[:SNIFF_BYTES])
    return found.group(1).decode("ascii") if found else None


# -- MHTML ---------------------------------------------------------------------------------------
def _header_values(block: bytes) -> dict[str, str]:
    """Header fields by lower-case name (the first of each), unfolded, 8-bit bytes decoded."""
    text = unescape(block.decode("ascii", "surrogateescape"))
    values: dict[str, str] = {}
    for line in re.sub(r"\r?\n[ \t]+", " ", text).splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            values.setdefault(name.strip().lower(), value.strip())
    return values


def _mhtml(data: bytes, facts: WebCaptureFacts, notes: list[Notice]) -> None:
    block = header_block(data[:MAX_HEADER_BYTES])
    headers = _header_values(block)
    words = Notes()  # a broken encoded word in the title stays as written; no notice needed
    facts.title = clean_line(" ".join(decode_words(headers.get("subject", ""), words,
                                                   MailPart.SUBJECT).split()),
                             TITLE_MAX)
    facts.saved_at = parse_date(headers["date"]) if "date" in headers else None
    url = headers.get("snapshot-content-location") or headers.get("content-location", "")
    body = data[len(block):]
    if not url:  # Internet Explorer's: the first part's own address (cid: names a part)
        url = next((value for m in _CONTENT_LOCATION.finditer(body[:SNIFF_BYTES])
                    if not (value := m.group(1).decode("utf-8", "replace").strip())
                    .lower().startswith("cid:")), "")
    facts.url = _safe_url(url, notes)
    plain, html = text_pieces(body)
    facts.text, facts.truncated = clean_text("\n\n".join(html or plain)[:MAX_TEXT_CHARS])


# -- SingleFile ----------------------------------------------------------------------------------
def _js_date(value: str) -> dt.datetime | None:
    """A JavaScript Date.toString() ("Fri Mar 14 2025 10:00:00 GMT+0100 (...)"), or ISO 8601."""
    found = _JS_DATE.search(value)
    if found is not None:
        month = _MONTHS.get(found.group(1).lower())
        zone = found.group(7)
        try:
            offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
            return dt.datetime(int(found.group(3)), month or 0, int(found.group(2)),
                               int(found.group(4)), int(found.group(5)), int(found.group(6)),
                               tzinfo=dt.timezone(-offset if zone[0] == "-" else offset))
        except (ValueError, TypeError):
            return None
    try:
        moment = dt.datetime.fromisoformat(value.strip()[:40])
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _singlefile(data: bytes, facts: WebCaptureFacts, notes: list[Notice]) -> None:
    text, _known = decode_bytes(data, _html_charset(data))
    comment = _SINGLEFILE_COMMENT.search(text[:SNIFF_BYTES])
    url = ""
    if comment is not None:
        for line in comment.group(1).splitlines():
            key, sep, value = line.strip().partition(":")
            key = key.strip().lower()
            if sep and key == "url" and not url:
                url = value.strip()
            elif sep and key == "saved date" and facts.saved_at is None:
                facts.saved_at = _js_date(value)
    facts.url = _safe_url(url, notes)
    facts.title = _title(text)
    facts.text, facts.truncated = _page_text(text)


# -- WARC ----------------------------------------------------------------------------------------
def gunzip(data: bytes, limit: int = MAX_GUNZIP_BYTES) -> tuple[bytes, bool]:
    """All gzip members one after the other, at most `limit` bytes; (bytes, cut or damaged)."""
    out: list[bytes] = []
    size = 0
    while data:
        stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = stream.decompress(data, limit - size)
        except zlib.error:
            return b"".join(out), True
        out.append(chunk)
        size += len(chunk)
        if size >= limit or not stream.eof:
            return b"".join(out), True
        data = stream.unused_data.lstrip(b"\x00")
    return b"".join(out), False


def _fields(block: bytes) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in block.split(b"\n")[1:]:
        name, sep, value = line.partition(b":")
        if sep:
            values.setdefault(name.strip().lower().decode("latin-1"),
                              value.strip().decode("utf-8", "replace"))
    return values


def _records(data: bytes) -> Iterator[tuple[dict[str, str], bytes]]:
    """(header fields, block) of each record; a cut-off last record gives what it has."""
    pos, count = 0, 0
    while count < MAX_RECORDS:
        while data.startswith((b"\r\n", b"\n"), pos):
            pos += 2 if data.startswith(b"\r\n", pos) else 1
        if not data.startswith(b"WARC/", pos):
            return
        count += 1
        # The header's end, searched no further than needed: looking for a bare "\n\n" across
        # the whole 64 KiB window of every record made 300,000 empty records take 10 s.
        stop = pos + MAX_RECORD_HEADER
        crlf = data.find(b"\r\n\r\n", pos, stop)
        lf = data.find(b"\n\n", pos, crlf if crlf >= 0 else stop)
        if crlf < 0 and lf < 0:
            yield _fields(data[pos:stop]), b""
            return
        end, size = (lf - pos, 2) if lf >= 0 else (crlf - pos, 4)
        fields = _fields(data[pos:pos + end])
        length_text = fields.get("content-length", "0").strip()
        length = int(length_text) if length_text.isdigit() and len(length_text) < 16 else 0
        start = pos + end + size
        yield fields, data[start:start + length]
        pos = start + length


def _unchunk(body: bytes) -> bytes:
    out: list[bytes] = []
    pos = 0
    while pos < len(body):
        line_end = body.find(b"\n", pos)
        if line_end < 0:
            break
        size_text = body[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            break
        if size <= 0:
            break
        out.append(body[line_end + 1:line_end + 1 + size])
        pos = line_end + 1 + size
        pos += 2 if body.startswith(b"\r\n", pos) else (1 if body.startswith(b"\n", pos) else 0)
    return b"".join(out)


def _http_page(block: bytes) -> tuple[bytes, str | None] | None:
    """(HTML bytes, declared charset) of an HTTP response that holds HTML, else None."""
    ends = [(at, len(sep)) for sep in (b"\r\n\r\n", b"\n\n")
            if (at := block.find(sep, 0, MAX_RECORD_HEADER)) >= 0]
    if not block.startswith(b"HTTP/") or not ends:
        return None
    end, size = min(ends)
    fields = _fields(block[:end])
    body = block[end + size:]
    return _html_body(body, fields)


def _html_body(body: bytes, fields: dict[str, str]) -> tuple[bytes, str | None] | None:
    content_type = fields.get("content-type", "").lower()
    if "html" not in content_type:
        return None
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = _unchunk(body)
    encoding = fields.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip"):
        body = gunzip(body, MAX_TEXT_CHARS * 20)[0]
    elif encoding == "deflate":
        try:
            body = zlib.decompressobj().decompress(body, MAX_TEXT_CHARS * 20)
        except zlib.error:
            body = b""
    elif encoding not in ("", "identity"):
        body = b""  # brotli and others: no decoder here
    found = _CHARSET.search(content_type.encode("latin-1", "replace"))
    return body, found.group(1).decode("ascii") if found else None


def _warc(data: bytes, facts: WebCaptureFacts, notes: list[Notice]) -> None:
    if data[:2] == b"\x1f\x8b":
        data, cut = gunzip(data)
        facts.truncated = facts.truncated or cut
    first: dict[str, str] | None = None
    page: tuple[dict[str, str], bytes, str | None] | None = None
    for fields, block in _records(data):
        kind = fields.get("warc-type", "").lower()
        if kind not in ("response", "resource") or not fields.get("warc-target-uri"):
            continue
        first = first or fields
        found = _http_page(block) if kind == "response" else _html_body(block, fields)
        if found is not None:
            page = (fields, *found)
            break
    chosen = page[0] if page is not None else first
    if chosen is None:
        notes.append(notice(IntakeCode.WEB_CAPTURE_NO_URL))
        return
    facts.url = _safe_url(chosen.get("warc-target-uri", "").strip("<> "), notes)
    raw_date = chosen.get("warc-date", "")
    facts.saved_at = _js_date(raw_date) if raw_date else None
    if page is not None:
        text, _known = decode_bytes(page[1], _html_charset(page[1], page[2]))
        facts.title = _title(text)
        facts.text, cut = _page_text(text)
        facts.truncated = facts.truncated or cut


def read_capture(data: bytes, kind: str, cut: bool = False) -> tuple[WebCaptureFacts,
                                                                   list[Notice]]:
    """The facts of a capture of `kind` (from capture_kind); `cut` when only the first bytes
    of the file were read. Never raises for the content: what it cannot read stays empty."""
    facts = WebCaptureFacts(format=kind, truncated=cut)
    notes: list[Notice] = [notice(IntakeCode.WEB_CAPTURE)]
    reader = {MHTML: _mhtml, SINGLEFILE: _singlefile, WARC: _warc}[kind]
    try:
        reader(data, facts, notes)
    except (ValueError, OverflowError, LookupError, zlib.error):  # what was read stays
        facts.truncated = True
    if facts.saved_at is not None and facts.saved_at.tzinfo is None:
        facts.saved_at = facts.saved_at.replace(tzinfo=dt.UTC)
    return facts, notes
