"""Reading Outlook .msg evidence: real CFB files built by the test, read through extract_msg."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import random
import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from extract_msg.ole_writer import OleWriter

from app.intake.codes import IntakeCode, MailPart
from app.intake.email_parse import email_inner_part, is_email, parse_email
from app.intake.errors import UnreadableFileError
from app.intake.notices import notice
from app.logs import scrub
from tests.intake_email_samples import (
    HATE_HTML,
    PDF_BYTES,
    TRANSPORT_HEADERS,
    MsgAttachment,
    MsgSpec,
    outlook_hate_mail,
    outlook_msg,
)

C = IntakeCode
NO_HEADERS = notice(C.MSG_NO_HEADERS)


def test_received_outlook_mail_exact_facts() -> None:
    facts = parse_email(outlook_hate_mail(), "Drohung.msg")
    assert facts.sender == "Jürgen Müller <Juergen.Mueller@Example.ORG>"
    assert facts.sender_address == "juergen.mueller@example.org"
    assert facts.to == "buergermeisterin@gemeinde-beispiel.de"  # as in the transport headers
    assert facts.cc == "Presse <presse@example.com>"  # not in the headers: from the recipients
    assert facts.date == dt.datetime(2025, 1, 14, 21, 47, 3,
                                     tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert facts.date_raw == "Tue, 14 Jan 2025 21:47:03 +0100"
    assert (facts.subject, facts.message_id) == ("Drohung", "<msg-4711@example.org>")
    assert facts.received == [
        "from mail.example.org (mail.example.org [192.0.2.10]) by mx.gemeinde-beispiel.de; "
        "Tue, 14 Jan 2025 21:47:05 +0100",
        "from [198.51.100.7] by mail.example.org; Tue, 14 Jan 2025 21:47:04 +0100"]
    assert facts.raw_headers == TRANSPORT_HEADERS.split("\r\n\r\n")[0].replace("\r\n", "\n")
    assert facts.body_text == "Wir wissen, wo Sie wohnen." and not facts.body_from_html
    assert [(p.index, p.name, p.media_type) for p in facts.parts] == [
        (0, "Flugblatt.pdf", "application/pdf"),
        (1, "Weitergeleitet.msg", "application/vnd.ms-outlook")]
    assert (facts.parts[0].size, facts.parts[0].sha256) == (
        len(PDF_BYTES), hashlib.sha256(PDF_BYTES).hexdigest())
    assert facts.problems == [] and not facts.truncated


def test_inner_files_of_a_msg_come_out_whole() -> None:
    data = outlook_hate_mail()
    facts = parse_email(data, "x.msg")
    assert email_inner_part(data, "x.msg", 0) == ("Flugblatt.pdf", "application/pdf", PDF_BYTES)
    name, media_type, inner = email_inner_part(data, "x.msg", 1)
    assert (name, media_type) == ("Weitergeleitet.msg", "application/vnd.ms-outlook")
    assert (len(inner), hashlib.sha256(inner).hexdigest()) == (facts.parts[1].size,
                                                               facts.parts[1].sha256)
    forwarded = parse_email(inner, name)  # the attached item is a readable .msg of its own
    assert (forwarded.subject, forwarded.body_text) == ("Weitergeleitet", "Innere Nachricht.")
    assert forwarded.sender_address == "juergen.mueller@example.org"
    with pytest.raises(UnreadableFileError) as caught:
        email_inner_part(data, "x.msg", 2)
    assert (caught.value.code, caught.value.params) == (C.NO_INNER_FILE, {"index": 2})


def test_msg_without_transport_headers_falls_back_to_mapi_properties() -> None:
    data = outlook_msg(MsgSpec(recipients=[
        (1, "Bürgermeisterin Schmidt", "buergermeisterin@gemeinde-beispiel.de"),
        (1, "Hauptamt", "hauptamt@gemeinde-beispiel.de"), (2, "", "presse@example.com")]))
    facts = parse_email(data, "entwurf.msg")
    assert facts.sender == "Jürgen Müller <juergen.mueller@example.org>"
    assert facts.sender_address == "juergen.mueller@example.org"
    assert facts.to == ("Bürgermeisterin Schmidt <buergermeisterin@gemeinde-beispiel.de>, "
                        "Hauptamt <hauptamt@gemeinde-beispiel.de>")
    assert facts.cc == "presse@example.com"
    assert facts.date == dt.datetime(2025, 1, 14, 20, 47, 3, tzinfo=dt.UTC)
    assert (facts.date_raw, facts.received, facts.raw_headers) == ("", [], "")
    assert (facts.subject, facts.message_id) == ("Drohung", "<msg-4711@example.org>")
    assert facts.problems == [NO_HEADERS]


@pytest.mark.parametrize("zone", ["CET-1CEST,M3.5.0,M10.5.0/3", "Nowhere/Atlantis"])
def test_a_msg_reads_where_the_local_zone_has_no_name(zone: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """extract_msg asks tzlocal for the local zone, which fails for a POSIX rule in TZ or a
    machine without tz data; that made every .msg 'damaged'. The times come out right anyway."""
    import tzlocal

    monkeypatch.setenv("TZ", zone)
    with pytest.raises(Exception):  # noqa: B017 - tzlocal raises several kinds here
        tzlocal.reload_localzone()
    facts = parse_email(outlook_msg(MsgSpec()), "anzeige.msg")
    assert facts.date == dt.datetime(2025, 1, 14, 20, 47, 3, tzinfo=dt.UTC)
    assert facts.subject == "Drohung"


def test_msg_with_html_body_only_is_reduced_to_text() -> None:
    data = outlook_msg(MsgSpec(body=None, html=HATE_HTML.encode("utf-8")))
    facts = parse_email(data, "x.msg")
    assert facts.body_from_html
    assert facts.body_text.startswith("Sehr geehrte Frau Bürgermeisterin,")
    assert "unserer Liste <https://hetze.example.org/liste?a=1&b=2>" in facts.body_text
    for hidden in ("SCRIPT-TEXT", "STYLE-TEXT", "tracker.example.net"):
        assert hidden not in facts.body_text


def test_msg_is_recognised_by_content_not_name() -> None:
    data = outlook_hate_mail()
    assert parse_email(data, "mail.eml").subject == "Drohung"
    assert is_email(data[:4096], "anhang.bin")


def test_msg_attachment_names_are_sanitised_and_missing_ones_invented() -> None:
    data = outlook_msg(MsgSpec(attachments=[
        MsgAttachment("../../evil.exe", b"MZ"),
        MsgAttachment("", PDF_BYTES, "application/pdf"),
        MsgAttachment("bild.JPG", b"\xff\xd8\xff")]))
    facts = parse_email(data, "x.msg")
    assert [(p.name, p.media_type) for p in facts.parts] == [
        ("evil.exe", "application/octet-stream"), ("anhang-2.pdf", "application/pdf"),
        ("bild.JPG", "image/jpeg")]
    assert email_inner_part(data, "x.msg", 0) == ("evil.exe", "application/octet-stream", b"MZ")


def test_msg_with_broken_header_fields_still_imports() -> None:
    headers = ("From: Max Mustermann\r\nDate: gestern\r\nSubject: =?utf-8?B?!!?=\r\n"
               "Received: from x\r\n\r\n")
    data = outlook_msg(MsgSpec(transport_headers=headers, subject=None, submit_time=None))
    facts = parse_email(data, "x.msg")
    assert (facts.sender, facts.sender_address) == ("Max Mustermann", "")
    assert (facts.date, facts.date_raw, facts.subject) == (None, "gestern", "=?utf-8?B?!!?=")
    assert facts.received == ["from x"]
    assert facts.problems == [
        notice(C.FROM_NO_ADDRESS), notice(C.DATE_UNREADABLE),
        notice(C.ENCODED_WORD_BROKEN, part=MailPart.SUBJECT)]


@pytest.mark.parametrize("cut", [0.25, 0.5, 0.9])
def test_truncated_msg_is_unreadable_or_partial_never_a_crash(cut: float) -> None:
    data = outlook_hate_mail()
    try:
        facts = parse_email(data[:int(len(data) * cut)], "kaputt.msg")
    except UnreadableFileError as exc:
        assert exc.code is C.MSG_DAMAGED
    else:
        assert facts.problems  # whatever was read, something is reported missing


def test_damaged_msg_files_never_escape_as_other_errors() -> None:
    data = outlook_hate_mail()
    rng = random.Random(11)
    outcomes = set()
    for _ in range(40):
        damaged = bytearray(data)
        for _ in range(20):
            damaged[rng.randrange(8, len(damaged))] = rng.randrange(256)
        try:
            parse_email(bytes(damaged), "x.msg")
            outcomes.add("facts")
        except UnreadableFileError:
            outcomes.add("unreadable")
    assert outcomes <= {"facts", "unreadable"}


@pytest.mark.parametrize(("data", "code"), [
    (bytes.fromhex("d0cf11e0a1b11ae1") + random.Random(3).randbytes(5000), C.MSG_DAMAGED),
    (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(100), C.MSG_TOO_SHORT),
])
def test_garbage_ole_is_refused(data: bytes, code: IntakeCode) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        parse_email(data, "x.msg")
    assert caught.value.code is code


def test_ole_file_that_is_not_a_mail_is_refused() -> None:
    writer = OleWriter()
    writer.addEntry("WordDocument", b"\xec\xa5" + bytes(5000))
    out = BytesIO()
    writer.write(out)
    with pytest.raises(UnreadableFileError) as caught:
        parse_email(out.getvalue(), "brief.doc")
    assert caught.value.notice == notice(C.MSG_NOT_MAIL, item_type="unknown")
    for kind in ("IPM.Contact", "IPM.Task", "IPM.StickyNote"):
        with pytest.raises(UnreadableFileError) as caught:
            parse_email(outlook_msg(MsgSpec(message_class=kind)), "kontakt.msg")
        assert caught.value.notice == notice(C.MSG_NOT_MAIL, item_type=kind)
    for kind in ("IPM.Note.SMIME.MultipartSigned", "IPM.Post", "REPORT.IPM.Note.NDR"):
        assert parse_email(outlook_msg(MsgSpec(message_class=kind)), "x.msg").subject


def test_reading_a_msg_writes_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work, temp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data = outlook_hate_mail()
    parse_email(data, "x.msg")
    email_inner_part(data, "x.msg", 1)
    short = outlook_hate_mail()[:1500]  # olefile would take short bytes for a file *name*
    with pytest.raises(UnreadableFileError):
        parse_email(short, "x.msg")
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []


def test_extract_msg_does_not_log_mail_content(caplog: pytest.LogCaptureFixture) -> None:
    # No attach method: extract_msg warns and guesses; the HTML-only body makes it log INFOs.
    data = outlook_msg(MsgSpec(body=None, html=b"<p>Geheimer Drohtext</p>", attachments=[
        MsgAttachment("Geheim.pdf", PDF_BYTES, method=0)]))
    with caplog.at_level(logging.DEBUG):
        facts = parse_email(data, "x.msg")
    assert facts.body_text == "Geheimer Drohtext" and facts.parts[0].name == "Geheim.pdf"
    # Its warnings may reach the log file (app/logs.py), its INFOs (which quote the HTML) not;
    # and what the file would hold of them quotes nothing of the mail.
    foreign = [r for r in caplog.records if not r.name.startswith("app.")]
    assert all(r.levelno >= logging.WARNING for r in foreign)
    written = " ".join(scrub(r.getMessage()) for r in caplog.records)
    assert "Geheim" not in written and "Drohung" not in written
