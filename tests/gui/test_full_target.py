"""A full target, as a mayor's nearly full USB stick is: a real small filesystem (a tmpfs,
mounted as root; skipped elsewhere, where the FileOps fault tests in tests/storage cover the
same paths) too small for the backup or the restored vault. 'Sicherung anlegen…' and
'Sicherung wiederherstellen…' each say so in one German sentence, leave nothing on the stick,
and change nothing in the vault."""

from __future__ import annotations

import io
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.service import VaultService
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs, main_window_on
from tests.storage.durability_support import small_filesystem

TIMEOUT = 60_000
EVIDENCE = os.urandom(600_000)  # does not compress: the backup needs its size on the stick


def _filled(folder: Path) -> None:
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    service = VaultService(vault)
    incident = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    service.add_attachment_stream(incident.id, io.BytesIO(EVIDENCE), "scan.pdf")
    vault.close()



def _one_german_sentence(text: str) -> None:
    assert text and "Traceback" not in text and "Errno" not in text, text
    assert text.count(". ") == 0 and text.endswith("."), text
    assert "voll" in text or "Platz" in text, text


def _vault_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def test_a_backup_to_a_full_stick(qtbot: QtBot, tmp_path: Path,
                                  dialogs: ScriptedDialogs) -> None:
    folder = tmp_path / "vault"
    _filled(folder)
    with small_filesystem(tmp_path / "stick", 256) as stick:
        window = main_window_on(qtbot, folder, dialogs)
        try:
            chain = window.service.chain_head()
            dialog = window.back_up()
            dialog.target.setText(str(stick / "sicherung.vfbackup"))
            assert dialog.start()
            qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
            _one_german_sentence(dialog.status.text())
            assert list(stick.iterdir()) == []  # no partial file, no hidden temporary one
            assert window.service.chain_head() == chain  # no backup entered in the history
            assert window.notice_label.text().startswith("Eine Sicherung ist fällig")
        finally:
            window.service.close()
    reopened = Vault.open(folder)
    try:
        assert reopened.backup_status().last_backup_at is None
    finally:
        reopened.close()


def test_a_restore_onto_a_full_stick(qtbot: QtBot, tmp_path: Path,
                                     dialogs: ScriptedDialogs) -> None:
    folder = tmp_path / "vault"
    _filled(folder)
    backup = tmp_path / "sicherung.vfbackup"
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    VaultService(vault).create_backup(backup)
    vault.close()
    before = _vault_files(folder)
    with small_filesystem(tmp_path / "stick", 256) as stick:
        window = main_window_on(qtbot, folder, dialogs)
        try:
            dialog = window.restore_backup()
            dialog.source.setText(str(backup))
            dialog.read_info()
            dialog.target.setText(str(stick / "neu"))
            dialog.passphrase.setText(PASSPHRASE)
            assert dialog.start()
            qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
            _one_german_sentence(dialog.status.text())
            assert not dialog.switch_button.isVisible()
            assert list(stick.iterdir()) == []
        finally:
            window.service.close()
    assert _vault_files(folder) == before
