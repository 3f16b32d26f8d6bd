"""Parsing of CLI values: dates, JSON files, ids. Each failure is one clear sentence, the
CLI's own (UsageError): it names the option, which only the command line knows."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app import date_input
from app.date_input import DateError, DateProblem
from cli.errors import UsageError

MAX_JSON_BYTES = 32 * 1024 * 1024


# How the command line words the shared parser's codes (app/date_input.py).
DATE_FORMS = "use YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-03-14, 14.3.26 or heute"
_DATE_PROBLEMS = {
    DateProblem.EMPTY: "is empty; give a date ({forms})",
    DateProblem.TOO_LONG: "is too long for a date ({forms})",
    DateProblem.CONTROL: "contains control characters",
    DateProblem.FORMAT: "is not a valid date ({forms})",
    DateProblem.NO_SUCH_DAY: "is not a valid date: there is no such day ({forms})",
    DateProblem.YEAR_RANGE: "is not a valid date: the year must lie between 1900 and 2100",
    DateProblem.NO_SUCH_TIME: "is not a valid time of day (00:00 to 23:59)",
    DateProblem.TIME_NOT_ALLOWED: "is a date with a time; give the day only ({forms})",
}


def _date_problem(value: str, option: str, error: DateError, forms: str = DATE_FORMS) -> str:
    return f"{option}: '{_shown(value)}' " + _DATE_PROBLEMS[error.problem].format(
        forms=forms) + "."


def parse_day(value: str, option: str) -> dt.date:
    """A day as the GUI reads it (app/date_input.py): 2026-03-14, 14.3.26, 14.03.2026, heute."""
    day = date_input.parse_date(value, dt.date.today())
    if isinstance(day, DateError):
        raise UsageError(_date_problem(value, option, day))
    return day


def parse_date(value: str, option: str) -> str:
    return parse_day(value, option).isoformat()


def parse_time_point(value: str, option: str) -> dict[str, Any]:
    """A day with an optional local time (no time zone: the incident's office time), as the
    GUI reads it ("14.3.26 19:30", "2026-03-14T19:30"), or any ISO 8601 local date-time."""
    text = value.strip()
    moment = date_input.parse_moment(text, dt.date.today())
    if isinstance(moment, date_input.Moment):
        if moment.time is None:
            return {"date": moment.date.isoformat()}
        return {"date": moment.date.isoformat(), "time": moment.time.isoformat()}
    try:  # ISO with seconds or a zone, which the shared parser does not take
        iso = dt.datetime.fromisoformat(text) if len(text) > 10 else None
    except ValueError:
        iso = None
    if iso is None:
        raise UsageError(_date_problem(
            value, option, moment, "use YYYY-MM-DD or DD.MM.YYYY, optionally with HH:MM, "
            "e.g. 2026-03-14T19:30 or '14.3.26 19:30'")) from None
    if iso.tzinfo is not None:
        # The core refuses it too (InputCode.TIME_WITH_ZONE), but only the command line can
        # name the option the value came from.
        raise UsageError(f"{option}: give the local date and time without a time zone offset.")
    return {"date": iso.date().isoformat(), "time": iso.time().isoformat()}


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
