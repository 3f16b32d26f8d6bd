"""Display-only code points and the ToUnicode CMap that maps them back.

A shaped Arabic letter is drawn with its presentation-form glyph (U+FEDF for an initial lam)
and a right-to-left bracket with its mirrored glyph, yet copying or extracting the text must
give the characters the user wrote (U+0644, the unmirrored bracket). So such a glyph is drawn
through an alias: a private-use code point (plane 15) added to the font's character map with
the glyph and width of what is shown, and written to the font's ToUnicode CMap as the
character it stands for. Every alias stands for exactly one character, so extraction never
depends on how a reader handles a glyph that maps to several characters: the lam-alef
ligature is the lam's alias (drawn as the ligature) followed by the alef's (drawn as nothing).
This is what reportlab itself does for glyphs that HarfBuzz shapes (TTFont.hbAddPrivate).
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics

FIRST = 0xF0000  # Supplementary Private Use Area-A: no shipped font uses it
INVISIBLE = ""  # drawn as nothing: the space glyph (no outline) with zero width

_lock = threading.Lock()
_aliases: dict[tuple[str, str, str], str] = {}  # (font, shown, stands for) -> alias
_stands_for: dict[int, str] = {}  # alias code -> the character it stands for
_by_face: dict[str, dict[int, str]] = {}  # face name -> {alias code: character}
_font_of: dict[int, str] = {}  # alias code -> the font that has it


def alias(font: str, shown: str, stands_for: str) -> str | None:
    """The alias that draws `shown` (one character, or INVISIBLE) in the registered TrueType
    `font` and extracts as `stands_for` (one character); None when the font lacks the glyph."""
    key = (font, shown, stands_for)
    found = _aliases.get(key)
    if found is not None:
        return found
    face = pdfmetrics.getFont(font).face
    glyph = face.charToGlyph.get(ord(shown or " "))
    if glyph is None or len(stands_for) != 1:
        return None
    with _lock:
        found = _aliases.get(key)
        if found is None:
            code = FIRST + len(_stands_for)
            face.charToGlyph[code] = glyph
            face.charWidths[code] = 0 if shown == INVISIBLE else face.charWidths.get(
                ord(shown), face.defaultWidth)
            face.glyphToChar.setdefault(glyph, []).append(code)
            _stands_for[code] = stands_for
            _font_of[code] = font
            _by_face.setdefault(_face_name(face), {})[code] = stands_for
            found = _aliases[key] = chr(code)
    return found


def logical(text: str) -> str:
    """`text` with every alias replaced by the character it stands for."""
    if not any(ord(c) >= FIRST for c in text):
        return text
    return "".join(_stands_for.get(ord(c), c) for c in text)


def font_of(code: int) -> str | None:
    """The font an alias belongs to (None: not an alias)."""
    return _font_of.get(code)


def _face_name(face: object) -> str:
    name = getattr(face, "name", b"")
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF standard requires (reportlab writes "<1F621>", which readers
    reject, so emoji were lost), and each alias written as the character it stands for."""
    stands_for = _by_face.get(fontname.partition("+")[2], {})
    pairs = "\n".join(
        f"<{code:02X}> <{stands_for.get(value, chr(value)).encode('utf-16-be').hex().upper()}>"
        for code, value in enumerate(subset))
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", pairs, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])
