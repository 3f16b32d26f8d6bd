"""Which incidents: the one query behind the incident list's filters, the dossier's selection
and every later export or view, so that they can never disagree (they once did: the list
took a stalking series from 26 February to 5 March into March, the March dossier left it out).

Dates are the office's local calendar days, as the incidents record them (a TimePoint has no
time zone), so the answer does not depend on the computer's time zone. An incident is in a
period when its span (occurred .. occurred_to, or its one day) touches the period; a period
may be open at either end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.domain import Category, Incident, IncidentHead, Outcome
from app.errors import InputCode, InvalidInputError
from app.search import normalise_query

if TYPE_CHECKING:
    from app.entries import Entry
    from app.service import VaultService

Shown = IncidentHead | Incident  # the query reads only fields both have


def span(incident: Shown) -> tuple[dt.date, dt.date]:
    """The first and last day of an incident (the same day without an end)."""
    first = incident.occurred.date
    last = incident.occurred_to.date if incident.occurred_to is not None else first
    return first, max(first, last)


@dataclass(frozen=True)
class IncidentQuery:
    date_from: dt.date | None = None  # first day of the period (inclusive); None: open
    date_to: dt.date | None = None  # last day (inclusive); None: open
    categories: tuple[Category, ...] = ()  # any of them; empty: all
    outcome: Outcome | None = None  # the case's outcome; None: all
    person_ids: tuple[str, ...] = ()  # linked (in any role) to any of them; empty: all
    text: str = ""  # every word must occur, case and accents folded (app/search.py)
    incident_ids: tuple[str, ...] = ()  # only these (full ids); empty: all

    def check(self) -> None:
        """Refuse a period that ends before it starts."""
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidInputError(InputCode.PERIOD_ORDER, "date_from")

    def is_empty(self) -> bool:
        return self == IncidentQuery()

    def without_text(self) -> IncidentQuery:
        """The same query with no words (the list matches those against its own texts)."""
        return replace(self, text="")

    def touches_period(self, incident: Shown) -> bool:
        first, last = span(incident)
        return ((self.date_from is None or last >= self.date_from)
                and (self.date_to is None or first <= self.date_to))

    def matches(self, record_id: str, incident: Shown, text: str | None = None) -> bool:
        """Whether the incident `record_id` is selected. `text` is its folded search text
        (app.search.fold): needed only when the query has words."""
        if self.incident_ids and record_id not in self.incident_ids:
            return False
        if not self.touches_period(incident):
            return False
        if self.categories and not any(c in self.categories for c in incident.categories):
            return False
        if self.outcome is not None and incident.case.outcome != self.outcome:
            return False
        if self.person_ids and not any(p.person_id in self.person_ids
                                       for p in incident.persons):
            return False
        return self.matches_text(text or "")

    def matches_text(self, folded: str) -> bool:
        words = normalise_query(self.text)
        return all(word in folded for word in words)


def in_time_order(entries: list[Entry[Incident]]) -> list[Entry[Incident]]:
    """Oldest first; an untimed day before the timed events of that day; ids keep ties stable."""
    return sorted(entries, key=lambda e: (e.value.occurred.sort_key(), e.id))


def find_incidents(service: VaultService, query: IncidentQuery) -> list[Entry[Incident]]:
    """The incidents `query` selects, oldest first. Ids may be given as unambiguous prefixes;
    an unknown id is an error (the user named it), a criterion matching nothing is not. Words
    are looked for in every text field and the names of the linked persons
    (VaultService.incident_index)."""
    query.check()
    if query.incident_ids:
        query = replace(query, incident_ids=tuple(dict.fromkeys(
            service.resolve("incident", i) for i in query.incident_ids)))
    listing = service.list_incidents()
    entries = (service.incident_index(listing).search(query.text) if query.text.strip()
               else listing.entries)
    plain = query.without_text()
    return in_time_order([e for e in entries if plain.matches(e.id, e.value)])
