"""Reading .eml evidence: exact facts from a normal hate mail, and hostile or broken mails
ending in a clear code or a correct (partial) import with its problems as notices."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import random
from email.policy import compat32

import pytest

from app.intake.codes import IntakeCode, MailPart
from app.intake.email_parse import email_inner_part, is_email, parse_email
from app.intake.errors import UnreadableFileError
from app.intake.mime_scan import DEPTH_NOTE, PARTS_NOTE
from app.intake.notices import notice
from tests.intake_email_samples import (
    CRLF,
    PDF_BYTES,
    german_hate_mail,
    header,
    mail_with_attachment,
    many_parts_mail,
    nested_mail,
    simple_mail,
)

BASE = [("From", "Max Muster <max@example.org>"), ("To", "amt@gemeinde.example"),
        ("Subject", "Test"), ("Date", "Mon, 3 Mar 2025 14:05:00 +0100")]


C = IntakeCode
DEPTH = notice(DEPTH_NOTE[0], **DEPTH_NOTE[1])
PARTS = notice(PARTS_NOTE[0], **PARTS_NOTE[1])


def with_header(name: str, value: bytes | str) -> bytes:
    """BASE with one header replaced (or added)."""
    return simple_mail([(n, value if n == name else v) for n, v in BASE]
                       + ([] if any(n == name for n, _ in BASE) else [(name, value)]))


def test_german_hate_mail_exact_facts() -> None:
    data = german_hate_mail()
    facts = parse_email(data, "drohung.eml")

    assert facts.sender == "Jürgen Müller <Juergen.Mueller@Example.ORG>"
    assert facts.sender_address == "juergen.mueller@example.org"
    assert facts.to == "Bürgermeisterin Schmidt <buergermeisterin@gemeinde-beispiel.de>"
    assert facts.cc == "presse@example.com"
    assert facts.date == dt.datetime(2025, 1, 14, 21, 47, 3,
                                     tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert facts.date_raw == "Tue, 14 Jan 2025 21:47:03 +0100"
    assert facts.subject == "Sie werden es bereuen, Frau Bürgermeisterin"
    assert facts.message_id == "<20250114214703.4711@mail.example.org>"
    assert facts.received == [
        "from mail.example.org (mail.example.org [192.0.2.10]) by mx.gemeinde-beispiel.de "
        "with ESMTPS id 4711; Tue, 14 Jan 2025 21:47:05 +0100",
        "from [198.51.100.7] by mail.example.org; Tue, 14 Jan 2025 21:47:04 +0100"]
    header_bytes = data.split(b"\r\n\r\n", 1)[0]
    assert facts.raw_headers == header_bytes.decode("ascii").replace("\r\n", "\n")
    assert facts.body_text == (
        "Sehr geehrte Frau Bürgermeisterin,\n\n"
        "wir wissen, wo Sie wohnen. Grüße aus München & Umgebung.\n\n"
        "Mehr unter unserer Liste <https://hetze.example.org/liste?a=1&b=2>.")
    assert facts.body_from_html and not facts.truncated
    assert [p.model_dump() for p in facts.parts] == [{
        "index": 0, "name": "Flugblatt Müller.pdf", "media_type": "application/pdf",
        "size": len(PDF_BYTES), "sha256": hashlib.sha256(PDF_BYTES).hexdigest()}]
    assert facts.parts_not_listed == 0 and facts.problems == []


def test_html_body_never_carries_script_style_or_remote_addresses() -> None:
    text = parse_email(german_hate_mail(), "x.eml").body_text
    for hidden in ("SCRIPT-TEXT", "SCRIPT-TWO", "STYLE-TEXT", "color", "tracker.example.net",
                   "pixel.gif", "Betreff intern", "<p>", "&amp;"):
        assert hidden not in text


def test_inner_part_is_returned_decoded_with_its_sanitised_name() -> None:
    assert email_inner_part(german_hate_mail(), "x.eml", 0) == (
        "Flugblatt Müller.pdf", "application/pdf", PDF_BYTES)
    for missing in (1, -1):
        with pytest.raises(UnreadableFileError) as caught:
            email_inner_part(german_hate_mail(), "x.eml", missing)
        assert (caught.value.code, caught.value.params) == (C.NO_INNER_FILE, {"index": missing})


def test_plain_text_is_preferred_over_html_and_quoted_printable_latin1_is_decoded() -> None:
    data = b"".join([
        *(header(n, v) for n, v in BASE),
        header("Content-Type", 'multipart/alternative; boundary="a"'), CRLF,
        b"--a", CRLF, header("Content-Type", "text/plain; charset=iso-8859-1"),
        header("Content-Transfer-Encoding", "quoted-printable"), CRLF,
        b"Gr=FC=DFe, du Dreckssch=E4tzchen=\r\nwort", CRLF,
        b"--a", CRLF, header("Content-Type", "text/html"), CRLF, b"<p>HTML-FASSUNG</p>", CRLF,
        b"--a--", CRLF])
    facts = parse_email(data, "x.eml")
    assert facts.body_text == "Grüße, du Drecksschätzchenwort"
    assert not facts.body_from_html and facts.parts == [] and facts.problems == []


@pytest.mark.parametrize(("name", "value", "field", "expected", "problem"), [
    ("Subject", "=?utf-8?B?!!kaputt!!?=", "subject", "=?utf-8?B?!!kaputt!!?=",
     notice(C.ENCODED_WORD_BROKEN, part=MailPart.SUBJECT)),
    ("Subject", "=?x-unbekannt?Q?Gr=FC=DFe?= aus Bayern", "subject", "Grüße aus Bayern",
     notice(C.UNKNOWN_CHARSET, part=MailPart.SUBJECT, charset="x-unbekannt")),
    ("Subject", b"Gr\xfc\xdfe aus M\xfcnchen", "subject", "Grüße aus München", None),
    ("Subject", "Grüße aus Köln".encode(), "subject", "Grüße aus Köln", None),
    ("Subject", b"vor\x00nach\x1b[31m", "subject", "vor\ufffdnach\ufffd[31m", None),
    ("Subject", "zwei\r\n\tZeilen", "subject", "zwei\tZeilen".replace("\t", " "), None),
    ("From", "Max Mustermann", "sender", "Max Mustermann", notice(C.FROM_NO_ADDRESS)),
    ("From", b"J\xfcrgen <J@Example.org>", "sender", "Jürgen <J@Example.org>", None),
    ("From", "=?utf-8?Q?M=C3=BCller=2C_Hans?= <HM@X.DE>", "sender_address", "hm@x.de", None),
    ("From", "a@b@c, <>", "sender_address", "", notice(C.FROM_NO_ADDRESS)),
    ("Date", "gestern abend", "date", None, notice(C.DATE_UNREADABLE)),
    ("Date", "Mon, 31 Feb 2025 10:00 +0100", "date", None, notice(C.DATE_UNREADABLE)),
    ("Date", "Mon, 3 Mar 2025 14:05:00 -0000", "date",
     dt.datetime(2025, 3, 3, 14, 5, tzinfo=dt.UTC), None),
    ("To", "=?utf-8?B?w7w=?==?utf-8?B?w7w=?= <x@y.de>, b@c.de", "to", "üü <x@y.de>, b@c.de",
     None),
])
def test_broken_headers_fall_back_to_their_cleaned_raw_text(
        name: str, value: str | bytes, field: str, expected: object,
        problem: object | None) -> None:
    facts = parse_email(with_header(name, value), "x.eml")
    assert getattr(facts, field) == expected
    assert facts.problems == ([problem] if problem else [])
    assert facts.body_text == "Hallo."


def test_missing_date_and_from_are_problems_not_errors() -> None:
    facts = parse_email(simple_mail([("Subject", "Ohne alles")]), "x.eml")
    assert (facts.date, facts.date_raw, facts.sender, facts.subject) == (
        None, "", "", "Ohne alles")
    assert facts.problems == [notice(C.FROM_MISSING), notice(C.DATE_MISSING)]


def test_unknown_body_charset_is_read_and_reported() -> None:
    data = simple_mail(BASE, body="Grüße".encode("cp1252"),
                       content_type="text/plain; charset=x-gibtsnicht")
    facts = parse_email(data, "x.eml")
    assert facts.body_text == "Grüße"
    assert facts.problems == [
        notice(C.UNKNOWN_CHARSET, part=MailPart.BODY, charset="x-gibtsnicht")]


def test_hundred_deep_nesting_imports_the_top_twenty_levels_and_says_so() -> None:
    facts = parse_email(nested_mail(100), "tief.eml")
    assert facts.body_text == "\n\n".join(f"Ebene {level}" for level in range(20))
    assert facts.parts == []  # the attachment at the bottom is beyond the cap
    assert DEPTH in facts.problems and DEPTH.params == {"levels": 20}
    assert facts.subject == "Tief" and facts.date is not None


def test_nesting_within_the_cap_is_read_completely() -> None:
    data = nested_mail(15)
    facts = parse_email(data, "x.eml")
    assert facts.body_text == "\n\n".join(f"Ebene {level}" for level in range(15))
    assert [(p.name, p.size) for p in facts.parts] == [("grund.bin", len(b"ganz unten"))]
    assert facts.problems == []
    assert email_inner_part(data, "x.eml", 0) == ("grund.bin", "application/octet-stream",
                                                  b"ganz unten")


def test_nesting_far_beyond_the_stdlib_recursion_limit_does_not_crash() -> None:
    # 5,000 levels: handed to the stdlib parser unchecked, this raises RecursionError.
    deep = nested_mail(5000, attachment_at_bottom=False)
    with pytest.raises(RecursionError):
        email.message_from_bytes(deep, policy=compat32)
    facts = parse_email(deep, "x.eml")
    assert facts.body_text.startswith("Ebene 0\n\nEbene 1") and "Ebene 20" not in facts.body_text
    assert DEPTH in facts.problems

    chain = b"".join([header("From", "a@b.de"), header("Content-Type", "message/rfc822"), CRLF]
                     * 5000) + b"Subject: innen\r\n\r\nganz innen\r\n"
    facts = parse_email(chain, "x.eml")
    assert facts.sender_address == "a@b.de" and DEPTH in facts.problems
    assert [p.name for p in facts.parts] == ["anhang-1.eml"]


def test_part_count_is_capped() -> None:
    facts = parse_email(many_parts_mail(1500), "viele.eml")
    assert [p.name for p in facts.parts] == [f"f{n}.bin" for n in range(500)]
    assert facts.parts_not_listed == 499  # 999 of the first 1,000 MIME parts are files
    assert PARTS in facts.problems and notice(C.INNER_FILES_CAPPED, limit=500) in facts.problems


@pytest.mark.parametrize(("disposition", "content_type", "expected"), [
    ('attachment; filename="../../evil"', "application/octet-stream", "evil"),
    ("attachment; filename*=utf-8''..%2F..%2Fb%C3%B6se.exe", "application/x-msdownload",
     "böse.exe"),
    ("attachment", 'application/pdf; name="..\\\\..\\\\Windows\\\\boese.pdf"', "boese.pdf"),
    ('attachment; filename="=?utf-8?Q?Dro=C3=BChung=2Epdf?="', "application/pdf",
     "Droühung.pdf"),
    ('attachment; filename="CON.txt"', "text/plain", "_CON.txt"),
    ('attachment; filename="a\x01b:c.txt"', "text/plain", "a_b_c.txt"),
    ("attachment", "application/pdf", "anhang-1.pdf"),
    ('attachment; filename=".."', "image/png", "anhang-1.png"),
    ("attachment", "application/x-unbekannt", "anhang-1.bin"),
])
def test_inner_file_names_are_sanitised(disposition: str, content_type: str,
                                        expected: str) -> None:
    data = mail_with_attachment(disposition, content_type)
    facts = parse_email(data, "x.eml")  # the inline text part is the body, not inner file 0
    assert [p.name for p in facts.parts] == [expected]
    name, _, content = email_inner_part(data, "x.eml", 0)
    assert name == expected and content == b"MZ\x90\x00evil"


def test_forwarded_mail_is_an_inner_file_that_reads_as_a_mail() -> None:
    inner = simple_mail([("From", "erst@example.org"), ("Subject", "Original")], b"Urtext\r\n")
    data = b"".join([
        *(header(n, v) for n, v in BASE), header("Content-Type", 'multipart/mixed; boundary="m"'),
        CRLF, b"--m", CRLF, header("Content-Type", "text/plain"), CRLF, b"Siehe unten.", CRLF,
        b"--m", CRLF, header("Content-Type", "message/rfc822"), CRLF, inner, b"--m--", CRLF])
    facts = parse_email(data, "x.eml")
    assert facts.body_text == "Siehe unten."
    assert [(p.name, p.media_type) for p in facts.parts] == [("anhang-1.eml", "message/rfc822")]
    name, media_type, content = email_inner_part(data, "x.eml", 0)
    assert (name, media_type) == ("anhang-1.eml", "message/rfc822")
    assert hashlib.sha256(content).hexdigest() == facts.parts[0].sha256
    again = parse_email(content, name)
    assert (again.sender_address, again.subject, again.body_text) == (
        "erst@example.org", "Original", "Urtext")


def test_damaged_base64_is_reported_and_the_rest_imported() -> None:
    data = mail_with_attachment('attachment; filename="x.bin"').replace(
        b"TVqQAGV2aWw=", b"TVqQ*GV2a")
    facts = parse_email(data, "x.eml")
    assert facts.body_text == "Siehe Anhang." and [p.name for p in facts.parts] == ["x.bin"]
    assert any(p.code is C.MIME_DAMAGED and str(p.params["defect"]).startswith("InvalidBase64")
               for p in facts.problems)


def test_zero_byte_file_is_refused_with_a_clear_code() -> None:
    for read in (lambda: parse_email(b"", "leer.eml"),
                 lambda: email_inner_part(b"", "leer.eml", 0)):
        with pytest.raises(UnreadableFileError) as caught:
            read()
        assert (caught.value.code, caught.value.params) == (C.EMPTY_FILE, {})


def test_ten_megabyte_header_line_is_cut_not_choked_on() -> None:
    data = simple_mail([("X-Muell", "A" * 10_000_000), ("Subject", "B" * 10_000_000),
                        *BASE[:1], ("Date", BASE[3][1])])
    facts = parse_email(data, "gross.eml")
    assert facts.subject == "B" * 999 + "…"
    assert facts.sender_address == "max@example.org" and facts.date is not None
    assert facts.truncated and len(facts.raw_headers) == 200_000
    assert facts.raw_headers.startswith("X-Muell: AAAA") and facts.raw_headers.endswith("…")
    assert facts.body_text == "Hallo."


def test_many_received_headers_are_capped() -> None:
    data = simple_mail([("Received", f"from hop{n}") for n in range(600)] + BASE)
    facts = parse_email(data, "x.eml")
    assert facts.received[:2] == ["from hop0", "from hop1"] and len(facts.received) == 500
    assert facts.problems == [notice(C.RECEIVED_CAPPED, listed=500, total=600)]


@pytest.mark.parametrize("data", [
    random.Random(5).randbytes(100_000),
    b"Einkaufsliste: Milch\nBrot\nEier\n",
    "Liebe Anna,\n\nschöne Grüße!\n".encode(),
    b"\x00" * 64,
    b"%PDF-1.7\n" + b"x" * 100,
])
def test_files_that_are_not_mails_are_refused_with_one_code(data: bytes) -> None:
    with pytest.raises(UnreadableFileError) as caught:
        parse_email(data, "kein.eml")
    assert caught.value.code is C.NOT_AN_EMAIL


def test_is_email_sniff() -> None:
    assert is_email(b"", "Drohung.EML") and is_email(b"", "x.msg")
    assert is_email(german_hate_mail()[:4096], "download")
    assert is_email(b"From: a@b.de\r\nSubject: x\r\n", "mail.txt")
    assert not is_email(b"Einkaufsliste: Milch\n", "liste.txt")
    assert not is_email(b"\x89PNG\r\n\x1a\n", "bild.png")
    assert not is_email(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(4000), "brief.doc")
