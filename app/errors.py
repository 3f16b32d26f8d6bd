"""Errors the app layer reports to users: one clear sentence each."""

from __future__ import annotations

import re

from pydantic import ValidationError

from app.domain.text import ID_PATTERN, PATTERN_MESSAGES
from storage.errors import StorageError


class AppError(StorageError):
    """Base for app-level user errors (shares StorageError so front ends catch one type)."""


class InvalidInputError(AppError):
    """Input that fails validation. ``field`` names the field, for forms to highlight it;
    ``code`` says what is wrong in a stable word (pydantic's error type, e.g.
    "string_too_long", or "value_error" for the model's own checks) so a German front end can
    say it in its own words; ``limit`` is the bound involved, if any."""

    def __init__(self, message: str, field: str = "", code: str = "",
                 limit: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.limit = limit


class AmbiguousIdError(AppError):
    pass


class TimeZoneDataError(AppError):
    """The time-zone database lacks a zone the app needs: a broken installation, not input."""


_FIELD_PREFIX = re.compile(r"^([a-z_][a-z0-9_.]*): (.+)$", re.DOTALL)


def from_validation_error(exc: ValidationError, what: str) -> InvalidInputError:
    """Turn pydantic's report into one sentence naming the first field that failed."""
    first = exc.errors(include_url=False)[0]
    field = ".".join(str(part) for part in first.get("loc", ()) if part != "__root__")
    message = str(first.get("msg", "is invalid"))
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    kind = first.get("type")
    if kind == "extra_forbidden":
        message = "is not a known field"
    elif kind == "string_unicode":
        message = "contains bytes that are not valid text (UTF-8)"
    elif kind == "string_pattern_mismatch":
        pattern = str((first.get("ctx") or {}).get("pattern", ""))
        message = PATTERN_MESSAGES.get(pattern, message)
    if not field:
        # Checks across fields (model validators) have no location; they name their field
        # as a prefix, "persons: ...", so forms can still highlight it.
        named = _FIELD_PREFIX.match(message)
        if named:
            field, message = named.group(1), named.group(2)
    code = str(kind or "")
    ctx = first.get("ctx") or {}
    if code == "string_pattern_mismatch":
        code = "record_id" if ctx.get("pattern") == ID_PATTERN else "control_characters"
    limit = next((v for k, v in ctx.items() if k in ("max_length", "min_length", "le", "lt",
                                                      "ge", "gt") and isinstance(v, int)), None)
    if field:
        return InvalidInputError(f"{what}: {field}: {message}.".replace("..", "."), field, code,
                                 limit)
    return InvalidInputError(f"{what}: {message}.".replace("..", "."), "", code, limit)
