"""'Sicherung anlegen…' on a real vault: the status bar's reminder is a button and quotes no
command, the dialog writes and verifies the backup in a job and says what it wrote, the backup
restores bit-exact, a target on the vault's own disk is warned about, a bad target gives one
German sentence and creates nothing, and every step the backup reports has German words."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backups import Credentials, restore_backup
from app.service import VaultService
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.admin.backup_dialog import STEPS, BackupDialog, same_disk, step_text
from ui.main_window import MainWindow

TIMEOUT = 30_000


@pytest.fixture
def window(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> MainWindow:
    service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    main = MainWindow(service, dialogs)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    return main


def _wait(qtbot: QtBot, dialog: BackupDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def test_the_reminder_is_a_button_and_quotes_no_command(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    notice = window.notice_label.text()
    assert notice == "Eine Sicherung ist fällig (letzte: nie)."
    assert "vorfallbuch" not in notice and "Befehl" not in notice
    assert window.backup_button.isVisible() and window.backup_button.text() == "Jetzt sichern"
    qtbot.mouseClick(window.backup_button, Qt.MouseButton.LeftButton)
    assert window.backup_dialog is not None and window.backup_dialog.isVisible()
    menu = [a.text() for a in window.menuBar().actions()]
    assert "&Tresor" in menu


def test_a_backup_is_written_verified_reported_and_restores_bit_exact(
        qtbot: QtBot, window: MainWindow, service: VaultService, tmp_path: Path) -> None:
    evidence = b"%PDF-1.4\n" + os.urandom(50_000)
    incident = service.list_incidents().entries[0].id
    attachment = service.add_attachment_stream(incident, io.BytesIO(evidence), "brief.pdf",
                                               None)
    stick = tmp_path / "stick"
    stick.mkdir()
    remembered: list[str] = []
    window.backup_folder_chosen.connect(remembered.append)
    dialog = window.back_up()
    qtbot.waitExposed(dialog)
    dialog.target.clear()
    qtbot.keyClicks(dialog.target, str(stick / "sicherung"))  # the suffix is added
    qtbot.keyClick(dialog.target, Qt.Key.Key_Return)  # Enter presses "Sicherung anlegen"
    assert dialog.is_busy()
    _wait(qtbot, dialog)
    target = stick / "sicherung.vfbackup"
    assert target.is_file()
    text = dialog.status.text()
    assert text.startswith(f"Die Sicherung ist geschrieben und geprüft: {target} (")
    assert "; Anhänge: 1; Dauer: " in text and text.endswith(" s).")
    assert remembered == [str(stick)]
    assert window.notice_label.text() == "" and not window.backup_button.isVisible()
    assert sorted(p.name for p in stick.iterdir()) == ["sicherung.vfbackup"]  # no leftovers

    restored = tmp_path / "restored"
    restore_backup(target, restored, Credentials(user=USER, passphrase=PASSPHRASE))
    vault = Vault.open(restored)
    vault.unlock(USER, PASSPHRASE)
    try:
        copy = VaultService(vault)
        assert [e.value for e in copy.list_incidents().entries] == [
            e.value for e in service.list_incidents().entries]
        assert copy.read_original(attachment.id) == evidence
    finally:
        vault.close()


def test_a_target_on_the_vault_s_disk_is_warned_about(qtbot: QtBot, window: MainWindow,
                                                     service: VaultService,
                                                     tmp_path: Path) -> None:
    dialog = window.back_up()
    dialog.target.setText(str(tmp_path / "gleiche-platte.vfbackup"))
    assert same_disk(service.folder, dialog.chosen())
    assert dialog.warning.text().startswith("Das Ziel liegt auf demselben Datenträger")
    other = Path("/dev/shm")
    if other.is_dir() and os.stat(other).st_dev != os.stat(service.folder).st_dev:
        dialog.target.setText(str(other / "anderer-datentraeger.vfbackup"))
        assert dialog.warning.text() == ""


def test_a_folder_as_the_target_gets_the_file_inside(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    stick = tmp_path / "USB-STICK"
    stick.mkdir()
    dialog = window.back_up()
    dialog.target.setText(str(stick))
    assert dialog.start()
    _wait(qtbot, dialog)
    [written] = list(stick.iterdir())
    assert written.name.startswith("Vorfallbuch-Sicherung-") and written.suffix == ".vfbackup"


@pytest.mark.parametrize("case", ["missing folder", "name too long", "read-only"])
def test_a_bad_target_gives_one_german_sentence_and_creates_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, case: str) -> None:
    if case == "read-only" and os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    folder = tmp_path / "ziel"
    folder.mkdir()
    target = {"missing folder": tmp_path / "gibt-es-nicht" / "s.vfbackup",
              "name too long": folder / ("x" * 300 + ".vfbackup"),
              "read-only": folder / "s.vfbackup"}[case]
    if case == "read-only":
        folder.chmod(0o500)
    dialog = window.back_up()
    dialog.target.setText(str(target))
    try:
        started = dialog.start()
        if started:
            _wait(qtbot, dialog)
    finally:
        folder.chmod(0o700)
    text = dialog.status.text()
    assert text and "Die Sicherung ist geschrieben" not in text
    assert text.count(". ") == 0 and "Traceback" not in text and "Errno" not in text
    assert list(folder.iterdir()) == [] and not (tmp_path / "gibt-es-nicht").exists()
    assert window.notice_label.text().startswith("Eine Sicherung ist fällig")


def test_every_step_the_backup_reports_has_german_words(service: VaultService,
                                                         tmp_path: Path) -> None:
    said: list[str] = []
    service.create_backup(tmp_path / "s.vfbackup", progress=said.append)
    assert said
    for text in said:
        assert any(text.startswith(prefix) for prefix in STEPS), text
        assert step_text(text).startswith("Schritt ")


def test_locking_closes_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.back_up()
    qtbot.waitExposed(dialog)
    assert window.clear_for_lock(ask=False)
    assert window.backup_dialog is None and not dialog.isVisible()
