"""Typed dates become the date typed (issue 14): every form's date fields are typed through
real key events on the real widgets, saved into a real vault and read back from it; the label
beside a field says what it understood or why not; Tab leaves the field; the calendar opens
from the keyboard; dates in the future or long ago are asked about before an incident is
saved; a form just opened is not "changed"."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import AttachmentKind, Incident, PersonKind
from app.service import VaultService
from tests.gui.controller_support import activate
from tests.gui.support import ScriptedDialogs, type_date
from ui.attachments import AttachmentsPanel
from ui.contacts.pane import ContactsPane
from ui.date_entry import DateEntry
from ui.export.dialog import ExportDialog
from ui.incidents.editor import IncidentEditor
from ui.incidents.pane import IncidentsPane


@pytest.fixture
def pane(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> IncidentsPane:
    widget = IncidentsPane(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    widget.reload()
    return widget


def new_editor(qtbot: QtBot, pane: IncidentsPane, title: str = "Drohanruf") -> IncidentEditor:
    editor = pane.new_incident()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    qtbot.keyClicks(editor.title_edit, title)
    return editor


def saved_incident(service: VaultService, editor: IncidentEditor) -> Incident:
    record_id = editor.record_id()
    assert record_id is not None
    return service.get_incident(record_id).value  # decrypted from the vault again


def days_ago(days: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=days)


def german(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


# -- the field itself ------------------------------------------------------------------------
def test_the_label_says_what_was_understood_or_why_not(qtbot: QtBot) -> None:
    entry = DateEntry("Zeitpunkt", with_time=True)
    qtbot.addWidget(entry)
    entry.resize(700, 40)
    entry.show()
    qtbot.waitExposed(entry)
    line_geometry = entry.line.geometry()
    label_geometry = entry.shown.geometry()
    for text, shown in (
            ("15.03.2026", "= Sonntag, 15. März 2026"),
            ("15.3.26 19:30", "= Sonntag, 15. März 2026, 19:30 Uhr"),
            ("31.02.2026", "Kein gültiges Datum: 31.02.2026"),
            ("15.3.2026 24:00", "Keine gültige Uhrzeit: 15.3.2026 24:00"),
            ("1.1.1850", "Das Jahr muss zwischen 1900 und 2100 liegen: 1.1.1850"),
            ("letzte Woche", "Nicht als Datum lesbar: letzte Woche (z. B. 15.3.26 oder heute)"),
            ("", "Bitte ein Datum eingeben."),
    ):
        type_date(qtbot, entry, text)
        assert entry.shown.full_text() == shown
        # The form does not jump while typing: neither the field nor the label moves.
        assert entry.line.geometry() == line_geometry
        assert entry.shown.geometry() == label_geometry
    type_date(qtbot, entry, "heute")
    assert entry.value() == dt.date.today() and entry.problem() is None
    assert entry.line.accessibleName() == "Zeitpunkt"


def test_an_optional_field_is_empty_for_no_date(qtbot: QtBot) -> None:
    entry = DateEntry("Kenntnis am", optional=True)
    qtbot.addWidget(entry)
    entry.set_value(None)
    assert entry.text() == "" and entry.value() is None and entry.form_value() is None
    assert entry.problem() is None and entry.shown.full_text() == ""
    type_date(qtbot, entry, "15.3.26 19:30")  # a day only here
    assert entry.value() is None
    assert entry.problem() == "Hier bitte nur ein Datum ohne Uhrzeit: 15.3.26 19:30"
    assert entry.form_value() == "15.3.26 19:30"  # kept as typed for a draft


def test_overlong_and_hostile_text_is_refused_in_one_sentence(qtbot: QtBot) -> None:
    entry = DateEntry("Datum")
    qtbot.addWidget(entry)
    entry.line.insert("1" * 500)  # a paste: the field keeps 40 characters
    assert len(entry.text()) == 40 and entry.value() is None
    assert entry.problem() is not None and "\n" not in (entry.problem() or "")
    entry.line.clear()
    entry.line.insert("15.3.\x1b[2J26")
    assert entry.problem() == "Das Datum enthält Steuerzeichen."


def test_tab_leaves_the_field_and_the_calendar_opens_from_the_keyboard(
        qtbot: QtBot, pane: IncidentsPane) -> None:
    editor = new_editor(qtbot, pane)
    general = editor.general
    line = general.discovered_on.line
    line.setFocus()
    qtbot.keyClicks(line, "15")
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # the issue: "15", Tab, "03" made another day
    assert not general.discovered_on.isAncestorOf(QApplication.focusWidget())
    assert line.text() == "15"
    assert general.discovered_on.shown.full_text().startswith("Nicht als Datum lesbar: 15")
    assert general.discovered_on.button.focusPolicy() == Qt.FocusPolicy.NoFocus

    type_date(qtbot, general.discovered_on, "15.3.26")
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = general.discovered_on.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 3, 15)
    qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)
    assert not popup.isVisible() and line.text() == "15.3.26"
    qtbot.keyClick(line, Qt.Key.Key_F4)
    assert popup.isVisible()
    popup.calendar.setSelectedDate(QDate(2026, 3, 17))
    popup.calendar.activated.emit(QDate(2026, 3, 17))  # Enter on a day, as the calendar sends
    assert not popup.isVisible()
    assert line.text() == "17.03.2026" and general.discovered_on.value() == dt.date(2026, 3, 17)


def test_picking_a_day_keeps_the_time_typed(qtbot: QtBot) -> None:
    entry = DateEntry("Zeitpunkt", with_time=True)
    qtbot.addWidget(entry)
    type_date(qtbot, entry, "15.3.26 19:30")
    entry.open_calendar()
    assert entry.popup is not None
    entry.popup.calendar.clicked.emit(QDate(2026, 3, 14))
    assert entry.text() == "14.03.2026 19:30"


# -- every form, typed, saved and read back from the vault ----------------------------------
def test_incident_dates_typed_key_by_key_are_saved_exactly(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    editor = new_editor(qtbot, pane)
    general, case = editor.general, editor.case
    type_date(qtbot, general.occurred.entry, "15.03.2026 19:30")
    assert general.occurred.entry.shown.full_text() == "= Sonntag, 15. März 2026, 19:30 Uhr"
    type_date(qtbot, general.occurred_to.entry, "15.3.26 21 Uhr")
    type_date(qtbot, general.discovered_on, "16.3.2026")
    type_date(qtbot, general.review_on, "2027-03-15")
    case.reported.setChecked(True)
    type_date(qtbot, case.reported_on, "17.03.26")
    type_date(qtbot, case.strafantrag_on, "18.3.2026")
    type_date(qtbot, case.notes.date_edit, "19.3.26")
    case.notes.text_edit.setPlainText("Vorladung als Zeugin")
    qtbot.mouseClick(case.notes.add_button, Qt.MouseButton.LeftButton)
    assert editor.save(), dialogs.errors

    stored = saved_incident(service, editor)
    assert (stored.occurred.date, stored.occurred.time) == (dt.date(2026, 3, 15),
                                                            dt.time(19, 30))
    assert stored.occurred.precision is not None and stored.occurred.precision.value == "exact"
    assert stored.occurred_to is not None
    assert (stored.occurred_to.date, stored.occurred_to.time) == (dt.date(2026, 3, 15),
                                                                  dt.time(21, 0))
    assert stored.discovered_on == dt.date(2026, 3, 16)
    assert stored.review_on == dt.date(2027, 3, 15)
    assert stored.case.reported_on == dt.date(2026, 3, 17)
    assert stored.case.strafantrag_on == dt.date(2026, 3, 18)
    assert [(n.on, n.text) for n in stored.case.notes] == [
        (dt.date(2026, 3, 19), "Vorladung als Zeugin")]

    # Opened again, the form shows the stored days and is unchanged.
    record_id = editor.record_id()
    assert record_id is not None
    editor.close()
    again = pane.open_incident(record_id)
    assert again is not None and not again.has_unsaved_changes()
    assert again.general.occurred.entry.text() == "15.03.2026 19:30"
    assert again.general.discovered_on.text() == "16.03.2026"
    assert again.case.reported_on.text() == "17.03.2026"


def test_a_date_that_is_none_stops_the_save_with_one_sentence(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    editor = new_editor(qtbot, pane)
    for entry, field, label in (
            (editor.general.occurred.entry, "occurred", "Zeitpunkt"),
            (editor.general.discovered_on, "discovered_on", "Kenntnis am"),
            (editor.case.strafantrag_on, "case.strafantrag_on", "Datum des Strafantrags")):
        type_date(qtbot, entry, "31.02.2026")
        assert not editor.save()
        assert dialogs.errors[-1] == f"{label}: Kein gültiges Datum: 31.02.2026", field
        assert editor.focusWidget() is entry.line
        type_date(qtbot, entry, "" if entry.optional else "1.3.26")
    type_date(qtbot, editor.general.occurred.entry, "")
    assert not editor.save()
    assert dialogs.errors[-1] == "Zeitpunkt: Bitte ein Datum eingeben."
    assert service.list_incidents().entries == []  # nothing was saved


def test_a_future_date_is_asked_about_and_no_keeps_editing(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    editor = new_editor(qtbot, pane)
    future = dt.date.today() + dt.timedelta(days=30)
    type_date(qtbot, editor.general.occurred.entry, german(future))
    dialogs.answer(False)  # "Zurück zum Bearbeiten", the default
    assert not editor.save()
    question = dialogs.questions[-1]
    assert f"Zeitpunkt: {future:%d.%m.%Y} liegt in der Zukunft." in question
    assert editor.isVisible() and editor.has_unsaved_changes()
    assert service.list_incidents().entries == [] and dialogs.errors == []

    dialogs.answer(True)  # "Trotzdem speichern"
    assert editor.save()
    assert saved_incident(service, editor).occurred.date == future
    editor.title_edit.setText("Drohanruf (ergänzt)")
    assert editor.save()  # an unchanged date is not asked about again
    assert len(dialogs.questions) == 2


def test_a_date_long_ago_and_a_future_report_are_asked_about(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    editor = new_editor(qtbot, pane)
    type_date(qtbot, editor.general.occurred.entry, "15.2.2005")  # the slip
    editor.case.reported.setChecked(True)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    type_date(qtbot, editor.case.reported_on, german(tomorrow))
    dialogs.answer(False)
    assert not editor.save()
    question = dialogs.questions[-1]
    assert "Zeitpunkt: 15.02.2005 liegt mehr als 5 Jahre zurück." in question
    assert f"Datum der Anzeige: {tomorrow:%d.%m.%Y} liegt in der Zukunft." in question
    assert service.list_incidents().entries == []
    type_date(qtbot, editor.general.occurred.entry, german(days_ago(3)))
    type_date(qtbot, editor.case.reported_on, "heute")
    assert editor.save() and len(dialogs.questions) == 1  # plausible now: no question
    assert saved_incident(service, editor).occurred.date == days_ago(3)


def test_an_incident_just_opened_is_not_changed(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    entry = service.add_incident({
        "title": "Alt", "occurred": {"date": "2019-05-01", "time": "08:15:42",
                                     "precision": "approximate"},
        "discovered_on": "2019-05-02", "review_on": "2030-01-01",
        "case": {"reported": True, "reported_on": "2019-05-03"}})
    pane.reload()
    editor = pane.open_incident(entry.id)
    assert editor is not None and not editor.has_unsaved_changes()
    assert not editor.isWindowModified()
    assert editor.general.occurred.entry.text() == "01.05.2019 08:15"
    type_date(qtbot, editor.general.occurred.entry, "1.5.19 8:15")  # the same, typed again
    assert not editor.has_unsaved_changes()  # the stored seconds stay
    type_date(qtbot, editor.general.occurred.entry, "1.5.19 8:16")
    assert editor.has_unsaved_changes()
    type_date(qtbot, editor.general.occurred.entry, "01.05.2019 08:15")
    assert not editor.has_unsaved_changes()
    assert pane.new_incident().has_unsaved_changes() is False


def test_contact_checked_on_typed_saved_and_read_back(
        qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> None:
    contacts = ContactsPane(service, dialogs)
    qtbot.addWidget(contacts)
    contacts.show()
    contacts.reload()
    editor = contacts.new_contact(PersonKind.SUSPECT)
    assert not editor.has_unsaved_changes()
    qtbot.keyClicks(editor.name, "Max Beispiel")
    type_date(qtbot, editor.checked_on, "31.02.2026")
    assert not editor.save()
    assert dialogs.errors[-1] == "geprüft am: Kein gültiges Datum: 31.02.2026"
    type_date(qtbot, editor.checked_on, "1.4.26")
    assert editor.checked_on.shown.full_text() == "= Mittwoch, 1. April 2026"
    assert editor.save(), dialogs.errors
    record_id = editor.record_id()
    assert record_id is not None
    assert service.get_person(record_id).value.checked_on == dt.date(2026, 4, 1)
    editor.close()
    again = contacts.open_contact(record_id)
    assert again is not None and not again.has_unsaved_changes()
    assert again.checked_on.text() == "01.04.2026"
    type_date(qtbot, again.checked_on, "")  # empty: not checked
    assert again.save()
    assert service.get_person(record_id).value.checked_on is None


def test_export_range_typed(qtbot: QtBot, service: VaultService) -> None:
    for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
        service.add_incident({"title": f"Vorfall {day}", "occurred": {"date": day}})
    dialog = ExportDialog(service, ScriptedDialogs(), [])
    qtbot.addWidget(dialog)
    form = dialog.form
    type_date(qtbot, form.from_date, "1.2.26")
    type_date(qtbot, form.to_date, "28.2.2026")
    selection = form.request().selection
    assert (selection.date_from, selection.date_to) == (dt.date(2026, 2, 1),
                                                        dt.date(2026, 2, 28))
    assert dialog.update_count() == 1


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService,
          dialogs: ScriptedDialogs) -> Iterator[tuple[AttachmentsPanel, str]]:
    incident = service.add_incident({"title": "Post", "occurred": {"date": "2026-03-01"}})
    widget = AttachmentsPanel(service, dialogs, incident.id)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    yield widget, incident.id
    widget.clear()


def test_online_capture_moment_typed_saved_and_read_back(
        qtbot: QtBot, panel: tuple[AttachmentsPanel, str], service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    widget, incident_id = panel
    shot = service.add_attachment_stream(incident_id, io.BytesIO(b"x"), "post.png",
                                         AttachmentKind.SCREENSHOT).id
    widget.reload()
    assert widget.select(shot)
    window = widget.open_details_selected()
    assert window is not None
    qtbot.waitExposed(window)
    assert not window.isWindowModified()  # just opened: the default capture time is no edit
    posted = window.online.times["posted_at"]
    type_date(qtbot, posted.entry, "14.3.26 19:42")
    assert posted.entry.shown.full_text() == "= Samstag, 14. März 2026, 19:42 Uhr"
    assert window.save(), dialogs.errors
    online = service.get_attachment(shot).value.online
    assert online is not None and online.posted_at is not None
    assert online.posted_at == dt.datetime(2026, 3, 14, 19, 42).astimezone()
    captured = online.captured_at
    assert captured is not None

    type_date(qtbot, posted.entry, "14.3.26")  # the police need the time as well
    assert not window.save()
    assert dialogs.errors[-1] == ("Veröffentlicht am: Bitte auch die Uhrzeit angeben, "
                                  "z. B. 15.3.26 19:30.")
    type_date(qtbot, posted.entry, "14.3.26 25:00")
    assert not window.save()
    assert dialogs.errors[-1] == "Veröffentlicht am: Keine gültige Uhrzeit: 14.3.26 25:00"
    type_date(qtbot, posted.entry, "")
    assert window.save()
    online = service.get_attachment(shot).value.online
    assert online is not None and online.posted_at is None
    assert online.captured_at == captured  # untouched: saved as stored, seconds and all


def test_the_filter_period_is_typed(qtbot: QtBot, pane: IncidentsPane,
                                    service: VaultService) -> None:
    filters = pane.filters
    filters.period.setCurrentIndex(1)
    type_date(qtbot, filters.date_from, "1.2.26")
    type_date(qtbot, filters.date_to, "28.2.26")
    query = filters.current()
    assert (query.date_from, query.date_to) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    type_date(qtbot, filters.date_to, "30.2.26")  # no date: no bound, and the field says why
    assert filters.current().date_to is None
    assert filters.date_to.line.toolTip() == "Kein gültiges Datum: 30.2.26"
