"""A notice intake made about a file or a proposed incident ("the EXIF date could not be
read", "the file is empty"): a code and its parameters, never a sentence. The front ends and
the dossier word it (app/texts/notices.py in German, cli/notices.py in English), so a notice
stored today reads in the language of whoever looks at it later.

Vaults of earlier versions hold these notes as English sentences; such a string reads as a
notice with the code LEGACY_TEXT and the sentence as its one parameter, shown as written."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, Strict, StrictInt, ValidationInfo, model_validator

from app.domain.checks import failed
from app.domain.text import Line, Model
from app.errors import InputCode
from app.intake.codes import ENUM_PARAMS, NUMBER_PARAMS, IntakeCode

# The child process that reads a file is not trusted: its answer is validated with this
# context, which refuses what only a vault may hold (an old sentence).
UNTRUSTED = {"untrusted": True}

FiniteFloat = Annotated[float, Strict(), Field(allow_inf_nan=False)]
ParamValue = StrictInt | FiniteFloat | Line


class Notice(Model):
    code: IntakeCode
    params: dict[str, ParamValue] = {}

    @model_validator(mode="before")
    @classmethod
    def _from_old_sentence(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"code": IntakeCode.LEGACY_TEXT, "params": {"text": data}}
        return data

    @model_validator(mode="after")
    def _params_fit_the_code(self, info: ValidationInfo) -> Notice:
        # A notice that does not fit its code comes from a damaged record or a reader that
        # misbehaves, never from a person: the one code says "not valid", the field where.
        if set(self.params) != set(self.code.params) or not all(
                _fits(name, value) for name, value in self.params.items()):
            raise failed(InputCode.INVALID, "params")
        untrusted = isinstance(info.context, dict) and info.context.get("untrusted")
        if untrusted and self.code is IntakeCode.LEGACY_TEXT:  # a reader may send no sentence
            raise failed(InputCode.INVALID, "code")
        return self

    @classmethod
    def of(cls, code: IntakeCode, **params: Any) -> Notice:
        return cls(code=code, params=params)


def _fits(name: str, value: object) -> bool:
    number = NUMBER_PARAMS.get(name)
    if number is float:
        return isinstance(value, int | float)
    if number is int:
        return isinstance(value, int)
    if name in ENUM_PARAMS:
        return value in set(ENUM_PARAMS[name])
    return isinstance(value, str)


def old_sentence_or_none(value: Any) -> Any:
    """An empty string (what earlier versions stored for "nothing") is no notice."""
    return None if value == "" else value
