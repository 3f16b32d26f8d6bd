"""Fonts shipped in resources/fonts and per-character fallback.

reportlab sets a run of text in one font, and a character that font lacks becomes a box. So
every text is split into runs by the first font whose character map has the glyph (DejaVu Sans
for Latin, Greek and Cyrillic, Noto Sans Arabic, Symbola for emoji) and each run gets its own
<font> tag. Everything is XML-escaped here: reportlab's Paragraph parses markup, and vault text
("<b>&amp;") must print as written. Arabic is set in logical order without contextual shaping
(reportlab needs the rlbidi package for right-to-left layout, which is not available), so each
letter appears in its isolated form, and text extraction returns exactly the stored characters.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
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


@dataclass(frozen=True)
class FontSet:
    cmaps: dict[str, frozenset[int]]


@functools.cache
def register() -> FontSet:
    """Register the fonts with reportlab once per process; return their character maps."""
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
    for font, chunk in runs(text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "),
                            base):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def plain_width(text: str, size: float, base: str = REGULAR) -> float:
    """The printed width of text set with the fallback fonts (for chart labels, headers)."""
    return float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, base)))
