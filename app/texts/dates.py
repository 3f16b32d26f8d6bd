"""How dates and times are written for people, once, in German (dd.mm.yyyy, 24-hour clock), for
the GUI, the dossier and anything else that shows them.

Two kinds of time reach people. An incident's TimePoint is office wall time without a zone
(as the user typed it): it is shown as it is. A moment the vault recorded (a save, an intake,
an export) is stored in UTC: it is shown in this computer's local time. A time a source wrote
with its own offset (an e-mail's Date header) can be shown as written, with that offset.

Formatted by hand, not with strftime: strftime imports a module on every call, which PySide6's
import hook makes costly (the list formats 20,000 dates when it loads 10,000 incidents)."""

from __future__ import annotations

import datetime as dt

from app.domain import Precision, TimePoint

# The list's marks for how precise a time is ("≈ 12.03.2026 09:30", "? 12.03.2026").
PRECISION_MARK = {Precision.APPROXIMATE: "≈ ", Precision.UNKNOWN: "? "}


def day(value: dt.date | None) -> str:
    """'12.03.2026'; '' for none."""
    if value is None:
        return ""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def clock(value: dt.time | dt.datetime, seconds: bool = False) -> str:
    """'09:30' (or '09:30:05')."""
    text = f"{value.hour:02d}:{value.minute:02d}"
    return f"{text}:{value.second:02d}" if seconds else text


def point(value: TimePoint) -> str:
    """An incident's time in a list: '≈ 12.03.2026 09:30', '12.03.2026'."""
    text = day(value.date)
    if value.time is not None:
        text += " " + clock(value.time)
    return PRECISION_MARK.get(value.precision or Precision.DAY, "") + text


def point_in_words(value: TimePoint | None, precision_label: str = "") -> str:
    """An incident's time in a document: '12.03.2026, 09:30 Uhr (ungefähr)'; the label of an
    approximate or unknown precision is the caller's (app/texts/labels.py)."""
    if value is None:
        return ""
    text = day(value.date)
    if value.time is not None:
        text += f", {clock(value.time)} Uhr"
    if precision_label and value.precision in (Precision.APPROXIMATE, Precision.UNKNOWN):
        text += f" ({precision_label})"
    return text


def _moment(value: dt.datetime | str) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _local_moment(value: dt.datetime | str) -> dt.datetime | None:
    """A recorded moment in this computer's local time; a naive one as it is."""
    moment = _moment(value)
    if moment is not None and moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment


def local(value: dt.datetime | str, seconds: bool = False) -> str:
    """A recorded moment (an aware time, or the vault's UTC ISO text) in this computer's
    local time: '12.03.2026 09:30'. A naive time (a camera's own clock) is shown as it is;
    text that is no time is returned unchanged."""
    moment = _local_moment(value)
    if moment is None:
        return str(value)
    return f"{day(moment.date())} {clock(moment, seconds)}"


def local_day(value: dt.datetime | str) -> str:
    """The local day of a recorded moment: '12.03.2026' (text that is no time unchanged)."""
    moment = _local_moment(value)
    return str(value) if moment is None else day(moment.date())


def local_in_words(value: dt.datetime | str | None) -> str:
    """The same in a document: '12.03.2026, 09:30 Uhr'."""
    if value is None:
        return ""
    moment = _local_moment(value)
    if moment is None:
        return str(value)
    return f"{day(moment.date())}, {clock(moment)} Uhr"


def as_written(value: dt.datetime | None) -> str:
    """A time as its source wrote it, with the source's UTC offset (an e-mail's Date header,
    a post): '12.03.2026, 09:30 Uhr (UTC+01:00)'."""
    if value is None:
        return ""
    text = f"{day(value.date())}, {clock(value)} Uhr"
    offset = value.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{text} (UTC{sign}{hours:02d}:{rest:02d})"
