"""File names are hostile input: they are shown, stored and suggested only through these helpers.

Stored names must pass the domain's line check (no control characters, no line separators);
shown names must not reorder themselves ('rechnung\u202efdp.exe' would read 'rechnungexe.pdf')
or look like markup; suggested save names must not carry a path."""

from __future__ import annotations

import unicodedata

MAX_NAME = 1_000  # the domain's limit for a line
# What a person cannot see or what reorders text: shown as a visible code instead.
_HIDDEN_CATEGORIES = ("Cc", "Cf", "Zl", "Zp", "Co", "Cs")


def storable_name(name: str, fallback: str) -> str:
    """The name as the vault can store it: bytes that were not UTF-8 (Linux allows them)
    become U+FFFD, control characters and line separators become '_'. Invisible format
    characters (bidi overrides) stay: they are part of the original name; display escapes them."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = "".join(
        "_" if unicodedata.category(c) in ("Cc", "Zl", "Zp") or "\x7f" <= c <= "\x9f" else c
        for c in text
    ).strip()
    if len(text) > MAX_NAME:
        _stem, dot, suffix = text.rpartition(".")
        keep = suffix if dot and len(suffix) <= 16 else ""
        text = text[: MAX_NAME - len(keep) - 1] + "." + keep if keep else text[:MAX_NAME]
    return text or fallback


def display_name(name: str) -> str:
    """The name as it may be shown: every invisible or reordering character as '[U+202E]'."""
    return "".join(
        f"[U+{ord(c):04X}]" if unicodedata.category(c) in _HIDDEN_CATEGORIES else c
        for c in name
    )


def save_name(name: str, fallback: str) -> str:
    """A suggestion for 'save as': the last path component only, nothing hidden in it, never
    '.' or '..' and never starting with a dot (a hidden file the user would not find)."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    last = "".join(
        "_" if unicodedata.category(c) in _HIDDEN_CATEGORIES or c in ':*?"<>|' else c
        for c in last
    ).strip().lstrip(".").strip()
    return last[:255] or fallback
