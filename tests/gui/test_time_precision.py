"""How precisely an incident's time is known survives the editor: what the user did not touch
is saved as stored, and every precision can be chosen (real vault, real widgets, offscreen)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.domain import Precision
from app.service import VaultService
from tests.gui.support import ScriptedDialogs
from ui.incidents.editor import IncidentEditor
from ui.incidents.pane import IncidentsPane


@pytest.fixture
def pane(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> IncidentsPane:
    widget = IncidentsPane(service, dialogs)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    return widget


def opened(pane: IncidentsPane, service: VaultService, occurred: dict[str, Any],
           occurred_to: dict[str, Any] | None = None) -> tuple[str, IncidentEditor]:
    entry = service.add_incident({"title": "Anruf im Bürgerbüro", "occurred": occurred,
                                  "occurred_to": occurred_to})
    pane.reload()
    editor = pane.open_incident(entry.id)
    assert editor is not None
    return entry.id, editor


@pytest.mark.parametrize("precision", list(Precision))
@pytest.mark.parametrize("time", [None, "09:30"])
def test_a_title_change_keeps_every_stored_precision(
        pane: IncidentsPane, service: VaultService, precision: Precision,
        time: str | None) -> None:
    point = {"date": "2026-03-01", "time": time, "precision": precision.value}
    end = {"date": "2026-03-02", "time": time, "precision": precision.value}
    incident_id, editor = opened(pane, service, point, end)
    assert not editor.has_unsaved_changes()  # opening changes nothing
    editor.title_edit.setText("Anruf im Bürgerbüro (ergänzt)")
    assert editor.save()
    stored = service.get_incident(incident_id)
    assert stored.version == 2 and stored.value.title == "Anruf im Bürgerbüro (ergänzt)"
    expected_time = dt.time(9, 30) if time else None
    for saved in (stored.value.occurred, stored.value.occurred_to):
        assert saved is not None
        assert (saved.time, saved.precision) == (expected_time, precision)
    assert not editor.has_unsaved_changes()


def test_a_new_date_keeps_the_stored_precision_and_time(pane: IncidentsPane,
                                                        service: VaultService) -> None:
    incident_id, editor = opened(pane, service, {"date": "2026-03-01", "time": "09:30",
                                                 "precision": "unknown"})
    editor.general.occurred.entry.line.setText("27.02.2026 09:30")
    assert editor.has_unsaved_changes() and editor.save()
    occurred = service.get_incident(incident_id).value.occurred
    assert (occurred.date, occurred.time, occurred.precision) == (
        dt.date(2026, 2, 27), dt.time(9, 30), Precision.UNKNOWN)


def test_unknown_can_be_chosen_and_shows_as_a_change(pane: IncidentsPane,
                                                     service: VaultService) -> None:
    incident_id, editor = opened(pane, service, {"date": "2026-03-01", "time": "09:30"})
    occurred = editor.general.occurred
    assert not occurred.unknown_check.isChecked()
    assert occurred.unknown_check.toolTip()  # says what the date then means
    occurred.approximate_check.setChecked(True)
    occurred.unknown_check.setChecked(True)
    assert not occurred.approximate_check.isChecked()  # one or the other
    occurred.entry.line.setText("01.03.2026")  # the time taken out
    assert editor.has_unsaved_changes() and editor.save()
    stored = service.get_incident(incident_id).value.occurred
    assert (stored.time, stored.precision) == (None, Precision.UNKNOWN)

    occurred.unknown_check.setChecked(False)  # known again: only the day
    assert editor.has_unsaved_changes() and editor.save()
    assert service.get_incident(incident_id).value.occurred.precision is Precision.DAY


@pytest.mark.parametrize(("stored", "action", "expected"), [
    ({"time": "09:30", "precision": "unknown"}, "unknown_off", (dt.time(9, 30), "exact")),
    ({"time": "09:30", "precision": "day"}, "approximate_on", (dt.time(9, 30), "approximate")),
    ({"precision": "exact"}, "time_on", (dt.time(12, 0), "exact")),
    ({"time": "09:30:15", "precision": "unknown"}, "time_changed", (dt.time(9, 31), "unknown")),
    ({"precision": "approximate"}, "approximate_off", (None, "day")),
    ({"time": "09:30", "precision": "exact"}, "time_off", (None, "day")),
])
def test_a_changed_control_sets_the_precision_it_shows(
        pane: IncidentsPane, service: VaultService, stored: dict[str, Any], action: str,
        expected: tuple[dt.time | None, str]) -> None:
    incident_id, editor = opened(pane, service, {"date": "2026-03-01", **stored})
    occurred = editor.general.occurred
    checks = {"unknown": occurred.unknown_check, "approximate": occurred.approximate_check}
    name, state = action.rsplit("_", 1)
    if name == "time":  # the time is typed after the day, or taken out
        occurred.entry.line.setText({"on": "01.03.2026 12:00", "off": "01.03.2026",
                                     "changed": "1.3.26 9.31"}[state])
    else:
        checks[name].setChecked(state == "on")
    assert editor.has_unsaved_changes() and editor.save()
    saved = service.get_incident(incident_id).value.occurred
    assert (saved.time, saved.precision.value if saved.precision else None) == expected

