"""Where the vault lives: the setup wizard can put it in a folder of the user's choice, the
wizard and the unlock dialog open an existing vault elsewhere, the choice is remembered for the
next start (and for the CLI without --vault), and a remembered vault that is not reachable is
said so instead of silently offering a new, empty one in its place."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.paths import default_vault_dir
from app.service import VaultService
from app.settings import Settings
from app.settings_file import MAX_PATH_CHARS
from app.start_settings import vault_dir
from cli.main import main as cli_main
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import unlock
from tests.gui.support import ScriptedDialogs, fill
from tests.gui.test_wizard_failure import up_to_the_commit
from ui.controller import AppController
from ui.wizard import VAULT_FOLDER_NAME, SetupWizard

Button = QWizard.WizardButton
OTHER_USER = "Bernd Weber"


@pytest.fixture(autouse=True)
def own_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's default vault folder, inside the test's temp folder."""
    monkeypatch.delenv("VORFALLBUCH_VAULT", raising=False)
    monkeypatch.setattr("app.paths.user_data_dir", lambda *a, **k: str(tmp_path / "daten"))
    return tmp_path / "daten" / "vault"


def make_vault(folder: Path, user: str = USER, incidents: int = 0) -> str:
    vault, _code = Vault.create(folder, user, PASSPHRASE, kdf=CHEAP_KDF)
    if incidents:
        fill(VaultService(vault), incidents=incidents)
    vault_id = vault.vault_id
    vault.close()
    return vault_id


def start(folder: Path, settings_path: Path, dialogs: ScriptedDialogs) -> AppController:
    settings = Settings.load(settings_path)
    settings.offer_support_contacts = False
    ctrl = AppController(folder, settings, settings_path, dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    return ctrl


def stored(settings_path: Path) -> str:
    return str(json.loads(settings_path.read_text(encoding="utf-8"))["vault_folder"])


def finish_wizard(qtbot: QtBot, wizard: SetupWizard, ctrl: AppController) -> None:
    wizard.button(Button.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.code is not None, timeout=20_000)
    code = wizard.code
    assert code is not None
    wizard.code_page.kept.setChecked(True)
    wizard.button(Button.NextButton).click()
    confirm = wizard.confirm_page
    qtbot.keyClicks(confirm.entry, code.split("-")[confirm.group])
    with qtbot.waitSignal(ctrl.unlocked, timeout=15_000):
        wizard.button(Button.FinishButton).click()


# -- the setting --------------------------------------------------------------------------
@pytest.mark.parametrize("value", [
    "relativ/ordner", "/tmp/mit\0nul", "/tmp/zeilen\numbruch", "/" + "a" * MAX_PATH_CHARS,
    42, None, ["/tmp/x"], {"path": "/tmp/x"}, True,
])
def test_unusable_remembered_folders_are_ignored(tmp_path: Path, value: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"vault_folder": value, "auto_lock_minutes": 7}),
                    encoding="utf-8")
    settings = Settings.load(path)
    assert settings.vault_folder == "" and settings.auto_lock_minutes == 7  # the rest is kept


def test_the_folder_to_use_env_then_choice_then_default(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         settings_path: Path) -> None:
    assert vault_dir() == default_vault_dir()
    Settings(vault_folder=str(tmp_path / "gewählt")).save(settings_path)
    assert vault_dir() == tmp_path / "gewählt"
    monkeypatch.setenv("VORFALLBUCH_VAULT", str(tmp_path / "umgebung"))
    assert vault_dir() == tmp_path / "umgebung"


