"""Datei → Einstellungen…: the auto-lock and clipboard delays, applied to the running watchers
at once and saved to the settings file; values out of bounds cannot be entered or saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.service import VaultService
from app.settings import AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, Settings
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import activate, unlock
from tests.gui.support import ScriptedDialogs, fill
from ui.controller import AppController
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path, dialogs: ScriptedDialogs,
               settings_path: Path) -> AppController:
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    fill(VaultService(vault), incidents=2)
    vault.close()
    settings_path.write_text(json.dumps({"offer_support_contacts": False, "language": "de"}),
                             encoding="utf-8")
    ctrl = AppController(vault_dir, Settings.load(settings_path), settings_path, dialogs,
                         kdf=CHEAP_KDF)
    ctrl.start()
    unlock(qtbot, ctrl)
    yield ctrl
    ctrl.close()


def open_from_menu(ctrl: AppController) -> SettingsDialog:
    menu = ctrl.window.menuBar().actions()[0].menu()
    item = next(a for a in menu.actions() if a.text() == "&Einstellungen…")
    item.trigger()
    dialog = ctrl.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def retype(qtbot: QtBot, box: object, text: str) -> None:
    box.lineEdit().selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClicks(box, text)


def test_changes_apply_at_once_and_persist(qtbot: QtBot, controller: AppController,
                                           settings_path: Path) -> None:
    dialog = open_from_menu(controller)
    assert (dialog.auto_lock.value(), dialog.clipboard.value()) == (5, 30)
    assert controller.idle.interval_ms() == 5 * 60_000
    retype(qtbot, dialog.auto_lock, "12")
    retype(qtbot, dialog.clipboard, "45")
    qtbot.keyClick(dialog.clipboard, Qt.Key.Key_Return)  # Speichern is the default button
    assert not dialog.isVisible()
    assert controller.idle.interval_ms() == 12 * 60_000
    assert controller.idle.remaining_ms() > 11 * 60_000  # counting from now
    assert controller.clipboard.seconds() == 45
    stored = Settings.load(settings_path)  # what the next start reads
    assert (stored.auto_lock_minutes, stored.clipboard_clear_seconds) == (12, 45)
    assert stored.last_user == USER and stored.offer_support_contacts is False
    qtbot.waitUntil(lambda: controller.settings_dialog is None)
    # Reopened, it shows what is in force; Abbrechen changes nothing.
    dialog = open_from_menu(controller)
    assert (dialog.auto_lock.value(), dialog.clipboard.value()) == (12, 45)
    retype(qtbot, dialog.auto_lock, "99")
    dialog.reject()
    assert controller.idle.interval_ms() == 12 * 60_000
    assert Settings.load(settings_path).auto_lock_minutes == 12


def test_defaults_button_and_lock_from_the_dialog(qtbot: QtBot,
                                                  controller: AppController) -> None:
    controller.apply_timing(20, 100)
    dialog = open_from_menu(controller)
    dialog.defaults_button.click()
    assert (dialog.auto_lock.value(), dialog.clipboard.value()) == (5, 30)
    # Ctrl+L works in the settings window too, and the lock closes it.
    activate(qtbot, dialog)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and controller.settings_dialog is None
    assert controller.settings.auto_lock_minutes == 20  # not saved: unchanged


def test_values_out_of_bounds_cannot_be_entered_or_saved(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    chosen: list[tuple[int, int]] = []
    dialog.chosen.connect(lambda m, s: chosen.append((m, s)))
    box = dialog.auto_lock
    assert (box.minimum(), box.maximum()) == AUTO_LOCK_MINUTES
    assert (dialog.clipboard.minimum(), dialog.clipboard.maximum()) == CLIPBOARD_CLEAR_SECONDS
    retype(qtbot, box, "9999")  # digits that would pass 120 are refused
    assert box.value() == 99
    retype(qtbot, box, "-3")  # so is a sign
    assert box.value() == 3
    for text in ("0", ""):  # half-typed: named in German, cannot be saved
        retype(qtbot, box, text)
        assert not dialog.save_button.isEnabled()
        assert "ganze Zahl von 1 bis 120 Minuten" in dialog.status.text()
        dialog.save()
        assert chosen == [] and dialog.isVisible()
    retype(qtbot, box, "7")
    retype(qtbot, dialog.clipboard, "2")  # below 5 seconds
    assert "ganze Zahl von 5 bis 300 Sekunden" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    retype(qtbot, dialog.clipboard, "20")
    assert dialog.status.text() == "" and dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert chosen == [(7, 20)]


def test_the_controller_clamps_and_reports_a_file_it_cannot_write(
    qtbot: QtBot, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    controller.apply_timing(0, 10**6)
    assert (controller.settings.auto_lock_minutes,
            controller.settings.clipboard_clear_seconds) == (1, 300)
    assert controller.idle.interval_ms() == 60_000
    assert dialogs.errors == []
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    controller.settings_path = blocked  # a folder where the file should be
    controller.apply_timing(9, 60)
    assert controller.idle.interval_ms() == 9 * 60_000  # in force anyway
    assert len(dialogs.errors) == 1 and "nicht gespeichert" in dialogs.errors[0]


def test_enter_on_a_value_that_cannot_be_saved_presses_nothing_else(
        qtbot: QtBot, controller: AppController, settings_path: Path) -> None:
    """Speichern is disabled while a box holds no valid number; Enter must not fall through
    to "Standardwerte" (which would quietly throw the user's other value away)."""
    dialog = open_from_menu(controller)
    retype(qtbot, dialog.clipboard, "45")
    retype(qtbot, dialog.auto_lock, "")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.auto_lock, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.clipboard.value() == 45
    retype(qtbot, dialog.auto_lock, "9")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.auto_lock, Qt.Key.Key_Return)
    assert controller.settings.auto_lock_minutes == 9
    assert controller.settings.clipboard_clear_seconds == 45


def test_the_language_is_chosen_by_keyboard_and_used_from_the_next_start(
        qtbot: QtBot, controller: AppController, settings_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.settings import LANGUAGE_ENV
    from app.start_settings import read_start_settings
    from ui.app import install_translation

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    dialog = open_from_menu(controller)
    assert dialog.language.currentText() == "Deutsch" and dialog.language_note.text() == ""
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "English"
    assert "nächsten Start" in dialog.language_note.text()
    assert "next start" in dialog.language_note.text()  # readable for whoever chose English
    with qtbot.waitSignal(dialog.language_chosen) as chosen:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
    assert chosen.args == ["en"]
    assert not dialog.isVisible()
    assert Settings.load(settings_path).language == "en"
    assert read_start_settings(settings_path).language == "en"  # what the next start reads
    # That start installs the English translation: the same dialog then speaks English.
    app = QApplication.instance()
    translator = install_translation(app, "en")
    assert translator is not None
    try:
        english = SettingsDialog(Settings.load(settings_path))
        qtbot.addWidget(english)
        assert english.windowTitle() == "Settings"
        assert english.language.currentText() == "English"
        english.language.setCurrentIndex(0)
        assert english.language_note.text() == "The language changes at the next start."
    finally:
        app.removeTranslator(translator)
    # Saving without a change of language emits nothing and keeps the stored one.
    qtbot.waitUntil(lambda: controller.settings_dialog is None)
    again = open_from_menu(controller)
    with qtbot.assertNotEmitted(again.language_chosen):
        again.save()
    assert Settings.load(settings_path).language == "en"
