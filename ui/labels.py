"""German labels for the domain's closed vocabularies, in one place (through tr() for the
English translation). The core's values are stable keys; people see these."""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from app.deadline import DeadlineState
from app.domain import (
    OFFENCES,
    AttachmentKind,
    Category,
    Channel,
    Motivation,
    Outcome,
    PersonKind,
    PlaceKind,
    Precision,
    Prosecution,
    Role,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


_LabelFn = TypeVar("_LabelFn", bound=Callable[..., str])
_CACHES: list[dict[Any, str]] = []
_remembering = [0]  # depth of remembered() blocks; the caches live only inside them
_lock = threading.Lock()


def _memo(function: _LabelFn) -> _LabelFn:
    """Inside `remembered()`, each label is built once: preparing the list of 10,000 incidents
    asks for labels ~100,000 times, and each answer built its whole table through tr() (0.5 s
    of the load). Outside, every call translates afresh, so a language change is never
    missed."""
    cache: dict[Any, str] = {}
    _CACHES.append(cache)

    @functools.wraps(function)
    def remembered_label(value: Any) -> str:
        if not _remembering[0]:
            return function(value)
        try:
            return cache[value]
        except KeyError:
            cache[value] = text = function(value)
            return text

    return remembered_label  # type: ignore[return-value]


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """Remember labels for the duration of a bulk job (preparing a list's rows)."""
    with _lock:
        _remembering[0] += 1
    try:
        yield
    finally:
        with _lock:
            _remembering[0] -= 1
            if not _remembering[0]:
                for cache in _CACHES:
                    cache.clear()


@_memo
def category(value: Category) -> str:
    # Literal strings (not OFFENCES[...].label) so Qt Linguist can extract them.
    return {
        Category.BELEIDIGUNG: tr("Beleidigung"),
        Category.UEBLE_NACHREDE: tr("Üble Nachrede / Verleumdung"),
        Category.POLITISCHES_LEBEN: tr("gegen Personen des politischen Lebens"),
        Category.BEDROHUNG: tr("Bedrohung"),
        Category.NOETIGUNG: tr("Nötigung"),
        Category.NACHSTELLUNG: tr("Nachstellung (Stalking)"),
        Category.VOLKSVERHETZUNG: tr("Volksverhetzung"),
        Category.FEINDESLISTE: tr("Gefährdendes Verbreiten personenbezogener Daten "
                                  "(„Feindesliste“)"),
        Category.SACHBESCHAEDIGUNG: tr("Sachbeschädigung"),
        Category.KOERPERVERLETZUNG: tr("Körperverletzung"),
        Category.HAUSFRIEDENSBRUCH: tr("Hausfriedensbruch"),
        Category.SONSTIGES: tr("Sonstiges"),
    }[value]


@_memo
def category_hint(value: Category) -> str:
    """'§ 241 StGB – von Amts wegen verfolgt' for the editor's category list (a hint, not
    legal advice; the wording of docs/domain.md)."""
    offence = OFFENCES[value]
    prosecution = {
        Prosecution.ANTRAG: tr("nur auf Strafantrag"),
        Prosecution.RELATIVE: tr("relatives Antragsdelikt: Strafantrag ratsam, die "
                                 "Staatsanwaltschaft kann bei öffentlichem Interesse auch ohne "
                                 "Antrag handeln"),
        Prosecution.EX_OFFICIO: tr("von Amts wegen verfolgt"),
        Prosecution.UNKNOWN: tr("rechtliche Einordnung offen"),
    }[offence.prosecution]
    return " – ".join(p for p in (offence.stgb, prosecution) if p)


@_memo
def channel(value: Channel | None) -> str:
    if value is None:
        return ""
    return {
        Channel.IN_PERSON: tr("persönlich"), Channel.PHONE: tr("Telefon"),
        Channel.EMAIL: tr("E-Mail"), Channel.LETTER: tr("Brief / Post"),
        Channel.SOCIAL_MEDIA: tr("soziale Medien"), Channel.MESSENGER: tr("Messenger"),
        Channel.WEBSITE: tr("Website / Kommentar"), Channel.MEETING: tr("Sitzung / Veranstaltung"),
        Channel.GRAFFITI: tr("Graffiti / Plakat"), Channel.OTHER: tr("anderes"),
    }[value]


@_memo
def place_kind(value: PlaceKind | None) -> str:
    if value is None:
        return ""
    return {
        PlaceKind.OFFICE: tr("Dienstgebäude"), PlaceKind.HOME: tr("Wohnung / privat"),
        PlaceKind.PUBLIC: tr("öffentlicher Raum"), PlaceKind.MEETING: tr("Sitzung / Veranstaltung"),
        PlaceKind.ONLINE: tr("online"), PlaceKind.PHONE: tr("Telefon"), PlaceKind.POST: tr("Post"),
    }[value]


@_memo
def precision(value: Precision | None) -> str:
    if value is None:
        return ""
    return {
        Precision.EXACT: tr("genau"), Precision.APPROXIMATE: tr("ungefähr"),
        Precision.DAY: tr("nur der Tag"), Precision.UNKNOWN: tr("unbekannt"),
    }[value]


@_memo
def motivation(value: Motivation | None) -> str:
    if value is None:
        return ""
    return {
        Motivation.RECHTS: tr("rechts"), Motivation.LINKS: tr("links"),
        Motivation.AUSLAENDISCHE_IDEOLOGIE: tr("ausländische Ideologie"),
        Motivation.RELIGIOESE_IDEOLOGIE: tr("religiöse Ideologie"),
        Motivation.SONSTIGE: tr("sonstige Zuordnung"), Motivation.UNKLAR: tr("unklar"),
    }[value]


@_memo
def outcome(value: Outcome) -> str:
    return {
        Outcome.OPEN: tr("offen"), Outcome.EINGESTELLT: tr("eingestellt"),
        Outcome.STRAFBEFEHL: tr("Strafbefehl"), Outcome.ANKLAGE: tr("Anklage"),
        Outcome.URTEIL: tr("Urteil"),
    }[value]


@_memo
def role(value: Role) -> str:
    return {Role.PERPETRATOR: tr("Tatverdächtige/r"), Role.WITNESS: tr("Zeuge/Zeugin"),
            Role.AFFECTED: tr("Betroffene/r")}[value]


@_memo
def person_kind(value: PersonKind) -> str:
    return {
        PersonKind.POLICE: tr("Polizei"), PersonKind.ZASTEX: tr("ZASTEX (LKA)"),
        PersonKind.ASSKOMM: tr("ASSKomm"),
        PersonKind.PREVENTION_COUNCIL: tr("Landespräventionsrat"),
        PersonKind.VICTIM_SUPPORT: tr("Opferberatung"),
        PersonKind.LAWYER: tr("Rechtsanwalt/-anwältin"),
        PersonKind.OTHER_ADVICE: tr("andere Beratung"), PersonKind.SUSPECT: tr("Tatverdächtige/r"),
        PersonKind.WITNESS: tr("Zeuge/Zeugin"), PersonKind.AFFECTED: tr("Betroffene/r"),
        PersonKind.OWN_ORGANISATION: tr("eigene Verwaltung"),
    }[value]


@_memo
def attachment_kind(value: AttachmentKind) -> str:
    return {
        AttachmentKind.PHOTO: tr("Foto"), AttachmentKind.SCREENSHOT: tr("Bildschirmfoto"),
        AttachmentKind.EMAIL: tr("E-Mail"), AttachmentKind.DOCUMENT: tr("Brief / Dokument"),
        AttachmentKind.AUDIO: tr("Audio"), AttachmentKind.VIDEO: tr("Video"),
        AttachmentKind.OTHER: tr("anderes"),
    }[value]


@_memo
def deadline_state(value: DeadlineState) -> str:
    return {
        DeadlineState.NOT_NEEDED: tr("kein Strafantrag nötig (Offizialdelikt)"),
        DeadlineState.FILED: tr("Strafantrag gestellt"),
        DeadlineState.NOT_STARTED: tr("Frist läuft noch nicht (Täter oder Kenntnisdatum "
                                      "unbekannt) – Antrag „gegen Unbekannt“ ist ratsam"),
        DeadlineState.RUNNING: tr("Frist läuft"),
        DeadlineState.PASSED: tr("Frist abgelaufen"),
    }[value]
