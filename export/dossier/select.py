"""Which incidents a dossier covers: period, categories and chosen ids, in time order."""

from __future__ import annotations

from app.domain import Incident
from app.entries import INCIDENT, Entry
from app.errors import InvalidInputError
from app.service import VaultService
from export.dossier.model import DossierRequest


def select_incidents(service: VaultService, request: DossierRequest) -> list[Entry[Incident]]:
    """The incidents matching every given criterion, oldest first. Chosen ids may be prefixes;
    an unknown id is an error (the user named it), a criterion matching nothing is not."""
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise InvalidInputError("The period starts after it ends.", "date_from")
    chosen = {service.resolve(INCIDENT, i) for i in request.incident_ids}
    wanted = set(request.categories)
    picked = []
    for entry in service.list_incidents().entries:
        value = entry.value
        day = value.occurred.date
        if chosen and entry.id not in chosen:
            continue
        if request.date_from and day < request.date_from:
            continue
        if request.date_to and day > request.date_to:
            continue
        if wanted and not wanted.intersection(value.categories):
            continue
        picked.append(entry)
    picked.sort(key=lambda e: (e.value.occurred.sort_key(), e.id))
    return picked
