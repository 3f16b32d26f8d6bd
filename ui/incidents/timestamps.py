"""Stored times are UTC ISO strings; people read local time in German format."""

from __future__ import annotations

import datetime as dt


def timestamp_text(iso: str) -> str:
    """'2026-03-12T08:30:00.123Z' -> '12.03.2026 09:30' (local time); unreadable -> as is."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
