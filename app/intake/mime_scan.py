"""A cheap look at a raw mail before the stdlib parser sees it.

The stdlib's feed parser recurses once per nested multipart or message/* part (a 2,000-deep
mail raises RecursionError, a 500-deep one already takes quadratic time) and builds an object
for every part. So the mail is scanned first, in C-speed regex searches over a lower-cased copy:
boundary declarations and message/* parts open a level, delimiter lines close or continue one.
Where the nesting gets deeper than allowed, or there are more parts than allowed, the bytes are
cut at the start of that part; the parser then reads the rest as a damaged mail, and the caller
notes what was left out. The scan is approximate (a boundary quoted in a body counts as one),
which can only make it cut a little early, never let the parser go deeper.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from app.intake.codes import IntakeCode

MAX_DEPTH = 20  # nested multipart / message levels read
MAX_WALK_PARTS = 1_000  # MIME parts read

_DELIMITER = re.compile(rb"\n--([^\r\n]{0,200})")
_BOUNDARY = re.compile(rb"boundary[ \t]*=[ \t]*(?:\"([^\"\r\n]{1,200})\"|([^\s;\"]{1,200}))")
_MESSAGE = re.compile(rb"\ncontent-type:[ \t]*(?:\r?\n[ \t]+)?message/")

# What was left out, as a notice's code and parameters.
Cut = tuple[IntakeCode, dict[str, int]]
DEPTH_NOTE: Cut = (IntakeCode.MIME_DEPTH_CAPPED, {"levels": MAX_DEPTH})
PARTS_NOTE: Cut = (IntakeCode.MIME_PARTS_CAPPED, {"limit": MAX_WALK_PARTS})


def _events(low: bytes) -> Iterator[tuple[int, int, re.Match[bytes]]]:
    return heapq.merge(((m.start(), 0, m) for m in _DELIMITER.finditer(low)),
                       ((m.start(), 1, m) for m in _BOUNDARY.finditer(low)),
                       ((m.start(), 2, m) for m in _MESSAGE.finditer(low)))


def cap_structure(data: bytes, max_depth: int = MAX_DEPTH + 1,
                  max_parts: int = MAX_WALK_PARTS + 1) -> tuple[bytes, Cut | None]:
    """(data, None) when within the caps, else (data cut before the offending part, note)."""
    low = data.lower()  # same length; boundaries are compared in `data`, where case counts
    stack: list[bytes | None] = []  # declared boundaries; None for a message/* level
    parts = 0
    part_start = 0
    for start, kind, match in _events(low):
        if kind == 0:
            rest = data[match.start(1):match.end(1)].rstrip(b" \t\r")
            for level in range(len(stack) - 1, -1, -1):
                boundary = stack[level]
                if boundary is None:
                    continue
                if rest == boundary:
                    del stack[level + 1:]
                    parts += 1
                    part_start = start + 1
                    if parts > max_parts:
                        return data[:part_start], PARTS_NOTE
                    break
                if rest == boundary + b"--":
                    del stack[level:]
                    break
            continue
        if kind == 1:
            group = 1 if match.start(1) >= 0 else 2
            stack.append(data[match.start(group):match.end(group)].rstrip(b" \t"))
        else:
            stack.append(None)
            part_start = start + 1
        if len(stack) > max_depth:
            return data[:part_start], DEPTH_NOTE
    return data, None


def header_block(data: bytes) -> bytes:
    """The bytes before the first empty line (all of them when there is none)."""
    ends = [at for at in (data.find(b"\n\n"), data.find(b"\n\r\n")) if at >= 0]
    return data[:min(ends)].rstrip(b"\r") if ends else data


_FIELD = re.compile(rb"(?:From [^\r\n]*\r?\n)?[!-9;-~]{1,200}:")


def starts_like_headers(head: bytes) -> bool:
    """True when the bytes open with a header field ("Name: value"), maybe after an mbox line."""
    return _FIELD.match(head.lstrip(b"\r\n")) is not None
