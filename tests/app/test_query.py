"""The one incident query (app/query.py) on a real vault: periods touch spans, periods may be
open at either end, the answer does not depend on the computer's time zone, and every part
of a selection (categories, outcome, persons, words, chosen ids) narrows it."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain import Category, Outcome
from app.errors import InvalidInputError, RecordNotFoundError
from app.query import IncidentQuery, find_incidents, span
from app.service import VaultService
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


def add(service: VaultService, title: str, start: str, end: str | None = None,
        **fields: object) -> str:
    data: dict[str, object] = {"title": title, "occurred": {"date": start}, **fields}
    if end is not None:
        data["occurred_to"] = {"date": end}
    return service.add_incident(data).id


@pytest.fixture
def series(service: VaultService) -> dict[str, str]:
    """Incidents around the edges of March 2026."""
    return {
        "stalking": add(service, "Nachstellung am Wohnhaus", "2026-02-26", "2026-03-05",
                        categories=["nachstellung"]),
        "feb": add(service, "Brief im Februar", "2026-02-28", categories=["beleidigung"]),
        "first": add(service, "Anruf am 1. März", "2026-03-01", categories=["bedrohung"]),
        "last": add(service, "Mail am 31. März", "2026-03-31", categories=["beleidigung"],
                    case={"outcome": "eingestellt"}),
        "april": add(service, "Plakat im April", "2026-04-01"),
        "long": add(service, "Hetze seit Januar bis Mai", "2026-01-15", "2026-05-20"),
        "timed": add(service, "Drohung kurz vor Mitternacht", "2026-02-28",
                     occurred={"date": "2026-02-28", "time": "23:59"}),
    }


def titles(service: VaultService, query: IncidentQuery) -> list[str]:
    return [e.value.title for e in find_incidents(service, query)]


def named(series: dict[str, str], service: VaultService, query: IncidentQuery) -> set[str]:
    found = {e.id for e in find_incidents(service, query)}
    return {name for name, record_id in series.items() if record_id in found}


MARCH = IncidentQuery(date_from=D(2026, 3, 1), date_to=D(2026, 3, 31))


def test_a_period_takes_every_incident_whose_span_touches_it(
        service: VaultService, series: dict[str, str]) -> None:
    assert named(series, service, MARCH) == {"stalking", "first", "last", "long"}
    # a single day: the spans that cover it and the events on it
    assert named(series, service, IncidentQuery(date_from=D(2026, 3, 5),
                                                date_to=D(2026, 3, 5))) == {"stalking", "long"}
    assert named(series, service, IncidentQuery(date_from=D(2026, 3, 6),
                                                date_to=D(2026, 3, 30))) == {"long"}


def test_periods_open_at_either_end(service: VaultService, series: dict[str, str]) -> None:
    assert named(series, service, IncidentQuery(date_from=D(2026, 3, 31))) == {
        "last", "april", "long"}
    assert named(series, service, IncidentQuery(date_to=D(2026, 2, 26))) == {"stalking", "long"}
    assert named(series, service, IncidentQuery()) == set(series)


def test_time_order_is_by_start_then_time(service: VaultService,
                                          series: dict[str, str]) -> None:
    assert titles(service, IncidentQuery(date_from=D(2026, 2, 28), date_to=D(2026, 3, 1))) == [
        "Hetze seit Januar bis Mai", "Nachstellung am Wohnhaus", "Brief im Februar",
        "Drohung kurz vor Mitternacht", "Anruf am 1. März"]


def test_categories_outcome_persons_words_and_ids_narrow_it(
        service: VaultService, series: dict[str, str]) -> None:
    person = service.add_person({"kind": "suspect", "name": "Erwin Wüterich"}).id
    linked = add(service, "Beschimpfung im Rathaus", "2026-03-10",
                 persons=[{"person_id": person, "role": "perpetrator"}])
    series["linked"] = linked
    assert named(series, service, IncidentQuery(categories=(Category.BELEIDIGUNG,))) == {
        "feb", "last"}
    assert named(series, service, IncidentQuery(
        categories=(Category.BEDROHUNG, Category.NACHSTELLUNG))) == {"first", "stalking"}
    assert named(series, service, IncidentQuery(outcome=Outcome.EINGESTELLT)) == {"last"}
    assert named(series, service, IncidentQuery(person_ids=(person,))) == {"linked"}
    # words: every one must occur, accents and case folded, persons' names included
    assert named(series, service, IncidentQuery(text="wuterich RATHAUS")) == {"linked"}
    assert named(series, service, IncidentQuery(text="märz mail")) == {"last"}
    assert named(series, service, IncidentQuery(text="nichts davon")) == set()
    chosen = IncidentQuery(incident_ids=(series["april"][:6], series["first"]))
    assert named(series, service, chosen) == {"april", "first"}  # prefixes resolve
    assert named(series, service, IncidentQuery(
        incident_ids=(series["april"],), date_from=D(2026, 3, 1), date_to=D(2026, 3, 31))
    ) == set()  # every criterion must hold


def test_a_reversed_period_and_an_unknown_id_are_refused(
        service: VaultService, series: dict[str, str]) -> None:
    with pytest.raises(InvalidInputError) as caught:
        find_incidents(service, IncidentQuery(date_from=D(2026, 4, 1), date_to=D(2026, 3, 1)))
    assert caught.value.field == "date_from" and caught.value.code == "period_order"
    with pytest.raises(RecordNotFoundError):
        find_incidents(service, IncidentQuery(incident_ids=("abcdef0123",)))


def test_a_span_ends_on_its_last_day() -> None:
    from app.domain import Incident

    one = Incident.model_validate({"title": "x", "occurred": {"date": "2026-03-12"}})
    two = Incident.model_validate({"title": "x", "occurred": {"date": "2026-03-12"},
                                   "occurred_to": {"date": "2026-03-14", "time": "02:00"}})
    assert span(one) == (D(2026, 3, 12), D(2026, 3, 12))
    assert span(two) == (D(2026, 3, 12), D(2026, 3, 14))


QUERY_SCRIPT = """
import datetime as dt, json, sys
from pathlib import Path
from app.access import open_vault
from app.query import IncidentQuery, find_incidents
service = open_vault(Path(sys.argv[1])).unlock(None, sys.argv[2])
march = IncidentQuery(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
print(json.dumps([e.id for e in find_incidents(service, march)]))
"""


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "America/Anchorage",
                                  "CET-1CEST,M3.5.0,M10.5.0/3"])
def test_the_answer_does_not_depend_on_the_computers_time_zone(
        vault_dir: Path, zone: str) -> None:
    from app.access import create_vault

    service, _code = create_vault(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        late = add(service, "Kurz vor Mitternacht am 28.2.", "2026-02-28",
                   occurred={"date": "2026-02-28", "time": "23:30"})
        early = add(service, "Kurz nach Mitternacht am 1.3.", "2026-03-01",
                    occurred={"date": "2026-03-01", "time": "00:30"})
        last = add(service, "Spät am 31.3.", "2026-03-31",
                   occurred={"date": "2026-03-31", "time": "23:59"})
    finally:
        service.close()
    env = {**os.environ, "TZ": zone}
    result = subprocess.run([sys.executable, "-c", QUERY_SCRIPT, str(vault_dir), PASSPHRASE],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=True)
    assert json.loads(result.stdout) == [early, last]
    assert late not in json.loads(result.stdout)
