"""Leaving the setup wizard once the vault exists: the recovery code is shown only there, so
Cancel, Esc and the window's close button ask first (default: back to the code); leaving
anyway closes the wizard's vault, and the app quits (the vault opens with the passphrase at
the next start). While the vault is being made, the wizard stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.errors import LockedError
from app.settings import Settings
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from tests.gui.test_wizard_failure import up_to_the_commit
from ui.controller import AppController
from ui.wizard import SetupWizard

Button = QWizard.WizardButton
QUESTION = ("Der Wiederherstellungscode wird nur jetzt angezeigt. Ohne ihn sind Ihre "
            "Aufzeichnungen verloren, wenn Sie die Passphrase vergessen. Trotzdem beenden?")


def create(qtbot: QtBot, wizard: SetupWizard) -> None:
    up_to_the_commit(qtbot, wizard)
    wizard.button(Button.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.code is not None, timeout=20_000)
    assert wizard.currentPage() is wizard.code_page


def leave(qtbot: QtBot, wizard: SetupWizard, way: str) -> None:
    if way == "esc":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    elif way == "close button":
        wizard.close()  # what the window's close button does: a close event
    else:
        wizard.button(Button.CancelButton).click()


def assert_unlocks(folder: Path) -> None:
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    vault.close()


@pytest.mark.parametrize("page", ["code", "confirmation"])
@pytest.mark.parametrize("way", ["esc", "close button", "cancel"])
def test_leaving_after_the_vault_exists_asks_and_can_go_back_to_the_code(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, page: str, way: str) -> None:
    folder = tmp_path / "vault"
    wizard = SetupWizard(folder, dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    create(qtbot, wizard)
    code, vault = wizard.code, wizard.service
    if page == "confirmation":
        wizard.code_page.kept.setChecked(True)
        wizard.button(Button.NextButton).click()
        assert wizard.currentPage() is wizard.confirm_page

    dialogs.answer(False)  # "Zurück zum Code", the default
    leave(qtbot, wizard, way)
    assert dialogs.questions == [QUESTION]
    assert wizard.isVisible() and wizard.currentPage() is wizard.code_page
    assert wizard.code == code and wizard.code_page.code_label.text() == code
    assert wizard.service is vault and vault.user_name != ""  # still open

    dialogs.answer(True)  # "Trotzdem beenden"
    with qtbot.waitSignal(wizard.rejected):
        leave(qtbot, wizard, way)
    assert len(dialogs.questions) == 2 and not wizard.isVisible()
    assert wizard.service is None and wizard.code is None
    with pytest.raises(LockedError):
        vault.user_name  # noqa: B018  # the key is dropped
    assert_unlocks(folder)  # nothing lost: the passphrase opens it


def test_the_wizard_stays_while_the_vault_is_being_made(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> None:
    wizard = SetupWizard(tmp_path / "vault", dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    up_to_the_commit(qtbot, wizard)
    wizard.button(Button.CommitButton).click()
    assert wizard.job is not None
    leave(qtbot, wizard, "esc")
    assert wizard.isVisible() and dialogs.questions == []
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=20_000)
    assert wizard.code is not None and wizard.code_page.code_label.text() == wizard.code
    wizard.abandon()


def test_leaving_anyway_quits_the_app_and_drops_the_key(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path) -> None:
    folder = tmp_path / "vault"
    ctrl = AppController(folder, Settings(offer_support_contacts=False), settings_path,
                         dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    wizard = ctrl.wizard
    create(qtbot, wizard)
    vault = wizard.service
    dialogs.answer(True)
    with qtbot.waitSignal(ctrl.finished):
        leave(qtbot, wizard, "close button")
    assert dialogs.questions == [QUESTION]
    assert ctrl.vault is None and ctrl.window is None and wizard.service is None
    with pytest.raises(LockedError):
        vault.user_name  # noqa: B018
    assert_unlocks(folder)


def test_closing_the_app_on_the_code_page_drops_the_key_without_asking(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path) -> None:
    ctrl = AppController(tmp_path / "vault", Settings(offer_support_contacts=False),
                         settings_path, dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    wizard = ctrl.wizard
    create(qtbot, wizard)
    vault = wizard.service
    ctrl.close()  # the session ends, say: every window closes without asking
    assert dialogs.questions == [] and not wizard.isVisible()
    with pytest.raises(LockedError):
        vault.user_name  # noqa: B018