def test_the_cli_without_vault_uses_the_folder_chosen_in_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_path: Path,
    capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("VORFALLBUCH_VAULT", raising=False)
    chosen = tmp_path / "netzlaufwerk" / VAULT_FOLDER_NAME
    make_vault(chosen, incidents=2)
    Settings(vault_folder=str(chosen)).save(settings_path)
    monkeypatch.setenv("VORFALLBUCH_PASSPHRASE", PASSPHRASE)
    assert cli_main(["incident", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


# -- the setup wizard ---------------------------------------------------------------------
def test_the_wizard_makes_the_vault_where_the_user_chooses_and_the_next_start_finds_it(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VORFALLBUCH_VAULT", raising=False)
    default = tmp_path / "standard"
    place = tmp_path / "Verschlüsseltes Laufwerk"
    place.mkdir()
    (place / "andere Datei.txt").write_text("bleibt", encoding="utf-8")
    ctrl = start(default, settings_path, dialogs)
    try:
        wizard = ctrl.wizard
        assert wizard is not None and wizard.isVisible()
        page = wizard.name_page
        assert page.location.text() == str(default) and not page.notice.isVisible()
        dialogs.answer(None)  # cancelled: nothing changes
        page.change_location.click()
        assert wizard.folder == default
        dialogs.answer(place)
        page.change_location.click()
        target = place / VAULT_FOLDER_NAME
        assert wizard.folder == target and page.location.text() == str(target)
        up_to_the_commit(qtbot, wizard)
        finish_wizard(qtbot, wizard, ctrl)
        assert ctrl.folder == target and ctrl.window is not None
        assert (target / "vault.db").is_file() and not default.exists()
        assert (place / "andere Datei.txt").read_text(encoding="utf-8") == "bleibt"
        assert stored(settings_path) == str(target) and dialogs.errors == []
    finally:
        ctrl.close()
    assert vault_dir() == target  # the next start (and the CLI) use it
    again = start(vault_dir(), settings_path, dialogs)
    try:
        assert again.unlock_dialog is not None and again.wizard is None
        assert again.unlock_dialog.location.text() == f"Tresor: {target}"
        unlock(qtbot, again)
    finally:
        again.close()


def test_places_that_cannot_take_a_new_vault_are_refused(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    existing = tmp_path / "alt"
    make_vault(existing)
    holder = tmp_path / "mit Tresor darin"
    make_vault(holder / VAULT_FOLDER_NAME)
    taken = tmp_path / "belegt"
    (taken / VAULT_FOLDER_NAME).mkdir(parents=True)
    (taken / VAULT_FOLDER_NAME / "notiz.txt").write_text("x", encoding="utf-8")
    a_file = tmp_path / "datei"
    a_file.mkdir()
    (a_file / VAULT_FOLDER_NAME).write_text("keine Ordner", encoding="utf-8")
    start_folder = tmp_path / "standard"
    wizard = SetupWizard(start_folder, dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    for chosen, words in ((existing, "schon ein Tresor"), (holder, "schon ein Tresor"),
                          (taken, "kein leerer Ordner"), (a_file, "kein leerer Ordner")):
        dialogs.answer(chosen)
        wizard.name_page.change_location.click()
        assert words in dialogs.errors[-1]
        assert wizard.folder == start_folder and not wizard.location_chosen
    assert len(dialogs.errors) == 4
    # an empty folder of that name is fine
    empty = tmp_path / "leer"
    (empty / VAULT_FOLDER_NAME).mkdir(parents=True)
    dialogs.answer(empty)
    wizard.name_page.change_location.click()
    assert wizard.folder == empty / VAULT_FOLDER_NAME and len(dialogs.errors) == 4


def test_after_a_failed_creation_another_place_can_be_chosen(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path
) -> None:
    blocker = tmp_path / "datei.txt"
    blocker.write_text("kein Ordner", encoding="utf-8")
    ctrl = start(blocker / "vault", settings_path, dialogs)
    try:
        wizard = ctrl.wizard
        assert wizard is not None
        up_to_the_commit(qtbot, wizard)
        page = wizard.passphrase_page
        wizard.button(Button.CommitButton).click()
        qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)
        assert "anderen Speicherort" in page.status.text() and wizard.service is None
        wizard.button(Button.BackButton).click()
        good = tmp_path / "beschreibbar"
        good.mkdir()
        dialogs.answer(good)
        wizard.name_page.change_location.click()
        wizard.button(Button.NextButton).click()
        assert wizard.currentPage() is page and page.fields.passphrase() == PASSPHRASE
        finish_wizard(qtbot, wizard, ctrl)
        assert ctrl.folder == good / VAULT_FOLDER_NAME
        assert stored(settings_path) == str(good / VAULT_FOLDER_NAME)
        assert blocker.read_text(encoding="utf-8") == "kein Ordner"
    finally:
        ctrl.close()


# -- opening another vault ----------------------------------------------------------------
def test_the_wizard_opens_an_existing_vault_instead(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path
) -> None:
    elsewhere = tmp_path / "USB-Stick"
    make_vault(elsewhere / VAULT_FOLDER_NAME, user=OTHER_USER, incidents=3)
    ctrl = start(tmp_path / "standard", settings_path, dialogs)
    try:
        wizard = ctrl.wizard
        assert wizard is not None
        # a folder without a vault: said so, the wizard stays
        dialogs.answer(tmp_path)
        wizard.name_page.open_existing.click()
        assert dialogs.errors == ["In diesem Ordner liegt kein Tresor, den Vorfallbuch "
                                  "öffnen kann."]
        assert ctrl.wizard is wizard and ctrl.unlock_dialog is None
        # the folder that holds "Vorfallbuch-Tresor" is enough
        dialogs.answer(elsewhere)
        wizard.name_page.open_existing.click()
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
        assert ctrl.wizard is None and ctrl.folder == elsewhere / VAULT_FOLDER_NAME
        dialog = ctrl.unlock_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.user.currentText() == OTHER_USER
        assert stored(settings_path) == str(elsewhere / VAULT_FOLDER_NAME)
        unlock(qtbot, ctrl)
        assert ctrl.window.incidents.model.rowCount() == 3
        assert not (tmp_path / "standard").exists()  # no empty vault left behind
    finally:
        ctrl.close()


def test_the_unlock_dialog_switches_to_another_vault_even_after_a_lock(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VORFALLBUCH_VAULT", raising=False)
    first, second = tmp_path / "Rathaus", tmp_path / "Privat"
    make_vault(first, incidents=2)
    make_vault(second, user=OTHER_USER, incidents=5)
    ctrl = start(first, settings_path, dialogs)
    try:
        dialog = ctrl.unlock_dialog
        assert dialog is not None
        assert dialog.location.text() == f"Tresor: {first}"
        dialog.passphrase.setText("falsch geraten")  # leaves the vault opened by the try
        dialog.try_unlock()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=15_000)
        opened = dialog.opened_vault()
        assert opened is not None
        for answer in (None, tmp_path / "gibt es nicht"):
            dialogs.answer(answer)
            dialog.other_button.click()
            assert ctrl.unlock_dialog is dialog and dialog.isVisible()
        assert len(dialogs.errors) == 1
        unlock(qtbot, ctrl)
        assert ctrl.window.incidents.model.rowCount() == 2

        assert ctrl.lock(ask=True)
        locked = ctrl.vault
        closed: list[bool] = []
        close = locked.close
        monkeypatch.setattr(locked, "close", lambda: (closed.append(True), close())[1])
        dialogs.answer(second)
        ctrl.unlock_dialog.other_button.click()
        assert ctrl.folder == second and ctrl.vault is None
        assert closed == [True]  # the first vault was closed, not left open
        switched = ctrl.unlock_dialog
        assert switched is not None and switched.user.currentText() == OTHER_USER
        assert switched.location.text() == f"Tresor: {second}"
        unlock(qtbot, ctrl)
        assert ctrl.window.incidents.model.rowCount() == 5
        assert ctrl.service.user_name == OTHER_USER
        assert stored(settings_path) == str(second)
    finally:
        ctrl.close()
    # choosing the default folder again forgets the choice
    default = default_vault_dir()
    make_vault(default)
    ctrl = start(vault_dir(), settings_path, dialogs)
    try:
        assert ctrl.folder == second
        dialogs.answer(default)
        ctrl.unlock_dialog.other_button.click()
        assert ctrl.folder == default
        assert stored(settings_path) == "" and vault_dir() == default
    finally:
        ctrl.close()


def test_a_remembered_vault_that_is_not_reachable_is_said_so(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VORFALLBUCH_VAULT", raising=False)
    unplugged = tmp_path / "USB-Stick" / VAULT_FOLDER_NAME
    Settings(vault_folder=str(unplugged)).save(settings_path)
    ctrl = start(vault_dir(), settings_path, dialogs)
    try:
        wizard = ctrl.wizard
        assert wizard is not None
        notice = wizard.name_page.notice
        assert notice.isVisibleTo(wizard) and str(unplugged) in notice.text()
        assert "nicht erreichbar" in notice.text()
        # a new vault would go to the default folder, not into the missing drive's path
        assert wizard.folder == default_vault_dir() and wizard.folder != unplugged
        # plugged in again: opened through the wizard
        make_vault(unplugged, incidents=1)
        dialogs.answer(unplugged)
        wizard.name_page.open_existing.click()
        assert ctrl.unlock_dialog is not None and ctrl.folder == unplugged
        unlock(qtbot, ctrl)
        assert ctrl.window.incidents.model.rowCount() == 1
    finally:
        ctrl.close()
    assert not unplugged.parent.joinpath("vault.db").exists()
    assert os.listdir(unplugged.parent) == [VAULT_FOLDER_NAME]
