"""An editor's raw form state (its collect() dict) as JSON and back, exactly, for drafts kept at
an automatic lock (app/drafts.py). Dates, times and amounts become tagged objects
({"$date": "2026-03-14"}); an enum becomes its value (the forms' combo boxes take the value
back); tuples become lists (the forms collect lists). Anything else is refused: a value that
would not come back as it went in must not reach a draft."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

DATE, TIME, DATETIME, DECIMAL = "$date", "$time", "$datetime", "$decimal"
TAGS = (DATE, TIME, DATETIME, DECIMAL)


def encode(value: Any) -> Any:
    """JSON-safe data for `value` (TypeError or ValueError for what cannot be kept exactly)."""
    if isinstance(value, Enum):  # before str: a StrEnum is a str too
        return encode(value.value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return value
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return {DATETIME: value.isoformat()}
    if isinstance(value, dt.date):
        return {DATE: value.isoformat()}
    if isinstance(value, dt.time):
        return {TIME: value.isoformat()}
    if isinstance(value, Decimal):
        return {DECIMAL: str(value)}
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str) or key.startswith("$"):
                raise ValueError(f"a form key must be a name: {key!r}")
        return {key: encode(item) for key, item in value.items()}
    raise TypeError(f"a form value of type {type(value).__name__} cannot be kept")


def decode(value: Any) -> Any:
    """The inverse of encode (ValueError for data encode cannot have made)."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        tag, text = next(iter(value.items()))
        if tag in TAGS:
            return _tagged(tag, text)
    if any(key.startswith("$") for key in value):
        raise ValueError("an unknown tag in a form")
    return {key: decode(item) for key, item in value.items()}


def _tagged(tag: str, text: Any) -> Any:
    if not isinstance(text, str):
        raise ValueError(f"{tag} needs a text")
    if tag == DATE:
        return dt.date.fromisoformat(text)
    if tag == TIME:
        return dt.time.fromisoformat(text)
    if tag == DATETIME:
        return dt.datetime.fromisoformat(text)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
