"""Deleting a contact or an incident that other incidents link to: the confirmation names
them, their links stay (shown as deleted) and they can still be saved; the § 77b hint still
knows the perpetrator. Real vault, real panes and editors, offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.deadline import DeadlineState, add_months
from app.domain import Role
from app.service import VaultService
from app.settings import Settings
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import unlock
from tests.gui.support import ScriptedDialogs, fill
from ui.contacts.pane import ContactsPane
from ui.controller import AppController
from ui.incidents.editor import IncidentEditor
from ui.incidents.pane import IncidentsPane


@pytest.fixture
def incidents(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> IncidentsPane:
    pane = IncidentsPane(service, dialogs)
    qtbot.addWidget(pane)
    pane.show()
    return pane


@pytest.fixture
def contacts(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs,
             incidents: IncidentsPane) -> ContactsPane:
    pane = ContactsPane(service, dialogs)
    pane.linking_titles = incidents.titles_linking_to  # as the main window connects them
    qtbot.addWidget(pane)
    pane.show()
    return pane


def delete_contact(pane: ContactsPane, dialogs: ScriptedDialogs, person_id: str) -> str:
    pane.reload()
    assert pane.select(person_id)
    dialogs.answer(True)
    pane._delete_selected()  # the "Löschen…" button's slot
    assert pane.model.row_of(person_id) < 0
    return dialogs.questions[-1]


def opened(pane: IncidentsPane, incident_id: str) -> IncidentEditor:
    pane.reload()
    editor = pane.open_incident(incident_id)
    assert editor is not None
    return editor


def test_a_deleted_perpetrator_stays_linked_and_the_incident_saves(
        incidents: IncidentsPane, contacts: ContactsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    suspect = service.add_person({"kind": "suspect", "name": "Max Müller"}).id
    learned = service.today() - dt.timedelta(days=10)
    entry = service.add_incident({
        "title": "Beleidigung am Telefon", "occurred": {"date": learned.isoformat()},
        "discovered_on": learned.isoformat(), "categories": ["beleidigung"],
        "persons": [{"person_id": suspect, "role": "perpetrator"}]})
    incidents.reload()

    question = delete_contact(contacts, dialogs, suspect)
    assert "Mit diesem Kontakt ist der Vorfall „Beleidigung am Telefon“ verknüpft." in question
    assert "„gelöschter Kontakt“" in question

    editor = opened(incidents, entry.id)
    shown = editor.persons.table.item(0, editor.persons.NAME)
    assert shown.text() == "(gelöschter Kontakt)" and "gelöscht" in shown.toolTip()
    assert editor.persons.links() == [(suspect, Role.PERPETRATOR)]
    hint = editor.deadline.hint  # the perpetrator is still known: the deadline runs
    assert hint is not None and hint.state is DeadlineState.RUNNING
    assert hint.deadline == add_months(learned, 3)

    editor.title_edit.setText("Beleidigung am Telefon (Nachtrag)")
    assert editor.save(), dialogs.errors
    assert dialogs.errors == []
    stored = service.get_incident(entry.id)
    assert stored.version == 2 and stored.value.persons[0].person_id == suspect
    row = incidents.model.entry(entry.id)  # the list shows the new title
    assert row is not None and row.head.title == "Beleidigung am Telefon (Nachtrag)"


def test_the_confirmation_counts_and_names_the_first_linking_incidents(
        incidents: IncidentsPane, contacts: ContactsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    ids = fill(service, incidents=5)
    incidents.reload()
    question = delete_contact(contacts, dialogs, ids["persons"][0])
    # Newest first, as the list shows them; the other two are counted.
    assert ("Mit diesem Kontakt sind 5 Vorfälle verknüpft: „Drohbrief Nr. 5“, „Drohbrief "
            "Nr. 4“, „Drohbrief Nr. 3“ und 2 weitere.") in question
    assert "Die Verknüpfungen bleiben erhalten" in question

    unlinked = service.add_person({"kind": "police", "name": "Polizeirevier Pirna"}).id
    question = delete_contact(contacts, dialogs, unlinked)
    assert "verknüpft" not in question


def test_a_deleted_related_incident_stays_linked_and_the_incident_saves(
        incidents: IncidentsPane, service: VaultService, dialogs: ScriptedDialogs) -> None:
    first = service.add_incident({"title": "Erster Brief", "occurred": {"date": "2026-03-01"}})
    second = service.add_incident({"title": "Zweiter Brief", "occurred": {"date": "2026-03-08"},
                                   "related": [first.id]})
    incidents.reload()
    assert incidents.select(first.id)
    dialogs.answer(True)
    assert incidents.delete_selected()
    question = dialogs.questions[-1]
    assert "Mit diesem Vorfall ist der Vorfall „Zweiter Brief“ verknüpft." in question
    assert "„gelöschter Vorfall“" in question

    editor = opened(incidents, second.id)
    related = editor.classification.related
    assert related.value() == [first.id]
    assert related.list.item(0).text() == "(gelöschter Vorfall)"
    assert "gelöscht" in related.list.item(0).toolTip()
    editor.title_edit.setText("Zweiter Brief (Serie)")
    assert editor.save(), dialogs.errors
    assert service.get_incident(second.id).value.related == [first.id]

    # Deleting the second now names nobody: the deleted first one links to nothing live.
    assert incidents.select(second.id)
    dialogs.answer(True)
    assert incidents.delete_selected()
    assert "verknüpft" not in dialogs.questions[-1]


def test_the_main_window_names_linking_incidents_when_a_contact_is_deleted(
        qtbot: QtBot, vault_dir: Path, dialogs: ScriptedDialogs, settings_path: Path) -> None:
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    ids = fill(VaultService(vault), incidents=2)
    vault.close()
    ctrl = AppController(vault_dir, Settings(offer_support_contacts=False), settings_path,
                         dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    try:
        unlock(qtbot, ctrl)
        window = ctrl.window
        assert window is not None
        window.tabs.setCurrentWidget(window.contacts)
        assert window.contacts.select(ids["persons"][1])
        dialogs.answer(True)
        qtbot.mouseClick(window.contacts.delete_button, Qt.MouseButton.LeftButton)
        assert ("Mit diesem Kontakt sind 2 Vorfälle verknüpft: „Drohbrief Nr. 2“, "
                "„Drohbrief Nr. 1“.") in dialogs.questions[-1]
    finally:
        ctrl.close()
