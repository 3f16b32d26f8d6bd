"""Cleaning strings that come out of untrusted files before they reach a model or a path.

Everything read from evidence (header values, EXIF strings, inner file names) passes through
here. Nothing is dropped silently: a character that may not be stored is replaced with U+FFFD,
so a reader can still see that something was there.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.text import LONG_MAX, SHORT_MAX

REPLACEMENT = "\ufffd"
_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_BLOCK_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAME_BAD = re.compile(r'[\\/:*?"<>|]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME = 200


def _no_surrogates(value: str) -> str:
    return _SURROGATE.sub(REPLACEMENT, value)


def clean_line(value: object, limit: int = SHORT_MAX) -> str:
    """One line: folded whitespace (header continuations) and no control characters."""
    text = _no_surrogates(str(value))
    text = re.sub(r"[\r\n\t]+", " ", text)
    text = _LINE_BAD.sub(REPLACEMENT, text).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def clean_text(value: object, limit: int = LONG_MAX) -> tuple[str, bool]:
    """A block of text with its line breaks; returns (text, was_truncated)."""
    text = _no_surrogates(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = _BLOCK_BAD.sub(REPLACEMENT, text)
    if len(text) > limit:
        return text[: limit - 1] + "…", True
    return text, False


def safe_filename(value: object, fallback: str = "anhang") -> str:
    """A name that is safe as the last part of a path on Windows and Linux.

    Directory parts are removed ("../../evil" -> "evil"), path and reserved characters
    replaced with "_", leading dots stripped (no hidden files, no "..") and reserved device
    names prefixed. The result is never empty and at most MAX_NAME characters long.
    """
    text = unicodedata.normalize("NFC", clean_line(value, 1 << 20))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _NAME_BAD.sub("_", text).replace(REPLACEMENT, "_")
    text = text.strip().lstrip(".").rstrip(". ")
    if not text:
        text = fallback
    stem = text.split(".", 1)[0].upper()
    if stem in _WINDOWS_RESERVED:
        text = "_" + text
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            text = stem[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            text = text[:MAX_NAME]
    return text
