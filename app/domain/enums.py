"""Closed vocabularies of the domain (values are stable keys; labels live in the front ends)."""

from __future__ import annotations

from enum import StrEnum


class Precision(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"  # "ungefähr"
    DAY = "day"  # the day is known, the time is not
    UNKNOWN = "unknown"


class PlaceKind(StrEnum):
    OFFICE = "office"
    HOME = "home"
    PUBLIC = "public"
    MEETING = "meeting"
    ONLINE = "online"
    PHONE = "phone"
    POST = "post"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    SOCIAL_MEDIA = "social_media"
    MESSENGER = "messenger"
    WEBSITE = "website"
    MEETING = "meeting"
    GRAFFITI = "graffiti"
    OTHER = "other"


class Motivation(StrEnum):
    """PMK areas plus "unklar"."""

    RECHTS = "rechts"
    LINKS = "links"
    AUSLAENDISCHE_IDEOLOGIE = "auslaendische_ideologie"
    RELIGIOESE_IDEOLOGIE = "religioese_ideologie"
    SONSTIGE = "sonstige"
    UNKLAR = "unklar"


class Outcome(StrEnum):
    OPEN = "open"
    EINGESTELLT = "eingestellt"
    STRAFBEFEHL = "strafbefehl"
    ANKLAGE = "anklage"
    URTEIL = "urteil"


class Role(StrEnum):
    """How a person from the directory is involved in an incident."""

    PERPETRATOR = "perpetrator"
    WITNESS = "witness"
    AFFECTED = "affected"


class PersonKind(StrEnum):
    # support contacts
    POLICE = "police"
    ZASTEX = "zastex"
    ASSKOMM = "asskomm"
    PREVENTION_COUNCIL = "prevention_council"  # Landespräventionsrat
    VICTIM_SUPPORT = "victim_support"
    LAWYER = "lawyer"
    OTHER_ADVICE = "other_advice"
    # persons involved
    SUSPECT = "suspect"
    WITNESS = "witness"
    AFFECTED = "affected"
    # the user's own organisation
    OWN_ORGANISATION = "own_organisation"

    @property
    def is_support(self) -> bool:
        return self in _SUPPORT

    @property
    def is_involved(self) -> bool:
        return self in (PersonKind.SUSPECT, PersonKind.WITNESS, PersonKind.AFFECTED)


_SUPPORT = frozenset(
    {
        PersonKind.POLICE,
        PersonKind.ZASTEX,
        PersonKind.ASSKOMM,
        PersonKind.PREVENTION_COUNCIL,
        PersonKind.VICTIM_SUPPORT,
        PersonKind.LAWYER,
        PersonKind.OTHER_ADVICE,
    }
)


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    SCREENSHOT = "screenshot"
    EMAIL = "email"
    DOCUMENT = "document"  # letter or document
    AUDIO = "audio"
    VIDEO = "video"
    OTHER = "other"
