"""Helpers for tests that drive the whole app through its controller (ui/controller.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from ui.controller import AppController


def unlock(qtbot: QtBot, ctrl: AppController, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase into the unlock dialog and wait until both lists are loaded."""
    dialog = ctrl.unlock_dialog
    assert dialog is not None and dialog.isVisible()
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
