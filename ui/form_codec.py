"""An editor's raw form state (its collect() dict) as JSON and back, exactly, for drafts kept at
an automatic lock (app/drafts.py). Dates, times and amounts become tagged objects
({"$date": "2026-03-14"}); an enum becomes its value (the forms' combo boxes take the value
back); tuples become lists (the forms collect lists). Anything else is refused: a value that
would not come back as it went in must not reach a draft."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import overload

DATE, TIME, DATETIME, DECIMAL = "$date", "$time", "$datetime", "$decimal"
TAGS = (DATE, TIME, DATETIME, DECIMAL)

Json = None | bool | int | float | str | list["Json"] | dict[str, "Json"]
# What decode() gives: JSON with its tagged objects turned back into values.
FormValue = (None | bool | int | float | str | dt.date | dt.time | Decimal | list["FormValue"]
             | dict[str, "FormValue"])


@overload
def encode(value: Mapping[str, object]) -> dict[str, Json]: ...


@overload
def encode(value: object) -> Json: ...


def encode(value: object) -> Json:
    """JSON-safe data for `value` (TypeError or ValueError for what cannot be kept exactly);
    a form (a dict) gives a JSON object."""
    if isinstance(value, Enum):  # before str: a StrEnum is a str too
        member: object = value.value
        return encode(member)
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


def decode(value: Json) -> FormValue:
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


def _tagged(tag: str, text: Json) -> FormValue:
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
