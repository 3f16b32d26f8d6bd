"""Support contacts for Saxony that Vorfallbuch ships (docs/domain.md, "Support contacts for
Saxony"). Each is marked "bitte prüfen" and names its source: the data was found in public
sources and has not been confirmed, so nothing here is added that the research did not find
(no guessed phone numbers or e-mail addresses). The texts are German because they become the
user's own contact records, not interface strings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain import Person, PersonKind
from app.search import fold
from app.service import VaultService

_UNVERIFIED = "Mitgelieferter Kontakt: Angaben vor Gebrauch bitte prüfen."

# Plain dicts, validated into fresh Person models on every call, so callers can change what
# they get without touching the shipped data.
_CONTACTS: tuple[dict[str, Any], ...] = (
    {
        "kind": PersonKind.POLICE,
        "organisation": "Polizei-Notruf",
        "function": "Notruf bei akuter Gefahr",
        "phones": ["110"],
        "source": "bundesweite Notrufnummer",
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.POLICE,
        "organisation": "Onlinewache Polizei Sachsen",
        "function": "Online-Anzeige bei der Polizei",
        "web": ["polizei.sachsen.de/onlinewache"],
        "source": "polizei.sachsen.de/de/94081.htm",
        "notes": "Nicht für Notfälle – im Notfall 110 wählen.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.ZASTEX,
        "organisation": "ZASTEX, LKA Sachsen",
        "function": "Zentrale Ansprechstelle für Opfer extremistischer Bedrohungen",
        "phones": ["+49 351 855-2223"],
        "address": "Landeskriminalamt Sachsen\nNeuländer Straße 60\n01129 Dresden",
        "source": "polizei.sachsen.de/de/98508.htm",
        "notes": "Die E-Mail-Adresse ist nicht geprüft und deshalb nicht eingetragen.\n"
                 + _UNVERIFIED,
    },
    {
        "kind": PersonKind.ASSKOMM,
        "organisation": "Allianz Sichere Sächsische Kommunen (ASSKomm)",
        "function": "Prävention; Allianz mit 54 Kommunen (Stand 14.11.2023)",
        "web": ["www.asskomm.de"],
        "source": "Pressemitteilung des Sächsischen Staatsministeriums des Innern vom "
                  "14.11.2023",
        "notes": "Keine Telefonnummer gefunden.\n" + _UNVERIFIED,
    },
    {
        "kind": PersonKind.PREVENTION_COUNCIL,
        "organisation": "Landespräventionsrat Sachsen",
        "function": "beim Sächsischen Staatsministerium des Innern",
        "address": "Sächsisches Staatsministerium des Innern\nWilhelm-Buck-Straße 2\n"
                   "01097 Dresden",
        "web": ["www.lpr.sachsen.de"],
        "source": "www.lpr.sachsen.de",
        "notes": "Die Telefonnummer ist nicht geprüft und deshalb nicht eingetragen.\n"
                 + _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "RAA Sachsen, Opferberatung „Support“",
        "web": ["www.raa-sachsen.de/support"],
        "source": "www.raa-sachsen.de/support",
        "notes": "Die Telefonnummern sind nicht geprüft und deshalb nicht eingetragen.\n"
                 + _UNVERIFIED,
    },
    {
        "kind": PersonKind.VICTIM_SUPPORT,
        "organisation": "HateAid",
        "function": "Betroffenenberatung",
        "phones": ["030 252 088 38"],
        "emails": ["beratung@hateaid.org"],
        "source": "hateaid.org/betroffenenberatung",
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.OTHER_ADVICE,
        "organisation": "starke Stelle",
        "function": "Bundesweite Hotline für Amts- und Mandatsträger",
        "phones": ["0800 300 99 44"],
        "emails": ["info@starkestelle.de"],
        "source": "kriminalpraevention.de",
        "notes": _UNVERIFIED,
    },
    {
        "kind": PersonKind.OTHER_ADVICE,
        "organisation": "Stark im Amt",
        "function": "Portal mit Informationen und Hilfe-Verzeichnis",
        "web": ["www.stark-im-amt.de"],
        "source": "www.stark-im-amt.de (Informations- und Hilfeportal)",
        "notes": _UNVERIFIED,
    },
)


def support_contacts() -> list[Person]:
    """The shipped contacts as validated models, each "bitte prüfen" and never checked."""
    return [Person.model_validate({**data, "needs_check": True, "checked_on": None})
            for data in _CONTACTS]


def _key(person: Person) -> str:
    return fold(person.organisation or person.name).strip()


def missing_support_contacts(existing: Iterable[Person]) -> list[Person]:
    """The shipped contacts not yet among `existing`. A shipped contact counts as present when
    an existing contact has its organisation as organisation or name (case and accents
    ignored), so a contact the user edited (added a person's name, a phone) is not offered
    again."""
    present: set[str] = set()
    for person in existing:
        present.update(fold(v).strip() for v in (person.organisation, person.name) if v)
    return [p for p in support_contacts() if _key(p) not in present]


def offer_support_contacts(service: VaultService) -> list[str]:
    """Add the shipped contacts that are missing; returns the new record ids (none when all
    are present, so calling it twice adds nothing twice)."""
    existing = [entry.value for entry in service.list_persons().entries]
    return [service.add_person(person).id for person in missing_support_contacts(existing)]
