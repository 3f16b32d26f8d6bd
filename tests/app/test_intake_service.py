"""IntakeService on a real vault: files read in the real sandbox, stored bit-exact with their
facts; hostile files stored all the same with the reason in their facts (never in the user's
note); the new incident pre-filled; cancel and progress. The prefill rules (time zone, title,
sender) are tested as the pure functions they are."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import zoneinfo
from pathlib import Path

import pytest

from app.domain import AttachmentKind, Person
from app.domain.enums import Channel, PersonKind, Precision, Role
from app.domain.evidence import EmailFacts, EvidenceFacts, ImageFacts
from app.entries import Entry
from app.errors import AppCode, TimeZoneDataError
from app.intake import facts, prefill
from app.intake.codes import IntakeCode
from app.intake.errors import IntakeError
from app.intake.notices import notice
from app.intake.prefill import berlin_local, prefill_incident
from app.intake.service import IntakeService
from app.progress import Cancelled
from app.service import VaultService
from storage.errors import RecordNotFoundError
from tests import intake_samples as samples
from tests.conftest import USER, storage_of

C = IntakeCode
NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def intake(service: VaultService) -> IntakeService:
    return IntakeService(service, now=lambda: NOW)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _stored_bytes(service: VaultService, attachment_id: str, tmp_path: Path) -> bytes:
    out = tmp_path / f"out-{attachment_id}"
    digest = service.extract_attachment(attachment_id, out)
    data = out.read_bytes()
    assert hashlib.sha256(data).hexdigest() == digest
    return data


# -- the whole flow -----------------------------------------------------------------------------
def test_a_photo_makes_an_incident_dated_by_its_exif(intake: IntakeService,
                                                     service: VaultService,
                                                     tmp_path: Path) -> None:
    data = samples.jpeg(exif=samples.camera_exif())
    result = intake.intake([_write(tmp_path, "IMG_0001.JPG", data)])
    assert result.incident_created and not result.cancelled and result.notes == []
    incident = service.get_incident(result.incident_id).value
    assert incident.title == "Foto IMG_0001.JPG"
    assert (incident.occurred.date, incident.occurred.time) == (dt.date(2025, 6, 1),
                                                                dt.time(14, 30))
    assert incident.occurred.precision == Precision.EXACT
    [entry] = result.attachments
    stored = service.get_attachment(entry.id).value
    assert stored.kind == AttachmentKind.PHOTO
    assert stored.metadata.image is not None and stored.metadata.image.gps is not None
    assert stored.metadata.image.gps.latitude == pytest.approx(51.0583333)
    assert stored.gps_in_exports is False  # the user decides per attachment
    assert stored.online is None and stored.note == ""
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert _stored_bytes(service, entry.id, tmp_path) == data


def test_hostile_files_are_stored_bit_exact_with_their_reason(service: VaultService,
                                                              tmp_path: Path) -> None:
    hanging = IntakeService(service, timeout=2, now=lambda: NOW,
                            reader=functools.partial(facts.read, fault="hang"))
    files = {
        "bomb.png": (samples.bomb_png(), notice(C.IMAGE_BOMB, limit_mp=100)),
        "half.jpg": (samples.jpeg((300, 200))[:1500], notice(C.IMAGE_TRUNCATED)),
        "empty.jpg": (b"", notice(C.EMPTY_FILE)),
        "fake.pdf": (b"<html>not a pdf</html>", notice(C.NOT_A_PDF)),
        "exif.jpg": (samples.malformed_exif_jpeg(), notice(C.EXIF_PARTLY_DAMAGED)),
    }
    intake = IntakeService(service, now=lambda: NOW)
    paths = [_write(tmp_path, name, data) for name, (data, _) in files.items()]
    result = intake.intake(paths)
    hung = hanging.intake([_write(tmp_path, "hang.bin", b"\x00" * 5000)], result.incident_id)
    entries = result.attachments + hung.attachments
    assert len(entries) == len(files) + 1
    expected = {**files, "hang.bin": (b"\x00" * 5000, notice(C.READER_TIMEOUT, seconds=2.0))}
    for entry in entries:
        data, reason = expected[entry.value.original_name]
        stored = service.get_attachment(entry.id).value
        said = [stored.metadata.unreadable, *stored.metadata.notices]
        assert reason in said, (entry.value.original_name, said)
        assert stored.note == ""  # the user's note is the user's
        assert stored.sha256 == hashlib.sha256(data).hexdigest()
        assert stored.size == len(data)
        assert _stored_bytes(service, entry.id, tmp_path) == data
    exif = next(e.value for e in entries if e.value.original_name == "exif.jpg")
    assert exif.metadata.image is not None and exif.metadata.unreadable is None  # read
    listing = service.list_attachments(result.incident_id)
    assert len(listing.entries) == len(entries) and listing.failures == []


def test_a_screenshot_gets_capture_time_and_user(intake: IntakeService, service: VaultService,
                                                 tmp_path: Path) -> None:
    incident = service.add_incident({"title": "Hass auf Facebook",
                                     "occurred": {"date": "2026-03-01"}})
    result = intake.intake([_write(tmp_path, "shot.png", samples.png())], incident.id)
    assert not result.incident_created and result.incident_id == incident.id
    stored = result.attachments[0].value
    assert stored.kind == AttachmentKind.SCREENSHOT
    assert stored.online is not None
    assert stored.online.captured_at == NOW and stored.online.captured_by == USER
    # A camera photo pasted from the clipboard is a screenshot too, from memory.
    pasted = intake.prepare_data(samples.jpeg(exif=samples.camera_exif()), "clipboard.jpg",
                                 pasted=True)
    assert pasted.kind == AttachmentKind.SCREENSHOT.value and pasted.path is None
    [entry] = intake.file([pasted], incident.id)
    assert entry.value.metadata.image is not None
    assert entry.value.metadata.image.camera == "Canon EOS 5D"


def test_bad_paths_and_ids_store_nothing(intake: IntakeService, service: VaultService,
                                         tmp_path: Path) -> None:
    good = _write(tmp_path, "ok.png", samples.png())
    missing = tmp_path / "missing.jpg"
    for paths, said in [([], notice(C.NO_FILES)),
                        ([good, missing], notice(C.PATH_MISSING, path=str(missing))),
                        ([good, tmp_path], notice(C.PATH_IS_FOLDER, path=str(tmp_path)))]:
        with pytest.raises(IntakeError) as caught:
            intake.intake(paths)
        assert caught.value.notice == said
        assert caught.value.field == "file"
    with pytest.raises(RecordNotFoundError):
        intake.intake([good], "abcdef12")
    assert service.list_incidents().entries == []
    assert list((storage_of(service).folder / "attachments").rglob("*.*")) == []


def test_progress_and_cancel_between_and_inside_files(intake: IntakeService,
                                                      service: VaultService,
                                                      tmp_path: Path) -> None:
    incident = service.add_incident({"title": "x", "occurred": {"date": "2026-03-01"}})
    big = bytes(range(256)) * 20_000  # 5 MB: several segments, so the copy can be stopped
    paths = [_write(tmp_path, "a.bin", b"first"), _write(tmp_path, "b.bin", big),
             _write(tmp_path, "c.bin", b"third")]
    prepared = intake.prepare(paths)
    calls: list[tuple[int, int, str]] = []

    def cancel() -> bool:  # once the second file's bytes have started to flow
        return any(done > 5 for done, _total, _text in calls)

    stored = intake.file(prepared, incident.id, progress=lambda *a: calls.append(a),
                         cancel=cancel)
    assert [e.value.original_name for e in stored] == ["a.bin"]
    assert [e.id for e in service.list_attachments(incident.id).entries] == [stored[0].id]
    blobs = [p for p in (storage_of(service).folder / "attachments").rglob("*") if p.is_file()]
    assert len(blobs) == 1  # the half-copied second file is gone
    calls.clear()
    stored = intake.file(prepared, incident.id, progress=lambda *a: calls.append(a))
    assert len(stored) == 3
    total = len(b"first") + len(big) + len(b"third")
    assert all(t == total for _d, t, _x in calls)
    done = [d for d, _t, _x in calls]
    assert done == sorted(done) and done[-1] == total


def test_a_draft_creates_the_sender_as_contact_and_links_it(intake: IntakeService,
                                                            service: VaultService) -> None:
    mail = EvidenceFacts(email=EmailFacts(sender="Max Muster <Max@Example.org>",
                                          sender_address="max@example.org",
                                          subject="Wir wissen, wo du wohnst",
                                          date=dt.datetime(2026, 3, 1, 22, 15, tzinfo=dt.UTC)))
    draft = prefill_incident(mail, "drohung.eml", today=TODAY)
    entry, person_id, created = intake.create_incident(draft)
    assert created and person_id is not None
    person = service.get_person(person_id).value
    assert (person.kind, person.name, person.emails) == (PersonKind.SUSPECT, "Max Muster",
                                                         ["max@example.org"])
    assert entry.value.persons[0].person_id == person_id
    assert entry.value.persons[0].role == Role.PERPETRATOR
    assert entry.value.channel == Channel.EMAIL
    assert (entry.value.occurred.date, entry.value.occurred.time) == (dt.date(2026, 3, 1),
                                                                      dt.time(23, 15))
    # The next mail from that address finds the contact, whatever the case of the address.
    again = prefill_incident(mail, "zweite.eml", today=TODAY,
                             contacts=service.list_persons().entries)
    assert again.person_id == person_id and again.new_person is None


# -- the prefill rules ----------------------------------------------------------------------------
def _mail(**fields: object) -> EvidenceFacts:
    return EvidenceFacts(email=EmailFacts.model_validate(fields))


def _contact(kind: PersonKind, email: str) -> Entry[Person]:
    return Entry("c" * 32, 1, "", "", "", Person(kind=kind, name="Someone", emails=[email]))


@pytest.mark.parametrize(("utc", "local"), [
    ("2026-01-15T10:00:00", "2026-01-15T11:00:00"),
    ("2026-07-15T10:00:00", "2026-07-15T12:00:00"),
    ("2026-03-29T00:59:59", "2026-03-29T01:59:59"),  # the last second of winter time
    ("2026-03-29T01:00:00", "2026-03-29T03:00:00"),
    ("2026-10-25T00:59:59", "2026-10-25T02:59:59"),
    ("2026-10-25T01:00:00", "2026-10-25T02:00:00"),  # the hour that happens twice
    ("2025-12-31T23:30:00", "2026-01-01T00:30:00"),  # a new year in Germany only
    # Before 1996 summer time ended on the last Sunday of September: only the time-zone
    # database knows that (the EU rule of today would say 02:30).
    ("1995-10-01T00:30:00", "1995-10-01T01:30:00"),
])
def test_mail_dates_become_german_local_time(utc: str, local: str) -> None:
    moment = dt.datetime.fromisoformat(utc).replace(tzinfo=dt.UTC)
    assert berlin_local(moment) == dt.datetime.fromisoformat(local)


def test_german_time_is_the_time_zone_databases_europe_berlin() -> None:
    zone = prefill.berlin()
    assert isinstance(zone, zoneinfo.ZoneInfo) and zone.key == "Europe/Berlin"
    naive = dt.datetime(2026, 3, 14, 19, 30)
    assert berlin_local(naive) is naive  # already local (a camera's time): left as it is


@pytest.mark.usefixtures("without_tz_database")
def test_without_the_time_zone_database_a_mail_date_is_refused_not_guessed() -> None:
    moment = dt.datetime(2026, 7, 15, 10, 0, tzinfo=dt.UTC)
    with pytest.raises(TimeZoneDataError) as caught:
        berlin_local(moment)
    assert caught.value.code is AppCode.TIME_ZONE_MISSING
    assert caught.value.params == {"zone": "Europe/Berlin"}
    with pytest.raises(TimeZoneDataError):
        prefill_incident(_mail(sender="a@b.de", subject="s", date=moment), "x.eml",
                         today=TODAY)
    # What needs no time zone still works: a mail without a date, a photo's local time.
    undated = prefill_incident(_mail(sender="a@b.de", subject="s"), "x.eml", today=TODAY)
    assert undated.incident["occurred"]["date"] == "2026-03-14"
    naive = dt.datetime(2026, 3, 14, 19, 30)
    assert berlin_local(naive) is naive


def test_a_mail_without_date_is_dated_today_with_unknown_precision() -> None:
    draft = prefill_incident(_mail(sender="a@b.de", subject="Hallo"), "x.eml", today=TODAY)
    assert draft.incident["occurred"] == {"date": "2026-03-14", "time": None,
                                          "precision": "unknown"}
    assert draft.notes == [notice(C.NO_EMAIL_DATE)]


def test_titles_come_from_the_subject_or_the_sender() -> None:
    long = prefill_incident(_mail(subject="Du  wirst   es " + "x" * 400), "x.eml", today=TODAY)
    assert long.incident["title"].startswith("Du wirst es xxx")
    assert len(long.incident["title"]) == 300
    named = prefill_incident(_mail(sender="Max Muster <max@example.org>"), "x.eml", today=TODAY)
    assert named.incident["title"] == "E-Mail von Max Muster"
    bare = prefill_incident(_mail(sender="max@example.org"), "x.eml", today=TODAY)
    assert bare.incident["title"] == "E-Mail von max@example.org"
    assert bare.new_person == {"kind": "suspect", "name": "max@example.org",
                               "emails": ["max@example.org"]}
    nobody = prefill_incident(_mail(), "x.eml", today=TODAY)
    assert nobody.incident["title"] == "E-Mail von unbekannt"
    assert nobody.new_person is None and nobody.incident["persons"] == []


def test_the_sender_is_matched_by_address_ignoring_case() -> None:
    mail = _mail(sender="Max <MAX@Example.ORG>", subject="s")
    suspect = prefill_incident(mail, "x.eml", today=TODAY,
                               contacts=[_contact(PersonKind.SUSPECT, "max@example.org")])
    assert suspect.person_id == "c" * 32 and suspect.new_person is None
    assert suspect.incident["persons"] == [{"person_id": "c" * 32, "role": "perpetrator"}]
    police = prefill_incident(mail, "x.eml", today=TODAY,
                              contacts=[_contact(PersonKind.POLICE, "Max@example.org")])
    assert police.person_id is None and police.incident["persons"] == []
    assert notice(C.SENDER_NOT_INVOLVED, name="Someone") in police.notes


def test_photos_and_other_files() -> None:
    photo = EvidenceFacts(image=ImageFacts(format="JPEG", camera="Pixel 8",
                                           taken_at=dt.datetime(2026, 2, 2, 8, 5, 9)))
    draft = prefill_incident(photo, "PXL.jpg", today=TODAY)
    assert draft.incident["occurred"] == {"date": "2026-02-02", "time": "08:05:09",
                                          "precision": "exact"}
    assert draft.incident["title"] == "Foto PXL.jpg" and "channel" not in draft.incident
    letter = prefill_incident(EvidenceFacts(), "brief.docx", today=TODAY)
    assert letter.incident["title"] == "brief.docx"
    assert letter.incident["occurred"]["precision"] == "unknown"
    assert letter.notes == [notice(C.NO_FILE_DATE)]
    fields = prefill.prefill_attachment(photo, "PXL.jpg", now=NOW, user_name=USER)
    assert fields == {"kind": "photo"}
    no_camera = EvidenceFacts(image=ImageFacts(format="JPEG"))
    assert prefill.prefill_attachment(no_camera, "x.jpg", now=NOW, user_name=USER) == {
        "kind": "screenshot", "online": {"captured_at": NOW.isoformat(), "captured_by": USER}}


def test_buffers_are_never_written_to_disk(intake: IntakeService, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    prepared = intake.prepare_data(samples.png(), "pasted.png", pasted=True)
    assert prepared.reading.facts.image is not None
    assert list((tmp_path / "tmp").iterdir()) == []
    assert isinstance(prepared.open(), io.BytesIO)


def test_files_are_read_side_by_side_and_kept_in_order(service: VaultService,
                                                       tmp_path: Path) -> None:
    intake = IntakeService(service, now=lambda: NOW, parallel=3)
    paths = [_write(tmp_path, f"{i}.png", samples.png((10 + i, 10))) for i in range(5)]
    calls: list[tuple[int, int, str]] = []
    prepared = intake.prepare(paths, progress=lambda *a: calls.append(a))
    assert [p.name for p in prepared] == [f"{i}.png" for i in range(5)]
    assert [p.facts.image.width for p in prepared if p.facts.image] == [10, 11, 12, 13, 14]
    assert [d for d, _t, _x in calls] == [0, 1, 2, 3, 4, 5]
    with pytest.raises(Cancelled):
        intake.intake(paths, cancel=lambda: True)
    assert service.list_incidents().entries == []


def test_an_e_mail_makes_an_incident_and_its_inner_file_is_stored(
        intake: IntakeService, service: VaultService, tmp_path: Path) -> None:
    pytest.importorskip("app.intake.email_parse")  # written in parallel (issue 5, section 1)
    inner = samples.png((33, 22))
    mail = samples.eml(attachment=inner)
    result = intake.intake([_write(tmp_path, "drohung.eml", mail)])
    incident = service.get_incident(result.incident_id).value
    assert incident.title == "Wir wissen, wo du wohnst"
    assert incident.channel == Channel.EMAIL
    assert (incident.occurred.date, incident.occurred.time) == (dt.date(2026, 3, 1),
                                                                dt.time(23, 15))
    assert result.person_created and result.person_id is not None
    assert service.get_person(result.person_id).value.emails == ["max@example.org"]
    [stored] = result.attachments
    assert stored.value.kind == AttachmentKind.EMAIL
    assert _stored_bytes(service, stored.id, tmp_path) == mail
    [part] = intake.inner_parts(stored.id)
    assert part.name == "evil.png"  # "../../" never reaches a path
    entry = intake.store_inner_part(stored.id[:8], part.index)
    assert entry.value.incident_id == result.incident_id
    assert entry.value.original_name == "evil.png"
    assert entry.value.source == "aus E-Mail drohung.eml"
    assert entry.value.sha256 == hashlib.sha256(inner).hexdigest()
    assert _stored_bytes(service, entry.id, tmp_path) == inner
    assert entry.value.metadata.image is not None and entry.value.metadata.image.width == 33
    with pytest.raises(IntakeError) as caught:
        intake.store_inner_part(stored.id, 7)
    assert caught.value.notice == notice(C.NO_INNER_FILE, index=7)
    with pytest.raises(IntakeError) as caught:
        intake.store_inner_part(stored.id, -1)
    assert caught.value.code is C.PART_NEGATIVE
    with pytest.raises(IntakeError) as caught:
        intake.inner_parts(entry.id)
    assert caught.value.notice == notice(C.NOT_AN_EMAIL_ATTACHMENT, attachment=entry.id[:8])
    # A second mail from the same sender links the contact created by the first one.
    again = intake.intake([_write(tmp_path, "zweite.eml", samples.eml(subject="Noch mal"))])
    assert again.person_id == result.person_id and not again.person_created


def test_a_file_that_changed_after_reading_gets_a_notice_not_a_note(
        intake: IntakeService, service: VaultService, tmp_path: Path) -> None:
    path = _write(tmp_path, "shot.png", samples.png((40, 30)))
    incident = service.add_incident({"title": "Screenshot", "occurred": {"date": "2026-03-01"}})
    prepared = intake.prepare([path])
    path.write_bytes(samples.png((41, 30)))  # replaced between reading and storing
    [entry] = intake.file(prepared, incident.id)
    stored = service.get_attachment(entry.id).value
    assert stored.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # what was stored
    assert stored.metadata.notices == [notice(C.CHANGED_MEANWHILE)]
    assert stored.metadata.image is not None and stored.metadata.image.width == 40
    assert stored.note == ""
