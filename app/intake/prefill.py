"""What intake proposes for a new incident and for each attachment (pure functions).

The proposal is a starting point the user edits: occurred from the e-mail's date (in German
local time) or the photo's EXIF date, channel e-mail, the title from the subject, the sender
as perpetrator (an existing contact when one has the address, otherwise a new contact), and
for screenshots the capture time and the person who captured them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain import AttachmentKind, Person
from app.domain.enums import Channel, PersonKind, Precision, Role
from app.domain.evidence import EvidenceFacts
from app.domain.notice import Notice
from app.entries import Entry, guess_kind
from app.errors import AppCode, TimeZoneDataError
from app.intake.codes import IntakeCode
from app.intake.notices import notice
from app.intake.platforms import host_of, platform_of
from app.intake.sanitize import clean_line

TITLE_MAX = 300
BERLIN = "Europe/Berlin"


@dataclass
class IncidentDraft:
    """A new incident as intake proposes it.

    `incident` holds fields for VaultService.add_incident; when the sender is a known contact
    the link is already in `incident["persons"]` and `person_id` names it; `new_person` is a
    contact to create first and link as perpetrator. `notes` say what could not be filled in
    (notices, worded by the front end)."""

    incident: dict[str, Any]
    person_id: str | None = None
    new_person: dict[str, Any] | None = None
    notes: list[Notice] = field(default_factory=list)


def berlin() -> dt.tzinfo:
    """Europe/Berlin from the time-zone database: the system's, or the tzdata package (a
    dependency on Windows, which has none). Without it there is no right answer to give: an
    e-mail's date in German time would be a guess, so this raises instead."""
    try:
        return ZoneInfo(BERLIN)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # not there, or a damaged file
        raise TimeZoneDataError(AppCode.TIME_ZONE_MISSING, zone=BERLIN) from None


def berlin_local(moment: dt.datetime) -> dt.datetime:
    """An aware time as German wall-clock time (naive), as the incident record keeps it."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(berlin()).replace(tzinfo=None)


def _point(moment: dt.datetime) -> dict[str, Any]:
    return {"date": moment.date().isoformat(),
            "time": moment.time().replace(microsecond=0).isoformat(),
            "precision": Precision.EXACT.value}


def _today(today: dt.date) -> dict[str, Any]:
    return {"date": today.isoformat(), "time": None, "precision": Precision.UNKNOWN.value}


def sender_parts(facts: EvidenceFacts) -> tuple[str, str]:
    """(display name, lower-case address) of the e-mail's sender; either may be empty."""
    mail = facts.email
    if mail is None:
        return "", ""
    name, address = email.utils.parseaddr(mail.sender)
    address = (mail.sender_address or address).strip().lower()
    if "@" not in address or " " in address or address.startswith("@"):
        address = ""
    return clean_line(name, 200), clean_line(address, 300)


def match_contact(address: str, contacts: Sequence[Entry[Person]]) -> Entry[Person] | None:
    """The first contact with this e-mail address (case-insensitive)."""
    if not address:
        return None
    wanted = address.casefold()
    for entry in contacts:
        if any(e.casefold() == wanted for e in entry.value.emails):
            return entry
    return None


def prefill_incident(facts: EvidenceFacts, name: str, *, today: dt.date,
                     contacts: Sequence[Entry[Person]] = ()) -> IncidentDraft:
    """The proposal for a new incident made from one file (`name` is its file name)."""
    notes: list[Notice] = []
    incident: dict[str, Any] = {"persons": []}
    mail, image = facts.email, facts.image
    if mail is not None:
        incident["channel"] = Channel.EMAIL.value
        sender, address = sender_parts(facts)
        subject = clean_line(" ".join(mail.subject.split()), TITLE_MAX)
        incident["title"] = subject or clean_line(
            f"E-Mail von {sender or address or 'unbekannt'}", TITLE_MAX)
        if mail.date is not None:
            incident["occurred"] = _point(berlin_local(mail.date))
        else:
            incident["occurred"] = _today(today)
            notes.append(notice(IntakeCode.NO_EMAIL_DATE))
        draft = IncidentDraft(incident, notes=notes)
        _add_sender(draft, sender, address, contacts)
        return draft
    if facts.web is not None:
        return _web_incident(facts, name, today)
    kind = attachment_kind(facts, name)
    label = {AttachmentKind.PHOTO: "Foto", AttachmentKind.SCREENSHOT: "Screenshot"}.get(kind)
    incident["title"] = clean_line(f"{label} {name}" if label else name, TITLE_MAX) or "Vorfall"
    if image is not None and image.taken_at is not None:
        incident["occurred"] = _point(image.taken_at)  # the camera's local time, as shown
    else:
        incident["occurred"] = _today(today)
        notes.append(notice(IntakeCode.NO_FILE_DATE))
    return IncidentDraft(incident, notes=notes)


