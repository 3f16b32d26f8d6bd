"""Every window fits a 1280x720 screen (a 1920x1080 laptop at 150 %): each window and dialog
of the app, built on a real vault filled with the demo data of `./run screens`, asks for no more
than the screen minus a window frame and task bar, neither as its minimum nor as the size it
opens with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.access import create_vault
from app.service import VaultService
from app.settings import Settings
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.screenshots import fill_demo

FREE = (1280 - 40, 720 - 40)  # the screen without the window frame and a task bar


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[VaultService, dict[str, str]]]:
    service, _code = create_vault(tmp_path / "vault", USER, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        yield service, fill_demo(service)
    finally:
        service.close()


def _windows(service: VaultService, ids: dict[str, str], dialogs: ScriptedDialogs,
             tmp_path: Path) -> dict[str, QWidget]:
    from ui.admin.passphrase_dialog import PassphraseDialog
    from ui.attachments import AttachmentViewer
    from ui.attachments.details import AttachmentDetails
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog
    from ui.unlock import UnlockDialog
    from ui.wizard import SetupWizard

    window = MainWindow(service, dialogs)
    window.incidents.reload()
    window.contacts.reload()
    window.start_view.reload()  # the first tab: the start view, filled
    assert window.tabs.currentWidget() is window.start_view and window.start_view.lines()
    found: dict[str, QWidget] = {"main window": window}
    empty, _code = create_vault(tmp_path / "leer", USER, PASSPHRASE, kdf=CHEAP_KDF)
    guidance = MainWindow(empty, dialogs)
    guidance.start_view.reload()  # an empty vault: the steps and the help contacts
    assert guidance.start_view.overview is not None and guidance.start_view.overview.empty
    found["start view (empty vault)"] = guidance
    editor = window.incidents.open_incident(ids["online"])
    assert editor is not None
    found["incident editor"] = editor
    contact = window.contacts.open_contact(ids["contact"])
    assert contact is not None
    found["contact editor"] = contact
    found["export"] = window.export_dossier()
    found["backup"] = window.back_up()
    found["restore"] = window.restore_backup()
    found["verify"] = window.verify_vault()
    found["history"] = window.show_history()
    found["users"] = window.manage_users()
    found["add user"] = window.manage_users().add_user()
    found["passphrase"] = PassphraseDialog(service, parent=window)
    found["viewer"] = AttachmentViewer(service, dialogs, ids["image"])
    found["attachment details"] = AttachmentDetails(service, dialogs, ids["image"])
    found["settings"] = SettingsDialog(Settings(), window)
    found["unlock"] = UnlockDialog(service.folder, [USER], USER)
    found["wizard"] = SetupWizard(tmp_path / "neu", dialogs, kdf=CHEAP_KDF)
    return found


def test_every_window_fits_1280x720(qtbot: QtBot, demo: tuple[VaultService, dict[str, str]],
                                    dialogs: ScriptedDialogs, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    service, ids = demo
    # The offscreen screen is 800x800; the windows are sized as on a 1280x720 screen.
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1280, 720))
    windows = _windows(service, ids, dialogs, tmp_path)
    too_big = {}
    for name, widget in windows.items():
        qtbot.addWidget(widget)
        for what, size in (("minimum", widget.minimumSizeHint()), ("opens at", widget.size())):
            if size.width() > FREE[0] or size.height() > FREE[1]:
                too_big[f"{name} ({what})"] = (size.width(), size.height())
    assert too_big == {}
    main = windows["main window"].size()
    assert (main.width(), main.height()) == (1200, 680)  # sized for that screen, not 800x800
    for widget in windows.values():
        widget.close()
