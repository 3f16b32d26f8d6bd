"""The start view after unlocking, as data (ui/start_view.py shows it, the CLI could print it):
the Strafantrag deadlines still open, the incidents not yet reported, the evidence that lacks
what the police need, the last backup and its age, and whether the vault is still empty.
Each line carries the ids of what it names, so a front end can open it.

It reads every incident and the attachments of those that have any, decrypting them: a front
end calls it off its GUI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.deadline import DeadlineState, OpenDeadline, open_deadlines
from app.domain import Incident
from app.entries import Entry
from app.evidence_gaps import EvidenceGap, evidence_gaps
from app.progress import CancelFn, Cancelled
from app.service import VaultService

# Running deadlines first, the nearest end first; then the passed ones (named as such), then
# those whose start is unknown.
_STATE_ORDER = {DeadlineState.RUNNING: 0, DeadlineState.PASSED: 1, DeadlineState.NOT_STARTED: 2}


@dataclass(frozen=True)
class DeadlineLine:
    incident_id: str
    title: str
    state: DeadlineState  # RUNNING, PASSED (without an Antrag) or NOT_STARTED (start unknown)
    deadline: dt.date | None  # the last day; None while the start is unknown
    days_left: int | None  # RUNNING only: 0 means today is the last day


@dataclass(frozen=True)
class UnreportedLine:
    incident_id: str
    title: str
    occurred: dt.date


@dataclass(frozen=True)
class GapLine:
    incident_id: str
    incident_title: str
    attachment_id: str
    original_name: str
    gaps: tuple[EvidenceGap, ...]


@dataclass(frozen=True)
class BackupLine:
    last_at: str | None  # UTC, ISO 8601; None: never backed up
    age_days: int | None  # whole days since (by the local calendar); None: never
    due: bool


@dataclass(frozen=True)
class Overview:
    deadlines: list[DeadlineLine]
    unreported: list[UnreportedLine]
    gaps: list[GapLine]
    backup: BackupLine
    empty: bool  # no incident at all (none readable and none damaged)
    unreadable: int  # incidents that could not be opened (damaged): the check names them


def _deadline_line(item: OpenDeadline) -> DeadlineLine:
    return DeadlineLine(item.incident_id, item.incident.title, item.hint.state,
                        item.hint.deadline, item.days_left)


def _sort_key(line: DeadlineLine) -> tuple[int, dt.date, str]:
    return (_STATE_ORDER[line.state], line.deadline or dt.date.max, line.incident_id)


def backup_line(service: VaultService, today: dt.date) -> BackupLine:
    status = service.backup_status()
    if not status.last_backup_at:
        return BackupLine(None, None, status.due)
    moment = dt.datetime.fromisoformat(status.last_backup_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    age = max(0, (today - moment.astimezone().date()).days)
    return BackupLine(status.last_backup_at, age, status.due)


def _gaps(service: VaultService, entries: list[Entry[Incident]],
          cancelled: CancelFn) -> list[GapLine]:
    counts = service.attachment_counts()
    lines: list[GapLine] = []
    for entry in entries:
        if cancelled():
            raise Cancelled
        if not counts.get(entry.id):
            continue
        for attachment in service.list_attachments(entry.id).entries:
            gaps = evidence_gaps(attachment.value)
            if gaps:
                lines.append(GapLine(entry.id, entry.value.title, attachment.id,
                                     attachment.value.original_name, tuple(gaps)))
    return lines


def _never_cancelled() -> bool:
    return False


def overview(service: VaultService, today: dt.date,
             cancelled: CancelFn = _never_cancelled) -> Overview:
    """The start view's lines as of `today` (the office's calendar day); raises Cancelled
    when `cancelled()` says stop (a lock while it reads)."""
    listing = service.list_incidents()
    entries = sorted(listing.entries, key=lambda e: (e.value.occurred.sort_key(), e.id),
                     reverse=True)  # newest first
    deadlines = sorted((_deadline_line(d) for d in open_deadlines(
        ((e.id, e.value) for e in entries), today)), key=_sort_key)
    unreported = [UnreportedLine(e.id, e.value.title, e.value.occurred.date)
                  for e in entries if not e.value.case.reported]
    return Overview(deadlines=deadlines, unreported=unreported,
                    gaps=_gaps(service, entries, cancelled), backup=backup_line(service, today),
                    empty=not listing.entries and not listing.failures,
                    unreadable=len(listing.failures))
