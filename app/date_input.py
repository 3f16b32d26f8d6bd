"""Dates and times as Germans type them, for every front end: the GUI's date fields and the
command line's date options read text through this one parser, so "15.3.26" means the same
day everywhere.

Accepted (case and surrounding blanks do not matter):
  days   15.03.2026, 15.3.26, 15.3. (this year), 15. März 2026, 15 mär 26, 2026-03-15 (ISO),
         heute, gestern, vorgestern, morgen, übermorgen
  times  19:30, 19.30, 7:05, 19 Uhr, 19:30 Uhr, 19h
  both   the day, then the time: "15.03.2026 19:30", "15.3.26, 19 Uhr", "gestern um 19.30",
         "2026-03-15T19:30"

Two-digit years mean the year in the hundred years that end ten years from now (in 2026:
00..36 -> 2000..2036, 37..99 -> 1937..1999). Every date here is recent or near: an incident,
a report, a review date a few years ahead ("31.1.28" must be 2028, not 1928); none lies a
lifetime back. Years outside 1900..2100 are refused as typing errors.

Never raises on any text: a failure is a DateProblem code with the text it is about; each
front end words it (ui/date_entry.py in German, cli/inputs.py in English)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

MAX_LENGTH = 40  # longer than any date with a time written out ("15. September 2026, 19:30 Uhr")
MIN_YEAR, MAX_YEAR = 1900, 2100
TWO_DIGIT_AHEAD = 10  # a two-digit year is at most this many years ahead of today
# Before saving, a day further back than this is questioned: the offences a mayor documents
# (insult, threat, coercion) are mostly time-barred after three to five years (§ 78 StGB), so
# an older date is more often a slip (2005 for 2025) than a deliberate entry.
PLAUSIBLE_YEARS = 5


class DateProblem(StrEnum):
    EMPTY = "empty"  # nothing typed where a date is needed
    TOO_LONG = "too_long"  # more than MAX_LENGTH characters
    CONTROL = "control"  # control or invisible characters
    FORMAT = "format"  # not a form this parser knows
    NO_SUCH_DAY = "no_such_day"  # 31.02., 0.1.2026, 32.1., month 13
    YEAR_RANGE = "year_range"  # before MIN_YEAR or after MAX_YEAR
    NO_SUCH_TIME = "no_such_time"  # 24:00, 19:60
    TIME_NOT_ALLOWED = "time_not_allowed"  # a time where only a day is asked for


@dataclass(frozen=True)
class DateError:
    problem: DateProblem
    text: str  # the input, shortened and with control characters removed, for a message


@dataclass(frozen=True)
class Moment:
    date: dt.date
    time: dt.time | None = None


class Plausibility(StrEnum):
    FUTURE = "future"
    LONG_AGO = "long_ago"


MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3,
    "maerz": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
    "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}

# ASCII digits only; a year of any length up to six digits, so "20266" is refused as a year.
_NUMERIC = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{1,6})?)?", re.ASCII)
_ISO = re.compile(r"(\d{1,6})-(\d{1,2})-(\d{1,2})", re.ASCII)
_WORDS = re.compile(r"(\d{1,2})\.? ?([a-zäöü]+)\.?(?: (\d{1,6}))?", re.ASCII)
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?: ?(?:uhr|h))?", re.ASCII)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?: ?(?:uhr|h))?|\d{1,2} ?(?:uhr|h)", re.ASCII)


def shown(text: str) -> str:
    """The input as a message may quote it: printable, one line, at most 24 characters."""
    clean = "".join(c if c.isprintable() else " " for c in text).strip()
    return clean if len(clean) <= 24 else clean[:23] + "…"


def full_year(digits: str, today: dt.date) -> int:
    """A year as typed: four digits as they are, two digits by the rule above."""
    year = int(digits)
    if len(digits) != 2:
        return year
    latest = today.year + TWO_DIGIT_AHEAD
    year += latest // 100 * 100
    return year if year <= latest else year - 100


def _fail(problem: DateProblem, text: str) -> DateError:
    return DateError(problem, shown(text))


def _checked(text: str) -> str | DateError:
    """The input normalised (lower case, single blanks), or why it cannot be a date."""
    if len(text) > MAX_LENGTH:
        return _fail(DateProblem.TOO_LONG, text)
    spaced = text.replace("\u00a0", " ")  # a no-break space pasted from a document
    if not spaced.isprintable():
        return _fail(DateProblem.CONTROL, text)
    normal = " ".join(spaced.replace(",", " ").lower().split())
    # "15. 3. 2026", blanks after the dots: the numeric form without them.
    normal = re.sub(r"^(\d{1,2})\. (\d{1,2})\.(?: (\d{4}|\d{2})(?= |$))?",
                    lambda m: f"{m[1]}.{m[2]}.{m[3] or ''}", normal, flags=re.ASCII)
    if not normal:
        return _fail(DateProblem.EMPTY, text)
    return normal


def _day(year: int, month: int, day: int, text: str) -> dt.date | DateError:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return _fail(DateProblem.YEAR_RANGE, text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return _fail(DateProblem.NO_SUCH_DAY, text)


def _parse_day(normal: str, text: str, today: dt.date) -> dt.date | DateError:
    if normal in RELATIVE_DAYS:
        return today + dt.timedelta(days=RELATIVE_DAYS[normal])
    if match := _NUMERIC.fullmatch(normal):
        day, month, year = match.groups()
        return _day(full_year(year, today) if year else today.year, int(month), int(day), text)
    if match := _ISO.fullmatch(normal):
        year, month, day = match.groups()
        return _day(int(year), int(month), int(day), text)
    if (match := _WORDS.fullmatch(normal)) and match.group(2) in MONTHS:
        day, name, year = match.groups()
        return _day(full_year(year, today) if year else today.year, MONTHS[name], int(day),
                    text)
    return _fail(DateProblem.FORMAT, text)


def _parse_clock(normal: str, text: str) -> dt.time | DateError:
    match = _TIME.fullmatch(normal)
    if match is None or (match.group(2) is None and not normal.endswith(("uhr", "h"))):
        return _fail(DateProblem.FORMAT, text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return _fail(DateProblem.NO_SUCH_TIME, text)
    return dt.time(hour, minute)


def parse_time(text: str) -> dt.time | DateError:
    """A time of day alone: '19:30', '19.30', '19 Uhr'."""
    normal = _checked(text)
    if isinstance(normal, DateError):
        return normal
    return _parse_clock(normal, text)


def parse_moment(text: str, today: dt.date, with_time: bool = True) -> Moment | DateError:
    """A day, optionally followed by a time of day (with_time); `today` for 'heute' and the
    two-digit years."""
    normal = _checked(text)
    if isinstance(normal, DateError):
        return normal
    day_text, clock_text = normal, ""
    iso = re.fullmatch(r"(\d{1,6}-\d{1,2}-\d{1,2})[t ](.+)", normal, re.ASCII)
    if iso:
        day_text, clock_text = iso.group(1), iso.group(2)
    else:
        # The time is the end: "19:30", "19.30", "19 uhr", after a blank (and maybe "um").
        clock = re.search(r" (?:um )?(" + _CLOCK.pattern + r")$", normal)
        if clock and not _NUMERIC.fullmatch(normal) and not _WORDS.fullmatch(normal):
            day_text, clock_text = normal[:clock.start()].strip(), clock.group(1)
    day = _parse_day(day_text, text, today)
    if isinstance(day, DateError):
        return day
    if not clock_text:
        return Moment(day)
    if not with_time:
        return _fail(DateProblem.TIME_NOT_ALLOWED, text)
    time = _parse_clock(clock_text, text)
    if isinstance(time, DateError):
        return time
    return Moment(day, time)


def parse_date(text: str, today: dt.date) -> dt.date | DateError:
    """A day only ('15.3.26', 'heute'); a time with it is refused."""
    moment = parse_moment(text, today, with_time=False)
    return moment if isinstance(moment, DateError) else moment.date


def plausibility(day: dt.date, today: dt.date, years: int = PLAUSIBLE_YEARS) -> Plausibility | None:
    """Whether a day that should lie in the past is in the future or suspiciously long ago."""
    if day > today:
        return Plausibility.FUTURE
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - years, day=28)
    return Plausibility.LONG_AGO if day < limit else None


def typed(value: dt.date) -> str:
    """A day as the fields show it: '15.03.2026'."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def typed_moment(value: dt.date, time: dt.time | None) -> str:
    """'15.03.2026 19:30' (the seconds a command line may have set are not shown)."""
    text = typed(value)
    return f"{text} {time.hour:02d}:{time.minute:02d}" if time is not None else text
