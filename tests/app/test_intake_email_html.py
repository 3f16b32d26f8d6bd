"""HTML bodies reduced to text without rendering, and the structure caps applied before the
stdlib parser; both on hostile input."""

from __future__ import annotations

import base64
import hashlib
import random

import pytest

from app.intake.email_parse import email_inner_part, parse_email
from app.intake.html_text import MAX_HTML_CHARS, html_to_text
from app.intake.mime_scan import DEPTH_NOTE, PARTS_NOTE, cap_structure
from tests.intake_email_samples import CRLF, header, nested_mail


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Eins</p><p>Zwei<br>Drei</p>", "Eins\n\nZwei\nDrei"),
    ("<div>a</div> <div>b</div>\n<div><div>c</div></div>", "a\nb\nc"),
    ("<ul><li>a<li>b</ul>nach", "- a\n- b\n\nnach"),
    ("Hallo<br><br><br><br>Welt", "Hallo\n\nWelt"),
    ("<table><tr><td>a</td><td>b</td></tr><tr><td>c<td>d</table>", "a b\nc d"),
    ('<a href="https://x.example/p?a=1&amp;b=2">hier</a>', "hier <https://x.example/p?a=1&b=2>"),
    ('<a href="https://x.example">https://x.example</a>', "https://x.example"),
    ('<a href="javascript:alert(1)">klick</a>', "klick"),
    ('<a href="data:text/html,evil">klick</a>', "klick"),
    ('<a href="a.html">eins <a href="b.html">zwei', "eins <a.html>zwei <b.html>"),
    ('<img src="http://tracker.example/p.gif"><img alt="Foto &gt; Text" src="cid:x">',
     "[Foto > Text]"),
    ("<SCRIPT>alert('x')</SCRIPT>sichtbar<Style>p{}</sTyle>", "sichtbar"),
    ("<script>var s = '</p><b>nicht</b>';</script >da", "da"),
    ("<script/>bleibt", "bleibt"),
    ("<head><title>Titel</title><meta charset=utf-8></head><body>Text", "Text"),
    ("<!--[if mso]>MSO<![endif]-->a<!-- b -->c", "ac"),
    ("<svg><text>Vektor</text></svg><math><mi>x</mi></math>ok", "ok"),
    ("<textarea>roh <b>text</b></textarea>", "roh <b>text</b>"),
    ('<p style="background:url(http://x.example/bg.png)">Stil</p>', "Stil"),
    ("x < y &amp;&amp; 1 &lt; 2 &#8364; &nbsp;!", "x < y && 1 < 2 € !"),
    ("<!DOCTYPE html><?xml version='1.0'?><p>a</p>", "a"),
    ("Text <b", "Text"),
    ("<script>nie geschlossen", ""),
])
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == (text, False)


@pytest.mark.parametrize("hostile", [
    "a<" * 250_000,  # html.parser of Python 3.11 needs minutes for this (quadratic)
    "<!--" * 300_000,
    "<" * 1_000_000,
    "<a href=x>" * 100_000,
    "<div " + "a=b " * 200_000,
    '<p title="' * 200_000,
    "<script>" * 200_000,
])
def test_hostile_html_finishes(hostile: str) -> None:
    text, _ = html_to_text(hostile)
    assert "script" not in text and len(text) <= 400_000


def test_huge_html_is_cut_and_says_so() -> None:
    text, cut = html_to_text("<p>Hass</p>" * (MAX_HTML_CHARS // 8))
    assert cut and text.startswith("Hass\n\nHass")
    text, cut = html_to_text("<p>" + "x" * 500_000 + "</p>", limit=1000)
    assert cut and text == "x" * 1000


def test_cap_structure_leaves_normal_mails_alone() -> None:
    data = nested_mail(10)
    assert cap_structure(data) == (data, None)


def test_cap_structure_cuts_before_the_part_that_is_too_deep() -> None:
    data = nested_mail(30)
    capped, note = cap_structure(data, max_depth=5)
    assert note == DEPTH_NOTE and note[1] == {"levels": 20}
    assert capped.endswith(b"Ebene 4\r\n") and b'boundary="b4"' in capped
    assert b'boundary="b5"' not in capped


def test_cap_structure_counts_only_real_delimiters() -> None:
    # Boundaries are case-sensitive: "--P" lines are body text, not delimiters of "p".
    body = b"".join([b"--p", CRLF, CRLF, b"x", CRLF] * 3 + [b"--P", CRLF] * 50)
    data = header("Content-Type", 'multipart/mixed; boundary="p"') + CRLF + body
    assert cap_structure(data, max_parts=3) == (data, None)
    capped, note = cap_structure(data, max_parts=2)
    assert note == PARTS_NOTE and note[1] == {"limit": 1000} and capped.count(b"--p\r\n") == 2


def test_a_25_megabyte_mail_with_big_attachments_is_read_exactly() -> None:
    rng = random.Random(25)
    blobs = [rng.randbytes(6_000_000) for _ in range(3)]
    out = [header("From", "gross@example.org"), header("Subject", "Groß"),
           header("Date", "Fri, 17 Jan 2025 09:00:00 +0100"),
           header("Content-Type", 'multipart/mixed; boundary="g"'), CRLF,
           b"--g", CRLF, header("Content-Type", "text/plain"), CRLF, b"Anbei.", CRLF]
    for number, blob in enumerate(blobs):
        out += [b"--g", CRLF, header("Content-Type", "image/jpeg"),
                header("Content-Transfer-Encoding", "base64"),
                header("Content-Disposition", f'attachment; filename="foto{number}.jpg"'),
                CRLF, base64.encodebytes(blob).replace(b"\n", CRLF)]
    data = b"".join([*out, b"--g--", CRLF])
    assert len(data) > 24_000_000
    facts = parse_email(data, "gross.eml")
    assert facts.body_text == "Anbei." and facts.problems == []
    assert [(p.name, p.size, p.sha256) for p in facts.parts] == [
        (f"foto{n}.jpg", 6_000_000, hashlib.sha256(blob).hexdigest())
        for n, blob in enumerate(blobs)]
    assert email_inner_part(data, "gross.eml", 2)[2] == blobs[2]
