"""Keyboard and screen-reader access: in every window and dialog of the app (the same set as the
1280x720 check, on the demo vault), and on every tab of the editors, the Tab key walks every
control that takes focus, each exactly once, and comes back round (no control keeps the
focus to itself); each control on the walk has a name a screen reader can say (what Qt's
accessibility interface reports: its own text, its label's, or an accessible name).
The main tasks have mnemonics or shortcuts: the menus' entries, the editor's tabs."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.gui.controller_support import activate
from tests.gui.support import ScriptedDialogs
from tests.gui.test_fits_1280x720 import _windows, demo  # noqa: F401 (a fixture)

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView)
MAX_STEPS = 400


def _focusable(window: QWidget) -> list[QWidget]:
    """The controls Tab should reach: shown, enabled, taking focus by Tab; not the inner line
    of a spin or combo box (focus goes to the box), not a page of a tab not shown."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue
        if widget.window() is not window:
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue  # Tab goes to a group's chosen radio button, the arrows to the others
        found.append(widget)
    return found


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name and isinstance(widget, QAbstractItemView):  # a table says its headers
        name = widget.accessibleName()
    return name.strip()


def _walk(qtbot: QtBot, window: QWidget) -> tuple[list[QWidget], str]:
    """Tab from the focused control until the focus comes back; (the controls in the order
    visited, what went wrong or "")."""
    window.show()
    activate(qtbot, window)
    start = QApplication.focusWidget()
    if start is None or start.window() is not window:
        window.focusNextChild()
        start = QApplication.focusWidget()
    if start is None:
        return [], "nothing takes the focus"
    visited = [start]
    for _ in range(MAX_STEPS):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        if following is current:
            return visited, f"{type(current).__name__} {current.objectName()!r} keeps the focus"
        if following is start:
            return visited, ""
        if following in visited:
            return visited, f"the walk loops without coming back to {type(start).__name__}"
        visited.append(following)
    return visited, "no end after many steps"


def _check(qtbot: QtBot, name: str, window: QWidget, problems: list[str]) -> None:
    window.show()
    expected = _focusable(window)  # before the walk: focus may enable more (a table's row)
    visited, wrong = _walk(qtbot, window)
    if wrong:
        problems.append(f"{name}: {wrong}")
    missed = [w for w in expected if w not in visited]
    for widget in missed:
        problems.append(f"{name}: Tab never reaches {type(widget).__name__} "
                        f"{widget.objectName()!r} {_spoken_name(widget)!r}")
    for widget in visited:
        if isinstance(widget, CONTROLS) and not _spoken_name(widget):
            problems.append(f"{name}: {type(widget).__name__} {widget.objectName()!r} has no "
                            "name a screen reader could say")


def test_every_dialog_is_walked_by_tab_and_every_control_has_a_name(
        qtbot: QtBot, demo: tuple[VaultService, dict[str, str]],  # noqa: F811
        dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    service, ids = demo
    windows = _windows(service, ids, dialogs, tmp_path)
    problems: list[str] = []
    try:
        _check_all(qtbot, windows, problems)
    finally:
        for window in reversed(list(windows.values())):
            if shiboken6.isValid(window):
                window.close()
    assert problems == []


def _check_all(qtbot: QtBot, windows: dict[str, QWidget], problems: list[str]) -> None:
    for name, window in windows.items():
        tabs = [t for t in window.findChildren(QTabWidget) if t.window() is window]
        if tabs:
            for tab_widget in tabs:
                for index in range(tab_widget.count()):
                    tab_widget.setCurrentIndex(index)
                    _check(qtbot, f"{name}, tab {tab_widget.tabText(index)!r}", window,
                           problems)
        else:
            _check(qtbot, name, window, problems)
        window.hide()


def test_the_main_tasks_have_keys(qtbot: QtBot, demo: tuple[VaultService, dict[str, str]],  # noqa: F811
                                  dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    service, _ids = demo
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert all("&" in title for title in menus), list(menus)  # Alt+D, Alt+T
    entries = {a.text(): a for menu in menus.values() for a in menu.actions() if a.text()}
    for needed in ("&Neuer Vorfall", "&Dossier exportieren…", "&Sicherung anlegen…",
                   "&Benutzer verwalten…"):
        assert needed in entries, sorted(entries)
    assert entries["&Neuer Vorfall"].shortcut().toString() == "Ctrl+N"
    # Each entry of a menu can be picked by a letter or a shortcut of its own.
    for title, menu in menus.items():
        letters = [a.text().split("&", 1)[1][:1].lower() for a in menu.actions()
                   if "&" in a.text()]
        assert len(letters) == len(set(letters)), (title, letters)
        for action in menu.actions():
            if action.text() and not action.isSeparator():
                assert "&" in action.text() or not action.shortcut().isEmpty(), (
                    title, action.text())
    window.close()


DISMISS = {"Abbrechen", "Schließen", "Beenden"}


def test_buttons_come_in_one_order_in_every_dialog(
        qtbot: QtBot, demo: tuple[VaultService, dict[str, str]],  # noqa: F811
        dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    """The button that closes without doing anything is the last at the right of its row, the
    actions to its left (ui/widgets.py button_row), on every platform."""
    from PySide6.QtWidgets import QDialog, QPushButton

    service, ids = demo
    windows = _windows(service, ids, dialogs, tmp_path)
    wrong: list[str] = []
    checked = 0
    try:
        for name, window in windows.items():
            if not isinstance(window, QDialog):
                continue
            window.show()
            buttons = [b for b in window.findChildren(QPushButton)
                       if b.isVisibleTo(window) and b.window() is window]
            for dismiss in (b for b in buttons if b.text().replace("&", "") in DISMISS):
                y = dismiss.mapTo(window, dismiss.rect().center()).y()
                row = [b for b in buttons
                       if abs(b.mapTo(window, b.rect().center()).y() - y) < 4]
                rightmost = max(row, key=lambda b: b.mapTo(window, b.rect().topLeft()).x())
                checked += 1
                if rightmost is not dismiss:
                    wrong.append(f"{name}: {rightmost.text()!r} right of {dismiss.text()!r}")
            window.hide()
    finally:
        for window in reversed(list(windows.values())):
            if shiboken6.isValid(window):
                window.close()
    assert checked >= 8 and wrong == []
