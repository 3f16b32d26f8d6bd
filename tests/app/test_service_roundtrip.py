"""Every field of an incident, a person and an attachment survives save, close and reopen."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain import (
    Attachment,
    AttachmentKind,
    CaseStatus,
    Category,
    Channel,
    EvidenceFacts,
    FollowUpNote,
    GpsPosition,
    ImageFacts,
    Incident,
    Motivation,
    OnlineContent,
    OnlineHandle,
    Outcome,
    Person,
    PersonKind,
    PersonLink,
    PlaceKind,
    Precision,
    Role,
    TimePoint,
)
from app.service import ATTACHMENT, VaultService
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER, storage_of

# Umlauts, ß, emoji, Cyrillic, Arabic (right-to-left, with an RLM mark), CJK, newlines, tabs.
MIXED_TEXT = (
    "„Wir wissen, wo Sie wohnen, Frau Müller.“ – Straße, Größe, Äpfel, Öl, Übel\n"
    "Emoji: 😡🔥👍🏽 and a ZWJ family 👨‍👩‍👧\n"
    "Кириллица: Мы знаем, где ты живёшь.\n"
    "العربية: نحن نعرف أين تسكن\u200f\n"
    "\tindented line with a tab; 漢字\r\n"
    "last line"
)


def reopen(vault_dir: Path, old: Vault) -> VaultService:
    """Close the vault and open it again from disk, as a new program start would."""
    old.close()
    fresh = Vault.open(vault_dir)
    fresh.unlock(USER, PASSPHRASE)
    return VaultService(fresh)


def full_person(kind: PersonKind, name: str) -> Person:
    return Person(
        kind=kind,
        name=name,
        organisation="Bürgerinitiative „Nein“ e. V.",
        function="Vorsitzender",
        phones=["+49 351 1234567", "0171 9876543"],
        emails=[f"{name.split()[0].lower()}@example.org", "zweit@example.de"],
        address="Hauptstraße 1\n01234 Musterstadt",
        web=["https://example.org/über-uns"],
        handles=[
            OnlineHandle(platform="X", handle="@wutbürger_88",
                         profile_url="https://x.example/wutbürger_88"),
            OnlineHandle(platform="Telegram", handle="@freie_sachsen_ortsgruppe",
                         profile_url="https://t.example/ortsgruppe"),
        ],
        vehicle_plates=["PIR-AB 123", "DD-XY 9E"],
        notes="Fällt seit 2023 auf Ratssitzungen auf.\nКириллица и العربية",
        source="eigene Recherche",
        checked_on=dt.date(2024, 5, 17),
        needs_check=True,
    )


def full_incident(perpetrator: str, witness: str, affected: str, related: str) -> Incident:
    return Incident(
        title="Drohmail an die Bürgermeisterin – „Wir kriegen dich“ 😡",
        occurred=TimePoint(date=dt.date(2024, 2, 29), time=dt.time(23, 45),
                           precision=Precision.APPROXIMATE),
        occurred_to=TimePoint(date=dt.date(2024, 3, 1), time=dt.time(0, 15),
                              precision=Precision.EXACT),
        discovered_on=dt.date(2024, 3, 1),
        place_kind=PlaceKind.ONLINE,
        place="Postfach buergermeisterin@musterstadt.de",
        municipality="Musterstadt (Sächsische Schweiz)",
        channel=Channel.SOCIAL_MEDIA,
        platform="Telegram",
        url="https://t.me/example_channel/4711",
        discovery="Von der Sekretärin im Postfach des Rathauses bemerkt.",
        verbatim="„Wir wissen, wo deine Tochter zur Schule geht.“",
        categories=[Category.BEDROHUNG, Category.BELEIDIGUNG, Category.POLITISCHES_LEBEN],
        description=MIXED_TEXT,
        means="Anonyme Mail über einen Wegwerf-Account; Foto meines Hauses im Anhang.",
        context="Ratsbeschluss vom 27.02.2024 zur Unterkunft in der Schulstraße.",
        targeted="Die Bürgermeisterin und ihre Tochter (14).",
        persons=[
            PersonLink(person_id=perpetrator, role=Role.PERPETRATOR),
            PersonLink(person_id=witness, role=Role.WITNESS),
            PersonLink(person_id=affected, role=Role.AFFECTED),
            PersonLink(person_id=witness, role=Role.AFFECTED),
        ],
        perpetrator_unknown=False,
        injury="keine körperlichen Verletzungen",
        damage_eur=Decimal("1234.50"),
        impact="Schlafstörungen; Tochter wird zur Schule gebracht.",
        own_reaction="Mail gesichert, Polizei angerufen.",
        protective_measures="Gefährdungsansprache durch LKA; Streifenfahrten.",
        motivation=Motivation.RECHTS,
        case=CaseStatus(
            reported=True,
            reported_on=dt.date(2024, 3, 2),
            police_office="Polizeirevier Pirna",
            police_case_number="TgbNr. 1234/24",
            strafantrag_on=dt.date(2024, 3, 4),
            strafantrag_by="Bürgermeisterin und Dienstvorgesetzter (§ 194 Abs. 3)",
            prosecutor_office="Staatsanwaltschaft Dresden",
            aktenzeichen="410 Js 12345/24",
            evidence_handed_on=dt.date(2024, 3, 5),
            evidence_handed_to="PHK Weber, Polizeirevier Pirna (USB-Stick)",
            outcome=Outcome.STRAFBEFEHL,
            notes=[
                FollowUpNote(on=dt.date(2024, 4, 1), text="Anruf der StA: Täter ermittelt."),
                FollowUpNote(on=dt.date(2024, 6, 12), text="Strafbefehl über 90 Tagessätze.\n"
                                                          "Einspruch? Frist läuft."),
            ],
        ),
        tags=["Serie Schulstraße", "Mail", "Familie"],
        related=[related],
        review_on=dt.date(2027, 1, 31),
    )


def test_incident_and_persons_round_trip_every_field(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault = created[0]
    service = VaultService(vault)
    people = {
        role: service.add_person(full_person(kind, name))
        for role, kind, name in [
            (Role.PERPETRATOR, PersonKind.SUSPECT, "Rüdiger Weiß"),
            (Role.WITNESS, PersonKind.WITNESS, "Ольга Петрова"),
            (Role.AFFECTED, PersonKind.AFFECTED, "محمد علي"),
        ]
    }
    first = service.add_incident({"title": "Erster Vorfall der Serie", "perpetrator_unknown": True,
                                  "occurred": {"date": "2024-01-10"}})
    incident = full_incident(people[Role.PERPETRATOR].id, people[Role.WITNESS].id,
                             people[Role.AFFECTED].id, first.id)
    # Every field is set to something other than its default, so nothing can silently drop.
    defaults = Incident(title="x", occurred=TimePoint(date=dt.date(2024, 1, 1)))
    unset = [name for name in Incident.model_fields if name != "perpetrator_unknown"
             and getattr(incident, name) == getattr(defaults, name)]
    assert unset == []
    case_defaults = CaseStatus()
    assert [n for n in CaseStatus.model_fields
            if getattr(incident.case, n) == getattr(case_defaults, n)] == []

    saved = service.add_incident(incident)
    assert saved.value == incident

    again = reopen(vault_dir, vault)
    try:
        loaded = again.get_incident(saved.id)
        assert loaded.version == 1
        assert loaded.value == incident
        assert loaded.value.model_dump() == incident.model_dump()
        assert loaded.value.model_dump(mode="json") == incident.model_dump(mode="json")
        assert loaded.value.description == MIXED_TEXT  # byte-exact, incl. \r\n, tab, RLM
        assert isinstance(loaded.value.damage_eur, Decimal)
        assert loaded.value.damage_eur == Decimal("1234.50")
        assert str(loaded.value.damage_eur) == "1234.50"
        assert loaded.value.occurred.precision is Precision.APPROXIMATE
        assert loaded.value.occurred.time == dt.time(23, 45)
        assert loaded.value.person_ids(Role.WITNESS) == [people[Role.WITNESS].id]
        assert loaded.value.person_ids(Role.AFFECTED) == [people[Role.AFFECTED].id,
                                                          people[Role.WITNESS].id]
        assert loaded.author == again.user_id
        for role, entry in people.items():
            person = again.get_person(entry.id)
            assert person.value == entry.value
            assert person.value.model_dump(mode="json") == entry.value.model_dump(mode="json")
            assert person.value.checked_on == dt.date(2024, 5, 17)
            assert person.value.needs_check is True
            assert len(person.value.handles) == 2
            assert person.value.kind is {Role.PERPETRATOR: PersonKind.SUSPECT,
                                         Role.WITNESS: PersonKind.WITNESS,
                                         Role.AFFECTED: PersonKind.AFFECTED}[role]
        assert [e.id for e in again.list_incidents().entries] == [first.id, saved.id]
        assert again.get_incident(first.id).value.perpetrator_unknown is True
        assert again.get_incident(first.id).value.occurred.precision is Precision.DAY
    finally:
        again.close()


def test_person_every_field_set_and_round_trips(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault = created[0]
    service = VaultService(vault)
    person = full_person(PersonKind.ZASTEX, "Sachbearbeiterin Özdemir")
    defaults = Person(kind=PersonKind.POLICE, name="x")
    assert [n for n in Person.model_fields
            if n not in ("kind", "name") and getattr(person, n) == getattr(defaults, n)] == []
    entry = service.add_person(person)

    again = reopen(vault_dir, vault)
    try:
        loaded = again.get_person(entry.id)
        assert loaded.value == person
        assert loaded.value.model_dump() == person.model_dump()
        assert loaded.value.kind is PersonKind.ZASTEX
        assert loaded.value.kind.is_support
        assert loaded.value.handles[0] == OnlineHandle(
            platform="X", handle="@wutbürger_88", profile_url="https://x.example/wutbürger_88")
        assert loaded.value.vehicle_plates == ["PIR-AB 123", "DD-XY 9E"]
    finally:
        again.close()


def test_attachment_bytes_and_facts_round_trip(
    created: tuple[Vault, str], vault_dir: Path, tmp_path: Path
) -> None:
    vault = created[0]
    service = VaultService(vault)
    incident = service.add_incident({"title": "Brief mit Foto", "occurred": {"date": "2024-03-01"}})
    # Two files: one from disk (more than one encryption segment), one from a stream (empty).
    payload = os.urandom(3 * 1024 * 1024 + 17)
    source_file = tmp_path / "Foto vom Haus – Größe.jpg"
    source_file.write_bytes(payload)
    ticks: list[int] = []
    from_disk = service.add_attachment(incident.id, source_file, source="vom Handy",
                                       progress=ticks.append)
    from_stream = service.add_attachment_stream(incident.id, io.BytesIO(b""), "leer.eml",
                                                kind=AttachmentKind.EMAIL, source="gescannt")
    assert ticks, "progress was never reported"
    before = datetime_now()

    again = reopen(vault_dir, vault)
    try:
        listing = again.list_attachments(incident.id)
        assert listing.failures == []
        assert [e.id for e in listing.entries] == [from_disk.id, from_stream.id]
        disk_facts = again.get_attachment(from_disk.id).value
        assert disk_facts == from_disk.value
        assert disk_facts.incident_id == incident.id
        assert disk_facts.original_name == "Foto vom Haus – Größe.jpg"
        assert disk_facts.kind is AttachmentKind.PHOTO
        assert disk_facts.media_type == "image/jpeg"
        assert disk_facts.size == len(payload)
        assert disk_facts.sha256 == hashlib.sha256(payload).hexdigest()
        assert disk_facts.intake_by == again.user_id
        assert disk_facts.intake_at.tzinfo is not None
        assert disk_facts.intake_at <= before
        assert disk_facts.source == "vom Handy"
        stream_facts = again.get_attachment(from_stream.id).value
        assert stream_facts == from_stream.value
        assert (stream_facts.kind, stream_facts.size, stream_facts.source) == (
            AttachmentKind.EMAIL, 0, "gescannt")
        assert stream_facts.sha256 == hashlib.sha256(b"").hexdigest()
        assert again.attachment_counts() == {incident.id: 2}

        out = tmp_path / "extracted.jpg"
        digest = again.extract_attachment(from_disk.id, out)
        assert digest == hashlib.sha256(payload).hexdigest()
        assert out.read_bytes() == payload
        empty = tmp_path / "extracted.eml"
        assert again.extract_attachment(from_stream.id, empty) == hashlib.sha256(b"").hexdigest()
        assert empty.read_bytes() == b""
        # The store holds ciphertext, never the original.
        stored = storage_of(again).blobs.path_for(from_disk.id).read_bytes()
        assert payload[:4096] not in stored
    finally:
        again.close()


def test_attachment_online_facts_and_metadata_round_trip(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    """The service has no editor for online facts yet (see report); the domain model and
    storage must still carry every field, so store a full fact sheet as a new revision."""
    vault = created[0]
    service = VaultService(vault)
    incident = service.add_incident({"title": "Hasspost", "occurred": {"date": "2024-03-01"}})
    entry = service.add_attachment_stream(incident.id, io.BytesIO(b"PNG..."), "screen.png",
                                          kind=AttachmentKind.SCREENSHOT)
    full = entry.value.model_copy(update={
        "online": OnlineContent(
            url="https://social.example/p/123?ref=ü",
            platform="Facebook",
            author_handle="@wütend_in_sachsen",
            author_profile_url="https://social.example/wütend_in_sachsen",
            posted_at=dt.datetime(2024, 2, 29, 21, 3, 7, tzinfo=dt.UTC),
            captured_at=dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            captured_by="Hauptamt, Frau Kühn",
            context="Antwort auf den Post der Gemeinde zum Ratsbeschluss.\nZweite Zeile",
        ),
        "metadata": EvidenceFacts(
            image=ImageFacts(format="PNG", width=1080, height=2340, orientation=6,
                             taken_at=dt.datetime(2024, 3, 1, 8, 0), camera="Fairphone 5",
                             gps=GpsPosition(latitude=50.96, longitude=13.94)),
            unreadable="",
        ),
        "gps_in_exports": True,
        "note": "Screenshot des Profils liegt bei. العربية",
    })
    full = Attachment.model_validate(full.model_dump())  # the copy must be valid, too
    data: dict[str, Any] = full.model_dump(mode="json")
    record = vault.records.update(entry.id, data, entry.version, service.user_id)
    assert record.version == 2

    again = reopen(vault_dir, vault)
    try:
        loaded = again.get_attachment(entry.id)
        assert loaded.version == 2
        assert loaded.value == full
        assert loaded.value.model_dump(mode="json") == data
        assert loaded.value.online is not None
        assert loaded.value.online.captured_at == full.online.captured_at  # type: ignore[union-attr]
        history = again.history(ATTACHMENT, entry.id)
        assert history[-1].changed == ["gps_in_exports", "metadata", "note", "online"]
    finally:
        again.close()


def datetime_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
