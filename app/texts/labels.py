"""The German labels of the domain's closed vocabularies, once, for everyone who shows them: the
GUI (ui/labels.py, through Qt's translate() in the context "Labels", so English comes from Qt
Linguist), the dossier (export/dossier/labels.py, always German) and the command line. The
core's values are stable keys; people see these."""

from __future__ import annotations

from app.deadline import DeadlineState
from app.domain import (
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
from app.texts import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

CATEGORY: dict[Category, str] = {
    Category.BELEIDIGUNG: QT_TRANSLATE_NOOP("Labels", "Beleidigung"),
    Category.UEBLE_NACHREDE: QT_TRANSLATE_NOOP("Labels", "Üble Nachrede / Verleumdung"),
    Category.POLITISCHES_LEBEN: QT_TRANSLATE_NOOP("Labels",
                                                  "gegen Personen des politischen Lebens"),
    Category.BEDROHUNG: QT_TRANSLATE_NOOP("Labels", "Bedrohung"),
    Category.NOETIGUNG: QT_TRANSLATE_NOOP("Labels", "Nötigung"),
    Category.NACHSTELLUNG: QT_TRANSLATE_NOOP("Labels", "Nachstellung (Stalking)"),
    Category.VOLKSVERHETZUNG: QT_TRANSLATE_NOOP("Labels", "Volksverhetzung"),
    Category.FEINDESLISTE: QT_TRANSLATE_NOOP(
        "Labels", "Gefährdendes Verbreiten personenbezogener Daten („Feindesliste“)"),
    Category.SACHBESCHAEDIGUNG: QT_TRANSLATE_NOOP("Labels", "Sachbeschädigung"),
    Category.KOERPERVERLETZUNG: QT_TRANSLATE_NOOP("Labels", "Körperverletzung"),
    Category.HAUSFRIEDENSBRUCH: QT_TRANSLATE_NOOP("Labels", "Hausfriedensbruch"),
    Category.SONSTIGES: QT_TRANSLATE_NOOP("Labels", "Sonstiges"),
}
# How an offence is prosecuted, short (the dossier's tables) and as the editor explains it.
PROSECUTION: dict[Prosecution, str] = {
    Prosecution.ANTRAG: QT_TRANSLATE_NOOP("Labels", "nur auf Strafantrag"),
    Prosecution.RELATIVE: QT_TRANSLATE_NOOP("Labels", "relatives Antragsdelikt"),
    Prosecution.EX_OFFICIO: QT_TRANSLATE_NOOP("Labels", "von Amts wegen verfolgt"),
    Prosecution.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "rechtliche Einordnung offen"),
}
PROSECUTION_EXPLAINED: dict[Prosecution, str] = {
    **PROSECUTION,
    Prosecution.RELATIVE: QT_TRANSLATE_NOOP(
        "Labels", "relatives Antragsdelikt: Strafantrag ratsam, die Staatsanwaltschaft kann "
                  "bei öffentlichem Interesse auch ohne Antrag handeln"),
}
CHANNEL: dict[Channel, str] = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "persönlich"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Telefon"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-Mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Brief / Post"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Labels", "soziale Medien"),
    Channel.MESSENGER: QT_TRANSLATE_NOOP("Labels", "Messenger"),
    Channel.WEBSITE: QT_TRANSLATE_NOOP("Labels", "Website / Kommentar"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Labels", "Sitzung / Veranstaltung"),
    Channel.GRAFFITI: QT_TRANSLATE_NOOP("Labels", "Graffiti / Plakat"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "anderes"),
}
PLACE_KIND: dict[PlaceKind, str] = {
    PlaceKind.OFFICE: QT_TRANSLATE_NOOP("Labels", "Dienstgebäude"),
    PlaceKind.HOME: QT_TRANSLATE_NOOP("Labels", "Wohnung / privat"),
    PlaceKind.PUBLIC: QT_TRANSLATE_NOOP("Labels", "öffentlicher Raum"),
    PlaceKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Sitzung / Veranstaltung"),
    PlaceKind.ONLINE: QT_TRANSLATE_NOOP("Labels", "online"),
    PlaceKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Telefon"),
    PlaceKind.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
}
PRECISION: dict[Precision, str] = {
    Precision.EXACT: QT_TRANSLATE_NOOP("Labels", "genau"),
    Precision.APPROXIMATE: QT_TRANSLATE_NOOP("Labels", "ungefähr"),
    Precision.DAY: QT_TRANSLATE_NOOP("Labels", "nur der Tag"),
    Precision.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "unbekannt"),
}
MOTIVATION: dict[Motivation, str] = {
    Motivation.RECHTS: QT_TRANSLATE_NOOP("Labels", "rechts"),
    Motivation.LINKS: QT_TRANSLATE_NOOP("Labels", "links"),
    Motivation.AUSLAENDISCHE_IDEOLOGIE: QT_TRANSLATE_NOOP("Labels", "ausländische Ideologie"),
    Motivation.RELIGIOESE_IDEOLOGIE: QT_TRANSLATE_NOOP("Labels", "religiöse Ideologie"),
    Motivation.SONSTIGE: QT_TRANSLATE_NOOP("Labels", "sonstige Zuordnung"),
    Motivation.UNKLAR: QT_TRANSLATE_NOOP("Labels", "unklar"),
}
OUTCOME: dict[Outcome, str] = {
    Outcome.OPEN: QT_TRANSLATE_NOOP("Labels", "offen"),
    Outcome.EINGESTELLT: QT_TRANSLATE_NOOP("Labels", "eingestellt"),
    Outcome.STRAFBEFEHL: QT_TRANSLATE_NOOP("Labels", "Strafbefehl"),
    Outcome.ANKLAGE: QT_TRANSLATE_NOOP("Labels", "Anklage"),
    Outcome.URTEIL: QT_TRANSLATE_NOOP("Labels", "Urteil"),
}
ROLE: dict[Role, str] = {
    Role.PERPETRATOR: QT_TRANSLATE_NOOP("Labels", "Tatverdächtige/r"),
    Role.WITNESS: QT_TRANSLATE_NOOP("Labels", "Zeuge/Zeugin"),
    Role.AFFECTED: QT_TRANSLATE_NOOP("Labels", "Betroffene/r"),
}
PERSON_KIND: dict[PersonKind, str] = {
    PersonKind.POLICE: QT_TRANSLATE_NOOP("Labels", "Polizei"),
    PersonKind.ZASTEX: QT_TRANSLATE_NOOP("Labels", "ZASTEX (LKA)"),
    PersonKind.ASSKOMM: QT_TRANSLATE_NOOP("Labels", "ASSKomm"),
    PersonKind.PREVENTION_COUNCIL: QT_TRANSLATE_NOOP("Labels", "Landespräventionsrat"),
    PersonKind.VICTIM_SUPPORT: QT_TRANSLATE_NOOP("Labels", "Opferberatung"),
    PersonKind.LAWYER: QT_TRANSLATE_NOOP("Labels", "Rechtsanwalt/-anwältin"),
    PersonKind.OTHER_ADVICE: QT_TRANSLATE_NOOP("Labels", "andere Beratung"),
    PersonKind.SUSPECT: QT_TRANSLATE_NOOP("Labels", "Tatverdächtige/r"),
    PersonKind.WITNESS: QT_TRANSLATE_NOOP("Labels", "Zeuge/Zeugin"),
    PersonKind.AFFECTED: QT_TRANSLATE_NOOP("Labels", "Betroffene/r"),
    PersonKind.OWN_ORGANISATION: QT_TRANSLATE_NOOP("Labels", "eigene Verwaltung"),
}
ATTACHMENT_KIND: dict[AttachmentKind, str] = {
    AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("Labels", "Foto"),
    AttachmentKind.SCREENSHOT: QT_TRANSLATE_NOOP("Labels", "Bildschirmfoto"),
    AttachmentKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-Mail"),
    AttachmentKind.DOCUMENT: QT_TRANSLATE_NOOP("Labels", "Brief / Dokument"),
    AttachmentKind.AUDIO: QT_TRANSLATE_NOOP("Labels", "Audio"),
    AttachmentKind.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    AttachmentKind.OTHER: QT_TRANSLATE_NOOP("Labels", "anderes"),
}
DEADLINE_STATE: dict[DeadlineState, str] = {
    DeadlineState.NOT_NEEDED: QT_TRANSLATE_NOOP("Labels",
                                                "kein Strafantrag nötig (Offizialdelikt)"),
    DeadlineState.FILED: QT_TRANSLATE_NOOP("Labels", "Strafantrag gestellt"),
    DeadlineState.NOT_STARTED: QT_TRANSLATE_NOOP(
        "Labels", "Frist läuft noch nicht (Täter oder Kenntnisdatum unbekannt) – Antrag "
                  "„gegen Unbekannt“ ist ratsam"),
    DeadlineState.RUNNING: QT_TRANSLATE_NOOP("Labels", "Frist läuft"),
    DeadlineState.PASSED: QT_TRANSLATE_NOOP("Labels", "Frist abgelaufen"),
}
# Every table, for the test that each vocabulary is labelled completely.
TABLES = {Category: CATEGORY, Prosecution: PROSECUTION, Channel: CHANNEL,
          PlaceKind: PLACE_KIND, Precision: PRECISION, Motivation: MOTIVATION,
          Outcome: OUTCOME, Role: ROLE, PersonKind: PERSON_KIND,
          AttachmentKind: ATTACHMENT_KIND, DeadlineState: DEADLINE_STATE}
