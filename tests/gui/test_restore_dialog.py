"""'Sicherung wiederherstellen…' on real vaults: a backup restores into a new folder bit-exact
(opened with the passphrase or the recovery code), the app then switches to it through its
unlock dialog; a damaged, truncated or foreign file, a wrong passphrase and the open vault's
own folder are each refused with one German sentence and create nothing."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.service import VaultService
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import started, unlock
from tests.gui.support import ScriptedDialogs, main_window_on
from ui.admin.restore_dialog import RestoreDialog

TIMEOUT = 30_000


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path, str, bytes]:
    """A vault with an incident and an attachment, its backup, its recovery code."""
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    service = VaultService(vault)
    incident = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    evidence = os.urandom(70_000)
    service.add_attachment_stream(incident.id, io.BytesIO(evidence), "scan.pdf")
    backup = tmp_path / "sicherung.vfbackup"
    service.create_backup(backup)
    vault.close()
    return folder, backup, code, evidence



def _restore(qtbot: QtBot, dialog: RestoreDialog, source: Path, target: Path,
             passphrase: str | None = PASSPHRASE, code: str | None = None) -> None:
    dialog.source.setText(str(source))
    dialog.read_info()
    dialog.target.setText(str(target))
    if code is not None:
        dialog.with_code.setChecked(True)
        dialog.code.setText(code)
    elif passphrase is not None:
        qtbot.keyClicks(dialog.passphrase, passphrase)
    if dialog.start():
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


@pytest.mark.parametrize("by", ["passphrase", "code"])
def test_a_backup_restores_bit_exact_into_a_new_folder(
        qtbot: QtBot, made: tuple[Path, Path, str, bytes], dialogs: ScriptedDialogs,
        tmp_path: Path, by: str) -> None:
    folder, backup, code, evidence = made
    window = main_window_on(qtbot, folder, dialogs)
    try:
        dialog = window.restore_backup()
        target = tmp_path / "neu"
        _restore(qtbot, dialog, backup, target, code=code if by == "code" else None)
        assert dialog.info.text().startswith("Sicherung vom ")
        assert dialog.info.text().endswith(", von diesem Tresor.")
        assert dialog.status.text().startswith(f"Der Tresor ist wiederhergestellt und "
                                               f"geprüft: {target} (Einträge: ")
        assert dialog.switch_button.isVisible()
        assert dialog.passphrase.text() == "" and dialog.code.text() == ""
    finally:
        window.service.close()
    copy = Vault.open(target)
    copy.unlock(USER, PASSPHRASE)
    try:
        service = VaultService(copy)
        [attachment] = [a for i in service.list_incidents().entries
                        for a in service.list_attachments(i.id).entries]
        assert service.read_original(attachment.id) == evidence
        assert service.verify().ok
    finally:
        copy.close()


def _truncated(backup: Path, tmp: Path) -> Path:
    out = tmp / "abgeschnitten.vfbackup"
    out.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    return out


def _flipped(backup: Path, tmp: Path) -> Path:
    data = bytearray(backup.read_bytes())
    data[len(data) * 2 // 3] ^= 0x20
    out = tmp / "beschaedigt.vfbackup"
    out.write_bytes(bytes(data))
    return out


def _foreign(_backup: Path, tmp: Path) -> Path:
    out = tmp / "fremd.vfbackup"
    out.write_bytes(b"PK\x03\x04" + os.urandom(5000))
    return out


@pytest.mark.parametrize("make", [_truncated, _flipped, _foreign], ids=["cut", "flip", "alien"])
def test_a_bad_file_is_refused_in_one_sentence_and_creates_nothing(
        qtbot: QtBot, made: tuple[Path, Path, str, bytes], dialogs: ScriptedDialogs,
        tmp_path: Path, make: object) -> None:
    folder, backup, _code, _evidence = made
    assert callable(make)
    bad = make(backup, tmp_path)
    window = main_window_on(qtbot, folder, dialogs)
    try:
        dialog = window.restore_backup()
        target = tmp_path / "neu"
        _restore(qtbot, dialog, bad, target)
        text = dialog.status.text()
        assert text and "wiederhergestellt und geprüft" not in text
        assert "Traceback" not in text and "Errno" not in text and text.count(". ") == 0
        assert not target.exists() and not dialog.switch_button.isVisible()
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            ["vault", "sicherung.vfbackup", bad.name])
    finally:
        window.service.close()


def test_a_wrong_passphrase_and_the_open_vault_s_folder_are_refused(
        qtbot: QtBot, made: tuple[Path, Path, str, bytes], dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    folder, backup, _code, _evidence = made
    window = main_window_on(qtbot, folder, dialogs)
    try:
        dialog = window.restore_backup()
        _restore(qtbot, dialog, backup, tmp_path / "neu", passphrase="falsche passphrase")
        assert dialog.status.text() == "Die Passphrase öffnet diese Sicherung nicht."
        assert not (tmp_path / "neu").exists()
        dialog.passphrase.clear()
        _restore(qtbot, dialog, backup, folder)
        assert dialog.status.text().startswith("Das ist der Ordner des geöffneten Tresors")
    finally:
        window.service.close()


def test_the_app_switches_to_the_restored_vault(
        qtbot: QtBot, made: tuple[Path, Path, str, bytes], dialogs: ScriptedDialogs,
        settings_path: Path, tmp_path: Path) -> None:
    folder, backup, _code, _evidence = made
    controller = started(folder, dialogs, settings_path)
    try:
        unlock(qtbot, controller)
        dialog = controller.window.restore_backup()
        target = tmp_path / "neu"
        _restore(qtbot, dialog, backup, target)
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=TIMEOUT)
        assert controller.window is None and controller.folder == target
        assert controller.unlock_dialog.location.text().endswith(str(target))
        unlock(qtbot, controller)
        assert controller.service is not None and controller.service.folder == target
    finally:
        controller.close()
