"""Parsing of CLI values: dates, JSON files, ids. Each failure is one clear sentence, the
CLI's own (UsageError): it names the option, which only the command line knows."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from cli.errors import UsageError

MAX_JSON_BYTES = 32 * 1024 * 1024


def parse_date(value: str, option: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(
            f"{option}: '{_shown(value)}' is not a valid date (use YYYY-MM-DD).") from None


def parse_time_point(value: str, option: str) -> dict[str, Any]:
    """ISO 8601 date or local date-time (no time zone): the incident's office time."""
    text = value.strip()
    try:
        if len(text) <= 10:
            return {"date": dt.date.fromisoformat(text).isoformat()}
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option}: '{_shown(value)}' is not a valid date or date-time "
            "(use YYYY-MM-DD or YYYY-MM-DDTHH:MM).") from None
    if moment.tzinfo is not None:
        # The core refuses it too (InputCode.TIME_WITH_ZONE), but only the command line can
        # name the option the value came from.
        raise UsageError(f"{option}: give the local date and time without a time zone offset.")
    return {"date": moment.date().isoformat(), "time": moment.time().isoformat()}


def read_text_file(path: str, limit: int, name: str, too_large: str,
                   encoding: str = "utf-8") -> str:
    """A small text file read with a size limit; `name` says what it is in messages
    ("--json: 'x'" or "The passphrase file 'x'"), `too_large` finishes that sentence."""
    try:
        file = Path(path)
        if file.is_dir():
            raise UsageError(f"{name} is a folder, not a file.")
        with open(file, "rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise UsageError(f"{name} does not exist.") from None
    except OSError as exc:
        raise UsageError(f"{name} cannot be read ({exc.strerror}).") from None
    if len(raw) > limit:
        raise UsageError(f"{name} {too_large}.")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise UsageError(f"{name} is not UTF-8 text.") from None


def read_json_object(path: str) -> dict[str, Any]:
    """A JSON object from a file ('-' for standard input), with limits for hostile input."""
    if path == "-":
        raw = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        if len(raw) > MAX_JSON_BYTES:
            raise UsageError("--json: standard input is larger than 32 MB.")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UsageError("--json: standard input is not UTF-8 text.") from None
    else:
        text = read_text_file(path, MAX_JSON_BYTES, f"--json: '{path}'", "is larger than 32 MB",
                              "utf-8-sig")
    try:
        value = json.loads(text)
    except RecursionError:
        raise UsageError(f"--json: '{path}' is nested too deeply.") from None
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"--json: '{path}' is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno})."
        ) from None
    if not isinstance(value, dict):
        raise UsageError(f"--json: '{path}' must hold one JSON object {{...}}.")
    return value


def _shown(value: str) -> str:
    """A value as safe to echo in one line: truncated, control characters escaped."""
    short = value if len(value) <= 40 else value[:40] + "..."
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in short)
