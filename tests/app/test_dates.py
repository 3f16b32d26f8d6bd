"""The one way dates and times are written for people (app/texts/dates.py): German forms,
incident times as typed, recorded moments in local time, a source's time with its offset.
The tests run in German time (tests/conftest.py sets TZ)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import TimePoint
from app.texts import dates


def tp(**fields: object) -> TimePoint:
    return TimePoint.model_validate(fields)


def test_days_and_clocks_as_strftime_would_write_them() -> None:
    start = dt.datetime(1999, 12, 31, 23, 59, 58)
    for hours in range(0, 24 * 800, 37):
        moment = start + dt.timedelta(hours=hours, seconds=hours % 61)
        assert dates.day(moment.date()) == moment.strftime("%d.%m.%Y")
        assert dates.clock(moment) == moment.strftime("%H:%M")
        assert dates.clock(moment.time(), seconds=True) == moment.strftime("%H:%M:%S")
    assert dates.day(dt.date(33, 1, 2)) == "02.01.0033" and dates.day(None) == ""


def test_incident_times_in_a_list_and_in_a_document() -> None:
    exact = tp(date="2026-03-12", time="09:30")
    rough = tp(date="2026-03-12", time="09:30", precision="approximate")
    unknown = tp(date="2026-03-12", precision="unknown")
    only_day = tp(date="2026-03-12")
    assert [dates.point(p) for p in (exact, rough, unknown, only_day)] == [
        "12.03.2026 09:30", "≈ 12.03.2026 09:30", "? 12.03.2026", "12.03.2026"]
    assert dates.point_in_words(rough, "ungefähr") == "12.03.2026, 09:30 Uhr (ungefähr)"
    assert dates.point_in_words(exact, "genau") == "12.03.2026, 09:30 Uhr"  # exact: no label
    assert dates.point_in_words(None) == ""


@pytest.mark.parametrize(("stored", "shown"), [
    ("2026-03-12T08:30:00.123Z", "12.03.2026 09:30"),  # winter: UTC+1
    ("2026-07-12T08:30:00+00:00", "12.07.2026 10:30"),  # summer: UTC+2
    ("2026-03-29T00:59:59Z", "29.03.2026 01:59"),  # the last minute before the clocks jump
    ("2026-03-29T01:00:00Z", "29.03.2026 03:00"),
    ("2026-10-25T00:30:00Z", "25.10.2026 02:30"),  # the first of the two 02:30s
    ("2026-10-25T01:30:00Z", "25.10.2026 02:30"),
    ("2026-12-31T23:30:00", "01.01.2027 00:30"),  # the vault's times are UTC, zone or not
])
def test_recorded_moments_are_shown_in_local_time(stored: str, shown: str) -> None:
    assert dates.local(stored) == shown
    assert dates.local_in_words(stored) == shown.replace(" ", ", ", 1) + " Uhr"


def test_a_naive_time_and_text_that_is_no_time_stay_as_they_are() -> None:
    camera = dt.datetime(2026, 3, 12, 9, 30, 5)  # an EXIF time: the camera's own clock
    assert dates.local(camera, seconds=True) == "12.03.2026 09:30:05"
    assert dates.local("gestern") == "gestern" and dates.local_in_words("") == ""
    assert dates.local_in_words(None) == ""


def test_a_sources_time_keeps_its_offset() -> None:
    zone = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert dates.as_written(dt.datetime(2026, 3, 12, 9, 5, tzinfo=zone)) == \
        "12.03.2026, 09:05 Uhr (UTC+05:30)"
    west = dt.timezone(-dt.timedelta(hours=3, minutes=30))
    assert dates.as_written(dt.datetime(2026, 3, 12, 9, 5, tzinfo=west)).endswith(
        "(UTC-03:30)")
    assert dates.as_written(dt.datetime(2026, 3, 12, 9, 5)) == "12.03.2026, 09:05 Uhr"
    assert dates.as_written(None) == ""
