"""E-mail samples (.eml, Outlook .msg) made by the tests themselves: functions returning bytes.

.eml files are written out byte by byte (so the tests know exactly what is in them). Outlook
.msg files are real OLE2/CFB compound files: the MAPI property streams of [MS-OXMSG] are laid
out here and written with extract_msg's own CFB writer (extract_msg.ole_writer.OleWriter,
[MS-CFB] version 3), then read back by the product through extract_msg/olefile.
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from extract_msg.ole_writer import OleWriter

CRLF = b"\r\n"

# ---------------------------------------------------------------------------------- .eml

PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HATE_HTML = (
    "<html><head><title>Betreff intern</title>"
    "<style>p { color: red } .x::after { content: 'STYLE-TEXT' }</style>"
    "<script>alert('SCRIPT-TEXT')</script></head>"
    "<body><p>Sehr geehrte Frau B&uuml;rgermeisterin,</p>"
    "<p>wir wissen, wo Sie wohnen. Gr\u00fc\u00dfe aus M\u00fcnchen &amp; Umgebung.</p>"
    "<img src=\"http://tracker.example.net/pixel.gif?id=4711\" width=\"1\" height=\"1\">"
    "<p>Mehr unter <a href=\"https://hetze.example.org/liste?a=1&amp;b=2\">unserer Liste</a>."
    "</p><script type=\"text/javascript\">document.write('SCRIPT-TWO')</script></body></html>"
)


def header(name: str, value: str) -> bytes:
    return f"{name}: {value}".encode() + CRLF


def german_hate_mail() -> bytes:
    """multipart/mixed: an HTML-only multipart/alternative (quoted-printable, UTF-8) and a
    base64 PDF whose name is RFC 2231 encoded; encoded words in From and Subject."""
    html_qp = quopri.encodestring(HATE_HTML.encode("utf-8")).replace(b"\n", CRLF)
    pdf_b64 = base64.encodebytes(PDF_BYTES).replace(b"\n", CRLF)
    return b"".join([
        b"Return-Path: <juergen.mueller@example.org>", CRLF,
        b"Received: from mail.example.org (mail.example.org [192.0.2.10])", CRLF,
        b"\tby mx.gemeinde-beispiel.de with ESMTPS id 4711; Tue, 14 Jan 2025 21:47:05 +0100",
        CRLF,
        b"Received: from [198.51.100.7] by mail.example.org; Tue, 14 Jan 2025 21:47:04 +0100",
        CRLF,
        header("From", "=?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@Example.ORG>"),
        header("To", "=?iso-8859-1?Q?B=FCrgermeisterin_Schmidt?= <buergermeisterin@gemeinde"
                     "-beispiel.de>"),
        header("Cc", "presse@example.com"),
        header("Date", "Tue, 14 Jan 2025 21:47:03 +0100"),
        header("Subject", "=?utf-8?B?"
               + base64.b64encode("Sie werden es bereuen, Frau Bürgermeisterin".encode())
               .decode() + "?="),
        header("Message-ID", "<20250114214703.4711@mail.example.org>"),
        header("MIME-Version", "1.0"),
        header("Content-Type", 'multipart/mixed; boundary="==mixed=="'),
        CRLF,
        b"This is a multi-part message in MIME format.", CRLF,
        b"--==mixed==", CRLF,
        header("Content-Type", 'multipart/alternative; boundary="==alt=="'),
        CRLF,
        b"--==alt==", CRLF,
        header("Content-Type", "text/html; charset=utf-8"),
        header("Content-Transfer-Encoding", "quoted-printable"),
        CRLF, html_qp, CRLF,
        b"--==alt==--", CRLF,
        b"--==mixed==", CRLF,
        header("Content-Type", "application/pdf"),
        header("Content-Disposition", "attachment; filename*=utf-8''Flugblatt%20M%C3%BCller.pdf"),
        header("Content-Transfer-Encoding", "base64"),
        CRLF, pdf_b64,
        b"--==mixed==--", CRLF,
    ])


def simple_mail(headers: Sequence[tuple[str, bytes | str]], body: bytes = b"Hallo.\r\n",
                content_type: str = "text/plain; charset=utf-8") -> bytes:
    """One text part; header values given as bytes are written as they are (8-bit)."""
    lines = [name.encode() + b": " + (value if isinstance(value, bytes) else value.encode())
             + CRLF for name, value in headers]
    return b"".join([*lines, header("Content-Type", content_type), CRLF, body])


def mail_with_attachment(disposition: str, content_type: str = "application/octet-stream",
                         content: bytes = b"MZ\x90\x00evil") -> bytes:
    """A text body and one base64 attachment with the given Content-Disposition value."""
    return b"".join([
        header("From", "a@example.org"), header("Subject", "Anhang"),
        header("Content-Type", 'multipart/mixed; boundary="b"'), CRLF,
        b"--b", CRLF, header("Content-Type", "text/plain"), CRLF, b"Siehe Anhang.", CRLF,
        b"--b", CRLF, header("Content-Type", content_type),
        header("Content-Disposition", disposition),
        header("Content-Transfer-Encoding", "base64"), CRLF,
        base64.encodebytes(content).replace(b"\n", CRLF), b"--b--", CRLF,
    ])


def nested_mail(depth: int, attachment_at_bottom: bool = True) -> bytes:
    """`depth` multiparts inside each other; level i holds the text "Ebene i" first."""
    out = [header("From", "tief@example.org"), header("Subject", "Tief"),
           header("Date", "Wed, 15 Jan 2025 08:00:00 +0100")]
    for level in range(depth):
        out += [header("Content-Type", f'multipart/mixed; boundary="b{level}"'), CRLF,
                f"--b{level}".encode(), CRLF, header("Content-Type", "text/plain"), CRLF,
                f"Ebene {level}".encode(), CRLF, f"--b{level}".encode(), CRLF]
    if attachment_at_bottom:
        out += [header("Content-Type", "application/octet-stream"),
                header("Content-Disposition", 'attachment; filename="grund.bin"'), CRLF,
                b"ganz unten", CRLF]
    else:
        out += [header("Content-Type", "text/plain"), CRLF, b"ganz unten", CRLF]
    out += [f"--b{level}--".encode() + CRLF for level in reversed(range(depth))]
    return b"".join(out)


def many_parts_mail(count: int) -> bytes:
    out = [header("From", "viele@example.org"), header("Subject", "Viele"),
           header("Content-Type", 'multipart/mixed; boundary="p"'), CRLF]
    for number in range(count):
        out += [b"--p", CRLF, header("Content-Type", "application/octet-stream"),
                header("Content-Disposition", f'attachment; filename="f{number}.bin"'), CRLF,
                f"teil {number}".encode(), CRLF]
    return b"".join([*out, b"--p--", CRLF])


# ---------------------------------------------------------------------------------- .msg

PT_LONG, PT_BOOLEAN, PT_OBJECT, PT_UNICODE, PT_SYSTIME, PT_BINARY = (
    0x0003, 0x000B, 0x000D, 0x001F, 0x0040, 0x0102)
FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
PropValue = str | bytes | int | dt.datetime


def _filetime(moment: dt.datetime) -> int:
    return (moment - FILETIME_EPOCH) // dt.timedelta(microseconds=1) * 10


@dataclass
class MsgAttachment:
    name: str
    data: bytes = b""
    mime: str = ""
    embedded: MsgSpec | None = None  # an attached Outlook item instead of `data`
    method: int | None = None  # PR_ATTACH_METHOD; None: 1 (by value) or 5 (embedded); 0: left out


@dataclass
class MsgSpec:
    """What goes into a sample .msg; None leaves a property out."""

    subject: str | None = "Drohung"
    sender_name: str | None = "Jürgen Müller"
    sender_smtp: str | None = "juergen.mueller@example.org"
    submit_time: dt.datetime | None = dt.datetime(2025, 1, 14, 20, 47, 3, tzinfo=dt.UTC)
    transport_headers: str | None = None
    body: str | None = "Wir wissen, wo Sie wohnen."
    html: bytes | None = None
    message_id: str | None = "<msg-4711@example.org>"
    recipients: list[tuple[int, str, str]] = field(default_factory=list)  # (1 To/2 Cc, name, smtp)
    attachments: list[MsgAttachment] = field(default_factory=list)
    message_class: str = "IPM.Note"


def _property_streams(props: list[tuple[int, int, PropValue]], header: bytes
                      ) -> dict[str, bytes]:
    """The __properties_version1.0 stream and the __substg1.0_ streams of one object."""
    table = [header]
    streams: dict[str, bytes] = {}
    for prop_id, kind, value in props:
        tag = (prop_id << 16) | kind
        if kind == PT_UNICODE:
            assert isinstance(value, str)
            raw = value.encode("utf-16-le")
            streams[f"__substg1.0_{tag:08X}"] = raw
            table.append(struct.pack("<IIII", tag, 6, len(raw) + 2, 0))
        elif kind == PT_BINARY:
            assert isinstance(value, bytes)
            streams[f"__substg1.0_{tag:08X}"] = value
            table.append(struct.pack("<IIII", tag, 6, len(value), 0))
        elif kind == PT_SYSTIME:
            assert isinstance(value, dt.datetime)
            table.append(struct.pack("<IIQ", tag, 6, _filetime(value)))
        elif kind == PT_OBJECT:
            table.append(struct.pack("<IIII", tag, 6, 0xFFFFFFFF, 0))
        else:
            assert isinstance(value, int)
            table.append(struct.pack("<IIII", tag, 6, value, 0))
    streams["__properties_version1.0"] = b"".join(table)
    return streams


def _message_props(spec: MsgSpec) -> list[tuple[int, int, PropValue]]:
    props: list[tuple[int, int, PropValue]] = [
        (0x001A, PT_UNICODE, spec.message_class), (0x340D, PT_LONG, 0x00040000),
        (0x0E07, PT_LONG, 0x1)]  # store supports Unicode; message flags: read, not unsent
    optional: list[tuple[int, int, PropValue | None]] = [
        (0x0037, PT_UNICODE, spec.subject), (0x0C1A, PT_UNICODE, spec.sender_name),
        (0x5D01, PT_UNICODE, spec.sender_smtp), (0x0039, PT_SYSTIME, spec.submit_time),
        (0x007D, PT_UNICODE, spec.transport_headers), (0x1000, PT_UNICODE, spec.body),
        (0x1013, PT_BINARY, spec.html), (0x1035, PT_UNICODE, spec.message_id)]
    props += [(pid, kind, value) for pid, kind, value in optional if value is not None]
    return props


def _add_message(writer: OleWriter, base: str, spec: MsgSpec, embedded: bool) -> None:
    counts = struct.pack("<8xIIII", len(spec.recipients), len(spec.attachments),
                         len(spec.recipients), len(spec.attachments))
    streams = _property_streams(_message_props(spec), counts if embedded else counts + bytes(8))
    for name, data in streams.items():
        writer.addEntry(base + name, data)
    if not embedded:
        writer.addEntry("__nameid_version1.0", storage=True)
        for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
            writer.addEntry(f"__nameid_version1.0/{stream}", b"")
    for number, (kind, name, smtp) in enumerate(spec.recipients):
        folder = f"{base}__recip_version1.0_#{number:08X}"
        writer.addEntry(folder, storage=True)
        props: list[tuple[int, int, PropValue]] = [
            (0x0C15, PT_LONG, kind), (0x3001, PT_UNICODE, name), (0x39FE, PT_UNICODE, smtp),
            (0x3003, PT_UNICODE, smtp), (0x3002, PT_UNICODE, "SMTP")]
        for stream, data in _property_streams(props, bytes(8)).items():
            writer.addEntry(f"{folder}/{stream}", data)
    for number, attachment in enumerate(spec.attachments):
        folder = f"{base}__attach_version1.0_#{number:08X}"
        writer.addEntry(folder, storage=True)
        att_props: list[tuple[int, int, PropValue]] = []
        if attachment.name:
            att_props += [(0x3707, PT_UNICODE, attachment.name),
                      (0x3704, PT_UNICODE, attachment.name)]
        method = attachment.method or (5 if attachment.embedded is not None else 1)
        if attachment.method != 0:
            att_props.append((0x3705, PT_LONG, method))
        if attachment.embedded is not None:
            att_props += [(0x3001, PT_UNICODE, attachment.name), (0x3701, PT_OBJECT, 0)]
        else:
            att_props.append((0x3701, PT_BINARY, attachment.data))
            if attachment.mime:
                att_props.append((0x370E, PT_UNICODE, attachment.mime))
        for stream, data in _property_streams(att_props, bytes(8)).items():
            writer.addEntry(f"{folder}/{stream}", data)
        if attachment.embedded is not None:
            inner = f"{folder}/__substg1.0_3701000D/"
            writer.addEntry(inner.rstrip("/"), storage=True)
            _add_message(writer, inner, attachment.embedded, embedded=True)


def outlook_msg(spec: MsgSpec) -> bytes:
    """A real .msg (CFB) file holding `spec`."""
    writer = OleWriter()
    _add_message(writer, "", spec, embedded=False)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


TRANSPORT_HEADERS = (
    "Received: from mail.example.org (mail.example.org [192.0.2.10])\r\n"
    "\tby mx.gemeinde-beispiel.de; Tue, 14 Jan 2025 21:47:05 +0100\r\n"
    "Received: from [198.51.100.7] by mail.example.org; Tue, 14 Jan 2025 21:47:04 +0100\r\n"
    "From: =?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@Example.ORG>\r\n"
    "To: buergermeisterin@gemeinde-beispiel.de\r\n"
    "Subject: Drohung\r\n"
    "Date: Tue, 14 Jan 2025 21:47:03 +0100\r\n"
    "Message-ID: <msg-4711@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
)


def outlook_hate_mail() -> bytes:
    """A received Outlook mail: transport headers, plain body, one PDF, one attached .msg."""
    forwarded = MsgSpec(subject="Weitergeleitet", body="Innere Nachricht.", message_id=None,
                        transport_headers=None)
    return outlook_msg(MsgSpec(
        transport_headers=TRANSPORT_HEADERS,
        recipients=[(1, "Bürgermeisterin Schmidt", "buergermeisterin@gemeinde-beispiel.de"),
                    (2, "Presse", "presse@example.com")],
        attachments=[MsgAttachment("Flugblatt.pdf", PDF_BYTES, "application/pdf"),
                     MsgAttachment("Weitergeleitet", embedded=forwarded)]))
