"""The setup wizard when creating the vault fails (the folder cannot be made, the disk is full):
the German reason appears on the passphrase page, nothing is committed, and the user can go
back or try again once the cause is fixed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from storage import recovery
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.wizard import SetupWizard

Button = QWizard.WizardButton


def up_to_the_commit(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.show()
    qtbot.keyClicks(wizard.name_page.name, USER)
    wizard.button(Button.NextButton).click()
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.second, PASSPHRASE)


def test_failed_creation_can_be_fixed_and_retried(qtbot: QtBot, tmp_path: Path,
                                                   dialogs: ScriptedDialogs) -> None:
    # A path below a regular file cannot become a folder, even for root.
    blocker = tmp_path / "file.txt"
    blocker.write_text("kein Ordner", encoding="utf-8")
    folder = blocker / "vault"
    wizard = SetupWizard(folder, dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    up_to_the_commit(qtbot, wizard)
    page = wizard.passphrase_page
    commit = wizard.button(Button.CommitButton)
    back = wizard.button(Button.BackButton)
    commit.click()
    assert not commit.isEnabled() and not back.isEnabled()  # while the vault is being made
    assert not page.fields.isEnabled()
    qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)

    message = page.status.text()
    first_line = message.split("\n")[0]
    assert first_line.startswith(f"Der Ordner „{folder}“ für den Tresor kann nicht angelegt "
                                 "werden:"), message
    assert first_line.endswith(".")
    for english in ("Not a directory", "NotADirectoryError", "StorageError", "cannot"):
        assert english not in message
    assert "erneut auf „Tresor anlegen“" in message
    assert wizard.currentPage() is page and wizard.code is None and wizard.service is None
    assert not page.busy.isVisible() and page.fields.isEnabled()
    assert commit.isVisible() and commit.isEnabled() and commit.text() == "Tresor anlegen"
    assert back.isEnabled()
    assert dialogs.errors == []  # on the page, not in a box

    # back to the name and forward again: the passphrase is still there
    back.click()
    assert wizard.currentPage() is wizard.name_page
    wizard.button(Button.NextButton).click()
    assert wizard.currentPage() is page and commit.isEnabled()

    # the user fixes the cause and tries again
    blocker.unlink()
    commit.click()
    qtbot.waitUntil(lambda: wizard.code is not None, timeout=20_000)
    code = wizard.code
    assert code is not None
    assert wizard.currentPage() is wizard.code_page
    assert wizard.code_page.code_label.text() == code
    assert page.status.text() == ""
    assert not back.isVisible() or not back.isEnabled()  # the vault exists: no way back
    recovery.parse(code)
    wizard.code_page.kept.setChecked(True)
    wizard.button(Button.NextButton).click()
    confirm = wizard.confirm_page
    qtbot.keyClicks(confirm.entry, code.split("-")[confirm.group])
    with qtbot.waitSignal(wizard.created) as created:
        wizard.button(Button.FinishButton).click()
    created.args[0].close()
    reopened = Vault.open(folder)
    reopened.unlock(USER, PASSPHRASE)
    reopened.close()


def test_existing_vault_is_reported_and_left_alone(qtbot: QtBot, vault_dir: Path,
                                                   created: tuple[Vault, str],
                                                   dialogs: ScriptedDialogs) -> None:
    wizard = SetupWizard(vault_dir, dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    up_to_the_commit(qtbot, wizard)
    wizard.button(Button.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)
    assert wizard.passphrase_page.status.text().startswith(
        f"Im Ordner „{vault_dir}“ gibt es schon einen Tresor.")
    assert wizard.currentPage() is wizard.passphrase_page and wizard.service is None
