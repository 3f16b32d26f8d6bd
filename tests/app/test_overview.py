"""The start view's lines (app/overview.py) on a real vault: open Strafantrag deadlines with
days left, passed without an Antrag or with an unknown start; unreported incidents; evidence
that lacks what the police need; the last backup and its age; an empty vault."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

from app.deadline import DeadlineState, add_months
from app.domain import AttachmentKind
from app.evidence_gaps import EvidenceGap
from app.overview import overview
from app.progress import Cancelled
from app.service import VaultService

TODAY = dt.date(2026, 6, 1)


def add(service: VaultService, title: str, **fields: Any) -> str:
    data: dict[str, Any] = {"title": title, "occurred": {"date": "2026-05-01"},
                            "categories": ["beleidigung"], **fields}
    return service.add_incident(data).id


def with_perpetrator(service: VaultService, title: str, discovered: dt.date | None,
                     **fields: Any) -> str:
    suspect = service.add_person({"kind": "suspect", "name": f"Täter {title}"})
    return add(service, title, persons=[{"person_id": suspect.id, "role": "perpetrator"}],
               discovered_on=discovered.isoformat() if discovered else None, **fields)


def test_an_empty_vault_is_empty_and_was_never_backed_up(service: VaultService) -> None:
    view = overview(service, TODAY)
    assert view.empty and view.unreadable == 0
    assert view.deadlines == [] and view.unreported == [] and view.gaps == []
    assert view.backup.last_at is None and view.backup.age_days is None and view.backup.due


def test_deadlines_running_passed_and_unknown_start_each_named(service: VaultService) -> None:
    # discovered so that the last day is TODAY + 10
    soon = with_perpetrator(service, "Frist in 10 Tagen",
                            add_months(TODAY + dt.timedelta(days=10), -3))
    last_day = with_perpetrator(service, "Letzter Tag heute", add_months(TODAY, -3))
    passed = with_perpetrator(service, "Abgelaufen", dt.date(2026, 1, 5))
    no_date = with_perpetrator(service, "Ohne Kenntnisdatum", None)
    unknown = add(service, "Täter unbekannt", perpetrator_unknown=True,
                  discovered_on="2026-05-02")
    filed = with_perpetrator(service, "Antrag gestellt", dt.date(2026, 1, 5),
                             case={"strafantrag_on": "2026-02-01"})
    ex_officio = with_perpetrator(service, "Offizialdelikt", dt.date(2026, 1, 5),
                                  categories=["bedrohung"])
    lines = {line.incident_id: line for line in overview(service, TODAY).deadlines}
    assert filed not in lines and ex_officio not in lines  # no Antrag needed / one recorded
    assert lines[soon].state is DeadlineState.RUNNING and lines[soon].days_left == 10
    assert lines[soon].deadline == TODAY + dt.timedelta(days=10)
    assert lines[last_day].days_left == 0
    assert lines[passed].state is DeadlineState.PASSED and lines[passed].days_left is None
    assert lines[passed].deadline == dt.date(2026, 4, 5)
    for start_unknown in (no_date, unknown):  # never "still time"
        assert lines[start_unknown].state is DeadlineState.NOT_STARTED
        assert lines[start_unknown].deadline is None and lines[start_unknown].days_left is None
    order = [line.incident_id for line in overview(service, TODAY).deadlines]
    assert order[:3] == [last_day, soon, passed]  # nearest end first, then the passed one
    assert set(order[3:]) == {no_date, unknown}
    assert lines[soon].title == "Frist in 10 Tagen"


def test_unreported_incidents_newest_first(service: VaultService) -> None:
    old = add(service, "Alt", occurred={"date": "2026-01-01"})
    new = add(service, "Neu", occurred={"date": "2026-05-20"})
    add(service, "Angezeigt", case={"reported": True})
    add(service, "Angezeigt mit Datum", case={"reported_on": "2026-05-02"})
    view = overview(service, TODAY)
    assert [(u.incident_id, u.title) for u in view.unreported] == [(new, "Neu"), (old, "Alt")]
    assert view.unreported[0].occurred == dt.date(2026, 5, 20)
    assert not view.empty


def test_evidence_gaps_per_attachment_with_its_incident(service: VaultService) -> None:
    incident = add(service, "Hasskommentar")
    bare = service.add_attachment_stream(incident, io.BytesIO(b"png"), "ohne-alles.png",
                                         AttachmentKind.SCREENSHOT)
    no_url = service.add_attachment_stream(
        incident, io.BytesIO(b"png2"), "ohne-url.png", AttachmentKind.SCREENSHOT,
        extra={"online": {"posted_at": "2026-05-01T10:00:00+02:00",
                          "captured_at": "2026-05-01T11:00:00+02:00"}})
    complete = service.add_attachment_stream(
        incident, io.BytesIO(b"png3"), "vollstaendig.png", AttachmentKind.SCREENSHOT,
        extra={"online": {"url": "https://example.org/p/1",
                          "posted_at": "2026-05-01T10:00:00+02:00",
                          "captured_at": "2026-05-01T11:00:00+02:00"}})
    pasted_mail = service.add_attachment_stream(incident, io.BytesIO(b"Hallo"), "mail.txt",
                                                AttachmentKind.EMAIL)
    full_mail = service.add_attachment_stream(
        incident, io.BytesIO(b"From: a@example.org\r\n\r\nHallo"), "mail.eml",
        AttachmentKind.EMAIL,
        extra={"metadata": {"email": {"raw_headers": "From: a@example.org"}}})
    photo = service.add_attachment_stream(incident, io.BytesIO(b"jpg"), "foto.jpg",
                                          AttachmentKind.PHOTO)
    online_photo = service.add_attachment_stream(  # filed as a photo, yet of a post
        incident, io.BytesIO(b"jpg2"), "beitrag.jpg", AttachmentKind.PHOTO,
        extra={"online": {"url": "https://example.org/p/2"}})
    other = add(service, "Ohne Anhänge")
    gaps = {g.attachment_id: g for g in overview(service, TODAY).gaps}
    assert set(gaps) == {bare.id, no_url.id, pasted_mail.id, online_photo.id}
    assert gaps[online_photo.id].gaps == (EvidenceGap.SCREENSHOT_NO_POSTED_AT,
                                          EvidenceGap.SCREENSHOT_NO_CAPTURED_AT)
    assert gaps[bare.id].gaps == (EvidenceGap.SCREENSHOT_NO_URL,
                                  EvidenceGap.SCREENSHOT_NO_POSTED_AT,
                                  EvidenceGap.SCREENSHOT_NO_CAPTURED_AT)
    assert gaps[no_url.id].gaps == (EvidenceGap.SCREENSHOT_NO_URL,)
    assert gaps[pasted_mail.id].gaps == (EvidenceGap.MAIL_NO_HEADERS,)
    assert gaps[no_url.id].incident_id == incident and \
        gaps[no_url.id].incident_title == "Hasskommentar"
    assert gaps[no_url.id].original_name == "ohne-url.png"
    assert complete.id not in gaps and full_mail.id not in gaps and photo.id not in gaps
    assert all(g.incident_id != other for g in gaps.values())
    # a URL of blanks only is no URL
    service.update_attachment(complete.id, {"online": {
        "url": "   ", "posted_at": "2026-05-01T10:00:00+02:00",
        "captured_at": "2026-05-01T11:00:00+02:00"}}, complete.version)
    blank = {g.attachment_id: g for g in overview(service, TODAY).gaps}[complete.id]
    assert blank.gaps == (EvidenceGap.SCREENSHOT_NO_URL,)


def test_last_backup_and_its_age(service: VaultService, tmp_path: Path) -> None:
    service.create_backup(tmp_path / "sicherung.vfbackup")
    today = dt.date.today()
    backup = overview(service, today).backup
    assert backup.last_at is not None and backup.age_days == 0 and not backup.due
    later = overview(service, today + dt.timedelta(days=40)).backup
    assert later.age_days == 40 and later.last_at == backup.last_at


def test_a_cancel_stops_the_reading(service: VaultService) -> None:
    incident = add(service, "x")
    service.add_attachment_stream(incident, io.BytesIO(b"png"), "s.png",
                                  AttachmentKind.SCREENSHOT)
    with pytest.raises(Cancelled):
        overview(service, TODAY, cancelled=lambda: True)
