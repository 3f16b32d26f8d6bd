"""Before an incident is saved: dates that are possible but unlikely (in the future, or longer
ago than app.date_input.PLAUSIBLE_YEARS), said in one question, so a slip such as 2005 for
2025 is caught before it reaches a police dossier. Only dates the user changed are asked
about: an old incident documented on purpose is not questioned at every later save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app import date_input
from app.date_input import Plausibility
from ui.date_entry import as_date
from ui.incidents.form import IncidentForm


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentDateChecks", text)


def _dates(form: IncidentForm) -> list[tuple[str, dt.date | None, bool]]:
    """(label, day, may lie long ago) for each date worth a question."""
    end = form["occurred_to"]
    case = form["case"]
    return [
        (tr("Zeitpunkt"), as_date(form["occurred"]["date"]), True),
        (tr("Ende"), as_date(end["date"]) if end is not None else None, True),
        (tr("Kenntnis am"), as_date(form["discovered_on"]), True),
        (tr("Datum der Anzeige"), as_date(case["reported_on"]), False),
        (tr("Datum des Strafantrags"), as_date(case["strafantrag_on"]), False),
    ]


def unlikely_dates(form: IncidentForm, baseline: IncidentForm, today: dt.date) -> list[str]:
    """One German line per changed date in the future or long ago."""
    lines = []
    before = {label: day for label, day, _ in _dates(baseline)} if baseline else {}
    for label, day, old_ones in _dates(form):
        if day is None or day == before.get(label):
            continue
        found = date_input.plausibility(day, today)
        if found is Plausibility.FUTURE:
            lines.append(tr("{0}: {1} liegt in der Zukunft.").format(
                label, date_input.typed(day)))
        elif found is Plausibility.LONG_AGO and old_ones:
            lines.append(tr("{0}: {1} liegt mehr als {2} Jahre zurück.").format(
                label, date_input.typed(day), date_input.PLAUSIBLE_YEARS))
    return lines


def question(lines: list[str]) -> str:
    return tr("Bitte prüfen Sie diese Angaben:\n{0}\n\nTrotzdem so speichern?").format(
        "\n".join("• " + line for line in lines))


def answers() -> tuple[str, str]:
    """The question's buttons: back to editing (the default), and saving anyway."""
    return tr("Zurück zum Bearbeiten"), tr("Trotzdem speichern")