def _web_incident(facts: EvidenceFacts, name: str, today: dt.date) -> IncidentDraft:
    """A saved web page: channel and platform from its address, the title from the page's,
    the time it was saved (the nearest the file knows to when the page was seen)."""
    web = facts.web
    assert web is not None
    notes: list[Notice] = []
    incident: dict[str, Any] = {"persons": []}
    platform, channel = platform_of(web.url) if web.url else ("", Channel.WEBSITE)
    incident["channel"] = channel.value
    incident["platform"] = clean_line(platform, 200)
    host = host_of(web.url)
    incident["title"] = (clean_line(" ".join(web.title.split()), TITLE_MAX)
                         or clean_line(f"Webseite {host}" if host else name, TITLE_MAX)
                         or "Vorfall")
    if web.saved_at is not None:
        incident["occurred"] = _point(berlin_local(web.saved_at))
    else:
        incident["occurred"] = _today(today)
        notes.append(notice(IntakeCode.NO_FILE_DATE))
    return IncidentDraft(incident, notes=notes)


def _add_sender(draft: IncidentDraft, sender: str, address: str,
                contacts: Sequence[Entry[Person]]) -> None:
    known = match_contact(address, contacts)
    if known is not None:
        if known.value.kind.is_involved:
            draft.person_id = known.id
            draft.incident["persons"].append(
                {"person_id": known.id, "role": Role.PERPETRATOR.value})
        else:
            draft.notes.append(notice(IntakeCode.SENDER_NOT_INVOLVED,
                                      name=known.value.display_name))
        return
    if sender or address:
        draft.new_person = {"kind": PersonKind.SUSPECT.value, "name": sender or address,
                            "emails": [address] if address else []}
    else:
        draft.notes.append(notice(IntakeCode.NO_SENDER))


def attachment_kind(facts: EvidenceFacts, name: str, pasted: bool = False) -> AttachmentKind:
    """Photo or screenshot (an image without camera EXIF, a PNG, or pasted), e-mail, ..."""
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if facts.email is not None:
        return AttachmentKind.EMAIL
    if facts.image is not None:
        image = facts.image
        # HEIF and AVIF are what phone cameras write (their screenshots are PNG), also
        # when no camera can be read from a HEIF that is not decoded.
        camera_format = image.format in ("HEIF", "AVIF")
        if pasted or image.format == "PNG" or not (image.camera or camera_format):
            return AttachmentKind.SCREENSHOT
        return AttachmentKind.PHOTO
    if pasted:
        return AttachmentKind.SCREENSHOT
    if facts.document is not None or facts.web is not None:
        return AttachmentKind.DOCUMENT  # a saved web page is a document, not a picture
    if facts.media is not None:
        return AttachmentKind.VIDEO if media_type.startswith("video/") else AttachmentKind.AUDIO
    return guess_kind(name, media_type)


def prefill_attachment(facts: EvidenceFacts, name: str, *, now: dt.datetime, user_name: str,
                       pasted: bool = False) -> dict[str, Any]:
    """Kind and, for screenshots, the online fields' defaults (captured at/by)."""
    kind = attachment_kind(facts, name, pasted)
    fields: dict[str, Any] = {"kind": kind.value}
    if kind == AttachmentKind.SCREENSHOT:
        fields["online"] = {"captured_at": now.isoformat(),
                            "captured_by": clean_line(user_name, 200)}
    web = facts.web
    if web is not None:
        # What the file says: the address, the platform, when it was saved (unknown stays
        # unknown; the intake time is not the capture time); saved by the user, to be edited.
        context = f"Titel der Seite: {web.title}" if web.title else ""
        fields["online"] = {"url": web.url, "platform": platform_of(web.url)[0] if web.url
                            else "", "captured_at": web.saved_at.isoformat() if web.saved_at
                            else None, "captured_by": clean_line(user_name, 200),
                            "context": context}
    return fields
