"""How the domain models report their own checks: as a PydanticCustomError whose type is the
InputCode, so app/validation.py turns it into an InvalidInputError by its type alone."""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

from app.errors import InputCode


def failed(code: InputCode, field: str = "", **params: Any) -> PydanticCustomError:
    """A failed check. `field` names the field a check across fields is about (pydantic gives
    those only the model's location); `params` are the code's parameters but "kind", which
    the service adds. The message is the code's value: pydantic's text goes to logs only."""
    context = {**params, **({"field": field} if field else {})}
    return PydanticCustomError(code.value, code.value, context)
