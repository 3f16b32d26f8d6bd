"""The whole app through its controller: unlock, main window, locking (button, Ctrl+L, idle,
screen lock) dropping every decrypted value, restoring the place, and saves made elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.errors import LockedError
from app.service import VaultService
from app.settings import Settings
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import unlock
from tests.gui.support import ScriptedDialogs, fill
from ui.controller import AppController

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled_dir(vault_dir: Path) -> tuple[Path, dict[str, list[str]]]:
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    ids = fill(VaultService(vault), incidents=4)
    vault.close()
    return vault_dir, ids


@pytest.fixture
def controller(qtbot: QtBot, filled_dir: tuple[Path, dict[str, list[str]]],
               dialogs: ScriptedDialogs, settings_path: Path) -> AppController:
    folder, _ = filled_dir
    settings = Settings(offer_support_contacts=False)
    ctrl = AppController(folder, settings, settings_path, dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    yield ctrl
    ctrl.close()


def decrypted_rows(ctrl: AppController) -> int:
    window = ctrl.window
    return window.incidents.model.rowCount() + window.contacts.model.rowCount()


def test_unlock_shows_the_list_and_lock_drops_everything(
    qtbot: QtBot, controller: AppController, filled_dir: tuple[Path, dict[str, list[str]]]
) -> None:
    _, ids = filled_dir
    unlock(qtbot, controller)
    window = controller.window
    assert window is not None and window.isVisible()
    assert window.incidents.model.rowCount() == 4
    assert window.contacts.model.rowCount() == 2
    window.incidents.select(ids["incidents"][2])
    window.tabs.setCurrentWidget(window.contacts)
    editor = window.incidents.open_incident(ids["incidents"][1])
    assert editor is not None
    contact_editor = window.contacts.open_contact(ids["persons"][0])
    assert contact_editor is not None
    models = (window.incidents.model, window.contacts.model)

    service = controller.service
    with qtbot.waitSignal(controller.locked):
        window.lock_action.trigger()  # the toolbar button and Ctrl+L
    assert controller.window is None and controller.service is None
    assert all(m.rowCount() == 0 for m in models)
    assert not editor.isVisible()
    with pytest.raises(LockedError):
        service.list_incidents()  # the keys are gone
    unlock(qtbot, controller)
    restored = controller.window
    assert restored.tabs.currentWidget() is restored.contacts
    assert restored.incidents.selected_id() == ids["incidents"][2]
    assert ids["incidents"][1] in restored.incidents.open_editor_ids()
    assert restored.contacts.open_editor_ids() == [ids["persons"][0]]


def test_ctrl_l_locks(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    window = controller.window
    window.activateWindow()
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_idle_and_screen_lock_lock_the_app(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    controller.idle.set_minutes(0.3 / 60)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked):
        controller.session_watcher.on_screensaver(True)
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked):
        controller.session_watcher.on_sleep(True)


def test_auto_lock_saves_a_valid_edit_instead_of_asking(
    qtbot: QtBot, controller: AppController, filled_dir: tuple[Path, dict[str, list[str]]]
) -> None:
    _, ids = filled_dir
    unlock(qtbot, controller)
    editor = controller.window.incidents.open_incident(ids["incidents"][0])
    editor.findChild(type(editor.findChildren(object)[0]))  # editor is built
    title = controller.service.get_incident(ids["incidents"][0]).value.title
    from PySide6.QtWidgets import QLineEdit

    field = next(w for w in editor.findChildren(QLineEdit) if w.text() == title)
    field.setText(title + " (ergänzt)")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(controller.locked):
        controller.lock(ask=False)  # nobody is there to ask
    vault = Vault.open(controller.folder)
    vault.unlock(USER, PASSPHRASE)
    assert VaultService(vault).get_incident(ids["incidents"][0]).value.title == \
        title + " (ergänzt)"
    vault.close()


def test_manual_lock_asks_about_unsaved_changes_and_cancel_keeps_everything(
    qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs,
    filled_dir: tuple[Path, dict[str, list[str]]]
) -> None:
    """Every question in every window comes first: a cancel at the contact editor's question
    leaves the incident editor (answered "save" before), both lists, the search and the
    history exactly as they were, and nothing is saved."""
    from ui.dialogs import Choice

    _, ids = filled_dir
    unlock(qtbot, controller)
    window = controller.window
    incidents, contacts = window.incidents, window.contacts
    incidents.filters.search.setText("Drohbrief")
    qtbot.waitUntil(lambda: not incidents.model.searching_pending(), timeout=10_000)
    assert incidents.select(ids["incidents"][0])
    history = incidents.show_history()
    incident_editor = incidents.open_incident(ids["incidents"][0])
    contact_editor = contacts.open_contact(ids["persons"][0])
    assert history is not None and incident_editor is not None and contact_editor is not None
    incident_editor.title_edit.setText("Geändert")
    contact_editor.notes.setPlainText("Notiz in Arbeit")
    count = incidents.count_label.text()
    before = controller.service.get_incident(ids["incidents"][0]).version

    dialogs.answer(Choice.SAVE, Choice.CANCEL)
    assert controller.lock(ask=True) is False
    assert len(dialogs.questions) == 2 and "Kontakt" in dialogs.questions[1]
    assert controller.window is window and window.isVisible()
    assert incidents.model.rowCount() == 4 and incidents.proxy.rowCount() == 4
    assert incidents.filters.search.text() == "Drohbrief" and incidents.count_label.text() == count
    assert incidents.selected_id() == ids["incidents"][0]
    assert incidents.history_dialog is history and history.isVisible()
    assert contacts.model.rowCount() == 2
    assert incidents.editors() == [incident_editor] and incident_editor.isVisible()
    assert incident_editor.title_edit.text() == "Geändert"
    assert contacts.editors() == [contact_editor] and contact_editor.isVisible()
    assert contact_editor.notes.toPlainText() == "Notiz in Arbeit"
    assert controller.service.get_incident(ids["incidents"][0]).version == before  # unsaved

    dialogs.answer(Choice.DISCARD, Choice.DISCARD)
    with qtbot.waitSignal(controller.locked):
        assert controller.lock(ask=True) is True
    assert not incident_editor.isVisible() and not contact_editor.isVisible()


def test_saves_made_elsewhere_appear_without_restart(
    qtbot: QtBot, controller: AppController
) -> None:
    unlock(qtbot, controller)
    other = Vault.open(controller.folder)  # the CLI, a second window
    other.unlock(USER, PASSPHRASE)
    VaultService(other).add_incident({"title": "Von woanders",
                                      "occurred": {"date": "2026-11-01"}})
    other.close()
    controller.check_for_changes()
    model = controller.window.incidents.model
    qtbot.waitUntil(lambda: any(e.head.title == "Von woanders" for e in model.rows()),
                    timeout=10_000)


def test_a_lock_during_loading_leaves_the_list_empty(qtbot: QtBot,
                                                     controller: AppController) -> None:
    unlock(qtbot, controller)
    pane = controller.window.incidents
    model = pane.model
    pane.reload_in_background()
    assert pane.is_loading()
    assert pane.sync._job is not None
    load_done = pane.sync._job.done
    assert controller.lock(ask=False)
    assert load_done.wait(10)
    qtbot.wait(100)  # its result reaches this thread now: it must not fill the cleared model
    assert model.rowCount() == 0


def test_first_start_runs_the_wizard(qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs,
                                     settings_path: Path) -> None:
    ctrl = AppController(tmp_path / "new", Settings(), settings_path, dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    assert ctrl.wizard is not None and ctrl.wizard.isVisible()
    assert ctrl.unlock_dialog is None
    ctrl.close()


def test_the_app_starts_with_the_unlock_dialog(
    qtbot: QtBot, filled_dir: tuple[Path, dict[str, list[str]]], settings_path: Path
) -> None:
    """What `vorfallbuch gui --vault DIR` shows (ui.app.run = start + the event loop; the
    test does not run a second event loop or quit the shared application)."""
    from ui.app import start

    folder, _ = filled_dir
    controller = start(folder)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.user.itemText(i) for i in range(dialog.user.count())] == [USER]
    controller.close()


def test_vorfallbuch_gui_dispatches_to_the_desktop_app(tmp_path: Path) -> None:
    from cli.main import main

    started: list[Path] = []
    assert main(["gui", "--vault", str(tmp_path)], gui=lambda f: started.append(f) or 0) == 0
    assert main(["--vault", str(tmp_path / "x")], gui=lambda f: started.append(f) or 0) == 0
    assert started == [tmp_path, tmp_path / "x"]


def test_the_start_probe_reports_the_first_window_and_quits(
        filled_dir: tuple[Path, dict[str, list[str]]], settings_path: Path) -> None:
    """VORFALLBUCH_START_PROBE (the start measurement of `./run build --check`): the real
    `python -m cli --vault DIR` prints when the unlock dialog was on screen, then ends."""
    from ui.app import START_PROBE_ENV

    folder, _ = filled_dir
    env = {**os.environ, START_PROBE_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
           "VORFALLBUCH_CONFIG": str(settings_path)}
    before = time.time()
    result = subprocess.run([sys.executable, "-m", "cli", "--vault", str(folder)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    name, stamp = line.split()
    assert name == START_PROBE_ENV and before < float(stamp) < time.time()
    assert "Traceback" not in result.stderr


def test_python_m_app_has_no_gui_to_start(capsys: pytest.CaptureFixture[str]) -> None:
    from cli.main import main

    assert main(["gui"]) == 1
    assert "vorfallbuch" in capsys.readouterr().err


def test_locking_closes_attachment_viewers_and_drops_their_content(
    qtbot: QtBot, controller: AppController, filled_dir: tuple[Path, dict[str, list[str]]]
) -> None:
    _, ids = filled_dir
    unlock(qtbot, controller)
    editor = controller.window.incidents.open_incident(ids["incidents"][0])
    panel = editor.attachments_panel
    assert panel is not None
    qtbot.waitUntil(lambda: len(panel.entries()) == 1, timeout=10_000)
    viewer = panel.open_viewer(ids["attachments"][0])
    qtbot.waitUntil(viewer.is_loaded, timeout=10_000)
    assert "Hallo Welt" in viewer.displayed_text()
    with qtbot.waitSignal(controller.locked):
        controller.lock(ask=False)
    assert not viewer.isVisible()
    assert not viewer.has_content()
    assert panel.entries() == []


def test_incidents_still_load_when_the_contact_list_fails(
    qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage.errors import IntegrityError, StorageCode
    from ui.contacts.model import ContactTableModel

    def broken(*_args: object) -> None:
        raise IntegrityError(StorageCode.SEAL_DAMAGED)

    monkeypatch.setattr(ContactTableModel, "prepare", broken)  # only the contacts job fails
    unlock(qtbot, controller)
    assert controller.window.incidents.model.rowCount() == 4
    assert dialogs.errors  # the failure was reported, in German
    monkeypatch.undo()  # before the controller's teardown clears the (real) contact list


def test_search_right_after_unlock_waits_for_the_search_texts(
    qtbot: QtBot, controller: AppController, filled_dir: tuple[Path, dict[str, list[str]]]
) -> None:
    """The list appears before its search texts (they are folded in slices on the GUI thread
    after the first paint); a search typed meanwhile hides nothing, then applies."""
    unlock(qtbot, controller)
    pane = controller.window.incidents
    titles = [pane.model.row_at(r).head.title for r in range(pane.model.rowCount())]
    target = titles[0]
    pane.filters.search.setText(target)
    qtbot.waitUntil(lambda: not pane.model.searching_pending(), timeout=10_000)
    shown = [pane.model.row_at(r).head.title for r in range(pane.model.rowCount())]
    assert shown and all(target.casefold() in t.casefold() for t in shown)
    assert len(shown) < len(titles) or len(set(titles)) == 1
