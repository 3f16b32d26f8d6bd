"""Hostile and huge content: the dossier still builds, nothing is lost or parsed as markup,
broken evidence is named and the rest goes on."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfWriter

from app.service import VaultService
from export.dossier import DossierRequest, build_dossier, fonts
from tests.export.dossier_support import (
    add_file,
    at,
    body_text,
    image_xobjects,
    jpeg,
    missing_parts,
    page_texts,
    pdf_letter,
    squeeze,
)


def build(service: VaultService) -> tuple[bytes, int]:
    out = io.BytesIO()
    result = build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    return out.getvalue(), result.pages


def test_huge_description_and_emoji_title_come_out_whole(service: VaultService) -> None:
    words = [f"Wort{n}äöüß" for n in range(20_000)]
    description = " ".join(words)[:199_990] + " ENDE"
    title = "😡" * 300
    service.add_incident({"title": title, "occurred": {"date": "2026-02-01"},
                          "description": description})
    pdf, pages = build(service)
    assert pages > 30
    whole = body_text(pdf)
    assert squeeze(description) in squeeze(whole)
    assert "😡" * 300 in squeeze(whole)


def test_markup_in_every_text_is_printed_literally(service: VaultService) -> None:
    hostile = '<b>x</b> &amp; &lt; <font color="red">y</font> <a href="http://e">z</a> <br/>'
    person = service.add_person({"kind": "suspect", "name": "<i>Täter</i> & Co"})
    service.add_incident({"title": "<para>Titel</para> & <b>", "occurred": {"date": "2026-02-01"},
                          "description": hostile, "place": "<onDraw name=x/>",
                          "persons": [{"person_id": person.id, "role": "perpetrator"}],
                          "tags": ["<u>tag</u>"]})
    pdf, _ = build(service)
    whole = "\n".join(page_texts(pdf))
    for text in (hostile, "<para>Titel</para> & <b>", "<onDraw name=x/>", "<i>Täter</i> & Co",
                 "<u>tag</u>"):
        assert missing_parts(whole, text) == [], text


def test_an_image_that_is_not_an_image_is_named_and_skipped(service: VaultService,
                                                             tmp_path: Path) -> None:
    incident = service.add_incident({"title": "Fotos", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "kaputt.jpg", b"\xff\xd8\xff" + b"garbage" * 100)
    add_file(service, tmp_path, incident.id, "leer.png", b"")
    add_file(service, tmp_path, incident.id, "gut.jpg", jpeg(640, 480))
    pdf, _ = build(service)
    whole = "\n".join(page_texts(pdf))
    assert whole.count("Bild nicht eingebettet: Die Datei ist kein lesbares Bild") == 2
    assert image_xobjects(pdf) == 1


def test_broken_and_encrypted_pdfs_are_named_and_the_rest_is_appended(
        service: VaultService, tmp_path: Path) -> None:
    incident = service.add_incident({"title": "Briefe", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "a-kaputt.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50)
    locked = PdfWriter(clone_from=io.BytesIO(pdf_letter(1, "Geheim")))
    locked.encrypt("secret", algorithm="AES-256")
    sink = io.BytesIO()
    locked.write(sink)
    add_file(service, tmp_path, incident.id, "b-verschluesselt.pdf", sink.getvalue())
    add_file(service, tmp_path, incident.id, "c-gut.pdf", pdf_letter(3, "Gutes Original"))
    pdf, pages = build(service)
    texts = page_texts(pdf)
    whole = "\n".join(texts)
    assert squeeze("Anlage A1: nicht angehängt – Die Datei konnte nicht als PDF gelesen "
                   "werden; das Original liegt unverändert im Tresor.") in squeeze(whole)
    assert "Die PDF-Datei ist mit einem Kennwort geschützt" in whole
    assert sum("Gutes Original Seite" in t for t in texts) == 3
    assert "Geheim Seite" not in whole
    assert pages == len(texts)


def test_fallback_puts_every_character_in_a_font_that_has_it() -> None:
    cmaps = fonts.register().cmaps
    sample = "Grüße ß Жжя 😡🤬👍🏽 مرحبا ✓ € „“ ‰ ©"
    for font, chunk in fonts.runs(sample):
        for char in chunk:
            assert char.isspace() or ord(char) in cmaps[font], (char, font)
    assert {font for font, _ in fonts.runs(sample)} >= {fonts.REGULAR, fonts.SYMBOLS}
    assert fonts.markup("<b>&</b>\nx") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>x"
