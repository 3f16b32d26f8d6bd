"""Pydantic's report on invalid input, turned into the core's InvalidInputError: pydantic's
error types mapped onto a closed set of codes (InputCode), the models' own checks found by
their type (they raise their code, app/domain/checks.py), never by reading pydantic's text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from app.domain.text import BLOCK_PATTERN, ID_PATTERN, LINE_PATTERN
from app.errors import InputCode, InvalidInputError

# pydantic's type -> code, where the type alone decides.
_BY_TYPE = {
    "missing": InputCode.MISSING,
    "string_too_long": InputCode.TEXT_TOO_LONG,
    "too_short": InputCode.TOO_FEW_ITEMS,
    "too_long": InputCode.TOO_MANY_ITEMS,
    "string_unicode": InputCode.NOT_UTF8,
    "less_than": InputCode.NUMBER_TOO_LARGE,
    "less_than_equal": InputCode.NUMBER_TOO_LARGE,
    "decimal_max_places": InputCode.DECIMAL_PLACES,
    "enum": InputCode.NOT_ALLOWED,
    "literal_error": InputCode.NOT_ALLOWED,
    "extra_forbidden": InputCode.UNKNOWN_FIELD,
    "list_type": InputCode.NOT_A_LIST,
    "tuple_type": InputCode.NOT_A_LIST,
    "set_type": InputCode.NOT_A_LIST,
    "iterable_type": InputCode.NOT_A_LIST,
    "dict_type": InputCode.NOT_AN_OBJECT,
    "model_type": InputCode.NOT_AN_OBJECT,
    "model_attributes_type": InputCode.NOT_AN_OBJECT,
    "dataclass_type": InputCode.NOT_AN_OBJECT,
    "string_type": InputCode.NOT_TEXT,
    "string_sub_type": InputCode.NOT_TEXT,
    "bool_type": InputCode.NOT_TRUE_OR_FALSE,
    "bool_parsing": InputCode.NOT_TRUE_OR_FALSE,
    "finite_number": InputCode.NOT_A_NUMBER,
}
_PATTERNS = {LINE_PATTERN: InputCode.LINE_CONTROL_CHARACTERS,
             BLOCK_PATTERN: InputCode.CONTROL_CHARACTERS, ID_PATTERN: InputCode.NOT_A_RECORD_ID}
_LIMITS = ("max_length", "min_length", "le", "lt", "ge", "gt", "decimal_places")
_OWN = {code.value: code for code in InputCode}


def _code(kind: str, ctx: dict[str, Any]) -> InputCode:
    if kind in _BY_TYPE:
        return _BY_TYPE[kind]
    if kind in _OWN:
        return _OWN[kind]  # a model's own check (app/domain/checks.py)
    if kind == "string_too_short":
        return InputCode.EMPTY if ctx.get("min_length") == 1 else InputCode.TEXT_TOO_SHORT
    if kind == "string_pattern_mismatch":
        return _PATTERNS.get(str(ctx.get("pattern", "")), InputCode.INVALID)
    if kind in ("greater_than", "greater_than_equal"):
        bound = ctx.get("ge", ctx.get("gt"))
        return InputCode.NEGATIVE if bound == 0 else InputCode.NUMBER_TOO_SMALL
    if kind.startswith(("datetime_", "timezone_")):
        return InputCode.NOT_A_DATETIME
    if kind.startswith("date_"):
        return InputCode.NOT_A_DATE
    if kind.startswith("time_"):
        return InputCode.NOT_A_TIME
    if kind.startswith(("int_", "float_", "decimal_", "complex_")):
        return InputCode.NOT_A_NUMBER
    return InputCode.INVALID


def _number(value: Any) -> Any:
    """A bound as a plain number: pydantic gives a Decimal field's bounds as Decimals."""
    if isinstance(value, Decimal | float) and value == int(value):
        return int(value)
    return value


def from_validation_error(exc: ValidationError, kind: str) -> InvalidInputError:
    """The first failure of pydantic's report, for a record of `kind` ("incident", "person",
    "attachment"), as an InvalidInputError naming its field."""
    first = exc.errors(include_url=False)[0]
    ctx: dict[str, Any] = dict(first.get("ctx") or {})
    code = _code(str(first.get("type", "")), ctx)
    parts = [str(part) for part in first.get("loc", ()) if part != "__root__"]
    if ctx.get("field"):
        # A check across fields has no location of its own (or only its model's): it names
        # its field in its context, so forms can still highlight it.
        parts.append(str(ctx["field"]))
    found = {"kind": kind, "allowed": str(ctx.get("expected", "")),
             "limit": next((_number(ctx[k]) for k in _LIMITS if k in ctx), None)}
    params = {name: ctx.get(name, found.get(name, "")) for name in code.params}
    return InvalidInputError(code, ".".join(parts), **params)
