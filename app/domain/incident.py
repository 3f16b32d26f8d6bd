"""An incident with every fact the police ask for (W-questions) and its case status."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.domain.checks import failed
from app.domain.enums import Channel, Motivation, Outcome, PlaceKind, Precision, Role
from app.domain.offences import Category
from app.domain.text import Line, Model, RecordId, RequiredText, Text, Title
from app.errors import InputCode

MAX_ITEMS = 500


class TimePoint(Model):
    """A date with an optional local time and how precise it is (no time zone: office time)."""

    date: dt.date
    time: dt.time | None = None
    precision: Precision | None = None

    @model_validator(mode="after")
    def _default_precision(self) -> Self:
        if self.time is not None and self.time.tzinfo is not None:
            raise failed(InputCode.TIME_WITH_ZONE)
        if self.precision is None:
            self.precision = Precision.EXACT if self.time is not None else Precision.DAY
        return self

    def sort_key(self) -> tuple[dt.date, dt.time]:
        return self.date, self.time or dt.time.min


class PersonLink(Model):
    person_id: RecordId
    role: Role


class FollowUpNote(Model):
    on: dt.date
    text: RequiredText


class CaseStatus(Model):
    reported: bool = False
    reported_on: dt.date | None = None
    police_office: Line = ""
    police_case_number: Line = ""  # Tagebuch- / Vorgangsnummer
    strafantrag_on: dt.date | None = None
    strafantrag_by: Line = ""
    prosecutor_office: Line = ""
    aktenzeichen: Line = ""
    # When and to whom the evidence (originals, a bundle, a USB stick) went to the police.
    evidence_handed_on: dt.date | None = None
    evidence_handed_to: Line = ""
    outcome: Outcome = Outcome.OPEN
    notes: Annotated[list[FollowUpNote], Field(max_length=MAX_ITEMS)] = []

    @model_validator(mode="after")
    def _reported_on_implies_reported(self) -> Self:
        if self.reported_on is not None and not self.reported:
            self.reported = True
        return self


class Incident(Model):
    title: Title
    occurred: TimePoint
    occurred_to: TimePoint | None = None
    discovered_on: dt.date | None = None  # starts the Strafantrag deadline (§ 77b StGB)
    discovery: Text = ""  # how and by whom the incident was discovered
    place_kind: PlaceKind | None = None
    place: Line = ""
    municipality: Line = ""
    channel: Channel | None = None
    platform: Line = ""
    url: Line = ""  # the address of an online post, as the police need it to secure it
    categories: Annotated[list[Category], Field(max_length=len(Category))] = []
    verbatim: Text = ""  # the exact words (of a threat, a post, a call), apart from the account
    description: Text = ""  # what happened, in the user's own words
    means: Text = ""  # how, with what means
    context: Text = ""  # e.g. the council decision it relates to
    targeted: Text = ""  # the office holder, family, staff
    persons: Annotated[list[PersonLink], Field(max_length=MAX_ITEMS)] = []
    perpetrator_unknown: bool = False
    injury: Text = ""
    damage_eur: Annotated[Decimal, Field(ge=0, lt=10**10, decimal_places=2)] | None = None
    impact: Text = ""
    own_reaction: Text = ""
    protective_measures: Text = ""
    motivation: Motivation | None = None
    case: CaseStatus = Field(default_factory=CaseStatus)
    tags: Annotated[list[Line], Field(max_length=MAX_ITEMS)] = []
    related: Annotated[list[RecordId], Field(max_length=MAX_ITEMS)] = []
    review_on: dt.date | None = None  # data protection: review instead of silent deletion

    @field_validator("damage_eur")
    @classmethod
    def _cents(cls, value: Decimal | None) -> Decimal | None:
        # "1e3" and "250" are stored as 1000.00 and 250.00: one form for lists and exports.
        return None if value is None else value.quantize(Decimal("0.01"))

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.occurred_to is not None and self.occurred_to.sort_key() < self.occurred.sort_key():
            raise failed(InputCode.END_BEFORE_START, "occurred_to")
        if len(set(self.categories)) != len(self.categories):
            self.categories = list(dict.fromkeys(self.categories))
        links = [(p.person_id, p.role) for p in self.persons]
        if len(set(links)) != len(links):
            raise failed(InputCode.PERSON_LINKED_TWICE, "persons")
        return self

    def person_ids(self, role: Role) -> list[str]:
        return [p.person_id for p in self.persons if p.role == role]

    def search_text(self) -> str:
        """Every free-text field, for search."""
        parts = [self.title, self.place, self.municipality, self.platform, self.url,
                 self.discovery, self.verbatim, self.description,
                 self.means, self.context, self.targeted, self.injury, self.impact,
                 self.own_reaction, self.protective_measures, self.case.police_office,
                 self.case.police_case_number, self.case.strafantrag_by,
                 self.case.prosecutor_office, self.case.aktenzeichen,
                 self.case.evidence_handed_to, *self.tags,
                 *(n.text for n in self.case.notes), *self.categories]
        return "\n".join(p for p in parts if p)


class CaseHead(BaseModel):
    """The case status as the incident list shows it (see IncidentHead)."""

    model_config = ConfigDict(extra="ignore")
    reported: bool = False
    reported_on: dt.date | None = None
    outcome: Outcome = Outcome.OPEN

    @model_validator(mode="after")
    def _reported_on_implies_reported(self) -> Self:
        if self.reported_on is not None and not self.reported:
            self.reported = True  # an assignment costs a Python call: only when needed
        return self


class IncidentHead(BaseModel):
    """What the incident list shows, sorts and filters by, and its links (to name the
    incidents that link to a record before it is deleted), read from a stored incident without
    building the rest: the same types and checks as Incident for these fields, the others
    skipped. 10,000 heads take about a third of the time of 10,000 full incidents, which is
    what lets the list appear within a second of unlocking (Listed holds the full record)."""

    model_config = ConfigDict(extra="ignore")
    title: Title
    occurred: TimePoint
    occurred_to: TimePoint | None = None
    channel: Channel | None = None
    platform: Line = ""
    url: Line = ""  # the address of an online post, as the police need it to secure it
    categories: Annotated[list[Category], Field(max_length=len(Category))] = []
    persons: Annotated[list[PersonLink], Field(max_length=MAX_ITEMS)] = []
    related: Annotated[list[RecordId], Field(max_length=MAX_ITEMS)] = []
    case: CaseHead = Field(default_factory=CaseHead)

    @classmethod
    def of(cls, incident: Incident) -> IncidentHead:
        """The head of a full incident (after a save), equal to reading it from storage."""
        return cls.model_validate(incident.model_dump(
            include={"title", "occurred", "occurred_to", "channel", "platform", "categories",
                     "persons", "related", "case"}))
