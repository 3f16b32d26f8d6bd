"""Drafts need the editors' raw form state as JSON and back exactly (ui/form_codec.py), and
each editor's restore() to be the exact inverse of its collect(): every widget filled, invalid
input included, comes back through JSON into a fresh editor unchanged."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot

from app.domain import Channel, Outcome, PersonKind, Precision
from app.service import VaultService
from tests.gui.support import ScriptedDialogs, fill, type_date
from tests.gui.test_contacts import fill_every_field
from tests.gui.test_incidents import fill_every_widget
from ui.contacts.editor import ContactEditor
from ui.contacts.fields import KindCombo
from ui.form_codec import decode, encode
from ui.incidents.editor import IncidentEditor
from ui.incidents.form import EnumCombo
from ui.main_window import MainWindow


@pytest.fixture
def window(service: VaultService,
           dialogs: ScriptedDialogs) -> Iterator[MainWindow]:
    widget = MainWindow(service, dialogs)
    widget.show()
    yield widget
    widget.close_for_lock()  # unsaved editors on purpose: closing must not ask
    widget.deleteLater()


def through_json(form: dict[str, Any]) -> dict[str, Any]:
    """What a draft file gives back: encoded, written as JSON text, read, decoded."""
    data = json.loads(json.dumps(encode(form), ensure_ascii=False))
    assert data == json.loads(json.dumps(data))  # plain JSON, nothing left to convert
    return cast("dict[str, Any]", decode(data))


def round_trip(form: dict[str, Any], fresh: IncidentEditor | ContactEditor) -> None:
    fresh.restore(through_json(form))
    assert fresh.collect() == form
    assert encode(fresh.collect()) == encode(form)  # also the types: a date stays a date
    assert fresh.has_unsaved_changes() and fresh.isWindowModified()


# -- the codec ----------------------------------------------------------------------------------
def test_every_kind_of_value_comes_back_exactly() -> None:
    value = {
        "date": dt.date(2026, 3, 14), "time": dt.time(21, 15, 7, 5),
        "moment": dt.datetime(2026, 3, 14, 21, 15, tzinfo=dt.UTC),
        "naive": dt.datetime(2026, 3, 14, 21, 15), "amount": Decimal("1250.50"),
        "grouped": Decimal("1E+3"), "text": "„Zitat“ \u202e", "none": None, "yes": True,
        "count": 3, "share": 0.5, "list": [dt.date(2026, 1, 1), ["a", None]],
        "tuple": ("x", "y"), "nested": {"on": dt.date(2026, 2, 1), "text": "$date"},
        "channel": Channel.LETTER,
    }
    back = through_json(value)
    assert back == {**value, "tuple": ["x", "y"]}
    assert str(back["amount"]) == "1250.50" and str(back["grouped"]) == "1E+3"
    assert back["moment"].tzinfo == dt.UTC and back["naive"].tzinfo is None
    assert back["channel"] == "letter" and not isinstance(back["channel"], Enum)


@pytest.mark.parametrize("value", [{1, 2}, object(), b"bytes", float("nan"), {"$date": "x"},
                                   {3: "not a name"}])
def test_what_would_not_come_back_is_refused(value: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        encode({"field": value})


@pytest.mark.parametrize("data", [{"$date": "14.03.2026"}, {"$time": 5}, {"$decimal": "zwölf"},
                                  {"$other": "x"}, {"$date": "2026-01-01", "x": 1}])
def test_data_encode_cannot_have_made_is_refused(data: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        decode({"field": data})


# -- the incident editor ------------------------------------------------------------------------
def test_every_widget_of_the_incident_editor_comes_back(
        qtbot: QtBot, window: MainWindow, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    known = fill(service, incidents=1)
    editor = window.incidents.new_incident()
    fill_every_widget(qtbot, editor, known["persons"][0], known["incidents"][0])
    editor.persons.perpetrator_unknown.setChecked(True)
    type_date(qtbot, editor.general.occurred_to.entry, "13.3.26 6:30")
    form = editor.collect()
    assert form["case"]["pending_note_on"] == dt.date(2026, 5, 1)

    fresh = window.incidents.new_incident()
    round_trip(form, fresh)
    # What the person sees, not only what collect() reads.
    assert fresh.title_edit.text() == "Drohbrief im Briefkasten"
    assert [fresh.persons.table.item(r, 0).text() for r in range(2)] == ["Max Müller",
                                                                         "Frau Nachbarin"]
    assert fresh.classification.related.list.item(0).text().endswith("Drohbrief Nr. 1")
    assert fresh.case.notes.table.rowCount() == 2
    assert fresh.case.notes.pending_text() == "typed, not added: saving keeps it"
    assert fresh.case.notes.pending_date() == dt.date(2026, 5, 1)
    assert fresh.consequences.damage.text() == "1.250,50"
    assert fresh.general.channel.value() is Channel.LETTER
    assert fresh.case.outcome.value() is Outcome.ANKLAGE
    # Both save the same incident.
    assert editor.save() and fresh.save() and dialogs.errors == []
    first, second = (service.get_incident(e.record_id() or "").value
                     for e in (editor, fresh))
    assert first.model_dump() == second.model_dump()


def test_invalid_incident_input_comes_back_as_typed(
        window: MainWindow, service: VaultService, dialogs: ScriptedDialogs) -> None:
    editor = window.incidents.new_incident()
    editor.account.description.setPlainText("Nur eine Schilderung, noch ohne Titel " * 40)
    editor.consequences.damage.setText("12,3,4")
    point = editor.general.occurred
    point.entry.line.setText("14.03.2026")
    point.unknown_check.setChecked(True)
    editor.general.occurred_to.entry.line.setText("1.3.26")  # before
    editor.general.discovered_on.line.setText("31.02.2026")  # no such day: kept as typed
    editor.case.reported.setChecked(True)
    editor.case.reported_on.line.setText("15.3.2026 um 9")  # no date either
    editor.case.notes.text_edit.setPlainText("   ")  # blank: not a pending note
    form = editor.collect()
    assert form["title"] == "" and form["occurred"]["precision"] == Precision.UNKNOWN

    fresh = window.incidents.new_incident()
    round_trip(form, fresh)
    assert fresh.title_edit.text() == "" and fresh.consequences.damage.text() == "12,3,4"
    assert fresh.general.occurred.unknown_check.isChecked()
    assert fresh.general.discovered_on.text() == "31.02.2026"
    assert fresh.case.reported_on.text() == "15.3.2026 um 9"
    assert fresh.general.occurred_to.entry.text() == "01.03.2026"
    assert not editor.save() and not fresh.save()
    assert len(dialogs.errors) == 2 and dialogs.errors[0] == dialogs.errors[1]


def test_a_form_restored_over_a_stored_incident_is_a_change(
        window: MainWindow, service: VaultService) -> None:
    ids = fill(service, incidents=2)["incidents"]
    source = window.incidents.open_incident(ids[0])
    target = window.incidents.open_incident(ids[1])
    assert source is not None and target is not None and not target.has_unsaved_changes()
    source.title_edit.setText("")
    round_trip(source.collect(), target)
    assert target.record_id() == ids[1] and target.version() == 1


def test_every_combo_takes_the_value_a_draft_keeps(
        window: MainWindow, service: VaultService) -> None:
    known = fill(service, incidents=1)
    incident = window.incidents.open_incident(known["incidents"][0])
    contact = window.contacts.new_contact()
    assert incident is not None
    combos = incident.findChildren(EnumCombo)
    assert len(combos) >= 7  # place, channel, motivation, outcome, new kind, two roles
    for combo in combos:
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            value = combo.value()
            combo.setCurrentIndex((index + 1) % combo.count())
            combo.set_value(json.loads(json.dumps(encode(value))))
            assert combo.currentIndex() == index
    kinds: KindCombo = contact.kind
    for kind in PersonKind:
        kinds.set_kind(json.loads(json.dumps(encode(kind))))
        assert kinds.kind() is kind
    kinds.set_kind(None)
    assert kinds.kind() is None


# -- the contact editor -------------------------------------------------------------------------
def test_every_field_of_the_contact_editor_comes_back(
        window: MainWindow, service: VaultService, dialogs: ScriptedDialogs) -> None:
    editor = window.contacts.new_contact()
    fill_every_field(editor)
    editor.emails.setPlainText("jw@example.org\nkeine-adresse\n")  # invalid
    form = editor.collect()
    assert form["handles"][-1] == ["", "", ""]  # an empty row is input too

    fresh = window.contacts.new_contact()
    round_trip(form, fresh)
    assert fresh.name.text() == "  Jürgen Weiß " and fresh.handles.table.rowCount() == 3
    assert fresh.checked_on.value() == dt.date(2026, 4, 1)
    assert not editor.save() and not fresh.save()
    assert dialogs.errors == ["„keine-adresse“ ist keine gültige E-Mail-Adresse."] * 2

    stored = service.add_person({"kind": "witness", "name": "Erika Schmidt"})
    window.contacts.reload()
    over = window.contacts.open_contact(stored.id)
    assert over is not None and not over.has_unsaved_changes()
    round_trip(form, over)
    assert over.record_id() == stored.id


def test_an_unchecked_date_and_no_kind_come_back(window: MainWindow) -> None:
    editor = window.contacts.new_contact()
    editor.organisation.setText("Polizeirevier")
    form = editor.collect()
    assert form["kind"] is None and form["checked_on"] is None
    fresh = window.contacts.new_contact(PersonKind.POLICE)
    round_trip(form, fresh)
    assert fresh.kind.kind() is None and fresh.checked_on.text() == ""
