"""The Strafantrag deadline hint (§ 77b StGB) and its month arithmetic."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.deadline import RULE, DeadlineState, add_months, strafantrag_deadline
from app.domain import OFFENCES, Category, Incident, Prosecution

PERPETRATOR_ID = "0123456789abcdef0123456789abcdef"
D = dt.date


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2024, 1, 10), 3, D(2024, 4, 10)),
    (D(2023, 1, 31), 1, D(2023, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
    (D(2023, 11, 30), 3, D(2024, 2, 29)),  # leap year across the year end
    (D(2024, 11, 30), 3, D(2025, 2, 28)),
    (D(2025, 11, 29), 3, D(2026, 2, 28)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2024, 2, 29), 48, D(2028, 2, 29)),
    (D(2024, 3, 31), 3, D(2024, 6, 30)),
    (D(2024, 5, 31), 3, D(2024, 8, 31)),
    (D(2024, 10, 15), 3, D(2025, 1, 15)),
    (D(2024, 12, 31), 3, D(2025, 3, 31)),
    (D(2024, 12, 1), 1, D(2025, 1, 1)),
    (D(2024, 1, 1), 0, D(2024, 1, 1)),
    (D(2024, 3, 31), -1, D(2024, 2, 29)),
    (D(2024, 1, 15), -1, D(2023, 12, 15)),
    (D(2024, 1, 31), 25, D(2026, 2, 28)),
])
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_add_months_every_day_of_a_leap_and_a_common_year() -> None:
    """Never past the target month, never a later day than the start, never an error."""
    for year in (2023, 2024):
        day = D(year, 1, 1)
        while day.year == year:
            result = add_months(day, 3)
            target_month = (day.month + 2) % 12 + 1
            assert result.month == target_month, day
            assert result.day == day.day or (result.day < day.day and
                                             (result + dt.timedelta(days=1)).day == 1), day
            day += dt.timedelta(days=1)


def make(**fields: Any) -> Incident:
    data: dict[str, Any] = {
        "title": "Beleidigung auf Facebook",
        "occurred": {"date": "2024-01-05"},
        "categories": ["beleidigung"],
        "discovered_on": "2024-01-10",
        "persons": [{"person_id": PERPETRATOR_ID, "role": "perpetrator"}],
        **fields,
    }
    return Incident.model_validate(data)


@pytest.mark.parametrize("category", [c for c in Category
                                      if OFFENCES[c].prosecution is Prosecution.EX_OFFICIO])
def test_ex_officio_only_needs_no_strafantrag(category: Category) -> None:
    hint = strafantrag_deadline(make(categories=[category.value]), D(2024, 1, 11))
    assert hint.state is DeadlineState.NOT_NEEDED
    assert hint.deadline is None
    assert hint.rule == RULE


def test_ex_officio_categories_are_the_expected_ones() -> None:
    ex_officio = {c for c in Category if OFFENCES[c].prosecution is Prosecution.EX_OFFICIO}
    assert ex_officio == {Category.BEDROHUNG, Category.NOETIGUNG, Category.VOLKSVERHETZUNG,
                          Category.FEINDESLISTE}


@pytest.mark.parametrize("category", [c for c in Category if OFFENCES[c].strafantrag_advised])
def test_antrag_category_mixed_with_ex_officio_still_runs(category: Category) -> None:
    hint = strafantrag_deadline(make(categories=["bedrohung", category.value]), D(2024, 1, 11))
    assert hint.state is DeadlineState.RUNNING
    assert hint.deadline == D(2024, 4, 10)


@pytest.mark.parametrize("categories", [[], ["sonstiges"], ["bedrohung", "sonstiges"]])
def test_unclassified_incident_keeps_its_deadline_hint(categories: list[str]) -> None:
    """Not yet classified, or "Sonstiges" (legal view open): the hint must not say that no
    Strafantrag is needed, or the three months run out unnoticed."""
    hint = strafantrag_deadline(make(categories=categories), D(2024, 4, 10))
    assert (hint.state, hint.deadline) == (DeadlineState.RUNNING, D(2024, 4, 10))


def test_not_started_without_known_perpetrator_or_date_of_knowledge() -> None:
    today = D(2030, 1, 1)  # long after any deadline would have passed
    unknown = make(perpetrator_unknown=True)
    assert strafantrag_deadline(unknown, today).state is DeadlineState.NOT_STARTED
    unlinked = make(persons=[])
    assert strafantrag_deadline(unlinked, today).state is DeadlineState.NOT_STARTED
    only_witness = make(persons=[{"person_id": PERPETRATOR_ID, "role": "witness"}])
    assert strafantrag_deadline(only_witness, today).state is DeadlineState.NOT_STARTED
    no_date = make(discovered_on=None)
    hint = strafantrag_deadline(no_date, today)
    assert (hint.state, hint.deadline) == (DeadlineState.NOT_STARTED, None)
    assert "§ 77b StGB" in hint.rule and "Kenntnis" in hint.rule


def test_running_until_the_end_of_the_deadline_day_then_passed() -> None:
    incident = make(discovered_on="2024-01-31")
    deadline = D(2024, 4, 30)
    for today, state in [
        (D(2024, 1, 31), DeadlineState.RUNNING),  # the day of knowledge
        (D(2024, 4, 29), DeadlineState.RUNNING),
        (deadline, DeadlineState.RUNNING),  # the deadline day itself still counts
        (D(2024, 5, 1), DeadlineState.PASSED),
        (D(2026, 1, 1), DeadlineState.PASSED),
    ]:
        hint = strafantrag_deadline(incident, today)
        assert (hint.state, hint.deadline) == (state, deadline), today


def test_deadline_over_the_turn_of_a_leap_year() -> None:
    incident = make(discovered_on="2023-11-30")
    assert strafantrag_deadline(incident, D(2024, 2, 29)).state is DeadlineState.RUNNING
    assert strafantrag_deadline(incident, D(2024, 3, 1)).state is DeadlineState.PASSED
    assert strafantrag_deadline(incident, D(2024, 3, 1)).deadline == D(2024, 2, 29)


def test_filed_wins_over_passed_and_not_started() -> None:
    filed = make(discovered_on="2020-01-01", case={"strafantrag_on": "2020-02-01"})
    hint = strafantrag_deadline(filed, D(2024, 1, 1))
    assert (hint.state, hint.deadline) == (DeadlineState.FILED, None)
    unknown_filed = make(perpetrator_unknown=True, case={"strafantrag_on": "2024-01-12",
                                                         "strafantrag_by": "gegen Unbekannt"})
    assert strafantrag_deadline(unknown_filed, D(2024, 1, 13)).state is DeadlineState.FILED


def test_reporting_to_the_police_is_not_a_strafantrag() -> None:
    reported = make(case={"reported": True, "reported_on": "2024-01-11"})
    assert strafantrag_deadline(reported, D(2024, 5, 1)).state is DeadlineState.PASSED
