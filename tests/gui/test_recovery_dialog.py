"""'Wiederherstellungscode…' on a real vault, checked by recovering with the codes: a new code is
made only after a confirmation, shown once with printing, the dialog keeps it on screen until
the user confirms it is kept, the old code stops working and the new one works, and the history
names who renewed it; the command line's `recovery-code` does the same."""

from __future__ import annotations

from pathlib import Path

import pytest
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
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
        new = dialog.code
        assert new and new != old and dialog.code_label.text() == new
        assert not dialog.close_button.isEnabled()
        dialog.reject()  # Esc: the code is shown only now, so it stays
        assert dialog.isVisible() and window.recovery_dialog is dialog
        dialog.print_code()
        assert new in dialogs.printed[-1]
        dialog.kept.setChecked(True)
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
