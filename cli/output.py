"""Printing for the CLI: JSON for scripts, aligned text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.entries import RecordFailure


def use_utf8_output() -> None:
    """Write UTF-8 whatever the console's code page or PYTHONIOENCODING says: a German
    Windows would otherwise write `incident list --json > list.json` in cp1252, with escapes
    for what cp1252 lacks (emoji), which is neither UTF-8 nor valid JSON. A console window
    shows UTF-8 through Python's own console writer; an unpaired surrogate (from a file name
    the system could not decode) is written escaped instead of ending the command."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    if not rows:
        return
    widths = [min(max(len(h), *(len(r[i]) for r in rows)), 60) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    for row in rows:
        cells = [_cell(c, w) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)


def print_fields(pairs: Sequence[tuple[str, str]]) -> None:
    width = max((len(k) for k, v in pairs if v), default=0)
    for key, value in pairs:
        if value:
            lines = value.splitlines() or [""]
            print(f"{key.ljust(width)}  {lines[0]}")
            for more in lines[1:]:
                print(f"{' ' * width}  {more}")


def warn_failures(failures: Sequence[RecordFailure]) -> None:
    from cli.messages import describe

    for failure in failures:
        reason = one_line(describe(failure.error)).removesuffix(".")
        print(f"vorfallbuch: warning: {reason} (other records are unaffected; "
              "run 'vorfallbuch verify')", file=sys.stderr)


def short(record_id: str) -> str:
    return record_id[:8]


MAX_MESSAGE = 1_000


def one_line(message: str) -> str:
    """A message as exactly one line: control characters (a line break in a file name or an
    id someone pasted) are shown escaped, and an echoed 100,000-character value is cut in the
    middle, so the start and the end of the sentence stay."""
    text = "".join(c if c.isprintable() or c == " " else ascii(c)[1:-1] for c in message)
    if len(text) <= MAX_MESSAGE:
        return text
    half = MAX_MESSAGE // 2
    return f"{text[:half]}...{text[-half:]}"
