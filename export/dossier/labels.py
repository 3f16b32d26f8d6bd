"""German labels for the dossier, without Qt (the GUI's ui/labels.py goes through tr(); a
dossier is always German). Keep the wording in step with ui/labels.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.deadline import DeadlineState
from app.domain import (
    OFFENCES,
    AttachmentKind,
    Category,
    Channel,
    Motivation,
    Outcome,
    PlaceKind,
    Precision,
    Prosecution,
    Role,
    TimePoint,
)

CATEGORY = {
    Category.BELEIDIGUNG: "Beleidigung",
    Category.UEBLE_NACHREDE: "Üble Nachrede / Verleumdung",
    Category.POLITISCHES_LEBEN: "gegen Personen des politischen Lebens",
    Category.BEDROHUNG: "Bedrohung",
    Category.NOETIGUNG: "Nötigung",
    Category.NACHSTELLUNG: "Nachstellung (Stalking)",
    Category.VOLKSVERHETZUNG: "Volksverhetzung",
    Category.FEINDESLISTE: "Gefährdendes Verbreiten personenbezogener Daten („Feindesliste“)",
    Category.SACHBESCHAEDIGUNG: "Sachbeschädigung",
    Category.KOERPERVERLETZUNG: "Körperverletzung",
    Category.HAUSFRIEDENSBRUCH: "Hausfriedensbruch",
    Category.SONSTIGES: "Sonstiges",
}
PROSECUTION = {
    Prosecution.ANTRAG: "nur auf Strafantrag",
    Prosecution.RELATIVE: "relatives Antragsdelikt",
    Prosecution.EX_OFFICIO: "von Amts wegen verfolgt",
    Prosecution.UNKNOWN: "rechtliche Einordnung offen",
}
CHANNEL = {
    Channel.IN_PERSON: "persönlich", Channel.PHONE: "Telefon", Channel.EMAIL: "E-Mail",
    Channel.LETTER: "Brief / Post", Channel.SOCIAL_MEDIA: "soziale Medien",
    Channel.MESSENGER: "Messenger", Channel.WEBSITE: "Website / Kommentar",
    Channel.MEETING: "Sitzung / Veranstaltung", Channel.GRAFFITI: "Graffiti / Plakat",
    Channel.OTHER: "anderes",
}
PLACE_KIND = {
    PlaceKind.OFFICE: "Dienstgebäude", PlaceKind.HOME: "Wohnung / privat",
    PlaceKind.PUBLIC: "öffentlicher Raum", PlaceKind.MEETING: "Sitzung / Veranstaltung",
    PlaceKind.ONLINE: "online", PlaceKind.PHONE: "Telefon", PlaceKind.POST: "Post",
}
PRECISION = {
    Precision.EXACT: "genau", Precision.APPROXIMATE: "ungefähr", Precision.DAY: "nur der Tag",
    Precision.UNKNOWN: "unbekannt",
}
MOTIVATION = {
    Motivation.RECHTS: "rechts", Motivation.LINKS: "links",
    Motivation.AUSLAENDISCHE_IDEOLOGIE: "ausländische Ideologie",
    Motivation.RELIGIOESE_IDEOLOGIE: "religiöse Ideologie",
    Motivation.SONSTIGE: "sonstige Zuordnung", Motivation.UNKLAR: "unklar",
}
OUTCOME = {
    Outcome.OPEN: "offen", Outcome.EINGESTELLT: "eingestellt", Outcome.STRAFBEFEHL: "Strafbefehl",
    Outcome.ANKLAGE: "Anklage", Outcome.URTEIL: "Urteil",
}
ROLE = {Role.PERPETRATOR: "Tatverdächtige/r", Role.WITNESS: "Zeuge/Zeugin",
        Role.AFFECTED: "Betroffene/r"}
ATTACHMENT_KIND = {
    AttachmentKind.PHOTO: "Foto", AttachmentKind.SCREENSHOT: "Bildschirmfoto",
    AttachmentKind.EMAIL: "E-Mail", AttachmentKind.DOCUMENT: "Brief / Dokument",
    AttachmentKind.AUDIO: "Audio", AttachmentKind.VIDEO: "Video", AttachmentKind.OTHER: "anderes",
}
RECORD_KIND = {"incident": "Vorfall", "person": "Kontakt", "attachment": "Anhang"}
DEADLINE = {
    DeadlineState.NOT_NEEDED: "kein Strafantrag nötig (Offizialdelikt)",
    DeadlineState.FILED: "Strafantrag gestellt",
    DeadlineState.NOT_STARTED: "Frist läuft noch nicht (Täter oder Kenntnisdatum unbekannt) – "
                               "Antrag „gegen Unbekannt“ ist ratsam",
    DeadlineState.RUNNING: "Frist läuft",
    DeadlineState.PASSED: "Frist abgelaufen",
}
MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def category_with_law(value: Category) -> str:
    offence = OFFENCES[value]
    return f"{CATEGORY[value]} ({offence.stgb})" if offence.stgb else CATEGORY[value]


def date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def datetime(value: dt.datetime | None) -> str:
    """Local wall time; aware values are shown in this computer's time zone."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y, %H:%M Uhr")


def as_written(value: dt.datetime | None) -> str:
    """A time as the source wrote it, with its UTC offset (e-mail Date headers, posts)."""
    if value is None:
        return ""
    text = value.strftime("%d.%m.%Y, %H:%M Uhr")
    offset = value.strftime("%z")
    return f"{text} (UTC{offset[:3]}:{offset[3:]})" if offset else text


def count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def iso_datetime(text: str) -> str:
    try:
        return datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        return text


def timepoint(value: TimePoint | None) -> str:
    if value is None:
        return ""
    text = date(value.date)
    if value.time is not None:
        text += value.time.strftime(", %H:%M Uhr")
    if value.precision in (Precision.APPROXIMATE, Precision.UNKNOWN):
        text += f" ({PRECISION[value.precision]})"
    return text


def size(n: int) -> str:
    if n < 1024:
        return f"{n} Byte"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KiB".replace(".", ",")
    return f"{n / (1024 * 1024):.1f} MiB".replace(".", ",")


def euro(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{groups},{cents} €"


def yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def duration(seconds: float) -> str:
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d} h" if hours else f"{minutes}:{secs:02d} min"
