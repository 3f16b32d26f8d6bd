"""A person in the directory: support contact, person involved, or the own organisation."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Self

from pydantic import AfterValidator, Field, model_validator

from app.domain.checks import failed
from app.domain.enums import PersonKind
from app.domain.text import Line, Model, Text
from app.errors import InputCode

MAX_ITEMS = 100


def _email(value: str) -> str:
    if value and ("@" not in value or " " in value or value.startswith("@")):
        raise failed(InputCode.NOT_AN_EMAIL, value=value)
    return value


Email = Annotated[Line, AfterValidator(_email)]


class OnlineHandle(Model):
    platform: Line = ""
    handle: Line = ""
    profile_url: Line = ""


class Person(Model):
    kind: PersonKind
    name: Line = ""
    organisation: Line = ""
    function: Line = ""
    phones: Annotated[list[Line], Field(max_length=MAX_ITEMS)] = []
    emails: Annotated[list[Email], Field(max_length=MAX_ITEMS)] = []
    address: Text = ""
    web: Annotated[list[Line], Field(max_length=MAX_ITEMS)] = []
    handles: Annotated[list[OnlineHandle], Field(max_length=MAX_ITEMS)] = []
    vehicle_plates: Annotated[list[Line], Field(max_length=MAX_ITEMS)] = []
    notes: Text = ""
    source: Line = ""  # for shipped support contacts
    checked_on: dt.date | None = None
    needs_check: bool = False  # "bitte prüfen"

    @model_validator(mode="after")
    def _has_a_name(self) -> Self:
        if not self.name and not self.organisation:
            raise failed(InputCode.CONTACT_WITHOUT_NAME, "name")
        return self

    @property
    def display_name(self) -> str:
        if self.name and self.organisation:
            return f"{self.name} ({self.organisation})"
        return self.name or self.organisation

    def search_text(self) -> str:
        parts = [self.name, self.organisation, self.function, *self.phones, *self.emails,
                 self.address, *self.web, *(h.handle for h in self.handles),
                 *(h.profile_url for h in self.handles), *self.vehicle_plates, self.notes]
        return "\n".join(p for p in parts if p)
