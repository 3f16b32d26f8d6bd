"""'Benutzer verwalten…' on a real vault, checked by reopening it with the users' passphrases:
an owner adds a clerk who types her own passphrase (the wizard's rules), removes a user only
after a question that names whom, promotes and demotes; the last owner stays; a clerk sees the
list and cannot change it (nor renew the recovery code); an owner who removes herself is
locked out by the real app; the history names who was added as what, and by whom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.errors import StorageError
from app.service import VaultService
from app.users import UserRole
from storage.vault import Vault
from tests.cli.support import run
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import started, unlock
from tests.gui.support import ScriptedDialogs
from ui.admin.users_dialog import AddUserDialog, UsersDialog
from ui.main_window import MainWindow

TIMEOUT = 30_000
CLERK = "Bernd Weber"
CLERK_PASSPHRASE = "bernds eigene lange passphrase"


def opens(folder: Path, name: str, passphrase: str) -> bool:
    vault = Vault.open(folder)
    try:
        vault.unlock(name, passphrase)
    except StorageError:
        return False
    finally:
        vault.close()
    return True


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    return folder


def service_of(folder: Path, name: str = USER, passphrase: str = PASSPHRASE) -> VaultService:
    vault = Vault.open(folder)
    vault.unlock(name, passphrase)
    return VaultService(vault)


def shown(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> UsersDialog:
    dialog = UsersDialog(service, dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog: UsersDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def select(dialog: UsersDialog, name: str) -> None:
    for row, view in enumerate(dialog.views):
        if view.name == name:
            dialog.table.selectRow(row)
            return
    raise AssertionError(name)


def add_by_keyboard(qtbot: QtBot, dialog: UsersDialog, name: str, passphrase: str,
                    repeat: str | None = None, owner: bool = False) -> AddUserDialog:
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    add = dialog.add_dialog
    assert add is not None and add.isVisible()
    assert add.focusWidget() is add.name  # the name first, typed from the keyboard
    QTest.keyClicks(add.name, name)
    if owner:
        add.role.setCurrentIndex(add.role.findData(UserRole.OWNER.value))
    QTest.keyClicks(add.fields.first, passphrase)
    QTest.keyClicks(add.fields.second, passphrase if repeat is None else repeat)
    return add


def test_an_owner_adds_a_clerk_who_then_opens_the_vault_with_her_passphrase(
        qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs) -> None:
    dialog = shown(qtbot, service_of(folder), dialogs)
    assert rows(dialog) == [(f"{USER} (Sie)", "Inhaber")]
    assert dialog.add_button.isEnabled()
    add = add_by_keyboard(qtbot, dialog, CLERK, CLERK_PASSPHRASE)
    assert add.role.currentText() == "Mitarbeiter"  # the default: the smaller right
    assert add.add_button.isEnabled()
    QTest.keyClick(add.fields.second, Qt.Key.Key_Return)  # Enter adds
    qtbot.waitUntil(lambda: dialog.add_dialog is None, timeout=TIMEOUT)
    assert rows(dialog) == [(f"{USER} (Sie)", "Inhaber"), (CLERK, "Mitarbeiter")]
    assert CLERK in dialog.status.text()
    dialog.close()
    assert opens(folder, CLERK, CLERK_PASSPHRASE) and opens(folder, USER, PASSPHRASE)
    [entry] = [e for e in service_of(folder).log() if e.get("action") == "user-added"]
    assert (entry["role"], entry["user_name"], entry["author_name"]) == ("clerk", CLERK, USER)


@pytest.mark.parametrize(("name", "passphrase", "repeat", "hint"), [
    (CLERK, "kurz", None, "12 Zeichen"),
    (CLERK, CLERK_PASSPHRASE, CLERK_PASSPHRASE + "x", "stimmen noch nicht überein"),
    ("Bernd Beispiel Weber", "bernd beispiel weber", None, "Ihr Name"),
])
def test_a_passphrase_that_breaks_the_rules_cannot_be_added(
        qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs, name: str, passphrase: str,
        repeat: str | None, hint: str) -> None:
    dialog = shown(qtbot, service_of(folder), dialogs)
    add = add_by_keyboard(qtbot, dialog, name, passphrase, repeat)
    assert not add.add_button.isEnabled()
    assert hint in add.fields.hint.text(), add.fields.hint.text()
    assert not add.start()
    add.reject()
    assert [u.name for u in service_of(folder).users()] == [USER]


def test_a_name_taken_or_hostile_is_refused_in_one_sentence_and_nothing_is_added(
        qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs) -> None:
    dialog = shown(qtbot, service_of(folder), dialogs)
    add = add_by_keyboard(qtbot, dialog, USER.upper(), CLERK_PASSPHRASE)
    assert add.start()
    qtbot.waitUntil(lambda: add.job is None, timeout=TIMEOUT)
    assert add.isVisible() and "gibt es schon" in add.status.text()
    add.name.setText("Zeile\u0007Steuerzeichen")
    assert add.start()
    qtbot.waitUntil(lambda: add.job is None, timeout=TIMEOUT)
    assert add.status.text().count(".") >= 1 and "Steuerzeichen" in add.status.text()
    add.name.setText("x" * 5000)  # the field holds at most what storage accepts
    assert len(add.name.text()) == 100
    add.reject()
    assert [u.name for u in service_of(folder).users()] == [USER]


def test_removal_asks_naming_whom_and_no_keeps_her(qtbot: QtBot, folder: Path,
                                                   dialogs: ScriptedDialogs) -> None:
    owner = service_of(folder)
    owner.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    dialog = shown(qtbot, owner, dialogs)
    select(dialog, CLERK)
    dialogs.answer(False)
    assert not dialog.remove_selected()
    assert CLERK in dialogs.questions[-1] and "Mitarbeiter" in dialogs.questions[-1]
    assert opens(folder, CLERK, CLERK_PASSPHRASE)
    dialogs.answer(True)
    assert dialog.remove_selected()
    assert rows(dialog) == [(f"{USER} (Sie)", "Inhaber")]
    assert not opens(folder, CLERK, CLERK_PASSPHRASE)
    assert opens(folder, USER, PASSPHRASE)


def test_the_last_owner_cannot_be_removed_or_demoted_and_no_question_is_asked(
        qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs) -> None:
    owner = service_of(folder)
    dialog = shown(qtbot, owner, dialogs)
    select(dialog, USER)
    assert not dialog.remove_selected()
    assert "letzte Benutzer" in dialog.status.text()
    owner.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    dialog.reload()
    select(dialog, USER)
    assert dialog.role_button.text() == "Zum &Mitarbeiter machen"
    assert not dialog.remove_selected()
    assert "letzte Inhaber" in dialog.status.text() and USER in dialog.status.text()
    assert not dialog.toggle_role()
    assert "letzte Inhaber" in dialog.status.text()
    assert dialogs.questions == []
    assert [(u.name, u.role) for u in owner.user_views()] == [(USER, UserRole.OWNER),
                                                              (CLERK, UserRole.CLERK)]


def test_promote_then_step_down(qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs) -> None:
    owner = service_of(folder)
    owner.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    dialog = shown(qtbot, owner, dialogs)
    select(dialog, CLERK)
    assert dialog.role_button.text() == "Zum &Inhaber machen"
    dialogs.answer(False)
    assert not dialog.toggle_role()
    assert rows(dialog)[1] == (CLERK, "Mitarbeiter")
    dialogs.answer(True)
    assert dialog.toggle_role()
    assert rows(dialog)[1] == (CLERK, "Inhaber")
    select(dialog, USER)
    assert dialog.toggle_role()  # stepping down asks nothing: it takes her own rights
    assert rows(dialog) == [(f"{USER} (Sie)", "Mitarbeiter"), (CLERK, "Inhaber")]
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert "Mitarbeiter" in dialog.who.text()


def test_a_clerk_sees_the_list_and_cannot_change_it(qtbot: QtBot, folder: Path,
                                                    dialogs: ScriptedDialogs) -> None:
    owner = service_of(folder)
    owner.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    owner.close()
    clerk = service_of(folder, CLERK, CLERK_PASSPHRASE)
    window = MainWindow(clerk, dialogs)
    qtbot.addWidget(window)
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Tresor"]
    [entry] = [a for a in menu.actions() if a.text() == "&Benutzer verwalten…"]
    entry.trigger()
    dialog = window.users_dialog
    assert dialog is not None and dialog.isVisible()
    assert rows(dialog) == [(USER, "Inhaber"), (f"{CLERK} (Sie)", "Mitarbeiter")]
    for button in (dialog.add_button, dialog.role_button, dialog.remove_button):
        assert not button.isEnabled()
    assert "nur Inhaber" in dialog.who.text()
    recovery = window.show_recovery_code()
    assert not recovery.new_button.isEnabled()
    assert "nur Inhaber" in recovery.state.text()
    window.clear_for_lock(ask=False)
    assert window.users_dialog is None and window.recovery_dialog is None


def test_an_owner_removing_herself_in_the_app_is_locked_out(
        qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    owner = service_of(folder)
    owner.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF, role=UserRole.OWNER)
    owner.close()
    ctrl = started(folder, dialogs, tmp_path / "settings.json")
    try:
        unlock(qtbot, ctrl, user=USER)
        dialog = ctrl.window.manage_users()
        select(dialog, USER)
        dialogs.answer(True)
        assert dialog.remove_selected()
        assert "Sie entfernen sich selbst" in dialogs.questions[-1]
        qtbot.waitUntil(lambda: ctrl.unlock_dialog is not None
                        and ctrl.unlock_dialog.isVisible(), timeout=TIMEOUT)
        assert [ctrl.unlock_dialog.user.itemText(i)
                for i in range(ctrl.unlock_dialog.user.count())] == [CLERK]
    finally:
        ctrl.close()
    assert not opens(folder, USER, PASSPHRASE) and opens(folder, CLERK, CLERK_PASSPHRASE)
    log = run(folder, "--user", CLERK, "log", passphrase=CLERK_PASSPHRASE).out
    assert f"user '{USER}'" in log.splitlines()[-1] and "user-removed" in log.splitlines()[-1]
