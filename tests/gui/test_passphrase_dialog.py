"""'Passphrase ändern…' on a real vault, checked by reopening it: a wrong current passphrase and
the same passphrase again each give one German sentence and change nothing; a good change
opens the vault with the new passphrase only, and a backup made before still opens with the
old one only, as the dialog says. Reached through the 'Tresor' menu, typed as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.backups import Credentials, restore_backup
from app.errors import StorageError
from app.service import VaultService
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.admin.passphrase_dialog import PassphraseDialog
from ui.main_window import MainWindow

NEW = "neue lange Passphrase mit Woertern 7"  # QTest types ASCII only
TIMEOUT = 30_000


def _opens(folder: Path, passphrase: str) -> bool:
    vault = Vault.open(folder)
    try:
        vault.unlock(USER, passphrase)
    except StorageError:
        return False
    finally:
        vault.close()
    return True


@pytest.fixture
def open_vault(tmp_path: Path) -> tuple[Path, VaultService]:
    folder = tmp_path / "vault"
    Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    return folder, VaultService(vault)


def _fill(qtbot: QtBot, dialog: PassphraseDialog, old: str, new: str) -> None:
    qtbot.keyClicks(dialog.old, old)
    qtbot.keyClicks(dialog.fields.first, new)
    qtbot.keyClicks(dialog.fields.second, new)


def _change(qtbot: QtBot, dialog: PassphraseDialog) -> None:
    assert dialog.change_button.isEnabled()
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)  # Enter changes
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def test_mistakes_change_nothing(qtbot: QtBot, open_vault: tuple[Path, VaultService]) -> None:
    folder, service = open_vault
    try:
        dialog = PassphraseDialog(service, kdf=CHEAP_KDF)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.change_button.isEnabled()
        _fill(qtbot, dialog, "nicht die richtige Passphrase", NEW)
        _change(qtbot, dialog)
        assert dialog.status.text() == ("Die bisherige Passphrase ist falsch; es wurde nichts "
                                        "geändert.")
        assert dialog.old.text() == "" and dialog.old.hasFocus() and not dialog.changed
        dialog.fields.clear()
        _fill(qtbot, dialog, PASSPHRASE, PASSPHRASE)
        _change(qtbot, dialog)
        assert dialog.status.text().startswith("Die neue Passphrase ist die bisherige;")
        dialog.fields.clear()
        qtbot.keyClicks(dialog.fields.first, "kurz")
        assert not dialog.change_button.isEnabled()  # the wizard's rules
        assert "12 Zeichen" in dialog.fields.hint.text()
    finally:
        service.close()
    assert _opens(folder, PASSPHRASE) and not _opens(folder, NEW)


def test_a_change_through_the_menu_and_what_it_means_for_backups(
        qtbot: QtBot, open_vault: tuple[Path, VaultService], dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    folder, service = open_vault
    backup = tmp_path / "vorher.vfbackup"
    service.create_backup(backup)
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.findChildren(type(dialog.status))[0].text())
        _fill(qtbot, dialog, PASSPHRASE, NEW)
        _change(qtbot, dialog)
        seen.append(dialog.status.text())
        dialog.reject()

    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Tresor"]
    [entry] = [a for a in menu.actions() if a.text() == "Passphrase ä&ndern…"]
    QTimer.singleShot(20, answer)
    try:
        entry.trigger()
    finally:
        service.close()
    assert "Sicherungen, die vorher angelegt wurden" in seen[0]
    assert seen[1].startswith("Die Passphrase ist geändert; Sicherungen, die vorher")
    assert _opens(folder, NEW) and not _opens(folder, PASSPHRASE)
    with pytest.raises(StorageError):
        restore_backup(backup, tmp_path / "mit-neuer", Credentials(user=USER, passphrase=NEW))
    assert not (tmp_path / "mit-neuer").exists()
    restore_backup(backup, tmp_path / "mit-alter", Credentials(user=USER, passphrase=PASSPHRASE))
    assert _opens(tmp_path / "mit-alter", PASSPHRASE)
