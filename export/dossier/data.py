"""Everything a dossier shows, read from the vault once (read-only) before layout begins."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from app.domain import Attachment, Incident, Person
from app.entries import INCIDENT, Entry, HistoryItem
from app.errors import InvalidInputError
from app.query import find_incidents
from app.service import VaultService
from export.dossier.model import DossierRequest, Profile
from export.dossier.profiles import Redactor


@dataclass
class DossierData:
    request: DossierRequest
    now: dt.datetime  # aware
    author: str  # the vault user creating the dossier
    vault_id: str
    chain_seq: int
    chain_head: str
    municipality: str
    person_concerned: str
    incidents: list[Entry[Incident]]
    numbers: dict[str, int]  # incident id -> running number in the dossier (1-based)
    persons: dict[str, Person]
    unreadable_persons: set[str]  # linked contacts that failed to open (others are deleted)
    attachments: dict[str, list[Entry[Attachment]]]  # incident id -> its evidence, by intake
    history: dict[str, list[HistoryItem]]
    redactor: Redactor
    problems: list[str] = field(default_factory=list)  # records that failed to open

    @property
    def profile(self) -> Profile:
        return self.request.profile

    @property
    def today(self) -> dt.date:
        return self.now.astimezone().date()

    def all_attachments(self) -> list[tuple[str, Entry[Attachment]]]:
        """(evidence number "3.1", attachment) in dossier order."""
        return [(f"{self.numbers[i.id]}.{n}", a) for i in self.incidents
                for n, a in enumerate(self.attachments[i.id], 1)]


def _unreadable(kind: str, record_id: str) -> str:
    """A record that failed to open, named in the dossier's German (why is a code, which the
    dossier does not word)."""
    names = {"person": "Kontakt", "attachment": "Anhang", "incident": "Vorfall"}
    return f"{names.get(kind, 'Eintrag')} {record_id}"


def gather(service: VaultService, request: DossierRequest, now: dt.datetime) -> DossierData:
    incidents = find_incidents(service, request.selection)
    if not incidents:
        raise InvalidInputError("No incident matches the selection; the dossier would be "
                                "empty.", "selection", "empty_selection")
    persons_listing = service.list_persons()
    persons = {e.id: e.value for e in persons_listing.entries}
    problems = [_unreadable(f.kind, f.id) for f in persons_listing.failures]
    attachments: dict[str, list[Entry[Attachment]]] = {}
    history: dict[str, list[HistoryItem]] = {}
    for entry in incidents:
        listing = service.list_attachments(entry.id)
        problems += [_unreadable(f.kind, f.id) for f in listing.failures]
        attachments[entry.id] = sorted(listing.entries,
                                       key=lambda a: (a.value.intake_at, a.id))
        history[entry.id] = service.history(INCIDENT, entry.id)
    head = service.chain_head()
    author = service.user_name
    municipality = request.municipality.strip() or _most_common(
        [e.value.municipality for e in incidents])
    return DossierData(
        request=request, now=now, author=author, vault_id=service.vault_id,
        chain_seq=head.seq, chain_head=head.link_hash, municipality=municipality,
        person_concerned=request.person_concerned.strip() or author, incidents=incidents,
        numbers={e.id: n for n, e in enumerate(incidents, 1)}, persons=persons,
        unreadable_persons={f.id for f in persons_listing.failures}, attachments=attachments,
        history=history,
        redactor=Redactor(request.profile, incidents, persons), problems=problems)


def _most_common(values: list[str]) -> str:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else ""
