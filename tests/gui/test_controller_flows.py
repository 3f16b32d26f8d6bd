"""Flows through the controller that span several dialogs: "Passphrase vergessen?" from the
unlock dialog to an unlocked app with a new passphrase, and the once-per-vault offer of the
Saxony support contacts for a vault made on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.service import VaultService
from app.settings import Settings
from app.support_contacts import missing_support_contacts, support_contacts
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import unlock
from tests.gui.support import ScriptedDialogs, fill
from ui.contacts.model import ContactTableModel
from ui.controller import AppController

NEW_PASSPHRASE = "eine ganz neue passphrase"


@pytest.fixture
def cli_vault(vault_dir: Path) -> tuple[Path, str, str]:
    """A vault as `vorfallbuch init` leaves it (no wizard), with some records: its folder,
    recovery code and id."""
    vault, code = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    fill(VaultService(vault), incidents=2)
    vault_id = vault.vault_id
    vault.close()
    return vault_dir, code, vault_id


def start(folder: Path, settings: Settings, settings_path: Path,
          dialogs: ScriptedDialogs) -> AppController:
    ctrl = AppController(folder, settings, settings_path, dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    return ctrl


def test_forgotten_passphrase_from_the_unlock_dialog_to_unlocked(
    qtbot: QtBot, cli_vault: tuple[Path, str, str], dialogs: ScriptedDialogs,
    settings_path: Path
) -> None:
    folder, code, _ = cli_vault
    ctrl = start(folder, Settings(offer_support_contacts=False), settings_path, dialogs)
    try:
        unlock_dialog = ctrl.unlock_dialog
        assert unlock_dialog is not None and unlock_dialog.isVisible()
        unlock_dialog.forgot_button.click()
        recovery = ctrl.recovery
        assert recovery is not None and recovery.isVisible()
        assert recovery.user.currentText() == USER
        qtbot.keyClicks(recovery.code, code.lower())
        qtbot.keyClicks(recovery.fields.first, NEW_PASSPHRASE)
        qtbot.keyClicks(recovery.fields.second, NEW_PASSPHRASE)
        assert recovery.ok.isEnabled()
        with qtbot.waitSignal(ctrl.unlocked, timeout=15_000):
            recovery.ok.click()
        assert not recovery.isVisible() and not unlock_dialog.isVisible()
        window = ctrl.window
        assert window is not None and window.isVisible()
        assert ctrl.service.user_name == USER
        qtbot.waitUntil(lambda: window.incidents.model.rowCount() == 2, timeout=15_000)

        assert ctrl.lock(ask=True)
        again = ctrl.unlock_dialog
        assert again is not None and again.isVisible() and again is not unlock_dialog
        again.passphrase.setText(PASSPHRASE)  # the old one no longer opens it
        again.try_unlock()
        qtbot.waitUntil(lambda: not again.is_busy(), timeout=15_000)
        assert ctrl.window is None and "falsch" in again.status.text()
        unlock(qtbot, ctrl, NEW_PASSPHRASE)
        assert ctrl.window.incidents.model.rowCount() == 2
    finally:
        ctrl.close()


def test_after_a_wrong_try_the_recovery_uses_the_vault_the_dialog_opened(
    qtbot: QtBot, cli_vault: tuple[Path, str, str], dialogs: ScriptedDialogs,
    settings_path: Path
) -> None:
    folder, _code, _ = cli_vault
    ctrl = start(folder, Settings(offer_support_contacts=False), settings_path, dialogs)
    try:
        dialog = ctrl.unlock_dialog
        assert dialog is not None
        dialog.passphrase.setText("falsch geraten")
        dialog.try_unlock()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=15_000)
        opened = dialog.opened_vault()
        assert opened is not None  # the try opened the vault (its keys stay locked)
        dialog.forgot_button.click()
        assert ctrl.vault is opened  # shared, not a second open copy
        assert ctrl.recovery is not None
        ctrl.recovery.reject()
        unlock(qtbot, ctrl, PASSPHRASE)  # the normal way still works and keeps that copy
        assert ctrl.vault is opened
    finally:
        ctrl.close()


def support_entries(folder: Path) -> tuple[list[object], list[object]]:
    """(shipped support contacts present, all contacts) read straight from the vault."""
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    try:
        people = [e.value for e in VaultService(vault).list_persons().entries]
    finally:
        vault.close()
    shipped = {p.organisation for p in support_contacts()}
    return [p for p in people if p.organisation in shipped], people


def test_a_cli_vault_is_offered_the_support_contacts_once_and_a_no_is_kept(
    qtbot: QtBot, cli_vault: tuple[Path, str, str], dialogs: ScriptedDialogs,
    settings_path: Path
) -> None:
    folder, _, vault_id = cli_vault
    ctrl = start(folder, Settings.load(settings_path), settings_path, dialogs)
    assert ctrl.settings.offer_support_contacts  # the default
    dialogs.answer(False)
    try:
        unlock(qtbot, ctrl)
        assert len(dialogs.questions) == 1 and "Sachsen" in dialogs.questions[0]
        assert not dialogs.answers
        assert ctrl.lock(ask=True)
        unlock(qtbot, ctrl)  # not again (an unexpected question fails the test)
    finally:
        ctrl.close()
    assert support_entries(folder)[0] == []
    assert Settings.load(settings_path).support_offer_answered == [vault_id]
    # Nor after a restart, which reads the answer from the settings file.
    ctrl = start(folder, Settings.load(settings_path), settings_path, dialogs)
    try:
        unlock(qtbot, ctrl)
    finally:
        ctrl.close()
    assert len(dialogs.questions) == 1


def test_accepting_the_offer_adds_them_marked_bitte_pruefen(
    qtbot: QtBot, cli_vault: tuple[Path, str, str], dialogs: ScriptedDialogs,
    settings_path: Path
) -> None:
    folder, _, vault_id = cli_vault
    ctrl = start(folder, Settings.load(settings_path), settings_path, dialogs)
    dialogs.answer(True)
    try:
        unlock(qtbot, ctrl)
        assert len(dialogs.questions) == 1
        model = ctrl.window.contacts.model
        qtbot.waitUntil(lambda: model.rowCount() == 2 + len(support_contacts()),
                        timeout=10_000)
        statuses = [model.index(r, ContactTableModel.STATUS).data()
                    for r in range(model.rowCount())]
        assert statuses.count("bitte prüfen") == len(support_contacts())
        assert ctrl.lock(ask=True)
        unlock(qtbot, ctrl)  # asked once only
        assert len(dialogs.questions) == 1
    finally:
        ctrl.close()
    shipped, people = support_entries(folder)
    assert len(shipped) == len(support_contacts()) and len(people) == 2 + len(support_contacts())
    assert all(p.needs_check and p.source for p in shipped)  # type: ignore[attr-defined]
    assert missing_support_contacts(people) == []  # type: ignore[arg-type]
    assert vault_id in Settings.load(settings_path).support_offer_answered


def test_no_offer_when_a_shipped_contact_is_already_there_or_offers_are_off(
    qtbot: QtBot, cli_vault: tuple[Path, str, str], dialogs: ScriptedDialogs,
    settings_path: Path
) -> None:
    folder, _, vault_id = cli_vault
    ctrl = start(folder, Settings(offer_support_contacts=False), settings_path, dialogs)
    try:
        unlock(qtbot, ctrl)  # switched off: not asked, and nothing remembered
    finally:
        ctrl.close()
    assert Settings.load(settings_path).support_offer_answered == []
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    VaultService(vault).add_person(support_contacts()[0])  # e.g. added on the command line
    vault.close()
    ctrl = start(folder, Settings(), settings_path, dialogs)
    try:
        unlock(qtbot, ctrl)
    finally:
        ctrl.close()
    assert dialogs.questions == []
    assert Settings.load(settings_path).support_offer_answered == [vault_id]


def test_the_offer_reads_no_contacts_on_the_gui_thread(
    qtbot: QtBot, cli_vault: tuple[Path, str, str], dialogs: ScriptedDialogs,
    settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offer waits for the contact list's background load and decides from what it holds:
    decrypting every contact on the GUI thread took 0.1-0.2 s on a vault with 2,000."""
    import threading

    threads: list[str] = []
    real = VaultService.list_persons

    def watched(self: VaultService) -> object:
        threads.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(VaultService, "list_persons", watched)
    folder, _, vault_id = cli_vault
    ctrl = start(folder, Settings.load(settings_path), settings_path, dialogs)
    dialogs.answer(False)
    try:
        unlock(qtbot, ctrl)
        assert len(dialogs.questions) == 1 and "Sachsen" in dialogs.questions[0]
    finally:
        ctrl.close()
    assert threads and threading.main_thread().name not in threads
    assert Settings.load(settings_path).support_offer_answered == [vault_id]


def test_a_read_only_vault_is_announced_in_german_at_unlock(
        qtbot: QtBot, cli_vault: tuple[Path, str, str], settings_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The core only says read_only; the unlock dialog says what it means, in German (it once
    showed the command line's English sentence)."""
    from app.access import open_vault
    from app.service import LockedVault

    folder, _code, _vault_id = cli_vault
    ctrl = AppController(folder, Settings(offer_support_contacts=False), settings_path,
                         ScriptedDialogs(), kdf=CHEAP_KDF)
    try:
        monkeypatch.setattr(LockedVault, "read_only", property(lambda _self: True))
        ctrl.vault = open_vault(folder)
        ctrl.show_unlock()
        assert ctrl.unlock_dialog is not None
        notice = ctrl.unlock_dialog.notice
        assert notice.isVisibleTo(ctrl.unlock_dialog)
        assert notice.text().startswith("Dieser Tresor liegt auf einem schreibgeschützten")
        assert "read-only" not in notice.text()
    finally:
        ctrl.close()
