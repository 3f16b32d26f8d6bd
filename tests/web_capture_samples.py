"""Saved web pages made by code, laid out as the tools write them: MHTML as Chrome and Edge
save it ("Webseite, einzelne Datei", Blink's headers, multipart/related, the page as
quoted-printable HTML), SingleFile HTML (its comment after the <html> tag) and WARC 1.0
(warcinfo, request, response records; plain or one gzip member per record)."""

from __future__ import annotations

import gzip
import quopri

URL = "https://www.facebook.com/gemeinde.beispiel/posts/4711?comment_id=42"
TITLE = "Gemeinde Beispiel – Beiträge | Facebook"
PAGE_TEXT = "Die Bürgermeisterin gehört an den Pranger."
HTML = (f"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{TITLE}"
        f"</title><script>var x = 'SCRIPT';</script></head><body><div><p>{PAGE_TEXT}</p>"
        f"</div></body></html>")


def mhtml(url: str | None = URL, title: str = TITLE, extra_headers: bytes = b"",
          date: str = "Fri, 14 Mar 2025 09:41:07 -0000") -> bytes:
    encoded_title = "=?utf-8?Q?" + quopri.encodestring(title.encode(), header=True).decode() \
        + "?="
    location = b"" if url is None else f"Snapshot-Content-Location: {url}\r\n".encode()
    page = quopri.encodestring(HTML.encode()).replace(b"\n", b"\r\n")
    return (b"From: <Saved by Blink>\r\n" + location
            + f"Subject: {encoded_title}\r\nDate: {date}\r\n".encode() + extra_headers
            + b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            b"\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n"
            b"------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\n"
            b"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            + (b"" if url is None else f"Content-Location: {url}\r\n".encode()) + b"\r\n"
            + page + b"\r\n------MultipartBoundary--abc123----\r\nContent-Type: text/css\r\n"
            b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1\r\n\r\n"
            b"p { color: red; }\r\n------MultipartBoundary--abc123------\r\n")


def singlefile(url: str | None = URL,
               saved: str = "Fri Mar 14 2025 10:41:07 GMT+0100 (Mitteleuropäische Normalzeit)",
               html_attrs: str = "lang=\"de\"") -> bytes:
    lines = [" Page saved with SingleFile "]
    if url is not None:
        lines.append(f" url: {url} ")
    lines.append(f" saved date: {saved}")
    comment = "<!--\n" + "\n".join(lines) + "\n-->"
    return HTML.replace("<html lang=\"de\">", f"<html {html_attrs}>{comment}").encode("utf-8")


def _record(kind: str, fields: dict[str, str], block: bytes) -> bytes:
    head = ["WARC/1.0", f"WARC-Type: {kind}", *(f"{k}: {v}" for k, v in fields.items()),
            f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def warc_records(url: str = URL, date: str = "2025-03-14T09:41:07Z",
                 http: bytes | None = None) -> list[bytes]:
    body = HTML.encode("utf-8")
    response = http if http is not None else (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    base = {"WARC-Date": date, "WARC-Record-ID": "<urn:uuid:1>"}
    return [
        _record("warcinfo", {**base, "Content-Type": "application/warc-fields"},
                b"software: Webrecorder\r\nformat: WARC File Format 1.0\r\n"),
        _record("request", {**base, "WARC-Target-URI": url,
                            "Content-Type": "application/http; msgtype=request"},
                b"GET / HTTP/1.1\r\nHost: www.facebook.com\r\n\r\n"),
        _record("response", {**base, "WARC-Target-URI": url,
                              "Content-Type": "application/http; msgtype=response"}, response),
    ]


def warc(url: str = URL, gz: bool = False, http: bytes | None = None) -> bytes:
    records = warc_records(url, http=http)
    if gz:
        return b"".join(gzip.compress(r, mtime=0) for r in records)
    return b"".join(records)
