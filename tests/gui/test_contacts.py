"""The contact pane and editor with real widgets (offscreen): create, edit, conflicts, delete,
search, the shipped Saxony contacts, closing and locking, and hostile input."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app import drafts
from app.domain import PersonKind
from app.service import PERSON, VaultService
from app.support_contacts import support_contacts
from storage.errors import RecordNotFoundError
from tests.gui.support import ScriptedDialogs
from ui.contacts.editor import ContactEditor
from ui.contacts.model import ContactTableModel
from ui.contacts.pane import ContactsPane
from ui.dialogs import Choice
from ui.table_model import ID_ROLE

CONFLICT = ("Dieser Eintrag wurde inzwischen an anderer Stelle geändert, daher wurde Ihre "
            "Änderung nicht gespeichert; bitte laden Sie ihn neu und ändern Sie ihn erneut.")
OFFER = ("Sollen die Hilfe- und Beratungsstellen für Sachsen (bitte prüfen) in Ihre Kontakte "
         "übernommen werden?")


@pytest.fixture
def pane(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> ContactsPane:
    widget = ContactsPane(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.reload()
    widget.show()
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard. QTest.keyClicks aborts on lowercase umlauts (Qt's ASCII key
    table), so each character goes as a key event carrying its text."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def shown_ids(pane: ContactsPane) -> list[str]:
    return [pane.proxy.index(r, 0).data(ID_ROLE) for r in range(pane.proxy.rowCount())]


def set_cell(editor: ContactEditor, row: int, column: int, text: str) -> None:
    item = editor.handles.table.item(row, column)
    assert item is not None
    item.setText(text)


def fill_every_field(editor: ContactEditor) -> None:
    editor.kind.set_kind(PersonKind.SUSPECT)
    editor.name.setText("  Jürgen Weiß ")
    editor.organisation.setText("Bürgerbewegung Beispiel")
    editor.function.setText("Vorsitzender")
    editor.phones.setPlainText("0351 111\n\n  0170 222  \n+49 30 333")
    editor.emails.setPlainText("jw@example.org\nweiss@example.com")
    editor.web.setPlainText("www.example.org")
    editor.address.setPlainText("Hauptstraße 1\n01234 Musterstadt")
    editor.handles.add_button.click()
    set_cell(editor, 0, 0, "X")
    set_cell(editor, 0, 1, "@jweiss")
    set_cell(editor, 0, 2, "https://x.example/jweiss")
    editor.handles.add_row(("Telegram", "jw_kanal", ""))
    editor.handles.add_row(("", "", ""))  # an empty row is ignored
    editor.vehicle_plates.setPlainText("DD-AB 123")
    editor.notes.setPlainText("Stand vor dem Rathaus.\nZweite Zeile.")
    editor.source.setText("eigene Beobachtung")
    editor.checked_on.line.setText("1.4.26")
    editor.needs_check.setChecked(True)


def test_create_a_contact_with_every_field(qtbot: QtBot, pane: ContactsPane,
                                           service: VaultService) -> None:
    editor = pane.new_contact()
    assert editor.isVisible() and not editor.has_unsaved_changes()
    fill_every_field(editor)
    assert editor.has_unsaved_changes() and editor.isWindowModified()
    assert editor.check_banner.isVisible()
    assert "eigene Beobachtung" in editor.check_banner.label.text()
    with qtbot.waitSignal(pane.changed):
        editor.save_button.click()
    assert not editor.has_unsaved_changes()
    record_id = editor.record_id()
    assert record_id is not None
    person = service.get_person(record_id).value
    assert person.kind == PersonKind.SUSPECT
    assert person.name == "Jürgen Weiß"
    assert person.organisation == "Bürgerbewegung Beispiel"
    assert person.function == "Vorsitzender"
    assert person.phones == ["0351 111", "0170 222", "+49 30 333"]
    assert person.emails == ["jw@example.org", "weiss@example.com"]
    assert person.web == ["www.example.org"]
    assert person.address == "Hauptstraße 1\n01234 Musterstadt"
    assert [(h.platform, h.handle, h.profile_url) for h in person.handles] == [
        ("X", "@jweiss", "https://x.example/jweiss"), ("Telegram", "jw_kanal", "")]
    assert person.vehicle_plates == ["DD-AB 123"]
    assert person.notes == "Stand vor dem Rathaus.\nZweite Zeile."
    assert person.source == "eigene Beobachtung"
    assert person.checked_on == dt.date(2026, 4, 1)
    assert person.needs_check is True
    # The list shows it, selected, with the German kind label and status.
    assert pane.selected_id() == record_id
    row = pane.model.row_of(record_id)
    assert pane.model.index(row, ContactTableModel.KIND).data() == "Tatverdächtige/r"
    assert pane.model.index(row, ContactTableModel.STATUS).data() == "bitte prüfen"
    assert pane.model.index(row, ContactTableModel.PHONE).data() == "0351 111, 0170 222, +49 30 333"
    # The form now shows what was stored (trimmed), and closing asks nothing.
    assert editor.name.text() == "Jürgen Weiß"
    editor.close()
    assert pane.editors() == []


def test_ctrl_s_saves(qtbot: QtBot, pane: ContactsPane, service: VaultService) -> None:
    editor = pane.new_contact(PersonKind.WITNESS)
    editor.name.setText("Erika Schmidt")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.saved):
        QTest.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = service.list_persons().entries
    assert [(e.value.kind, e.value.name) for e in stored] == [(PersonKind.WITNESS, "Erika Schmidt")]
    editor.close()


def test_open_by_double_click_and_edit(pane: ContactsPane, service: VaultService,
                                       dialogs: ScriptedDialogs) -> None:
    entry = service.add_person({"kind": "police", "organisation": "Polizeirevier Musterstadt",
                                "phones": ["0351 1"]})
    pane.reload()
    index = pane.proxy.index(0, 0)
    rect = pane.table.visualRect(index)
    viewport = pane.table.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      rect.center())
    editors = pane.editors()
    assert len(editors) == 1 and editors[0].record_id() == entry.id
    editor = editors[0]
    assert editor.organisation.text() == "Polizeirevier Musterstadt"
    assert not editor.check_banner.isVisible()
    # Opening again brings the same window forward instead of a second one.
    assert pane.open_contact(entry.id) is editor
    editor.phones.setPlainText("0351 1\n0351 2")
    assert editor.save()
    stored = service.get_person(entry.id)
    assert stored.version == entry.version + 1
    assert stored.value.phones == ["0351 1", "0351 2"]
    assert service.history(PERSON, entry.id)[-1].changed == ["phones"]
    # A second save uses the new version: no conflict with itself.
    editor.function.setText("Wache")
    assert editor.save()
    assert dialogs.errors == []
    editor.close()


def test_conflicting_save_is_refused_and_input_kept(pane: ContactsPane, service: VaultService,
                                                    dialogs: ScriptedDialogs) -> None:
    entry = service.add_person({"kind": "lawyer", "name": "Dr. Berger"})
    pane.reload()
    editor = pane.open_contact(entry.id)
    assert editor is not None
    service.update_person(entry.id, {"kind": "lawyer", "name": "Dr. Berger",
                                     "phones": ["0341 9"]}, entry.version)
    editor.name.setText("Dr. Eva Berger")
    editor.notes.setPlainText("meine Notiz")
    assert editor.save() is False
    assert dialogs.errors == [CONFLICT]
    assert editor.name.text() == "Dr. Eva Berger" and editor.notes.toPlainText() == "meine Notiz"
    assert editor.has_unsaved_changes()
    assert editor.conflict_banner.isVisible()
    assert service.get_person(entry.id).value.name == "Dr. Berger"
    # "Neu laden" asks before dropping the input, then shows the other version.
    dialogs.answer(False)
    assert editor.reload_from_store() is False
    assert editor.name.text() == "Dr. Eva Berger"
    dialogs.answer(True)
    assert editor.conflict_banner.button is not None
    editor.conflict_banner.button.click()
    assert editor.phones.values() == ["0341 9"] and editor.name.text() == "Dr. Berger"
    assert not editor.conflict_banner.isVisible() and not editor.has_unsaved_changes()
    editor.close()


def test_refresh_from_elsewhere_updates_clean_and_warns_dirty(
        pane: ContactsPane, service: VaultService) -> None:
    clean = service.add_person({"kind": "witness", "name": "Anna"})
    dirty = service.add_person({"kind": "witness", "name": "Bernd"})
    gone = service.add_person({"kind": "witness", "name": "Carla"})
    pane.reload()
    editors = [pane.open_contact(i.id) for i in (clean, dirty, gone)]
    assert all(editors)
    e_clean, e_dirty, e_gone = (e for e in editors if e is not None)
    e_dirty.notes.setPlainText("ungespeichert")
    service.update_person(clean.id, {"kind": "witness", "name": "Anna Neu"}, clean.version)
    service.update_person(dirty.id, {"kind": "witness", "name": "Bernd Neu"}, dirty.version)
    service.delete_person(gone.id)
    pane.refresh_from_elsewhere()
    assert e_clean.name.text() == "Anna Neu" and not e_clean.conflict_banner.isVisible()
    assert e_dirty.name.text() == "Bernd" and e_dirty.notes.toPlainText() == "ungespeichert"
    assert e_dirty.conflict_banner.isVisible()
    assert e_gone.conflict_banner.isVisible()
    assert "gelöscht" in e_gone.conflict_banner.label.text()
    assert len(shown_ids(pane)) == 2
    e_clean.close()
    e_gone.close()
    e_dirty.discard_and_close()


def test_delete_asks_and_keeps_history(qtbot: QtBot, pane: ContactsPane, service: VaultService,
                                       dialogs: ScriptedDialogs) -> None:
    entry = service.add_person({"kind": "suspect", "name": "Max Müller"})
    pane.reload()
    assert not pane.delete_button.isEnabled()
    assert pane.select(entry.id) and pane.delete_button.isEnabled()
    editor = pane.open_contact(entry.id)
    assert editor is not None
    editor.notes.setPlainText("wird verworfen")
    dialogs.answer(False)
    pane.delete_button.click()
    assert "Max Müller" in dialogs.questions[-1]
    assert "ungespeicherten Änderungen" in dialogs.questions[-1]
    assert shown_ids(pane) == [entry.id] and pane.editors() == [editor]
    dialogs.answer(True)
    with qtbot.waitSignal(pane.changed):
        pane.delete_button.click()
    assert shown_ids(pane) == [] and pane.editors() == []
    with pytest.raises(RecordNotFoundError):
        service.get_person(entry.id)
    assert service.history(PERSON, entry.id)[-1].deleted
    assert dialogs.errors == []


def test_search_as_you_type_and_kind_filter(pane: ContactsPane,
                                            service: VaultService) -> None:
    mueller = service.add_person({"kind": "suspect", "name": "Max Müller"}).id
    zeuge = service.add_person({"kind": "witness", "name": "Erika Schmidt",
                                "notes": "wohnt neben Müllers"}).id
    polizei = service.add_person({"kind": "police", "organisation": "Polizeirevier Görlitz"}).id
    own = service.add_person({"kind": "own_organisation", "organisation": "Gemeinde Görlitz",
                              "name": "Hauptamt"}).id
    pane.reload()
    type_text(pane.search, "MÜLL")
    assert sorted(shown_ids(pane)) == sorted([mueller, zeuge])
    pane.search.clear()
    type_text(pane.search, "mull max")
    assert shown_ids(pane) == [mueller]
    pane.search.clear()
    type_text(pane.search, "gorlitz")
    assert sorted(shown_ids(pane)) == sorted([polizei, own])
    assert pane.status.text() == "2 von 4 Kontakten"
    pane.search.clear()

    def choose(key: str) -> list[str]:
        pane.kind_filter.setCurrentIndex(pane.kind_filter.findData(key))
        return sorted(shown_ids(pane))

    assert [pane.kind_filter.itemText(i) for i in range(pane.kind_filter.count())] == [
        "Alle", "Hilfe & Beratung", "Beteiligte Personen", "eigene Verwaltung"]
    assert choose("support") == [polizei]
    assert choose("involved") == sorted([mueller, zeuge])
    assert choose("own") == [own]
    type_text(pane.search, "görlitz")
    assert shown_ids(pane) == [own]
    # select() reveals a contact hidden by search and filter.
    assert pane.select(mueller) and pane.selected_id() == mueller
    assert pane.search.text() == "" and choose("all") == sorted([mueller, zeuge, polizei, own])


def test_first_start_offer_adds_the_saxony_contacts_once(pane: ContactsPane,
                                                         service: VaultService,
                                                         dialogs: ScriptedDialogs) -> None:
    assert pane.offer_button.isVisible()
    dialogs.answer(False)
    assert pane.offer_support_contacts() is False
    assert service.list_persons().entries == []
    dialogs.answer(True)
    assert pane.offer_support_contacts() is True
    assert dialogs.questions == [OFFER, OFFER]
    entries = service.list_persons().entries
    shipped = len(support_contacts())
    assert len(entries) == shipped and pane.model.rowCount() == shipped
    assert all(e.value.needs_check and e.value.source and e.value.kind.is_support
               for e in entries)
    statuses = {pane.model.index(r, ContactTableModel.STATUS).data() for r in range(shipped)}
    assert statuses == {"bitte prüfen"}
    assert not pane.offer_button.isVisible()
    # Not twice, and no question when nothing is missing (an unexpected one would fail).
    assert pane.offer_support_contacts() is False
    assert len(dialogs.questions) == 2 and len(service.list_persons().entries) == shipped
    # A shipped contact opens with the "bitte prüfen" banner naming its source.
    zastex = next(e for e in entries if e.value.kind == PersonKind.ZASTEX)
    editor = pane.open_contact(zastex.id)
    assert editor is not None and editor.check_banner.isVisible()
    assert "polizei.sachsen.de/de/98508.htm" in editor.check_banner.label.text()
    editor.close()


def test_closing_a_dirty_editor_asks(pane: ContactsPane, service: VaultService,
                                     dialogs: ScriptedDialogs) -> None:
    editor = pane.new_contact(PersonKind.AFFECTED)
    editor.name.setText("Bürgermeisterin")
    dialogs.answer(Choice.CANCEL)
    assert editor.close() is False
    assert editor.isVisible() and editor.name.text() == "Bürgermeisterin"
    dialogs.answer(Choice.SAVE)
    assert editor.close() is True
    assert [e.value.name for e in service.list_persons().entries] == ["Bürgermeisterin"]
    other = pane.new_contact(PersonKind.AFFECTED)
    other.name.setText("verworfen")
    dialogs.answer(Choice.DISCARD)
    assert other.close() is True
    assert len(service.list_persons().entries) == 1
    # Saving invalid input on close keeps the window open.
    third = pane.new_contact()
    third.name.setText("ohne Art")
    dialogs.answer(Choice.SAVE)
    assert third.close() is False
    assert dialogs.errors == ["Bitte wählen Sie die Art des Kontakts."]
    assert len(dialogs.questions) == 4
    third.discard_and_close()


def test_clear_for_lock_cancel_keeps_everything(pane: ContactsPane, service: VaultService,
                                                dialogs: ScriptedDialogs) -> None:
    entry = service.add_person({"kind": "witness", "name": "Geheim Name"})
    pane.reload()
    editor = pane.open_contact(entry.id)
    assert editor is not None
    editor.notes.setPlainText("geheime Notiz")
    pane.search.setText("geheim")
    dialogs.answer(Choice.CANCEL)
    assert pane.clear_for_lock(ask=True) is False
    assert pane.model.rowCount() == 1 and pane.editors() == [editor]
    assert editor.notes.toPlainText() == "geheime Notiz"
    dialogs.answer(Choice.SAVE)
    assert pane.clear_for_lock(ask=True) is True
    assert service.get_person(entry.id).value.notes == "geheime Notiz"
    assert_no_decrypted_values(pane, editor, "geheim")


def test_clear_for_lock_discard(pane: ContactsPane, service: VaultService,
                                dialogs: ScriptedDialogs) -> None:
    entry = service.add_person({"kind": "witness", "name": "Geheim Name"})
    pane.reload()
    editor = pane.open_contact(entry.id)
    assert editor is not None
    editor.notes.setPlainText("geheime Notiz")
    dialogs.answer(Choice.DISCARD)
    assert pane.clear_for_lock(ask=True) is True
    assert service.get_person(entry.id).value.notes == ""
    assert_no_decrypted_values(pane, editor, "geheim")
    pane.reload()
    assert pane.model.rowCount() == 1


def test_auto_lock_saves_valid_and_keeps_invalid_changes_as_drafts(
        pane: ContactsPane, service: VaultService, dialogs: ScriptedDialogs) -> None:
    good = service.add_person({"kind": "witness", "name": "Geheim Gut"})
    bad = service.add_person({"kind": "witness", "name": "Geheim Schlecht"})
    pane.reload()
    e_good, e_bad = pane.open_contact(good.id), pane.open_contact(bad.id)
    assert e_good is not None and e_bad is not None
    e_good.phones.setPlainText("0351 42")
    e_bad.emails.setPlainText("geheim-keine-adresse")
    new = pane.new_contact(PersonKind.WITNESS)  # untouched: nothing to save or note
    assert pane.clear_for_lock(ask=False) is True
    assert dialogs.questions == [] and dialogs.errors == []
    assert service.get_person(good.id).value.phones == ["0351 42"]
    assert service.get_person(bad.id).value.emails == []
    notes = pane.pending_notes()
    assert len(notes) == 1
    assert "Entwurf aufbewahrt" in notes[0] and "E-Mail" in notes[0]
    kept = drafts.pending(service)[0]
    assert [(d.kind, d.record_id, d.version) for d in kept] == [("person", bad.id, 1)]
    assert "geheim" not in notes[0].lower()  # notes outlive the lock: no personal data
    assert pane.pending_notes() == []
    for editor in (e_good, e_bad, new):
        assert_no_decrypted_values(pane, editor, "geheim")


def assert_no_decrypted_values(pane: ContactsPane, editor: ContactEditor, secret: str) -> None:
    assert pane.editors() == [] and pane.model.rowCount() == 0
    assert pane.search.text() == "" and pane.status.text() == ""
    assert not pane.offer_button.isVisible()
    assert editor.record_id() is None and editor.isHidden()
    texts = [w.text() for w in editor.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in editor.findChildren(QPlainTextEdit)]
    texts += [text for row in editor.handles.rows() for text in row]
    assert not any(secret in t.lower() for t in texts)
    assert secret not in editor.windowTitle().lower()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets()
                   if isinstance(w, ContactEditor) and w.parent() is pane)


HOSTILE = [
    ({"name": "", "organisation": "  ", "function": "nur Funktion"},
     "Bitte geben Sie einen Namen oder eine Organisation an."),
    ({"emails": "ok@example.org\nkein-at-zeichen"},
     "„kein-at-zeichen“ ist keine gültige E-Mail-Adresse."),
    ({"name": "x" * 1001}, "Name ist zu lang (höchstens 1000 Zeichen)."),
    ({"name": "Max\x07Müller"}, "Name enthält Steuerzeichen."),
    ({"organisation": "Firma\x1b[31m"}, "Organisation enthält Steuerzeichen."),
    ({"phones": "0351\x0b123"}, "Telefon enthält Steuerzeichen."),
    ({"phones": "\n".join(str(n) for n in range(101))},
     "Telefon: zu viele Einträge (höchstens 100)."),
    ({"notes": "a" * 200_001}, "Notizen ist zu lang (höchstens 200000 Zeichen)."),
    ({"notes": "ok\x00"}, "Notizen enthält Steuerzeichen."),
    ({"handle": "\x00evil"}, "Online-Profile enthält Steuerzeichen."),
]


@pytest.mark.parametrize(("inputs", "message"), HOSTILE)
def test_bad_input_gives_a_german_message_and_loses_nothing(
        pane: ContactsPane, service: VaultService, dialogs: ScriptedDialogs,
        inputs: dict[str, str], message: str) -> None:
    editor = pane.new_contact(PersonKind.SUSPECT)
    editor.name.setText("Max Müller")
    for field, value in inputs.items():
        if field == "handle":
            editor.handles.add_row(("X", value, ""))
        elif isinstance(getattr(editor, field), QLineEdit):
            getattr(editor, field).setText(value)
        else:
            getattr(editor, field).setPlainText(value)
    before = editor.collect()
    assert editor.save() is False
    assert dialogs.errors == [message]
    assert editor.collect() == before and editor.has_unsaved_changes()
    assert editor.isVisible() and editor.record_id() is None
    assert service.list_persons().entries == []
    editor.discard_and_close()


def test_markup_in_data_is_shown_as_text(pane: ContactsPane, service: VaultService) -> None:
    editor = pane.new_contact(PersonKind.SUSPECT)
    editor.name.setText("<b>fett</b><img src='http://example.org/x.png'>")
    editor.source.setText("<a href='http://example.org'>Link</a>")
    editor.needs_check.setChecked(True)
    assert editor.save()
    assert "<a href=" in editor.check_banner.label.text()
    assert editor.check_banner.label.textFormat() == Qt.TextFormat.PlainText
    stored = service.list_persons().entries[0].value
    assert stored.name == "<b>fett</b><img src='http://example.org/x.png'>"
    editor.close()
