"""Input an automatic lock cannot save is kept as a sealed draft and offered after the same
user unlocks, through the whole app (real vault, real idle timer, sleep and screen-lock
signals; the questions answered by ScriptedDialogs): a new incident without a title, an edit
over a change another process made meanwhile, a contact with an invalid e-mail address.
"Später" keeps a draft for the next unlock; another user is not offered it; nothing typed is
readable on disk; a draft that cannot be kept or read is said so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app import drafts
from app.domain import Channel
from app.service import VaultService
from storage.drafts import FOLDER
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import started, unlock
from tests.gui.support import ScriptedDialogs, fill
from tests.gui.test_contacts import CONFLICT
from tests.storage.test_drafts import folder_bytes
from ui.controller import AppController
from ui.dialogs import Choice
from ui.form_codec import encode

CLERK, CLERK_PASSPHRASE = "Ben Clerk", "another long passphrase 7"
SECRET = "Er schrieb: Wir wissen, wo Ihre Kinder zur Schule gehen."
LONG = "\n".join(f"{n}. {SECRET} Ümlaut-Zeile {n}" for n in range(1, 41))
OFFER_ONE = ("Beim automatischen Sperren wurde eine Eingabe als Entwurf aufbewahrt, weil sie "
             "sich nicht speichern ließ. Jetzt öffnen?")


@pytest.fixture
def filled(vault_dir: Path) -> dict[str, list[str]]:
    """Incidents and contacts, and a second user of the vault."""
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    ids = fill(VaultService(vault), incidents=2)
    vault.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    return ids


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path, filled: dict[str, list[str]],
               dialogs: ScriptedDialogs, settings_path: Path) -> Iterator[AppController]:
    ctrl = started(vault_dir, dialogs, settings_path)
    yield ctrl
    ctrl.close()


def idle_lock(qtbot: QtBot, ctrl: AppController) -> None:
    """Let the real idle watcher lock the app."""
    with qtbot.waitSignal(ctrl.locked, timeout=10_000):
        ctrl.idle.set_minutes(0.05 / 60)  # due in 50 ms
    ctrl.idle.set_minutes(5)  # not again right after the next unlock


def draft_files(ctrl: AppController) -> list[Path]:
    return sorted((ctrl.folder / FOLDER).glob("*.draft"))


def assert_sealed(ctrl: AppController, *typed: str) -> None:
    raw = folder_bytes(ctrl.folder / FOLDER)
    assert raw
    for text in typed:
        for part in (text, text[:12], text[-12:]):
            assert part.encode("utf-8") not in raw and part.encode("utf-16-le") not in raw


def test_a_new_incident_without_a_title_comes_back_after_the_idle_lock(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs) -> None:
    unlock(qtbot, controller)
    editor = controller.window.incidents.new_incident()
    editor.account.description.setPlainText(LONG)
    editor.general.channel.set_value(Channel.EMAIL)
    editor.consequences.damage.setText("12,3,4")  # invalid too
    form = editor.collect()
    idle_lock(qtbot, controller)
    assert dialogs.questions == []  # nobody was there to ask
    assert len(draft_files(controller)) == 1
    assert_sealed(controller, SECRET, "Ümlaut-Zeile 40", "12,3,4")

    dialogs.answer(True)  # open
    unlock(qtbot, controller)
    (note,) = dialogs.infos
    assert "Die Eingaben in einem neuen Vorfall wurden beim automatischen Sperren als " \
           "verschlüsselter Entwurf aufbewahrt" in note
    assert "Kinder" not in note  # the note outlives the lock: no data from the vault
    assert dialogs.questions == [OFFER_ONE]
    (restored,) = controller.window.incidents.editors()
    assert restored.record_id() is None and restored.isVisible()
    assert restored.collect() == form
    assert restored.account.description.toPlainText() == LONG
    assert restored.has_unsaved_changes() and restored.isWindowModified()

    restored.title_edit.setText("Drohmail an das Rathaus")
    restored.consequences.damage.setText("12,34")
    assert restored.save() and dialogs.errors == []
    assert draft_files(controller) == []
    stored = controller.service.get_incident(restored.record_id() or "").value
    assert stored.description == LONG and stored.channel is Channel.EMAIL


def test_an_edit_over_a_change_made_elsewhere_comes_back_after_sleep(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs,
        filled: dict[str, list[str]]) -> None:
    incident_id = filled["incidents"][0]
    unlock(qtbot, controller)
    editor = controller.window.incidents.open_incident(incident_id)
    assert editor is not None
    mine = "Meine Ergänzung: " + SECRET
    editor.account.description.setPlainText(mine)
    form = editor.collect()
    other = Vault.open(controller.folder)  # a second window, the command line
    other.unlock(USER, PASSPHRASE)
    theirs = VaultService(other).get_incident(incident_id).value.model_copy(
        update={"title": "Von der Kollegin ergänzt"})
    VaultService(other).update_incident(incident_id, theirs, 1)
    other.close()
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.session_watcher.on_sleep(True)
    ((kept,), _) = drafts_of(controller, USER, PASSPHRASE)
    assert (kept.kind, kept.record_id, kept.version) == ("incident", incident_id, 1)
    assert_sealed(controller, mine)

    dialogs.answer(True)
    unlock(qtbot, controller)
    assert "einem Vorfall (Kennung " + incident_id[:8] in dialogs.infos[0]
    # The editor the unlock reopened shows the draft over the stored version, with the banner.
    (restored,) = controller.window.incidents.editors()
    assert restored.record_id() == incident_id and restored.collect() == form
    assert restored.banner.isVisible() and restored.version() == 1
    assert not restored.save()  # refused: a conflict, as for any edit over a newer version
    assert dialogs.errors == [CONFLICT] and len(draft_files(controller)) == 1
    assert controller.service.get_incident(incident_id).value.title == "Von der Kollegin " \
                                                                       "ergänzt"
    dialogs.answer(True)  # reload, dropping the form: the user compares and types it again
    assert restored.reload_from_vault() and not restored.banner.isVisible()
    restored.account.description.setPlainText(mine)
    assert restored.save()
    assert draft_files(controller) == []
    stored = controller.service.get_incident(incident_id)
    assert (stored.version, stored.value.title, stored.value.description) == (
        3, "Von der Kollegin ergänzt", mine)


def test_a_contact_with_an_invalid_address_waits_for_later_after_the_screen_lock(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs,
        filled: dict[str, list[str]]) -> None:
    person_id = filled["persons"][1]
    unlock(qtbot, controller)
    editor = controller.window.contacts.open_contact(person_id)
    assert editor is not None
    editor.emails.setPlainText("erika(at)example.org")
    editor.notes.setPlainText("Zeugin: " + SECRET)
    form = editor.collect()
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.session_watcher.on_screensaver(True)
    assert len(draft_files(controller)) == 1
    assert_sealed(controller, "erika(at)example.org", SECRET)

    dialogs.answer(False)  # later
    unlock(qtbot, controller)
    assert "Die Eingaben in einem Kontakt wurden" in dialogs.infos[0]
    assert "erika" not in dialogs.infos[0]
    assert dialogs.questions == [OFFER_ONE]
    # Unlocking brought the editor back (the place the user was), with the stored contact.
    (reopened,) = controller.window.contacts.editors()
    assert reopened.record_id() == person_id and not reopened.has_unsaved_changes()
    assert len(draft_files(controller)) == 1
    with qtbot.waitSignal(controller.locked):
        assert controller.lock(ask=True)  # nothing unsaved: nothing asked

    dialogs.answer(True)
    unlock(qtbot, controller)
    assert dialogs.questions == [OFFER_ONE, OFFER_ONE] and len(dialogs.infos) == 1
    (restored,) = controller.window.contacts.editors()
    assert restored.record_id() == person_id and restored.collect() == form
    assert restored.has_unsaved_changes() and not restored.conflict_banner.isVisible()
    restored.emails.setPlainText("erika@example.org")
    assert restored.save() and dialogs.errors == []
    assert draft_files(controller) == []
    assert controller.service.get_person(person_id).value.emails == ["erika@example.org"]


def test_drafts_of_deleted_records_open_as_new_ones(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs,
        filled: dict[str, list[str]]) -> None:
    incident_id = filled["incidents"][1]
    unlock(qtbot, controller)
    person_id = controller.service.add_person({"kind": "witness", "name": "Nachbarin"}).id
    controller.window.contacts.refresh_rows()
    editor = controller.window.incidents.open_incident(incident_id)
    contact = controller.window.contacts.open_contact(person_id)
    assert editor is not None and contact is not None
    editor.title_edit.setText("")
    editor.account.context.setPlainText("Gemeinderatssitzung vom 3. März")
    contact.kind.setCurrentIndex(-1)  # no kind: cannot be saved
    contact.notes.setPlainText("Hat alles gesehen.")
    forms = editor.collect(), contact.collect()
    idle_lock(qtbot, controller)
    other = Vault.open(controller.folder)
    other.unlock(USER, PASSPHRASE)
    VaultService(other).delete_incident(incident_id)
    VaultService(other).delete_person(person_id)
    other.close()

    dialogs.answer(True)
    unlock(qtbot, controller)
    assert dialogs.questions == [
        "Beim automatischen Sperren wurden 2 Eingaben als Entwurf aufbewahrt, weil sie sich "
        "nicht speichern ließen. Jetzt öffnen?"]
    (restored,) = controller.window.incidents.editors()
    (restored_contact,) = controller.window.contacts.editors()
    assert restored.record_id() is None and restored.collect() == forms[0]
    assert restored.status_label.text() == ("Der Vorfall dieses Entwurfs wurde inzwischen "
                                            "gelöscht; er wird als neuer Vorfall gespeichert.")
    assert restored_contact.record_id() is None and restored_contact.collect() == forms[1]
    assert restored_contact.conflict_banner.label.text().startswith(
        "Der Kontakt dieses Entwurfs wurde inzwischen gelöscht")
    restored.title_edit.setText("Wieder angelegt")
    restored_contact.kind.set_kind("witness")
    assert restored.save() and restored_contact.save()
    assert restored.record_id() not in (None, incident_id)
    assert restored_contact.record_id() not in (None, person_id)
    assert draft_files(controller) == []


def test_only_the_user_who_typed_it_is_offered_the_draft(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs) -> None:
    unlock(qtbot, controller)
    editor = controller.window.incidents.new_incident()
    editor.account.means.setPlainText("anonymer Anruf")
    idle_lock(qtbot, controller)

    unlock(qtbot, controller, CLERK_PASSPHRASE, user=CLERK)
    assert dialogs.questions == []  # not offered
    assert controller.window.incidents.editors() == []
    assert len(draft_files(controller)) == 1
    with qtbot.waitSignal(controller.locked):
        controller.lock(ask=True)

    dialogs.answer(True)
    unlock(qtbot, controller, user=USER)
    assert dialogs.questions == [OFFER_ONE]
    (restored,) = controller.window.incidents.editors()
    assert restored.account.means.toPlainText() == "anonymer Anruf"
    # Closing and discarding the input removes the draft too.
    dialogs.answer(Choice.DISCARD)
    assert restored.close()
    assert draft_files(controller) == []


def test_a_draft_locked_again_is_replaced_not_duplicated(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs) -> None:
    unlock(qtbot, controller)
    controller.window.contacts.new_contact().name.setText("Nur ein Name, ohne Art")
    idle_lock(qtbot, controller)
    (first,) = draft_files(controller)
    dialogs.answer(True)
    unlock(qtbot, controller)
    (restored,) = controller.window.contacts.editors()
    restored.function.setText("Hausmeister")
    idle_lock(qtbot, controller)
    (second,) = draft_files(controller)
    assert second != first
    ((kept,), _) = drafts_of(controller, USER, PASSPHRASE)
    assert (kept.form["name"], kept.form["function"]) == ("Nur ein Name, ohne Art",
                                                          "Hausmeister")


def test_when_no_draft_can_be_kept_the_note_says_the_input_is_lost(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs) -> None:
    unlock(qtbot, controller)
    (controller.folder / FOLDER).write_text("not a folder")  # writing a draft fails
    controller.window.incidents.new_incident().account.means.setPlainText("Brief")
    idle_lock(qtbot, controller)
    unlock(qtbot, controller)
    (note,) = dialogs.infos
    lost, unreadable = note.split("\n")
    assert lost.startswith("Die Eingaben in einem neuen Vorfall gingen beim automatischen "
                           "Sperren verloren, weil sie sich weder speichern noch als Entwurf "
                           "aufbewahren ließen: Ein Dateizugriff in „")
    assert lost.endswith("der Entwurf wurde nicht aufbewahrt.")
    assert unreadable.startswith("Die beim automatischen Sperren aufbewahrten Entwürfe "
                                 "konnten nicht gelesen werden: ")
    assert dialogs.questions == []


def test_damaged_drafts_are_counted_and_left_where_they_are(
        qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs) -> None:
    vault = Vault.open(controller.folder)
    vault.unlock(USER, PASSPHRASE)
    form = {"title": "", "description": SECRET}
    ids = [drafts.keep(VaultService(vault), "incident", None, None, encode(form))
           for _ in range(3)]
    vault.close()
    for draft_id in ids[:2]:
        path = controller.folder / FOLDER / f"{draft_id}.draft"
        data = bytearray(path.read_bytes())
        data[-3] ^= 0x20
        path.write_bytes(bytes(data))
    before = folder_bytes(controller.folder / FOLDER)

    dialogs.answer(False)
    unlock(qtbot, controller)
    assert dialogs.infos == [
        "2 beim automatischen Sperren aufbewahrte Entwürfe sind beschädigt und können nicht "
        "geöffnet werden; sie bleiben unverändert im Ordner „drafts“ des Tresors, wo der "
        "Support sie untersuchen kann."]
    assert dialogs.questions == [OFFER_ONE]
    assert folder_bytes(controller.folder / FOLDER) == before


def drafts_of(ctrl: AppController, user: str, passphrase: str) -> tuple[list[Any], list[str]]:
    """The drafts of `user` as a second process sees them while the app is locked."""
    vault = Vault.open(ctrl.folder)
    try:
        vault.unlock(user, passphrase)
        return drafts.pending(VaultService(vault))
    finally:
        vault.close()
