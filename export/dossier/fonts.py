"""Fonts shipped in resources/fonts and per-character fallback.

reportlab sets a run of text in one font, and a character that font lacks becomes a box. So
every text is split into runs by the first font whose character map has the glyph (DejaVu Sans
for Latin, Greek, Cyrillic and Hebrew, Noto Sans Arabic for Arabic script, Symbola for emoji)
and each run gets its own <font> tag. Everything is XML-escaped here: reportlab's Paragraph
parses markup, and vault text ("<b>&amp;") must print as written. Arabic letters are joined
before line breaking and every line is put in display order after it (rtl.py, paragraph.py);
glyphs.py keeps extraction lossless.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_dir
from export.dossier import glyphs, rtl

FONT_DIR = resource_dir() / "fonts"
REGULAR = "VfbSans"
BOLD = "VfbSans-Bold"
ARABIC = "VfbArabic"
SYMBOLS = "VfbSymbola"
MONO = "Courier"  # a standard PDF font: hashes and ids are plain ASCII

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    SYMBOLS: "Symbola.ttf",
}
_FALLBACKS = (ARABIC, SYMBOLS)
# Characters that attach to the one before (marks, joiners, variation selectors) stay in the
# previous run when that font has them, so an emoji sequence is not torn apart.
_STICKY = {0x200C, 0x200D, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)}


# Arabic script, set in Noto Sans Arabic wherever it has the glyph (as are the shaped letters),
# so that letters and marks of one word come from one design.
_ARABIC_BLOCKS = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC))
to_unicode_cmap = glyphs.to_unicode_cmap


@dataclass(frozen=True)
class FontSet:
    cmaps: dict[str, frozenset[int]]


@functools.cache
def register() -> FontSet:
    """Register the fonts with reportlab once per process; return their character maps."""
    ttfonts.makeToUnicodeCMap = glyphs.to_unicode_cmap
    cmaps: dict[str, frozenset[int]] = {}
    for name, file in _FILES.items():
        font = TTFont(name, str(FONT_DIR / file))
        pdfmetrics.registerFont(font)
        cmaps[name] = frozenset(font.face.charToGlyph)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
    return FontSet(cmaps)


def font_for(code: int, base: str, previous: str | None) -> str:
    cmaps = register().cmaps
    aliased = glyphs.font_of(code)
    if aliased is not None:
        return aliased
    if any(low <= code <= high for low, high in _ARABIC_BLOCKS) and code in cmaps[ARABIC]:
        return ARABIC
    if (code in _STICKY or unicodedata.combining(chr(code))) and previous is not None \
            and code in cmaps[previous]:
        return previous
    if code in cmaps[base]:
        return base
    for name in _FALLBACKS:
        if code in cmaps[name]:
            return name
    if base != REGULAR and code in cmaps[REGULAR]:
        return REGULAR
    return base  # no shipped font has it: keep the character (extractable) in the base font


def runs(text: str, base: str = REGULAR) -> list[tuple[str, str]]:
    """Split text into (font, text) runs, each set in a font that has its glyphs."""
    result: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        # whitespace never switches fonts
        font = current or base if char in "\n\t " else font_for(ord(char), base, current)
        if font != current:
            if current is not None and index > start:
                result.append((current, text[start:index]))
            current, start = font, index
    if current is not None and start < len(text):
        result.append((current, text[start:]))
    return result


def markup(text: str, base: str = REGULAR) -> str:
    """Paragraph markup for arbitrary text: escaped, line breaks kept, fonts per run."""
    parts: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    register()
    for font, chunk in runs(rtl.shape(text, ARABIC), base):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def line_runs(text: str, base: str = REGULAR) -> list[tuple[str, str]]:
    """(font, text) runs of a one-line text in the order they are drawn, left to right, for
    drawing on the canvas (header, footer): letters joined, right-to-left runs reversed."""
    register()
    pieces = runs(rtl.shape(text, ARABIC), base)
    if not rtl.NEEDS_BIDI.search(text):
        return pieces
    ordered = rtl.visual_pieces(pieces, rtl.base_is_rtl(text), rtl.mirror_alias)
    return [(pieces[owner][0], chunk) for owner, chunk in ordered]


def plain_width(text: str, size: float, base: str = REGULAR) -> float:
    """The printed width of text set with the fallback fonts (for chart labels, headers)."""
    return float(sum(pdfmetrics.stringWidth(chunk, font, size)
                     for font, chunk in line_runs(text, base)))
