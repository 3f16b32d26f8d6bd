"""Everything a dossier shows, read from the vault once (read-only) before layout begins."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from app.domain import Attachment, Incident, Person
from app.entries import INCIDENT, Entry, HistoryItem
from app.evidence_codes import EvidenceProblem
from app.intake.print_image import PrintImage
from app.progress import CancelFn
from app.query import find_incidents
from app.service import VaultService
from export.dossier.model import DossierRequest, Profile, Unshown
from export.dossier.profiles import Redactor
from export.errors import ExportCode, ExportError


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
    # Records that failed to open, as (kind, id): the dossier says so in its own words.
    problems: list[tuple[str, str]] = field(default_factory=list)
    # Evidence shown by a replacement (attachment id -> why), in the order it was met.
    unshown: dict[str, Unshown] = field(default_factory=dict)
    cancel: CancelFn | None = None  # the export's: a sandboxed child stops with it
    # pictures prepared for print in the sandbox before layout (evidence.prepare_pictures)
    pictures: dict[str, PrintImage | EvidenceProblem] = field(default_factory=dict)

    @property
    def profile(self) -> Profile:
        return self.request.profile

    @property
    def today(self) -> dt.date:
        return self.now.astimezone().date()

    def not_shown(self, attachment: Entry[Attachment], problem: EvidenceProblem) -> None:
        """Note that `attachment` is shown by a replacement (the first reason counts)."""
        att = attachment.value
        self.unshown.setdefault(attachment.id, Unshown(
            attachment.id, att.original_name, att.sha256, att.size, problem.code,
            dict(problem.params)))

    def all_attachments(self) -> list[tuple[str, Entry[Attachment]]]:
        """(evidence number "3.1", attachment) in dossier order."""
        return [(f"{self.numbers[i.id]}.{n}", a) for i in self.incidents
                for n, a in enumerate(self.attachments[i.id], 1)]


def gather(service: VaultService, request: DossierRequest, now: dt.datetime) -> DossierData:
    incidents = find_incidents(service, request.selection)
    if not incidents:
        raise ExportError(ExportCode.EMPTY_SELECTION)
    persons_listing = service.list_persons()
    persons = {e.id: e.value for e in persons_listing.entries}
    problems = [(f.kind, f.id) for f in persons_listing.failures]
    attachments: dict[str, list[Entry[Attachment]]] = {}
    history: dict[str, list[HistoryItem]] = {}
    for entry in incidents:
        listing = service.list_attachments(entry.id)
        problems += [(f.kind, f.id) for f in listing.failures]
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
