"""Fonts shipped in resources/fonts and per-character fallback.

reportlab sets a run of text in one font, and a character that font lacks becomes a box. So
every text is split into runs by the first font whose character map has the glyph (DejaVu Sans
for Latin, Greek and Cyrillic, Noto Sans Arabic, Symbola for emoji) and each run gets its own
<font> tag. Everything is XML-escaped here: reportlab's Paragraph parses markup, and vault text
("<b>&amp;") must print as written. Arabic is set in logical order without contextual shaping
(reportlab's own right-to-left layout needs the rlbidi package, which is not on PyPI), so each
letter appears in its isolated form. A run of right-to-left words is stored in visual order
(reversed), as most PDF producers do, so it reads from right to left on paper and text
extraction (pypdf and other readers reverse such runs) returns the logical order again.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
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


_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_RUN = re.compile(f"[{_RTL_CHARS}]+(?:[ \u00a0]+[{_RTL_CHARS}]+)*")


def visual_order(text: str) -> str:
    """Reverse each run of right-to-left words, code point by code point (as extractors undo
    it; combining marks then stand before their letter, which unshaped text cannot show
    properly anyway)."""
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)


@dataclass(frozen=True)
class FontSet:
    cmaps: dict[str, frozenset[int]]


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF standard requires; reportlab writes "<1F621>", which readers
    reject, so emoji were lost when text is copied or extracted from the PDF."""
    pairs = "\n".join(f"<{code:02X}> <{chr(value).encode('utf-16-be').hex().upper()}>"
                      for code, value in enumerate(subset))
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", pairs, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


@functools.cache
def register() -> FontSet:
    """Register the fonts with reportlab once per process; return their character maps."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
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
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    for font, chunk in runs(visual_order(text), base):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def plain_width(text: str, size: float, base: str = REGULAR) -> float:
    """The printed width of text set with the fallback fonts (for chart labels, headers)."""
    return float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, base)))
