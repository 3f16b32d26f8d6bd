"""The lists stay in step with the vault without reading it all again: a save here updates one
row, a save elsewhere reads only what changed (the vault's versions say what), many changes
reload in the background, and records this version can read only in part are listed and
counted. Real vaults in temp folders, real widgets offscreen."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.domain import Incident, IncidentHead
from app.entries import INCIDENT, Listed, read_listed
from app.errors import AppCode, InputCode
from app.search import fold
from app.service import VaultService
from storage.errors import IntegrityError
from storage.userbook import new_id
from storage.vault import DB_NAME, Vault
from tests.conftest import PASSPHRASE, USER, storage_of
from tests.gui.support import ScriptedDialogs, fill
from ui.contacts.pane import ContactsPane
from ui.incidents.model import IncidentTableModel, listed
from ui.incidents.pane import IncidentsPane
from ui.messages import describe
from ui.rows_sync import MAX_ROWS_ONE_BY_ONE


@pytest.fixture
def pane(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> IncidentsPane:
    widget = IncidentsPane(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    return widget


def second_service(service: VaultService) -> VaultService:
    """Another process's view of the same vault (the CLI, a colleague's window)."""
    other = Vault.open(storage_of(service).folder)
    other.unlock(USER, PASSPHRASE)
    return VaultService(other)


def titles(pane: IncidentsPane) -> list[str]:
    return [pane.proxy.index(r, pane.model.TITLE).data() for r in range(pane.proxy.rowCount())]


def refresh(qtbot: QtBot, pane: IncidentsPane) -> None:
    """A change check, until its comparison (read in a job) is applied."""
    with qtbot.waitSignal(pane.sync.refreshed, timeout=10_000):
        pane.refresh_from_elsewhere()


def load(qtbot: QtBot, pane: IncidentsPane) -> None:
    """A background load as after unlocking, until its search texts are in place."""
    with qtbot.waitSignal(pane.search_ready, timeout=10_000):
        pane.reload_in_background()


# -- the core: heads now, the rest on request ---------------------------------------------
def test_heads_equal_the_full_incidents_and_full_reads_the_kept_bytes(
        service: VaultService) -> None:
    ids = fill(service, incidents=5)["incidents"]
    heads = service.list_incident_heads()
    assert sorted(e.id for e in heads.entries) == sorted(ids) and not heads.failures
    for row in heads.entries:
        entry = service.get_incident(row.id)
        assert row.head == IncidentHead.of(entry.value)
        assert row.full() == entry.value and row.entry() == entry
        assert isinstance(row.source, bytes)  # nothing but the head was built


def test_an_incident_readable_only_in_part_is_listed_and_fails_when_opened(
        service: VaultService) -> None:
    # A newer version of the app wrote a field this one does not know: the head (title,
    # date) is still readable, the full record is not, and says so in one sentence.
    content = Incident.model_validate({"title": "Aus der Zukunft",
                                       "occurred": {"date": "2026-05-01"}}).model_dump(mode="json")
    content["field_of_a_newer_version"] = "x"
    record_id = new_id()
    storage_of(service).records.create(INCIDENT, record_id, content, service.user_id)
    listing = read_listed(storage_of(service).records, IncidentHead, Incident, INCIDENT)
    row = next(e for e in listing.entries if e.id == record_id)
    assert row.head.title == "Aus der Zukunft"
    with pytest.raises(IntegrityError) as caught:
        row.full()
    assert caught.value.code is AppCode.RECORD_UNREADABLE
    problem = caught.value.params["problem"]
    assert problem.code is InputCode.UNKNOWN_FIELD and problem.field == "field_of_a_newer_version"
    assert describe(caught.value) == (
        "Der Vorfall enthält Angaben, die diese Version von Vorfallbuch nicht lesen kann; bitte "
        "aktualisieren Sie das Programm.")
    assert [f.id for f in service.list_incidents().failures] == [record_id]


# -- a save here --------------------------------------------------------------------------
def test_saving_in_the_editor_updates_one_row_and_keeps_sort_filter_and_selection(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    ids = fill(service, incidents=6)["incidents"]
    load(qtbot, pane)
    pane.view.sortByColumn(pane.model.TITLE, Qt.SortOrder.AscendingOrder)
    pane.filters.search.setText("drohbrief")
    assert len(titles(pane)) == 6
    pane.select(ids[2])
    before = {row.id: row for row in pane.model.rows()}
    editor = pane.open_incident(ids[2])
    assert editor is not None
    editor.title_edit.setText("Drohbrief Nacht")
    assert editor.save()
    # Only the saved row is a new object: the others were not read again.
    after = {row.id: row for row in pane.model.rows()}
    assert [i for i in ids if after[i] is not before[i]] == [ids[2]]
    assert titles(pane)[0] == "Drohbrief Nacht"  # sorted by title
    assert len(titles(pane)) == 6 and pane.selected_id() == ids[2]
    pane.filters.search.setText("drohbrief nacht")  # the new text is searchable
    assert titles(pane) == ["Drohbrief Nacht"] and pane.selected_id() == ids[2]
    editor.title_edit.setText("Anruf")
    assert editor.save()
    assert titles(pane) == []  # the search still applies to the saved row
    editor.close()


def test_deleting_removes_the_row_and_a_new_incident_appears(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    ids = fill(service, incidents=3)["incidents"]
    load(qtbot, pane)
    pane.select(ids[1])
    dialogs.answer(True)
    assert pane.delete_selected()
    assert ids[1] not in [row.id for row in pane.model.rows()]
    assert pane.model.total() == 2 and pane.selected_id() is None
    editor = pane.new_incident()
    editor.title_edit.setText("Neu: Schmiererei am Rathaus")
    assert editor.save()
    assert "Neu: Schmiererei am Rathaus" in titles(pane)
    pane.filters.search.setText("schmiererei")
    assert titles(pane) == ["Neu: Schmiererei am Rathaus"]
    editor.close()


def test_a_save_during_the_search_texts_is_searchable_once_they_arrive(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    ids = fill(service, incidents=4)["incidents"]
    other = second_service(service)
    entry = other.get_incident(ids[0])
    ready: list[bool] = []
    pane.search_ready.connect(lambda: ready.append(True))

    def save_elsewhere_and_show() -> None:  # the list is there, its search texts are not
        assert not ready and pane.model._search_pending
        other.update_incident(ids[0], entry.value.model_copy(
            update={"description": "Güllefass"}), entry.version)
        pane.sync.saved(ids[0])

    pane.loaded.connect(save_elsewhere_and_show)
    pane.reload_in_background()
    qtbot.waitUntil(lambda: bool(ready), timeout=10_000)
    pane.filters.search.setText("gullefass")
    assert [pane.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 3)
            for r in range(pane.proxy.rowCount())] == [ids[0]]


# -- saves elsewhere ----------------------------------------------------------------------
def test_changes_elsewhere_read_only_what_changed(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    made = fill(service, incidents=5)
    ids, suspect = made["incidents"], made["persons"][0]
    load(qtbot, pane)
    before = {row.id: row for row in pane.model.rows()}
    other = second_service(service)
    entry = other.get_incident(ids[3])
    other.update_incident(ids[3], entry.value.model_copy(update={"title": "Geändert"}),
                          entry.version)
    other.delete_incident(ids[4])
    added = other.add_incident({"title": "Von der Kollegin", "occurred": {"date": "2026-02-02"}})
    other.add_attachment_stream(ids[1], io.BytesIO(b"zweiter Anhang"), "b.txt")
    refresh(qtbot, pane)
    after = {row.id: row for row in pane.model.rows()}
    assert set(after) == (set(ids) - {ids[4]}) | {added.id}
    assert after[ids[3]].head.title == "Geändert"
    assert pane.model.attachment_count(ids[1]) == 1
    assert pane.model.index(pane.model.row_of(ids[1]), pane.model.ATTACHMENTS).data() == "1"
    # Untouched incidents were not read again.
    assert after[ids[0]] is before[ids[0]] and after[ids[2]] is before[ids[2]]

    # A contact renamed elsewhere: the incidents linking it are found by that name.
    person = other.get_person(suspect)
    other.update_person(suspect, person.value.model_copy(update={"name": "Maximilian Moor"}),
                        person.version)
    refresh(qtbot, pane)
    pane.filters.search.setText("moor")
    assert sorted(titles(pane)) == ["Drohbrief Nr. 1", "Drohbrief Nr. 2", "Drohbrief Nr. 3",
                                    "Geändert"]
    pane.filters.search.setText("max muller")
    assert titles(pane) == []


def test_the_change_check_reads_in_a_job_and_keeps_rows_saved_here_meanwhile(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    ids = fill(service, incidents=3)["incidents"]
    load(qtbot, pane)
    other = second_service(service)
    entry = other.get_incident(ids[0])
    other.update_incident(ids[0], entry.value.model_copy(update={"title": "Anderswo"}),
                          entry.version)
    done: list[bool] = []
    pane.sync.refreshed.connect(lambda: done.append(True))
    pane.refresh_from_elsewhere()
    assert not done and pane.model.entry(ids[0]).head.title != "Anderswo"  # not read here
    # The job reads now; its result waits for the event loop. Meanwhile this window saves a
    # new incident and deletes another: both are newer than what the job read.
    assert QThreadPool.globalInstance().waitForDone(10_000)
    new = service.add_incident({"title": "Hier gespeichert", "occurred": {"date": "2026-05-05"}})
    pane.sync.saved(new.id)
    service.delete_incident(ids[2], 1)
    pane.sync.deleted(ids[2])
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    shown = {row.id: row.head.title for row in pane.model.rows()}
    assert shown[ids[0]] == "Anderswo"
    assert new.id in shown and ids[2] not in shown  # neither undone by the older reading
    # a second check finds nothing more to do
    done.clear()
    refresh(qtbot, pane)
    assert {row.id: row.head.title for row in pane.model.rows()} == shown


def test_many_changes_elsewhere_load_in_the_background(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    fill(service, incidents=2)
    load(qtbot, pane)
    other = second_service(service)
    for number in range(MAX_ROWS_ONE_BY_ONE + 1):
        other.add_incident({"title": f"Serie {number}", "occurred": {"date": "2026-03-01"}})
    # one load in a job, not 201 reads on the GUI thread
    with qtbot.waitSignal(pane.sync.loading_changed, timeout=10_000,
                          check_params_cb=lambda loading: loading is True):
        pane.refresh_from_elsewhere()
    qtbot.waitUntil(lambda: not pane.is_loading(), timeout=10_000)
    assert pane.model.total() == MAX_ROWS_ONE_BY_ONE + 3


def test_damaged_and_partly_readable_incidents_are_counted(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    ids = fill(service, incidents=3)["incidents"]
    content = Incident.model_validate({"title": "Aus der Zukunft",
                                       "occurred": {"date": "2026-05-01"}}).model_dump(mode="json")
    content["field_of_a_newer_version"] = True
    storage_of(service).records.create(INCIDENT, new_id(), content, service.user_id)
    db = sqlite3.connect(Path(storage_of(service).folder) / DB_NAME)
    with db:
        db.execute("UPDATE revision SET payload = ? WHERE record_id = ?",
                   (b"\x01" + b"\0" * 60, ids[0]))
    db.close()
    load(qtbot, pane)
    assert sorted(titles(pane)) == ["Aus der Zukunft", "Drohbrief Nr. 2", "Drohbrief Nr. 3"]
    assert pane.warning.isVisible()
    assert pane.warning.text().startswith("2 Vorfälle konnten nicht geöffnet werden")
    pane.filters.search.setText("zukunft")  # searched by what could be read
    assert titles(pane) == ["Aus der Zukunft"]
    pane.reload()  # the synchronous load counts the same
    assert pane.warning.text().startswith("2 Vorfälle konnten nicht geöffnet werden")
    assert titles(pane) == ["Aus der Zukunft"]


def test_search_text_of_a_listed_row_matches_the_full_incident(service: VaultService) -> None:
    fill(service, incidents=2)
    model = IncidentTableModel()
    names = {e.id: e.value.display_name for e in service.list_persons().entries}
    for row in service.list_incident_heads().entries:
        from_bytes = model.row_search_text(row, names)
        from_entry = model.row_search_text(listed(service.get_incident(row.id)), names)
        assert from_bytes == from_entry and "Max Müller" in from_bytes
        assert fold("Müller") in fold(from_bytes)


def test_listed_rows_survive_a_round_trip_of_their_bytes(service: VaultService) -> None:
    incident_id = fill(service, incidents=1)["incidents"][0]
    row = next(e for e in service.list_incident_heads().entries if e.id == incident_id)
    assert isinstance(row, Listed)
    body = json.loads(row.source)  # type: ignore[arg-type]
    assert body["content"]["title"] == row.head.title


# -- contacts -----------------------------------------------------------------------------
def test_contacts_update_one_row_on_save_and_read_only_changes_from_elsewhere(
        qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> None:
    persons = fill(service, incidents=1)["persons"]
    contacts = ContactsPane(service, dialogs)
    qtbot.addWidget(contacts)
    contacts.reload_in_background()
    qtbot.waitUntil(lambda: not contacts.is_loading(), timeout=10_000)
    before = {row.id: row for row in contacts.model.rows()}
    editor = contacts.open_contact(persons[1])
    assert editor is not None
    other = second_service(service)
    entry = other.get_person(persons[0])
    other.update_person(persons[0], entry.value.model_copy(update={"name": "Max Moor"}),
                        entry.version)
    contacts.refresh_from_elsewhere()
    after = {row.id: row for row in contacts.model.rows()}
    assert after[persons[0]].value.name == "Max Moor" and after[persons[1]] is before[persons[1]]
    contacts.search.setText("moor")
    assert contacts.proxy.rowCount() == 1
    contacts.search.clear()
    other.delete_person(persons[0])
    contacts.refresh_from_elsewhere()
    assert persons[0] not in [row.id for row in contacts.model.rows()]
    editor.close()
