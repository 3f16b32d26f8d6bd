"""Arabic and Hebrew in the dossier: letters joined, lines in right-to-left order, numbers and
Latin words inside right-to-left text in their own order, and still no character lost when the
text is extracted with pypdf. One page is rendered with QtPdf (VORFALLBUCH_DOSSIER_PNG=DIR
keeps the image)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from bidi import get_display
from pypdf import PdfReader
from PySide6.QtGui import QColor
from reportlab.pdfbase import pdfmetrics

from app.service import VaultService
from export.dossier import DossierRequest, build_dossier, fonts, glyphs, rtl
from tests.export.dossier_support import at, missing_parts, page_texts, squeeze
from tests.export.test_dossier_render import render, share

WRAPPED = ("هذه رسالة تهديد طويلة وصلت إلى البلدية في منتصف الليل، وهي تحتوي على كلمات "
           "كثيرة حتى تلتف على سطرين على الأقل في الملف الذي يسلم إلى الشرطة، "
           "ونهايتها هنا")
NUMBERS = "وصلت 3 رسائل يوم 14.01.2026 من حساب Facebook باسم wutbuerger77 الساعة 22:15"
HEBREW = "אנחנו יודעים איפה אתה גר – 2026 שלום"
MIXED = "Der Absender schrieb: سنعرف أين تسكن (قريبا) und unterschrieb mit „ein Bürger“."
HOSTILE = ("لَا أحد \ufedf\ufee0\ufe8e مكتوب مسبقا، ح\u200dب، كـــلام، پیام فارسی، "
           "قوس مفتوح ( فقط، \u202eobrnegetfeis\u202c نهاية")
TEXTS = {"Zeilenumbruch": WRAPPED, "Ziffern": NUMBERS, "Hebräisch": HEBREW, "Gemischt": MIXED,
         "Feindselig": HOSTILE}


def build(service: VaultService) -> bytes:
    for day, (title, text) in enumerate(TEXTS.items(), 1):
        service.add_incident({"title": f"{title} {text[:20]}",
                              "occurred": {"date": f"2026-02-{day:02d}"}, "description": text})
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    return out.getvalue()


def test_right_to_left_texts_come_out_whole_and_in_logical_order(service: VaultService) -> None:
    pdf = build(service)
    pages = page_texts(pdf)
    whole = "\n".join(pages)
    for text in TEXTS.values():
        # Invisible controls (the override U+202E, its end U+202C) are all there, but where
        # pypdf puts them among spaces is its own heuristic: the rest is compared in order.
        visible = text.replace("\u202e", "").replace("\u202c", "")
        assert missing_parts(whole.replace("\u202e", "").replace("\u202c", ""), visible) == []
        for word in visible.split():  # every word of every script, letters and marks in order
            word = word.strip("،,.:()„“–")
            if word:
                assert word in whole, word
    assert whole.count("\u202e") == whole.count("\u202c") == 1
    assert "obrnegetfeis" in whole  # the override is not applied: the letters as written
    for number in ("14.01.2026", "22:15", "2026", "Facebook", "wutbuerger77", "„ein Bürger“."):
        assert number in whole, number
    # the wrapped paragraph: two or more lines, read from the first word to the last
    page = next(p for p in pages if "هذه رسالة تهديد" in p and ". Was" in p)
    lines = [line for line in page.splitlines() if rtl.NEEDS_BIDI.search(line)]
    first = next(n for n, line in enumerate(lines) if "هذه رسالة تهديد" in line)
    last = next(n for n, line in enumerate(lines) if "ونهايتها هنا" in line)
    assert last > first
    assert squeeze(WRAPPED) in squeeze("".join(lines[first:last + 1]))


def test_arabic_letters_are_drawn_in_their_joining_forms() -> None:
    fonts.register()
    face = pdfmetrics.getFont(fonts.ARABIC).face
    shaped = rtl.shape("مرحبا لا", fonts.ARABIC)
    assert glyphs.logical(shaped) == "مرحبا لا"
    drawn = [face.charToGlyph[ord(c)] for c in shaped]
    # meem initial, reh final, hah initial, beh medial, alef final; the lam-alef ligature
    # (isolated) stands for the lam, the alef is drawn as nothing
    expected = [face.charToGlyph[c] for c in (0xFEE3, 0xFEAE, 0xFEA3, 0xFE92, 0xFE8E)]
    assert drawn[:5] == expected
    assert drawn[6] == face.charToGlyph[0xFEFB] and face.charWidths[ord(shaped[7])] == 0
    # a run the reshaper cannot reproduce exactly is left unshaped, never changed
    for text in ("ح\u200dب", "\ufedf\ufee0\ufe8e", "لَا"):
        assert glyphs.logical(rtl.shape(text, fonts.ARABIC)) == text


def test_line_order_is_python_bidis_display_order() -> None:
    fonts.register()
    for text in (NUMBERS, HEBREW, "abc مرحبا 123 def", "مرحبا abc 12 def عالم", WRAPPED,
                 "Grüße: שלום עולם! und مرحبا."):
        for rtl_base in (False, True):
            ordered = rtl.visual_pieces([(fonts.REGULAR, text)], rtl_base)
            assert "".join(chunk for _, chunk in ordered) == get_display(
                text, base_dir="R" if rtl_base else "L"), text


def test_a_bracket_in_right_to_left_text_is_mirrored_for_display_only() -> None:
    fonts.register()
    ordered = rtl.visual_pieces([(fonts.REGULAR, "قال (لا)")], True, rtl.mirror_alias)
    shown = "".join(chunk for _, chunk in ordered)
    face = pdfmetrics.getFont(fonts.REGULAR).face
    # reversed, and the brackets still face outward: "(" drawn first, ")" after "لا"
    assert [face.charToGlyph[ord(shown[i])] for i in (0, 3)] == [
        face.charToGlyph[ord("(")], face.charToGlyph[ord(")")]]
    # and they extract as written: reversing the drawn run gives the text back
    assert glyphs.logical(shown)[::-1] == "قال (لا)"


def test_arabic_page_renders_joined_right_aligned_lines(qapp, service: VaultService,
                                                        tmp_path: Path) -> None:
    service.add_incident({"title": "Drohung auf Arabisch", "occurred": {"date": "2026-02-01"},
                          "description": WRAPPED})
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    pdf = out.getvalue()
    number = next(n for n, text in enumerate(page_texts(pdf)) if "هذه رسالة" in text
                  and ". Was" in text)
    image = render(pdf, number)
    assert image.save(str(Path(os.environ.get("VORFALLBUCH_DOSSIER_PNG", tmp_path))
                          / "dossier-arabic.png"))

    def dark(c: QColor) -> bool:
        return c.lightness() < 120

    # the baselines of the paragraph's lines, read back with pypdf (points from the bottom)
    baselines: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if rtl.NEEDS_BIDI.search(text):
            baselines.add(round(cm[5] + tm[5], 1))

    PdfReader(io.BytesIO(pdf)).pages[number].extract_text(visitor_text=visit)
    assert len(baselines) == 2  # one paragraph, wrapped on two lines
    height = float(PdfReader(io.BytesIO(pdf)).pages[number].mediabox.height)
    first, second = (1 - y / height for y in sorted(baselines, reverse=True))

    def band(top: float, x0: float, x1: float) -> float:
        return share(image, x0, top - 0.008, x1, top, dark)

    # the first line is full: ink from near the left margin to the right margin; the second,
    # shorter one is set flush right (right-to-left paragraph) and leaves its left side empty
    assert band(first, 0.12, 0.2) > 0 and band(first, 0.85, 0.9) > 0
    assert band(second, 0.8, 0.9) > 0 and band(second, 0.1, 0.45) == 0
