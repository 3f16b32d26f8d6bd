"""The Strafantrag deadline hint (§ 77b StGB): three months from the day the entitled person
learned of the act and of the perpetrator. A hint with its rule, never legal advice; an incident
is never hidden because a deadline passed."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.domain import OFFENCES, Incident, Prosecution, Role


class DeadlineState(StrEnum):
    NOT_NEEDED = "not_needed"  # every category is prosecuted ex officio
    FILED = "filed"  # a Strafantrag date is recorded
    NOT_STARTED = "not_started"  # perpetrator unknown or date of knowledge missing
    RUNNING = "running"
    PASSED = "passed"


@dataclass(frozen=True)
class DeadlineHint:
    state: DeadlineState
    deadline: dt.date | None
    rule: str


RULE = ("§ 77b StGB: drei Monate ab dem Tag, an dem die berechtigte Person von Tat und Täter "
        "Kenntnis erlangt hat (Hinweis, keine Rechtsberatung).")


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month `months` later; if that month is shorter, its last day (§ 188 BGB)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def strafantrag_deadline(incident: Incident, today: dt.date) -> DeadlineHint:
    # Only when every category is an Offizialdelikt; an incident not yet classified (or
    # "Sonstiges") keeps its deadline hint, so it is not missed while the legal view is open.
    if incident.categories and all(
        OFFENCES[c].prosecution is Prosecution.EX_OFFICIO for c in incident.categories
    ):
        return DeadlineHint(DeadlineState.NOT_NEEDED, None, RULE)
    if incident.case.strafantrag_on is not None:
        return DeadlineHint(DeadlineState.FILED, None, RULE)
    perpetrator_known = bool(incident.person_ids(Role.PERPETRATOR)) and \
        not incident.perpetrator_unknown
    if not perpetrator_known or incident.discovered_on is None:
        return DeadlineHint(DeadlineState.NOT_STARTED, None, RULE)
    deadline = add_months(incident.discovered_on, 3)
    state = DeadlineState.RUNNING if today <= deadline else DeadlineState.PASSED
    return DeadlineHint(state, deadline, RULE)


# Whose Strafantrag is still to be made: the deadline runs, has passed, or has not started
# because its start is unknown (never to be read as "still time").
OPEN_STATES = (DeadlineState.RUNNING, DeadlineState.PASSED, DeadlineState.NOT_STARTED)


@dataclass(frozen=True)
class OpenDeadline:
    """An incident whose offence needs a Strafantrag and has none recorded."""

    incident_id: str
    incident: Incident
    hint: DeadlineHint
    days_left: int | None  # RUNNING: days to the last day (0: today is the last); else None


def open_deadlines(incidents: Iterable[tuple[str, Incident]],
                   today: dt.date) -> list[OpenDeadline]:
    """The incidents (id, incident) without a Strafantrag whose offence needs one, in the
    order given: what the dossier's summary and the app's start view list, from one rule."""
    found: list[OpenDeadline] = []
    for incident_id, incident in incidents:
        hint = strafantrag_deadline(incident, today)
        if hint.state not in OPEN_STATES:
            continue
        days = (hint.deadline - today).days if hint.state is DeadlineState.RUNNING \
            and hint.deadline is not None else None
        found.append(OpenDeadline(incident_id, incident, hint, days))
    return found
