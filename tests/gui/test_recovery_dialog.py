"""'Wiederherstellungscode…' on a real vault, checked by recovering with the codes: a new code is
made only after a confirmation, shown once with printing, the dialog keeps it on screen until
the user confirms it is kept, the old code stops working and the new one works, and the history
names who renewed it; the command line's `recovery-code` does the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.errors import StorageError
from app.service import VaultService
from storage.vault import Vault
from tests.cli.support import run
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.main_window import MainWindow

TIMEOUT = 30_000
NEW = "eine ganz neue Passphrase 42"


def _recovers(folder: Path, code: str) -> bool:
    vault = Vault.open(folder)
    try:
        vault.recover(code, USER, NEW, kdf=CHEAP_KDF)
    except StorageError:
        return False
    finally:
        vault.close()
    return True


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    return folder, code


def test_a_new_code_replaces_the_old_one(qtbot: QtBot, made: tuple[Path, str],
                                         dialogs: ScriptedDialogs) -> None:
    folder, old = made
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    try:
        dialog = window.show_recovery_code()
        assert dialog.state.text() == "Für diesen Tresor ist ein Wiederherstellungscode hinterlegt."
        dialogs.answer(False)  # "Neuen Code erzeugen?" - no
        assert not dialog.renew() and dialog.code is None
        dialogs.answer(True)
        assert dialog.renew()
        new = dialog.code
        assert new and new != old and dialog.code_label.text() == new
        assert "gilt noch nicht" in dialog.status.text()
        assert not dialog.commit_button.isEnabled()  # not before it is kept and confirmed
        dialog.print_code()
        assert new in dialogs.printed[-1]
        dialog.kept.setChecked(True)
        qtbot.keyClicks(dialog.entry, "XXXXX")  # a wrong group: still not
        assert not dialog.commit_button.isEnabled() and not dialog.commit()
        dialog.entry.clear()
        group = new.split("-")[dialog.group]
        qtbot.keyClicks(dialog.entry, group.lower())  # typed as people do
        assert dialog.commit_button.isEnabled()
        qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
        assert dialog.in_force and "gilt ab jetzt" in dialog.status.text()
        assert dialog.close_button.isEnabled()
        dialog.close_button.click()
        assert window.recovery_dialog is None
        assert any(e.get("action") == "recovery-renewed" and e.get("author_name") == USER
                   for e in service.log())
    finally:
        service.close()
    assert not _recovers(folder, old)
    assert _recovers(folder, new)


def test_the_command_line_renews_it_too(made: tuple[Path, str]) -> None:
    folder, old = made
    status = run(folder, "recovery-code", "--status")
    assert status.code == 0 and status.out.strip() == "A recovery code is set."
    result = run(folder, "recovery-code")
    assert result.code == 0, result.err
    new = next(line.strip() for line in result.out.splitlines()
               if line.startswith("    ") and line.strip())
    assert new != old and "old code no longer works" in result.out
    assert not _recovers(folder, old)
    assert _recovers(folder, new)


@pytest.mark.parametrize("how", ["lock", "close"])
def test_a_code_not_put_in_force_never_replaces_the_old_one(
        qtbot: QtBot, made: tuple[Path, str], dialogs: ScriptedDialogs, how: str) -> None:
    folder, old = made
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    try:
        chain = service.chain_head()
        dialog = window.show_recovery_code()
        dialogs.answer(True)
        assert dialog.renew()
        shown = dialog.code
        dialog.kept.setChecked(True)
        assert shown is not None
        qtbot.keyClicks(dialog.entry, shown.split("-")[dialog.group])
        if how == "lock":  # an automatic lock while the code is on the screen
            assert window.clear_for_lock(ask=False)
        else:
            dialog.reject()
        assert window.recovery_dialog is None
        assert service.chain_head() == chain  # nothing written
    finally:
        service.close()
    assert shown is not None and not _recovers(folder, shown)
    assert _recovers(folder, old)
