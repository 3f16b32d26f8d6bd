"""German labels and formats for the dossier, without Qt (a dossier is always German). The
vocabularies' labels are the ones the GUI translates (app/texts/labels.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain import OFFENCES, Category, Precision, TimePoint
from app.texts import labels as german

# The vocabularies' labels, shared with the GUI and the command line (app/texts/labels.py).
CATEGORY = german.CATEGORY
PROSECUTION = german.PROSECUTION
CHANNEL = german.CHANNEL
PLACE_KIND = german.PLACE_KIND
PRECISION = german.PRECISION
MOTIVATION = german.MOTIVATION
OUTCOME = german.OUTCOME
ROLE = german.ROLE
ATTACHMENT_KIND = german.ATTACHMENT_KIND
DEADLINE = german.DEADLINE_STATE
MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def category_with_law(value: Category) -> str:
    offence = OFFENCES[value]
    return f"{CATEGORY[value]} ({offence.stgb})" if offence.stgb else CATEGORY[value]


def date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def datetime(value: dt.datetime | None) -> str:
    """Local wall time; aware values are shown in this computer's time zone."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y, %H:%M Uhr")


def as_written(value: dt.datetime | None) -> str:
    """A time as the source wrote it, with its UTC offset (e-mail Date headers, posts)."""
    if value is None:
        return ""
    text = value.strftime("%d.%m.%Y, %H:%M Uhr")
    offset = value.strftime("%z")
    return f"{text} (UTC{offset[:3]}:{offset[3:]})" if offset else text


def count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def iso_datetime(text: str) -> str:
    try:
        return datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def timepoint(value: TimePoint | None) -> str:
    if value is None:
        return ""
    text = date(value.date)
    if value.time is not None:
        text += value.time.strftime(", %H:%M Uhr")
    if value.precision in (Precision.APPROXIMATE, Precision.UNKNOWN):
        text += f" ({PRECISION[value.precision]})"
    return text


def size(n: int) -> str:
    if n < 1024:
        return f"{n} Byte"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KiB".replace(".", ",")
    return f"{n / (1024 * 1024):.1f} MiB".replace(".", ",")


def euro(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{groups},{cents} €"


def yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def duration(seconds: float) -> str:
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d} h" if hours else f"{minutes}:{secs:02d} min"
