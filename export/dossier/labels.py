"""German labels and formats for the dossier, without Qt (a dossier is always German). The
vocabularies' labels are the ones the GUI translates (app/texts/labels.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain import OFFENCES, Category, TimePoint
from app.texts import dates
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
# The profile in words for the page header ("VERTRAULICH · Profil Polizei"), not its key.
PROFILE = {"polizei": "Polizei", "beratung": "Beratung", "statistik": "Statistik"}
DEADLINE = german.DEADLINE_STATE
RECORD_KIND = {"incident": "Vorfall", "person": "Kontakt", "attachment": "Anhang"}
MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def category_with_law(value: Category) -> str:
    offence = OFFENCES[value]
    return f"{CATEGORY[value]} ({offence.stgb})" if offence.stgb else CATEGORY[value]


def date(value: dt.date | None) -> str:
    return dates.day(value)


def datetime(value: dt.datetime | None) -> str:
    """Local wall time; aware values are shown in this computer's time zone."""
    return dates.local_in_words(value)


def as_written(value: dt.datetime | None) -> str:
    """A time as the source wrote it, with its UTC offset (e-mail Date headers, posts)."""
    return dates.as_written(value)


def count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def iso_datetime(text: str) -> str:
    return dates.local_in_words(text)


def timepoint(value: TimePoint | None) -> str:
    label = PRECISION.get(value.precision, "") if value is not None and value.precision else ""
    return dates.point_in_words(value, label)


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
