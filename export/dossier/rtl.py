"""Arabic and Hebrew: letters joined with arabic-reshaper, lines ordered with python-bidi.

reportlab draws characters left to right, one glyph each, without OpenType shaping. So the
text is prepared in two steps:

1. `shape` (before line breaking, in logical order): each run of Arabic letters is replaced by
   its presentation forms (initial, medial, final, isolated; lam-alef ligatures), drawn through
   aliases (glyphs.py) so that extraction gives back the characters the user wrote. A run the
   reshaper cannot reproduce exactly (a ZWJ it would drop, harakat inside a ligature) is shaped
   without ligatures, and failing that left as it was: no character may be lost.
2. `visual_pieces` (after line breaking, per line): the Unicode bidirectional algorithm
   (python-bidi's implementation, rules X1-I2 and L1-L2, with L4 mirroring) puts the line's
   characters in display order. It works on the logical characters, so an alias orders as the
   letter it stands for.

A right-to-left run drawn in display order is what most PDF producers write; extractors
(pypdf, Acrobat, pdftotext) reverse such runs back into logical order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import algorithm  # type: ignore[import-untyped]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]

from export.dossier import glyphs

# Characters that can make a line need reordering: Hebrew, Arabic, Syriac ... blocks, their
# presentation forms, the explicit marks and embeddings, and the aliases of shaped letters.
NEEDS_BIDI = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202a-\u202e"
                        "\u2066-\u2069\U000f0000-\U000ffffd]")
# Explicit embeddings, overrides and isolates are not applied: the dossier shows the characters
# in the order they were written (an override can disguise text, "\u202eevil" shows "live"), so
# the reader sees and extracts what was sent. For ordering they are boundary neutrals (as ZWSP),
# which stay with the character before them.
_EXPLICIT = str.maketrans(dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A)], "\u200b"))
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+")
_POSITIONAL = ("<initial>", "<medial>", "<final>", "<isolated>")
_LIGATURES = ("ARABIC LIGATURE LAM WITH ALEF", "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
              "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
              "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE")
PLACEHOLDER = "\ufffc"  # a neutral: stands for an inline object (image, callback) in a line


def _reshaper(ligatures: bool) -> Any:
    # Harakat (vowel marks) are kept, not deleted (the default); of the ligatures only the
    # obligatory lam-alef ones, never the word and phrase ligatures such as "Allah".
    config: dict[str, object] = {"delete_harakat": False, "support_zwj": True,
                                 "support_ligatures": ligatures, "ARABIC LIGATURE ALLAH": False}
    config.update(dict.fromkeys(_LIGATURES, ligatures))
    return arabic_reshaper.ArabicReshaper(configuration=config)


_RESHAPERS = (_reshaper(True), _reshaper(False))


def _stands_for(shown: str) -> str:
    """The logical characters a presentation form stands for ("" when it is none)."""
    tag, _, codes = unicodedata.decomposition(shown).partition(" ")
    if tag not in _POSITIONAL:
        return ""
    return "".join(chr(int(code, 16)) for code in codes.split())


@functools.lru_cache(maxsize=8192)  # words repeat; the aliases it returns never change
def _shape_run(run: str, font: str) -> str:
    for reshaper in _RESHAPERS:
        shaped = reshaper.reshape(run)
        out: list[str] = []
        position = 0
        for char in shaped:
            letters = _stands_for(char)
            if not letters:
                letters = char
                out.append(char)
            else:
                first = glyphs.alias(font, char, letters[0])
                rest = [glyphs.alias(font, glyphs.INVISIBLE, c) for c in letters[1:]]
                if first is None or None in rest:
                    out.append(letters)  # the font lacks the form: the letters, unjoined
                else:
                    out += [first, *(r for r in rest if r)]
            if run[position:position + len(letters)] != letters:
                break
            position += len(letters)
        else:
            if position == len(run):
                return "".join(out)
    return run


def shape(text: str, font: str) -> str:
    """`text` with its Arabic letters joined, still in logical order; one character (or alias)
    per character of `text`, so line breaking and extraction see the same text."""
    if not _ARABIC_RUN.search(text):
        return text
    return _ARABIC_RUN.sub(lambda m: _shape_run(m.group(0), font), text)


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph's first strong character is right-to-left (rules P2, P3)."""
    return bool(algorithm.get_base_level(glyphs.logical(text)) == 1)


def _order(text: str, rtl: bool) -> tuple[list[int], list[int]]:
    """(display order of the indices of `text`, their resolved levels) for one line."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(glyphs.logical(text).translate(_EXPLICIT), storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    order = [char["index"] for char in storage["chars"]]
    levels = dict(zip(order, (char["level"] for char in storage["chars"]), strict=True))
    if len(order) < len(text):
        # Rule X9 drops boundary neutrals (ZWJ, soft hyphen): they are kept, invisible anyway,
        # after the character that precedes them (to its left in a right-to-left run).
        kept = set(order)
        for index in range(len(text)):
            if index not in kept:
                level = levels.get(index - 1, int(rtl))
                at = order.index(index - 1) + (1 - level % 2) if index else 0
                order.insert(at, index)
                levels[index] = level
                kept.add(index)
    return order, [levels[i] for i in order]


def visual_pieces(pieces: Sequence[tuple[str | None, str]], rtl: bool,
                  mirror: Callable[[str, str], str | None] | None = None,
                  ) -> list[tuple[int, str]]:
    """One line's pieces (font or None for an inline object, text) in display order, as
    (index of the piece, text); pieces are cut where the order changes. Brackets in
    right-to-left runs are mirrored through `mirror(font, char)` (an alias or None)."""
    owners: list[int] = []
    chars: list[str] = []
    for number, (font, text) in enumerate(pieces):
        part = PLACEHOLDER if font is None else text
        owners += [number] * len(part)
        chars += part
    order, levels = _order("".join(chars), rtl)
    result: list[tuple[int, str]] = []
    for index, level in zip(order, levels, strict=True):
        owner, char = owners[index], chars[index]
        font = pieces[owner][0]
        if font is None:
            result.append((owner, ""))
            continue
        if level % 2 and char in MIRRORED and mirror is not None:
            char = mirror(font, char) or char
        if result and result[-1][0] == owner and pieces[owner][0] is not None:
            result[-1] = (owner, result[-1][1] + char)
        else:
            result.append((owner, char))
    return result


def mirror_alias(font: str, char: str) -> str | None:
    """Draws the mirrored glyph of a bracket in a right-to-left run, extracting as written."""
    return glyphs.alias(font, MIRRORED[char], char)
