"""The shared date parser (app/date_input.py): every form a German types becomes the day
typed, every impossible one a code, and no text at all makes it raise."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from app import date_input
from app.date_input import DateError, DateProblem, Moment, Plausibility

TODAY = dt.date(2026, 3, 20)  # a Friday


@pytest.mark.parametrize(("text", "day", "time"), [
    ("15.03.2026", dt.date(2026, 3, 15), None),
    ("15.3.26", dt.date(2026, 3, 15), None),
    ("1.2.2026", dt.date(2026, 2, 1), None),
    ("15.3.", dt.date(2026, 3, 15), None),  # this year
    ("15.3", dt.date(2026, 3, 15), None),
    ("  15.03.2026  ", dt.date(2026, 3, 15), None),
    ("2026-03-15", dt.date(2026, 3, 15), None),
    ("2026-3-5", dt.date(2026, 3, 5), None),
    ("15. März 2026", dt.date(2026, 3, 15), None),
    ("15 MÄR 26", dt.date(2026, 3, 15), None),
    ("3. Okt.", dt.date(2026, 10, 3), None),
    ("24. Dezember 2025", dt.date(2025, 12, 24), None),
    ("heute", TODAY, None),
    ("Heute", TODAY, None),
    ("gestern", dt.date(2026, 3, 19), None),
    ("vorgestern", dt.date(2026, 3, 18), None),
    ("morgen", dt.date(2026, 3, 21), None),
    ("übermorgen", dt.date(2026, 3, 22), None),
    ("29.2.2028", dt.date(2028, 2, 29), None),
    ("15.03.2026 19:30", dt.date(2026, 3, 15), dt.time(19, 30)),
    ("15.03.2026, 19:30 Uhr", dt.date(2026, 3, 15), dt.time(19, 30)),
    ("15.3.26 19.30", dt.date(2026, 3, 15), dt.time(19, 30)),
    ("15.3. 7:05", dt.date(2026, 3, 15), dt.time(7, 5)),
    ("15.3.26 19 Uhr", dt.date(2026, 3, 15), dt.time(19, 0)),
    ("15.3.26 19uhr", dt.date(2026, 3, 15), dt.time(19, 0)),
    ("15.3.26 19h", dt.date(2026, 3, 15), dt.time(19, 0)),
    ("gestern um 19.30", dt.date(2026, 3, 19), dt.time(19, 30)),
    ("heute 0:00", TODAY, dt.time(0, 0)),
    ("2026-03-15T19:30", dt.date(2026, 3, 15), dt.time(19, 30)),
    ("2026-03-15 23:59", dt.date(2026, 3, 15), dt.time(23, 59)),
    ("15.\u00a03.\u00a026", dt.date(2026, 3, 15), None),  # no-break spaces from a document
    ("15. 3. 2026", dt.date(2026, 3, 15), None),
    ("15. 3. 26 19:30", dt.date(2026, 3, 15), dt.time(19, 30)),
    ("15. 3. 19:30", dt.date(2026, 3, 15), dt.time(19, 30)),
])
def test_every_accepted_form_is_the_day_typed(text: str, day: dt.date,
                                              time: dt.time | None) -> None:
    assert date_input.parse_moment(text, TODAY) == Moment(day, time)
    if time is None:
        assert date_input.parse_date(text, TODAY) == day


@pytest.mark.parametrize(("digits", "year"), [
    ("00", 2000), ("26", 2026), ("27", 2027), ("36", 2036), ("37", 1937), ("99", 1999),
])
def test_two_digit_years_reach_ten_years_ahead(digits: str, year: int) -> None:
    assert date_input.parse_date(f"1.1.{digits}", TODAY) == dt.date(year, 1, 1)


def test_the_two_digit_rule_moves_with_the_years() -> None:
    assert date_input.full_year("05", dt.date(2095, 1, 1)) == 2105
    assert date_input.full_year("99", dt.date(2095, 1, 1)) == 2099
    assert date_input.full_year("30", dt.date(1995, 6, 1)) == 1930


@pytest.mark.parametrize(("text", "problem"), [
    ("31.02.2026", DateProblem.NO_SUCH_DAY),
    ("29.02.2026", DateProblem.NO_SUCH_DAY),  # not a leap year
    ("0.1.2026", DateProblem.NO_SUCH_DAY),
    ("32.1.", DateProblem.NO_SUCH_DAY),
    ("15.13.2026", DateProblem.NO_SUCH_DAY),
    ("15.0.2026", DateProblem.NO_SUCH_DAY),
    ("2026-02-30", DateProblem.NO_SUCH_DAY),
    ("31. April 2026", DateProblem.NO_SUCH_DAY),
    ("15.3.2026 24:00", DateProblem.NO_SUCH_TIME),
    ("15.3.2026 19:60", DateProblem.NO_SUCH_TIME),
    ("15.3.2026 25 Uhr", DateProblem.NO_SUCH_TIME),
    ("1.1.1899", DateProblem.YEAR_RANGE),
    ("1.1.2101", DateProblem.YEAR_RANGE),
    ("15.3.20266", DateProblem.YEAR_RANGE),
    ("15.3.202", DateProblem.YEAR_RANGE),
    ("0001-01-01", DateProblem.YEAR_RANGE),
    ("", DateProblem.EMPTY),
    ("   ", DateProblem.EMPTY),
    ("x" * 41, DateProblem.TOO_LONG),
    ("15.3.\t26", DateProblem.CONTROL),
    ("15.3.26\n", DateProblem.CONTROL),
    ("15.3.26\x00", DateProblem.CONTROL),
    ("15.3.\u200b26", DateProblem.CONTROL),  # zero-width space
    ("15.3.26\u202e", DateProblem.CONTROL),  # right-to-left override
    ("letzte Woche", DateProblem.FORMAT),
    ("15/03/2026", DateProblem.FORMAT),
    ("15.3.26 19", DateProblem.FORMAT),  # a bare number is no time
    ("15.3.26 19:3", DateProblem.FORMAT),
    ("-2026-03-15", DateProblem.FORMAT),
    ("15. Brumaire 2026", DateProblem.FORMAT),
    ("١٥.٣.٢٠٢٦", DateProblem.FORMAT),  # Arabic-Indic digits: not what a German types
    ("19:30", DateProblem.FORMAT),  # a time needs its day
    ("heute gestern", DateProblem.FORMAT),
])
def test_every_rejection_has_its_code(text: str, problem: DateProblem) -> None:
    result = date_input.parse_moment(text, TODAY)
    assert isinstance(result, DateError) and result.problem is problem


def test_a_time_where_only_a_day_is_asked_for_is_refused() -> None:
    result = date_input.parse_date("15.3.26 19:30", TODAY)
    assert isinstance(result, DateError)
    assert result.problem is DateProblem.TIME_NOT_ALLOWED


def test_times_alone() -> None:
    assert date_input.parse_time("19:30") == dt.time(19, 30)
    assert date_input.parse_time("19.30") == dt.time(19, 30)
    assert date_input.parse_time("19 Uhr") == dt.time(19, 0)
    assert date_input.parse_time("7:05 uhr") == dt.time(7, 5)
    for bad in ("24:00", "19:60", "19", "abends", "", "1\x0030"):
        assert isinstance(date_input.parse_time(bad), DateError), bad


def test_the_error_quotes_the_input_short_and_printable() -> None:
    long = date_input.parse_moment("1" * 40, TODAY)
    assert isinstance(long, DateError) and len(long.text) <= 24 and long.text.endswith("…")
    control = date_input.parse_moment("15.3.\x1b[2J26", TODAY)
    assert isinstance(control, DateError) and "\x1b" not in control.text


HOSTILE_PIECES = ["15", ".", "3", "26", "2026", "-", ":", "19", "30", " ", "uhr", "um", "T",
                  "heute", "März", "\x00", "\t", "\n", "\u202e", "\ud800", "9" * 30, "٣",
                  "\ufeff", "%s", "{0}", "'", "\"", "\\", "ß", "İ", "\U0001f621", ",", "0"]


def test_no_text_makes_the_parser_raise() -> None:
    """A seeded loop over hostile mixtures of the pieces dates are made of, and of anything
    else: each gives a Moment or a DateError, never an exception."""
    rng = random.Random(14)
    samples = ["", " " * 1000, "1" * 10_000, "\x00" * 50, "31.12.9999 23:59",
               "99999999999999999999.1.1", "1.1." + "9" * 4300, "\ud800\udc00"]
    for _ in range(5000):
        samples.append("".join(rng.choice(HOSTILE_PIECES) for _ in range(rng.randint(1, 8))))
        samples.append("".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 6))))
    for text in samples:
        for today in (TODAY, dt.date(1900, 1, 1), dt.date(2100, 12, 31), dt.date(1, 1, 1)):
            result = date_input.parse_moment(text, today)
            assert isinstance(result, Moment | DateError), text
            assert isinstance(date_input.parse_date(text, today), dt.date | DateError)
        assert isinstance(date_input.parse_time(text), dt.time | DateError)


def test_plausibility_future_and_long_ago() -> None:
    assert date_input.plausibility(TODAY, TODAY) is None
    assert date_input.plausibility(dt.date(2026, 3, 21), TODAY) is Plausibility.FUTURE
    assert date_input.plausibility(dt.date(2021, 3, 20), TODAY) is None  # exactly five years
    assert date_input.plausibility(dt.date(2021, 3, 19), TODAY) is Plausibility.LONG_AGO
    leap = dt.date(2024, 2, 29)  # five years back from a 29 February is the 28th
    assert date_input.plausibility(dt.date(2019, 2, 28), leap) is None
    assert date_input.plausibility(dt.date(2019, 2, 27), leap) is Plausibility.LONG_AGO


def test_a_day_as_the_fields_show_it() -> None:
    assert date_input.typed(dt.date(2026, 3, 5)) == "05.03.2026"
    assert date_input.typed_moment(dt.date(2026, 3, 5), dt.time(9, 7, 30)) == "05.03.2026 09:07"
    text = date_input.typed_moment(dt.date(2026, 3, 5), dt.time(9, 7))
    assert date_input.parse_moment(text, TODAY) == Moment(dt.date(2026, 3, 5), dt.time(9, 7))
