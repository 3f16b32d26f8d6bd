"""What each recipient profile may see: pseudonyms for persons involved (beratung), no names
and no free texts (statistik), GPS only where the user allowed it."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from app.domain import Incident, Person, Role
from app.entries import Entry
from export.dossier import labels
from export.dossier.model import Profile

EMAIL = re.compile(r"[^\s<>()\[\],;:\"']+@[^\s<>()\[\],;:\"']+\.[^\s<>()\[\],;:\"']+")
# Phone numbers as written in German texts: +49 / 0049 / 0 and at least 6 more digits, with
# spaces, slashes, dashes or brackets between; dates (14.03.2026) do not start with 0/+.
PHONE = re.compile(r"(?<![\w+])(?:\+|00|0)\d[\d /()\-]{4,}\d(?!\w)")
MIN_TOKEN = 3  # name parts shorter than this ("Li", "de") are not replaced on their own
REMOVED_EMAIL = "[E-Mail-Adresse entfernt]"
REMOVED_PHONE = "[Telefonnummer entfernt]"


def letter(index: int) -> str:
    """A, B, ..., Z, AA, AB, ...: enough pseudonyms for any number of persons."""
    result = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        result = string.ascii_uppercase[rest] + result
    return result


class Redactor:
    """Replaces the persons involved by "Person A (Tatverdächtige/r)" in every text shown.

    Only used for the beratung profile; with `active` False every method returns its input."""

    def __init__(self, profile: Profile, incidents: Iterable[Entry[Incident]],
                 persons: dict[str, Person]) -> None:
        self.active = profile is Profile.BERATUNG
        self.pseudonyms: dict[str, str] = {}  # person id -> "Person A"
        for entry in incidents:
            for link in entry.value.persons:
                if link.person_id not in self.pseudonyms:
                    self.pseudonyms[link.person_id] = f"Person {letter(len(self.pseudonyms))}"
        self._needles: list[tuple[re.Pattern[str], str]] = []
        if not self.active:
            return
        pairs: list[tuple[str, str]] = []
        for person_id, pseudonym in self.pseudonyms.items():
            person = persons.get(person_id)
            if person is not None:
                pairs.extend((text, pseudonym) for text in identifying_texts(person))
        # Longest first, so "Max Muster" is replaced before "Max".
        pairs.sort(key=lambda pair: -len(pair[0]))
        seen: set[str] = set()
        for text, pseudonym in pairs:
            key = text.casefold()
            if key in seen:
                continue
            seen.add(key)
            pattern = re.escape(text)
            if text[:1].isalnum():
                pattern = r"(?<!\w)" + pattern
            if text[-1:].isalnum():
                pattern += r"(?!\w)"
            self._needles.append((re.compile(pattern, re.IGNORECASE), pseudonym))

    def person_label(self, person_id: str, role: Role, person: Person | None) -> str:
        if self.active or person is None:
            return f"{self.pseudonyms.get(person_id, 'Person ?')} ({labels.ROLE[role]})"
        return person.display_name

    def text(self, value: str) -> str:
        if not self.active or not value:
            return value
        for pattern, pseudonym in self._needles:
            value = pattern.sub(pseudonym, value)
        value = EMAIL.sub(REMOVED_EMAIL, value)
        return PHONE.sub(REMOVED_PHONE, value)

    def with_extra(self, names: Iterable[str], pseudonym: str) -> Redactor:
        """A copy that also replaces `names` (e.g. an unknown e-mail sender) by `pseudonym`."""
        copy = Redactor.__new__(Redactor)
        copy.__dict__.update(self.__dict__)
        extra = [(re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.IGNORECASE), pseudonym)
                 for n in sorted({n.strip() for n in names if len(n.strip()) >= MIN_TOKEN},
                                 key=len, reverse=True)]
        copy._needles = extra + self._needles
        return copy


def identifying_texts(person: Person) -> list[str]:
    """Every text that names or reaches a person: name and its parts, organisation, phones,
    e-mails, address lines, web, handles, plates."""
    texts = [person.name, person.organisation, *person.phones, *person.emails, *person.web,
             *person.vehicle_plates]
    texts += [part for part in re.split(r"[\s,]+", person.name) if len(part) >= MIN_TOKEN]
    lines = [line.strip() for line in person.address.splitlines()]
    # The street without its house number ("Lindenweg" of "Lindenweg 7").
    texts += [*lines, re.sub(r"\s+\d[\w/\-]*$", "", lines[0])] if lines else []
    for handle in person.handles:
        texts += [handle.handle, handle.handle.lstrip("@"), handle.profile_url]
    return [t for t in texts if len(t.strip()) >= MIN_TOKEN]
