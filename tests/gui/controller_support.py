"""Helpers for tests that drive the whole app through its controller (ui/controller.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.settings import Settings
from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui.controller import AppController
from ui.dialogs import Dialogs


def started(folder: Path, dialogs: Dialogs, settings_path: Path) -> AppController:
    """The app on the vault in `folder`, showing its unlock dialog (no support-contact offer).
    The caller closes it."""
    ctrl = AppController(folder, Settings(offer_support_contacts=False), settings_path,
                         dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    return ctrl


def unlock(qtbot: QtBot, ctrl: AppController, passphrase: str = PASSPHRASE,
           user: str | None = None) -> None:
    """Type the passphrase (as `user`, else the one preselected) into the unlock dialog and
    wait until both lists are loaded."""
    dialog = ctrl.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    if user is not None:
        dialog.user.setCurrentText(user)
        assert dialog.user.currentText() == user
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(ctrl.unlocked, timeout=15_000):
        dialog.try_unlock()
    qtbot.waitUntil(lambda: not ctrl.window.incidents.is_loading()
                    and not ctrl.window.contacts.is_loading(), timeout=15_000)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make `widget`'s window the active one, as a click into it would."""
    window = widget.window()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
