"""Locking from every window and by every trigger, through the whole app: Ctrl+L in an incident
editor and in an attachment viewer (windows of their own), Qt's suspended application state,
the default idle delay, the change poll that shows saves made by another process, and locking
while files are still being added."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.errors import LockedError
from app.service import VaultService
from app.settings import Settings
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, storage_of
from tests.gui.controller_support import activate, unlock
from tests.gui.support import HeldCopy, ScriptedDialogs, fill
from tests.gui.test_lock_intake import NAMES, TIMEOUT, add_held, stored_names
from ui.controller import CHANGE_POLL_MS, AppController
from ui.table_model import ID_ROLE

CTRL_L = QKeySequence("Ctrl+L")


@pytest.fixture
def filled(vault_dir: Path) -> dict[str, list[str]]:
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    ids = fill(VaultService(vault), incidents=3)
    vault.close()
    return ids


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path, filled: dict[str, list[str]],
               dialogs: ScriptedDialogs, settings_path: Path) -> AppController:
    ctrl = AppController(vault_dir, Settings(offer_support_contacts=False), settings_path,
                         dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    yield ctrl
    ctrl.close()


def assert_locked(ctrl: AppController, models: tuple[object, ...]) -> None:
    assert ctrl.window is None and ctrl.service is None
    assert all(m.rowCount() == 0 for m in models)  # type: ignore[attr-defined]
    assert ctrl.unlock_dialog is not None and ctrl.unlock_dialog.isVisible()
    assert ctrl.vault is not None
    with pytest.raises(LockedError):
        storage_of(ctrl.vault).records  # noqa: B018 - the keys are gone


def press_ctrl_l(qtbot: QtBot, ctrl: AppController, window: object) -> None:
    activate(qtbot, window)  # type: ignore[arg-type]
    assert QApplication.activeWindow() is not ctrl.window  # not the main window's shortcut
    target = QApplication.focusWidget() or window
    with qtbot.waitSignal(ctrl.locked, timeout=5000):
        qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_locks_from_an_incident_editor_and_an_attachment_viewer(
    qtbot: QtBot, controller: AppController, filled: dict[str, list[str]]
) -> None:
    unlock(qtbot, controller)
    window = controller.window
    models = (window.incidents.model, window.contacts.model)
    editor = window.incidents.open_incident(filled["incidents"][1])
    assert editor is not None and editor.isWindow() and editor.isVisible()
    press_ctrl_l(qtbot, controller, editor)
    assert not editor.isVisible()
    assert_locked(controller, models)

    unlock(qtbot, controller)  # brings the editor back
    window = controller.window
    models = (window.incidents.model, window.contacts.model)
    editor = window.incidents.open_incident(filled["incidents"][0])
    panel = editor.attachments_panel
    qtbot.waitUntil(lambda: len(panel.entries()) == 1, timeout=10_000)
    viewer = panel.open_viewer(filled["attachments"][0])
    qtbot.waitUntil(viewer.is_loaded, timeout=10_000)
    assert viewer.isWindow() and "Hallo Welt" in viewer.displayed_text()
    press_ctrl_l(qtbot, controller, viewer)
    assert not viewer.isVisible() and not viewer.has_content()
    assert not editor.isVisible() and panel.entries() == []
    assert_locked(controller, models)


def ctrl_l_owners() -> list[QObject]:
    """Every action and shortcut bound to Ctrl+L in the visible windows."""
    owners: list[QObject] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for obj in (top, *top.findChildren(QObject)):
            if isinstance(obj, QAction):
                bound = obj.shortcuts()
            elif isinstance(obj, QShortcut):
                bound = list(obj.keys())
            else:
                continue
            if CTRL_L in bound:
                owners.append(obj)
    return owners


def test_ctrl_l_is_the_lock_and_nothing_else_in_any_window(
    qtbot: QtBot, controller: AppController, filled: dict[str, list[str]]
) -> None:
    unlock(qtbot, controller)
    window = controller.window
    editor = window.incidents.open_incident(filled["incidents"][0])
    qtbot.waitUntil(lambda: len(editor.attachments_panel.entries()) == 1, timeout=10_000)
    editor.attachments_panel.open_viewer(filled["attachments"][0])
    window.contacts.open_contact(filled["persons"][0])
    window.export_dossier()
    controller.show_settings()
    assert len([w for w in QApplication.topLevelWidgets() if w.isVisible()]) >= 6
    assert ctrl_l_owners() == [window.lock_action]
    assert window.lock_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_the_suspended_application_state_locks(qtbot: QtBot, controller: AppController) -> None:
    """Qt reports ApplicationSuspended where the platform suspends the app (screen lock,
    sleep); losing the focus to another program (inactive) must not lock."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    unlock(qtbot, controller)
    models = (controller.window.incidents.model, controller.window.contacts.model)
    assert "qt-application-state" in controller.session_watcher.sources
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationHidden)
    assert controller.window is not None
    with qtbot.waitSignal(controller.locked, timeout=5000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert_locked(controller, models)


def test_default_settings_lock_after_five_minutes(
    qtbot: QtBot, vault_dir: Path, filled: dict[str, list[str]], dialogs: ScriptedDialogs,
    settings_path: Path
) -> None:
    settings_path.write_text('{"offer_support_contacts": false}', encoding="utf-8")
    settings = Settings.load(settings_path)
    assert settings.auto_lock_minutes == 5 == Settings().auto_lock_minutes
    ctrl = AppController(vault_dir, settings, settings_path, dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    try:
        unlock(qtbot, ctrl)
        assert ctrl.idle.interval_ms() == 5 * 60_000
        # running (a coarse timer may round its remaining time up by a few per cent)
        assert 4 * 60_000 < ctrl.idle.remaining_ms() <= 5.5 * 60_000
        assert ctrl.clipboard.seconds() == 30
    finally:
        ctrl.close()


def test_the_change_poll_shows_a_save_by_another_process(
    qtbot: QtBot, controller: AppController
) -> None:
    """Nobody calls check_for_changes(): the controller's 2 s poll finds the change."""
    unlock(qtbot, controller)
    assert controller.changes.isActive() and controller.changes.interval() == CHANGE_POLL_MS
    model = controller.window.incidents.model
    before = model.rowCount()
    other = Vault.open(controller.folder)  # the CLI, a second window
    other.unlock(USER, PASSPHRASE)
    new_id = VaultService(other).add_incident({"title": "Von woanders",
                                               "occurred": {"date": "2026-11-01"}}).id
    other.close()

    def shown() -> bool:
        return any(model.index(r, 0).data(ID_ROLE) == new_id for r in range(model.rowCount()))

    assert not shown()
    qtbot.waitUntil(shown, timeout=4 * CHANGE_POLL_MS + 5000)
    assert model.rowCount() == before + 1


# -- files still being added ----------------------------------------------------------------
def start_adding(qtbot: QtBot, tmp_path: Path, ctrl: AppController, incident_id: str,
                 monkeypatch: pytest.MonkeyPatch) -> HeldCopy:
    unlock(qtbot, ctrl)
    editor = ctrl.window.incidents.open_incident(incident_id)
    assert editor is not None and editor.attachments_panel is not None
    held = HeldCopy(monkeypatch, ctrl.service, "a.bin")
    add_held(qtbot, tmp_path, editor.attachments_panel, held)
    return held


def assert_only_the_first_attachment(ctrl: AppController, incident_id: str) -> None:
    assert stored_names(ctrl.service, incident_id) == ["brief.txt"]
    assert ctrl.service.verify().ok  # the half-written file left nothing referenced


def test_a_manual_lock_asks_about_files_being_added_and_names_those_not_added(
    qtbot: QtBot, tmp_path: Path, controller: AppController, filled: dict[str, list[str]],
    dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = filled["incidents"][0]
    held = start_adding(qtbot, tmp_path, controller, incident_id, monkeypatch)
    dialogs.answer(True)  # stop adding them
    with qtbot.waitSignal(controller.locked):
        assert controller.lock(ask=True) is True
    (question,) = dialogs.questions
    assert "noch nicht gespeichert: „a.bin“, „b.bin“, „c.bin“." in question
    assert "das Hinzufügen abbrechen und jetzt sperren?" in question
    assert held.finished.is_set() and not held.release.is_set()  # broken off, half-written

    unlock(qtbot, controller)
    (note,) = dialogs.infos
    assert note.startswith("Das Hinzufügen von Dateien wurde beim Sperren abgebrochen; "
                           "nicht hinzugefügt: ")
    assert all(f"„{tmp_path / name}“" in note for name in NAMES)  # where to find them
    assert_only_the_first_attachment(controller, incident_id)


def test_waiting_for_the_files_locks_once_they_are_stored(
    qtbot: QtBot, tmp_path: Path, controller: AppController, filled: dict[str, list[str]],
    dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = filled["incidents"][0]
    held = start_adding(qtbot, tmp_path, controller, incident_id, monkeypatch)
    window = controller.window
    dialogs.answer(False)  # wait
    assert controller.lock(ask=True) is False
    assert controller.window is window and window.incidents.model.rowCount() == 3
    assert window.statusBar().currentMessage() == ("Vorfallbuch wird gesperrt, sobald die "
                                                   "Dateien hinzugefügt sind.")
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT):
        held.release.set()
    assert len(dialogs.questions) == 1  # nothing else was unsaved

    unlock(qtbot, controller)
    assert dialogs.infos == []
    assert stored_names(controller.service, incident_id) == ["a.bin", "b.bin", "brief.txt",
                                                             "c.bin"]


def test_the_auto_lock_stops_adding_and_names_the_files_after_unlocking(
    qtbot: QtBot, tmp_path: Path, controller: AppController, filled: dict[str, list[str]],
    dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id = filled["incidents"][0]
    held = start_adding(qtbot, tmp_path, controller, incident_id, monkeypatch)
    with qtbot.waitSignal(controller.locked):
        controller.lock(ask=False)  # nobody is there to ask
    assert dialogs.questions == []
    assert held.finished.is_set()

    unlock(qtbot, controller)
    (note,) = dialogs.infos
    assert all(f"„{tmp_path / name}“" in note for name in NAMES)
    assert_only_the_first_attachment(controller, incident_id)
