"""The incident list and editor driven like a person would, against a real temporary vault
(offscreen; dialogs answered by ScriptedDialogs; no sleeps)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import drafts
from app.deadline import DeadlineState
from app.domain import (
    Category,
    Channel,
    Motivation,
    Outcome,
    PersonKind,
    PlaceKind,
    Precision,
    Role,
)
from app.entries import INCIDENT
from app.service import VaultService
from storage.vault import DB_NAME
from tests.conftest import storage_of
from tests.gui.support import ScriptedDialogs, fill, type_date
from ui.dialogs import Choice
from ui.incidents.editor import IncidentEditor
from ui.incidents.history import HistoryDialog
from ui.incidents.pane import IncidentsPane

# What the GUI says when a save or a delete was overtaken by a change made elsewhere.
CHANGED_ELSEWHERE = ("Dieser Eintrag wurde inzwischen an anderer Stelle geändert, daher wurde Ihre "
                     "Änderung nicht gespeichert; bitte laden Sie ihn neu und ändern Sie ihn "
                     "erneut.")


@pytest.fixture
def pane(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> IncidentsPane:
    widget = IncidentsPane(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    widget.reload()
    return widget


def check(editor: IncidentEditor, category: Category) -> None:
    editor.classification.categories.item_for(category).setCheckState(Qt.CheckState.Checked)


def show_tab(editor: IncidentEditor, section: QWidget) -> None:
    """Switch to the tab holding a section, as a person would before using it."""
    for index in range(editor.tabs.count()):
        if editor.tabs.widget(index).isAncestorOf(section):
            editor.tabs.setCurrentIndex(index)
            return
    raise AssertionError("no such tab")


def shown_ids(pane: IncidentsPane) -> list[str]:
    return [pane.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 3)
            for r in range(pane.proxy.rowCount())]


def fill_every_widget(qtbot: QtBot, editor: IncidentEditor, suspect: str, earlier: str) -> None:
    """Fill every widget of the incident editor as a person would: `suspect` is picked from
    the contacts (a second person is created on the spot), `earlier` linked as related."""
    qtbot.keyClicks(editor.title_edit, "Drohbrief im Briefkasten")
    general = editor.general
    type_date(qtbot, general.occurred.entry, "12.3.26 21:15")
    type_date(qtbot, general.occurred_to.entry, "13.03.2026")
    general.occurred_to.approximate_check.setChecked(True)
    type_date(qtbot, general.discovered_on, "2026-03-14")
    general.place_kind.set_value(PlaceKind.HOME)
    qtbot.keyClicks(general.place, "Briefkasten, Lindenstra")
    general.place.insert("ße 3")  # QTest types ASCII only
    general.municipality.setText("Pirna")
    general.channel.set_value(Channel.LETTER)
    general.platform.setText("Post")
    qtbot.keyClicks(general.url, "https://example.org/post/1?x=1")
    general.discovery.setPlainText("Im Briefkasten gefunden, von ihrem Mann")
    general.tags.setText("Serie A,  Wahlkampf , ")
    type_date(qtbot, general.review_on, "31.1.28")

    show_tab(editor, editor.classification)
    check(editor, Category.BELEIDIGUNG)
    check(editor, Category.BEDROHUNG)
    editor.classification.motivation.set_value(Motivation.RECHTS)
    related = editor.classification.related
    qtbot.mouseClick(related.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: related.picker is not None)  # the incidents are read in a job
    assert related.picker is not None and related.picker.choose(earlier)
    related.picker.accept()

    show_tab(editor, editor.account)
    editor.account.verbatim.setPlainText("Wir wissen, wo du wohnst.\nPass auf.")
    editor.account.description.setPlainText("„Wir wissen, wo du wohnst.“\nZweite Zeile")
    editor.account.means.setPlainText("anonymer Brief")
    editor.account.context.setPlainText("Ratsbeschluss zur Unterkunft")

    persons = editor.persons
    show_tab(editor, persons)
    persons.targeted.setPlainText("die Bürgermeisterin und ihr Mann")
    qtbot.mouseClick(persons.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: persons.picker is not None)
    picker = persons.picker
    assert picker is not None
    qtbot.keyClicks(picker.search, "muller")  # folded search finds Max Müller
    assert picker.proxy.rowCount() == 1 and picker.chosen_id() == suspect
    picker.accept()
    qtbot.mouseClick(persons.new_button, Qt.MouseButton.LeftButton)
    assert persons.new_frame.isVisible()
    qtbot.keyClicks(persons.new_name, "Frau Nachbarin")
    persons.new_kind.set_value(PersonKind.WITNESS)
    qtbot.mouseClick(persons.create_button, Qt.MouseButton.LeftButton)
    assert not persons.new_frame.isVisible()

    consequences = editor.consequences
    show_tab(editor, consequences)
    consequences.injury.setPlainText("keine")
    consequences.damage.setText("1.250,50")
    consequences.impact.setPlainText("Schlafstörungen")
    consequences.own_reaction.setPlainText("Anzeige erstattet")
    consequences.protective_measures.setPlainText("Streife vor dem Haus")

    case = editor.case
    show_tab(editor, case)
    case.reported.setChecked(True)
    type_date(qtbot, case.reported_on, "15.3.2026")
    case.police_office.setText("Polizeirevier Pirna")
    case.police_case_number.setText("TgbNr. 123/26")
    type_date(qtbot, case.strafantrag_on, "16.03.26")
    case.strafantrag_by.setText("selbst")
    case.prosecutor_office.setText("Staatsanwaltschaft Dresden")
    case.aktenzeichen.setText("123 Js 456/26")
    type_date(qtbot, case.evidence_handed_on, "17.3.2026")
    qtbot.keyClicks(case.evidence_handed_to, "PHK Weber, Polizeirevier Pirna")
    case.outcome.set_value(Outcome.ANKLAGE)
    for day, text in (("2.4.26", "Vorladung als Zeugin"), ("20.03.2026", "Akteneinsicht")):
        type_date(qtbot, case.notes.date_edit, day)
        case.notes.text_edit.setPlainText(text)
        qtbot.mouseClick(case.notes.add_button, Qt.MouseButton.LeftButton)
    type_date(qtbot, case.notes.date_edit, "1.5.26")
    case.notes.text_edit.setPlainText("typed, not added: saving keeps it")


def test_create_an_incident_through_every_widget(qtbot: QtBot, pane: IncidentsPane,
                                                  service: VaultService,
                                                  dialogs: ScriptedDialogs) -> None:
    known = fill(service, incidents=1)
    suspect, earlier = known["persons"][0], known["incidents"][0]
    editor = pane.new_incident()
    assert not editor.has_unsaved_changes() and editor.record_id() is None

    fill_every_widget(qtbot, editor, suspect, earlier)

    assert editor.has_unsaved_changes() and editor.isWindowModified()
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    assert not editor.has_unsaved_changes() and editor.record_id() is not None

    stored = service.get_incident(editor.record_id() or "").value
    assert stored.title == "Drohbrief im Briefkasten"
    assert (stored.occurred.date, stored.occurred.time, stored.occurred.precision) == (
        dt.date(2026, 3, 12), dt.time(21, 15), Precision.EXACT)
    assert stored.occurred_to is not None
    assert (stored.occurred_to.date, stored.occurred_to.time, stored.occurred_to.precision) == (
        dt.date(2026, 3, 13), None, Precision.APPROXIMATE)
    assert stored.discovered_on == dt.date(2026, 3, 14)
    assert stored.place_kind is PlaceKind.HOME
    assert stored.place == "Briefkasten, Lindenstraße 3" and stored.municipality == "Pirna"
    assert stored.channel is Channel.LETTER and stored.platform == "Post"
    assert stored.url == "https://example.org/post/1?x=1"
    assert stored.discovery == "Im Briefkasten gefunden, von ihrem Mann"
    assert stored.verbatim == "Wir wissen, wo du wohnst.\nPass auf."
    assert (stored.case.evidence_handed_on, stored.case.evidence_handed_to) == (
        dt.date(2026, 3, 17), "PHK Weber, Polizeirevier Pirna")
    assert stored.categories == [Category.BELEIDIGUNG, Category.BEDROHUNG]
    assert stored.motivation is Motivation.RECHTS
    assert stored.related == [earlier]
    assert stored.description == "„Wir wissen, wo du wohnst.“\nZweite Zeile"
    assert stored.means == "anonymer Brief" and stored.context == "Ratsbeschluss zur Unterkunft"
    assert stored.targeted == "die Bürgermeisterin und ihr Mann"
    witness = [p for p in service.list_persons().entries if p.value.name == "Frau Nachbarin"]
    assert len(witness) == 1 and witness[0].value.kind is PersonKind.WITNESS
    assert [(p.person_id, p.role) for p in stored.persons] == [
        (suspect, Role.PERPETRATOR), (witness[0].id, Role.WITNESS)]
    assert stored.perpetrator_unknown is False
    assert stored.injury == "keine" and stored.damage_eur == Decimal("1250.50")
    assert stored.impact == "Schlafstörungen" and stored.own_reaction == "Anzeige erstattet"
    assert stored.protective_measures == "Streife vor dem Haus"
    c = stored.case
    assert (c.reported, c.reported_on, c.police_office, c.police_case_number) == (
        True, dt.date(2026, 3, 15), "Polizeirevier Pirna", "TgbNr. 123/26")
    assert (c.strafantrag_on, c.strafantrag_by) == (dt.date(2026, 3, 16), "selbst")
    assert (c.prosecutor_office, c.aktenzeichen, c.outcome) == (
        "Staatsanwaltschaft Dresden", "123 Js 456/26", Outcome.ANKLAGE)
    assert [(n.on, n.text) for n in c.notes] == [
        (dt.date(2026, 3, 20), "Akteneinsicht"), (dt.date(2026, 4, 2), "Vorladung als Zeugin"),
        (dt.date(2026, 5, 1), "typed, not added: saving keeps it")]
    assert stored.tags == ["Serie A", "Wahlkampf"]
    assert stored.review_on == dt.date(2028, 1, 31)

    # The list shows it, selected; the editor now shows the stored values.
    assert pane.selected_id() == editor.record_id()
    assert editor.case.notes.table.rowCount() == 3 and editor.case.notes.pending_text() == ""


def test_edit_and_save_makes_one_new_version(qtbot: QtBot, pane: IncidentsPane,
                                             service: VaultService) -> None:
    incident_id = fill(service)["incidents"][1]
    pane.reload()
    assert pane.select(incident_id)
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)
    assert pane.open_editor_ids() == [incident_id]
    editor = pane.editors()[0]
    assert not editor.has_unsaved_changes()
    assert pane.open_incident(incident_id) is editor  # one window per incident

    editor.title_edit.setText("Drohbrief, zweite Fassung")
    editor.case.outcome.set_value(Outcome.URTEIL)
    editor.consequences.damage.setText("80")
    assert editor.save()
    assert editor.save()  # nothing changed: no empty revision
    entry = service.get_incident(incident_id)
    assert entry.version == 2
    assert entry.value.title == "Drohbrief, zweite Fassung"
    assert entry.value.case.outcome is Outcome.URTEIL and entry.value.damage_eur == Decimal(80)
    assert entry.value.persons and entry.value.description  # the rest is kept
    assert editor.consequences.damage.text() == "80,00"
    row = pane.model.row_of(incident_id)
    assert pane.model.index(row, pane.model.STATUS).data() == "Urteil"


def test_a_conflicting_save_is_refused_and_keeps_the_input(
        pane: IncidentsPane, service: VaultService, dialogs: ScriptedDialogs) -> None:
    incident_id = fill(service)["incidents"][0]
    editor = pane.open_incident(incident_id)
    assert editor is not None
    editor.title_edit.setText("Meine Fassung")
    editor.account.verbatim.setPlainText("Wir wissen, wo du wohnst.\nPass auf.")
    editor.account.description.setPlainText("Mein langer Text")
    before = editor.collect()
    theirs = service.get_incident(incident_id)
    service.update_incident(incident_id, theirs.value.model_copy(update={"title": "Ihre"}),
                            theirs.version)

    assert not editor.save()
    assert dialogs.errors == [CHANGED_ELSEWHERE]
    assert "an anderer Stelle geändert" in dialogs.errors[0]
    assert editor.collect() == before and editor.has_unsaved_changes()
    assert editor.banner.isVisible()
    assert service.get_incident(incident_id).value.title == "Ihre"

    # "Neu laden" asks first, because it would drop the input; declining keeps it.
    dialogs.answer(False)
    editor.banner.reload_button.click()
    assert editor.collect() == before
    dialogs.answer(True)
    editor.banner.reload_button.click()
    assert editor.title_edit.text() == "Ihre" and not editor.banner.isVisible()
    assert editor.version() == 2


def test_delete_asks_and_leaves_a_tombstone(qtbot: QtBot, pane: IncidentsPane,
                                            service: VaultService,
                                            dialogs: ScriptedDialogs) -> None:
    incident_id = fill(service)["incidents"][0]
    pane.reload()
    editor = pane.open_incident(incident_id)
    assert editor is not None
    pane.select(incident_id)
    dialogs.answer(False)
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert "löschen" in dialogs.questions[-1]
    assert service.get_incident(incident_id).version == 1 and pane.model.rowCount() == 3

    dialogs.answer(True)
    with qtbot.waitSignal(pane.changed):
        assert pane.delete_selected()
    assert pane.model.row_of(incident_id) == -1 and pane.model.rowCount() == 2
    assert pane.open_editor_ids() == []  # its editor closed without asking
    history = service.history(INCIDENT, incident_id)
    assert history[-1].deleted and history[-1].version == 2
    shown = HistoryDialog.for_incident(service, dialogs, incident_id, "gelöschter Vorfall")
    assert shown is not None
    assert [shown.table.item(r, 3).text() for r in range(2)] == ["angelegt", "gelöscht"]
    shown.deleteLater()
    assert dialogs.errors == []


def test_delete_uses_the_version_shown(pane: IncidentsPane, service: VaultService,
                                       dialogs: ScriptedDialogs) -> None:
    incident_id = fill(service)["incidents"][0]
    pane.reload()
    entry = service.get_incident(incident_id)
    service.update_incident(incident_id, entry.value.model_copy(update={"title": "neu"}), 1)
    pane.select(incident_id)
    dialogs.answer(True)
    assert not pane.delete_selected()
    assert dialogs.errors == [CHANGED_ELSEWHERE]
    assert service.get_incident(incident_id).version == 2


def test_history_dialog_lists_versions_in_german(pane: IncidentsPane,
                                                 service: VaultService) -> None:
    incident_id = fill(service)["incidents"][0]
    entry = service.get_incident(incident_id)
    service.update_incident(incident_id, entry.value.model_copy(
        update={"title": "neu", "categories": [Category.BEDROHUNG]}), 1)
    pane.reload()
    pane.select(incident_id)
    dialog = pane.show_history()
    assert dialog is not None and dialog.isVisible()
    rows = [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]
    assert [r[0] for r in rows] == ["1", "2"]
    assert rows[0][2] == "Anna Schmidt" and rows[0][3] == "angelegt"
    assert rows[1][3] == "Kategorien, Titel"
    service.delete_incident(incident_id, 2)
    service.purge(INCIDENT, incident_id)
    purged = service.history(INCIDENT, incident_id)
    assert [dialog.change_text(i) for i in purged][-1] == "entfernt (Datenschutz)"


def test_search_filters_as_you_type(qtbot: QtBot, pane: IncidentsPane,
                                    service: VaultService) -> None:
    fill(service)
    jaeger = service.add_incident({"title": "Anruf bei Frau Jäger",
                                   "occurred": {"date": "2026-02-01"},
                                   "case": {"aktenzeichen": "999 Js 1/26"}}).id
    pane.reload()
    assert pane.proxy.rowCount() == 4
    assert pane.filters.search.placeholderText() == "Suchen …"
    qtbot.keyClicks(pane.filters.search, "JAG")
    assert shown_ids(pane) == [jaeger]  # after three keys, no Enter needed
    pane.filters.search.clear()
    qtbot.keyClicks(pane.filters.search, "999 js")
    assert shown_ids(pane) == [jaeger]
    pane.filters.search.clear()
    pane.filters.search.insert("MÜ")  # QTest types ASCII only
    qtbot.keyClicks(pane.filters.search, "ller")  # the suspect's name in three incidents
    assert pane.proxy.rowCount() == 3
    assert pane.count_label.text() == "3 von 4 Vorfällen"
    pane.filters.search.clear()
    assert pane.proxy.rowCount() == 4


def test_period_category_and_status_filters(pane: IncidentsPane,
                                            service: VaultService) -> None:
    ids = fill(service, incidents=4)["incidents"]  # Jan 10, Feb 11, Mar 12, Apr 13
    pane.reload()
    filters = pane.filters
    filters.set_period(dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    assert sorted(shown_ids(pane)) == sorted(ids[1:3])
    assert filters.date_from.isEnabled()
    filters.set_period(None, None)
    assert pane.proxy.rowCount() == 4 and not filters.date_from.isEnabled()
    assert filters.period.currentText() == "alle Zeiträume"
    filters.category.set_value(Category.BEDROHUNG)
    assert sorted(shown_ids(pane)) == sorted([ids[1], ids[3]])
    filters.outcome.set_value(Outcome.EINGESTELLT)
    assert shown_ids(pane) == []
    filters.category.set_value(None)
    assert sorted(shown_ids(pane)) == sorted([ids[0], ids[2]])
    assert filters.category.itemText(0) == "alle Kategorien"
    assert filters.outcome.itemText(0) == "alle"


def test_reload_keeps_selection_and_sort_and_reports_failures(
        pane: IncidentsPane, service: VaultService, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(service, incidents=3)["incidents"]
    pane.reload()
    pane.view.sortByColumn(pane.model.TITLE, Qt.SortOrder.DescendingOrder)
    pane.select(ids[1])
    service.add_incident({"title": "Zuletzt", "occurred": {"date": "2020-01-01"}})
    pane.reload()
    assert pane.selected_id() == ids[1]
    assert pane.proxy.index(0, pane.model.TITLE).data() == "Zuletzt"
    assert pane.model.index(pane.model.row_of(ids[0]), pane.model.ATTACHMENTS).data() == "1"
    assert not pane.warning.isVisible()

    # Two damaged records (their ciphertext overwritten) fail to open at all.
    import sqlite3

    db = sqlite3.connect(storage_of(service).folder / DB_NAME)
    with db:
        for incident_id in ids[:2]:
            db.execute("UPDATE revision SET payload = ? WHERE record_id = ?",
                       (b"\x01" + b"\0" * 60, incident_id))
    db.close()
    pane.reload()
    assert pane.model.total() == 2  # the third and "Zuletzt"
    assert pane.warning.isVisible()
    assert pane.warning.text().startswith("2 Vorfälle konnten nicht geöffnet werden")


def test_closing_a_changed_editor_asks(qtbot: QtBot, pane: IncidentsPane,
                                       service: VaultService,
                                       dialogs: ScriptedDialogs) -> None:
    incident_id = fill(service)["incidents"][0]
    editor = pane.open_incident(incident_id)
    assert editor is not None
    editor.title_edit.setText("geändert")

    dialogs.answer(Choice.CANCEL)
    assert not editor.close()
    assert editor.isVisible() and editor.title_edit.text() == "geändert"
    assert "ungespeicherte Änderungen" in dialogs.questions[-1]

    dialogs.answer(Choice.DISCARD)
    with qtbot.waitSignal(editor.closed):
        assert editor.close()
    assert service.get_incident(incident_id).version == 1
    assert pane.open_editor_ids() == []

    editor = pane.open_incident(incident_id)
    assert editor is not None
    editor.title_edit.setText("gespeichert beim Schließen")
    dialogs.answer(Choice.SAVE)
    assert editor.close()
    assert service.get_incident(incident_id).value.title == "gespeichert beim Schließen"

    # Save chosen but the input is invalid: the window stays, with the input.
    editor = pane.new_incident()
    editor.account.description.setPlainText("ohne Titel")
    dialogs.answer(Choice.SAVE)
    assert not editor.close()
    assert dialogs.errors[-1] == "Titel darf nicht leer sein."
    assert editor.isVisible() and editor.account.description.toPlainText() == "ohne Titel"

    # An unchanged editor closes without a question.
    dialogs.answer(Choice.DISCARD)
    assert editor.close()
    unchanged = pane.open_incident(incident_id)
    assert unchanged is not None and unchanged.close()
    assert dialogs.answers == type(dialogs.answers)()


def test_auto_lock_saves_valid_edits_keeps_the_rest_and_drops_everything(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    ids = fill(service)["incidents"]
    pane.filters.search.setText("drohbrief")
    valid = pane.open_incident(ids[0])
    invalid = pane.open_incident(ids[1])
    clean = pane.open_incident(ids[2])
    fresh = pane.new_incident()
    assert valid and invalid and clean and fresh
    valid.account.description.setPlainText("ergänzt vor dem Sperren")
    invalid.title_edit.setText("")
    fresh.account.means.setPlainText("nur ein Anfang")  # no title: cannot be saved
    watched = [valid, invalid, clean, fresh]

    assert pane.clear_for_lock(ask=False)
    assert dialogs.questions == [] and dialogs.errors == []
    assert service.get_incident(ids[0]).value.description == "ergänzt vor dem Sperren"
    assert service.get_incident(ids[1]).version == 1
    assert pane.model.rowCount() == 0 and pane.proxy.rowCount() == 0
    assert pane.open_editor_ids() == [] and pane.editors() == []
    assert pane.filters.search.text() == ""
    assert all(not e.isVisible() for e in watched)
    assert all(e.title_edit.text() == "" and e.account.description.toPlainText() == ""
               for e in watched)
    notes = pane.pending_notes()
    assert len(notes) == 2
    assert any(f"einem Vorfall (Kennung {ids[1][:8]})" in n and "Entwurf aufbewahrt" in n
               for n in notes)
    assert any("einem neuen Vorfall" in n and "Entwurf aufbewahrt" in n for n in notes)
    assert all("Drohbrief" not in n for n in notes)  # no decrypted data outlives the lock
    assert pane.pending_notes() == []
    kept, damaged = drafts.pending(service)  # what could not be saved is not lost
    assert damaged == [] and sorted((d.record_id or "", d.version) for d in kept) == [
        ("", None), (ids[1], 1)]


def test_lock_with_questions_cancel_keeps_everything(pane: IncidentsPane,
                                                     service: VaultService,
                                                     dialogs: ScriptedDialogs) -> None:
    ids = fill(service)["incidents"]
    pane.reload()
    editor = pane.open_incident(ids[0])
    assert editor is not None
    editor.title_edit.setText("noch in Arbeit")
    dialogs.answer(Choice.CANCEL)
    assert not pane.clear_for_lock(ask=True)
    assert pane.model.rowCount() == 3 and pane.open_editor_ids() == [ids[0]]
    assert editor.isVisible() and editor.title_edit.text() == "noch in Arbeit"

    dialogs.answer(Choice.SAVE)
    assert pane.clear_for_lock(ask=True)
    assert service.get_incident(ids[0]).value.title == "noch in Arbeit"
    assert pane.model.rowCount() == 0 and pane.open_editor_ids() == []
    assert pane.pending_notes() == []


def test_refresh_from_elsewhere_shows_the_banner(qtbot: QtBot, pane: IncidentsPane,
                                                 service: VaultService,
                                                 dialogs: ScriptedDialogs) -> None:
    ids = fill(service)["incidents"]
    stale = pane.open_incident(ids[0])
    current = pane.open_incident(ids[1])
    assert stale and current
    entry = service.get_incident(ids[0])
    service.update_incident(ids[0], entry.value.model_copy(update={"title": "von Kollegin"}),
                            1)
    with qtbot.waitSignal(pane.sync.refreshed, timeout=10_000):
        pane.refresh_from_elsewhere()
    assert stale.banner.isVisible() and not current.banner.isVisible()
    assert "an anderer Stelle geändert" in stale.banner.label.text()
    assert pane.model.entry(ids[0]).head.title == "von Kollegin"  # type: ignore[union-attr]
    stale.banner.reload_button.click()  # no unsaved input: reloads without asking
    assert dialogs.questions == []
    assert stale.title_edit.text() == "von Kollegin" and not stale.banner.isVisible()


def test_the_deadline_hint_follows_the_form(pane: IncidentsPane, service: VaultService) -> None:
    suspect = fill(service)["persons"][0]
    editor = pane.new_incident()
    today = service.today()
    check(editor, Category.BEDROHUNG)
    assert editor.deadline.hint is not None
    assert editor.deadline.hint.state is DeadlineState.NOT_NEEDED
    assert "kein Strafantrag nötig" in editor.deadline.text()
    check(editor, Category.BELEIDIGUNG)
    assert editor.deadline.hint.state is DeadlineState.NOT_STARTED
    assert "§ 77b StGB" in editor.deadline.text()
    editor.persons.add_link(suspect, Role.PERPETRATOR)
    discovered = today - dt.timedelta(days=10)
    editor.general.discovered_on.set_value(discovered)
    hint = editor.deadline.hint
    assert hint.state is DeadlineState.RUNNING and hint.deadline is not None
    assert hint.deadline.strftime("%d.%m.%Y") in editor.deadline.text()
    assert "Frist läuft" in editor.deadline.text()
    editor.persons.perpetrator_unknown.setChecked(True)
    assert editor.deadline.hint.state is DeadlineState.NOT_STARTED
    editor.persons.perpetrator_unknown.setChecked(False)
    editor.general.discovered_on.set_value(dt.date(2020, 1, 1))
    assert editor.deadline.hint.state is DeadlineState.PASSED
    assert "Frist abgelaufen" in editor.deadline.text()
    editor.case.strafantrag_on.set_value(today)
    assert editor.deadline.hint.state is DeadlineState.FILED


def test_hostile_input_gets_a_german_message_and_loses_nothing(
        pane: IncidentsPane, service: VaultService, dialogs: ScriptedDialogs) -> None:
    editor = pane.new_incident()
    editor.account.means.setPlainText("Anruf")
    editor.tabs.setCurrentIndex(2)

    assert not editor.save()
    assert dialogs.errors[-1] == "Titel darf nicht leer sein."
    assert editor.focusWidget() is editor.title_edit
    assert editor.account.means.toPlainText() == "Anruf"

    editor.title_edit.setText("x" * 301)
    before = editor.collect()
    assert not editor.save()
    assert dialogs.errors[-1] == "Titel ist zu lang (höchstens 300 Zeichen)."
    assert editor.collect() == before and len(editor.title_edit.text()) == 301

    editor.title_edit.clear()
    QGuiApplication.clipboard().setText("Drohung\x07 per\nFax")
    editor.title_edit.paste()
    before = editor.collect()
    assert not editor.save()
    assert dialogs.errors[-1] == "Titel enthält Steuerzeichen."
    assert editor.collect() == before and "\x07" in editor.title_edit.text()

    editor.title_edit.setText("Lange Schilderung")
    editor.consequences.damage.setText("zwölf Euro")
    editor.tabs.setCurrentIndex(0)
    assert not editor.save()
    assert dialogs.errors[-1].startswith("Schaden (EUR): bitte einen Betrag")
    assert editor.tabs.currentWidget().isAncestorOf(editor.consequences.damage)
    assert editor.focusWidget() is editor.consequences.damage
    editor.consequences.damage.setText("-5")
    assert not editor.save()
    assert dialogs.errors[-1] == "Schaden (EUR) darf nicht negativ sein."
    editor.consequences.damage.setText("")

    editor.general.occurred.entry.line.setText("12.03.2026")
    editor.general.occurred_to.entry.line.setText("11.03.2026")
    assert not editor.save()
    assert dialogs.errors[-1].startswith("Das Ende des Vorfalls liegt vor seinem Beginn")
    editor.general.occurred_to.entry.line.setText("31.02.2026")
    assert not editor.save()
    assert dialogs.errors[-1] == "Ende: Kein gültiges Datum: 31.02.2026"
    assert editor.focusWidget() is editor.general.occurred_to.entry.line
    editor.general.occurred_to.entry.line.clear()

    huge = ("Wörtliches Zitat: „…“ " * 5000)[:100_000]
    editor.account.verbatim.setPlainText("Wir wissen, wo du wohnst.\nPass auf.")
    editor.account.description.setPlainText(huge)
    assert editor.save(), dialogs.errors[-1]
    stored = service.get_incident(editor.record_id() or "").value
    assert stored.description == huge and len(stored.description) == 100_000
    assert stored.means == "Anruf"
    assert len(dialogs.errors) == 7


def test_a_link_to_a_deleted_contact_is_explained(pane: IncidentsPane, service: VaultService,
                                                  dialogs: ScriptedDialogs) -> None:
    witness = fill(service)["persons"][1]
    editor = pane.new_incident()
    editor.title_edit.setText("Mit Zeugin")
    editor.persons.add_link(witness, Role.WITNESS)
    service.delete_person(witness)
    assert not editor.save()
    assert dialogs.errors == ["Ein verknüpfter Kontakt oder Vorfall existiert nicht mehr; bitte "
                              "die Verknüpfung entfernen."]
    assert editor.persons.links() == [(witness, Role.WITNESS)]


def test_the_same_person_twice_in_one_role_is_explained(pane: IncidentsPane,
                                                        service: VaultService,
                                                        dialogs: ScriptedDialogs) -> None:
    suspect = fill(service)["persons"][0]
    editor = pane.new_incident()
    editor.title_edit.setText("Doppelt")
    editor.persons.add_link(suspect, Role.PERPETRATOR)
    editor.persons.add_link(suspect, Role.WITNESS)
    combo = editor.persons.table.cellWidget(1, editor.persons.ROLE)
    combo.set_value(Role.PERPETRATOR)  # type: ignore[union-attr]
    assert not editor.save()
    assert dialogs.errors[-1].startswith("Dieselbe Person ist zweimal")
    assert editor.tabs.currentWidget().isAncestorOf(editor.persons.table)
    editor.persons.table.selectRow(1)
    editor.persons.remove_selected()
    assert editor.save()


def test_double_click_opens_the_editor(qtbot: QtBot, pane: IncidentsPane,
                                       service: VaultService) -> None:
    incident_id = fill(service)["incidents"][2]
    pane.reload()
    assert pane.select(incident_id)
    index = pane.view.currentIndex()
    rect = pane.view.visualRect(index)
    # Qt 6 item views want the press before the double click, as a real mouse sends it.
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.open_editor_ids() == [incident_id]


def test_attachments_are_embedded_once_the_incident_is_saved(pane: IncidentsPane,
                                                            service: VaultService) -> None:
    pytest.importorskip("ui.attachments.panel")
    with_file = fill(service)["incidents"][0]
    editor = pane.new_incident()
    assert editor.attachments_panel is None
    assert "nach dem ersten Speichern" in editor.attachments.text()  # type: ignore[attr-defined]
    editor.title_edit.setText("Mit Anhängen")
    assert editor.save()
    assert editor.attachments_panel is not None
    assert editor.tabs.indexOf(editor.attachments_panel) == editor.tabs.count() - 1
    opened = pane.open_incident(with_file)
    assert opened is not None and opened.attachments_panel is not None
    assert [e.value.original_name for e in opened.attachments_panel.entries()] == ["brief.txt"]
    opened.close_for_lock(ask=False)
    assert opened.attachments_panel.entries() == []


def test_the_contact_picker_preselects_nothing(qtbot: QtBot, pane: IncidentsPane,
                                               service: VaultService) -> None:
    known = fill(service, incidents=1)
    editor = pane.new_incident()
    editor.show()
    persons = editor.persons
    show_tab(editor, persons)
    qtbot.mouseClick(persons.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: persons.picker is not None)
    picker = persons.picker
    assert picker is not None and picker.proxy.rowCount() >= 2
    take = picker.ok_button
    assert picker.chosen_id() is None and not take.isEnabled()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # an Enter links nobody
    assert picker.isVisible() and picker.chosen_id() is None
    qtbot.keyClicks(picker.search, "muller")  # a search picks its best match...
    assert picker.chosen_id() == known["persons"][0] and take.isEnabled()
    picker.search.clear()  # ...and an emptied search nothing again
    assert picker.chosen_id() is None and not take.isEnabled()
    picker.reject()
    assert persons.value() == [] if hasattr(persons, "value") else True


def test_the_count_says_1_vorfall_and_2_vorfaelle(qtbot: QtBot, pane: IncidentsPane,
                                                   service: VaultService) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translation

    service.add_incident({"title": "Eins", "occurred": {"date": "2026-03-01"}})
    pane.reload()
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert pane.count_label.text() == "1 Vorfall"
    service.add_incident({"title": "Zwei", "occurred": {"date": "2026-03-02"}})
    pane.reload()
    qtbot.waitUntil(lambda: not pane.is_loading())
    assert pane.count_label.text() == "2 Vorfälle"
    translator = install_translation(QApplication.instance(), "en")
    assert translator is not None
    try:
        pane._update_buttons()
        assert pane.count_label.text() == "2 incidents"
    finally:
        QApplication.instance().removeTranslator(translator)
