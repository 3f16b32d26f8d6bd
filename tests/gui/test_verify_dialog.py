"""'Tresor prüfen…' on a real vault, reached through the 'Tresor' menu: an intact vault is
reported as such; a flipped byte in an incident's ciphertext and in an attachment's stored file
are each named in German (the attachment by its file name and incident), with what to do; the
check changes nothing, and locking closes the report."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.service import VaultService
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs, main_window_on
from ui.admin.verify_dialog import VerifyDialog
from ui.main_window import MainWindow

TIMEOUT = 30_000


def _filled(folder: Path) -> dict[str, str]:
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    service = VaultService(vault)
    letter = service.add_incident({"title": "Drohbrief im Briefkasten",
                                   "occurred": {"date": "2026-03-14"}}).id
    mail = service.add_incident({"title": "Hassmail", "occurred": {"date": "2026-03-15"}}).id
    scan = service.add_attachment_stream(letter, io.BytesIO(bytes(range(256)) * 400),
                                         "brief-scan.pdf").id
    vault.close()
    return {"letter": letter, "mail": mail, "scan": scan}



def _run(qtbot: QtBot, window: MainWindow) -> VerifyDialog:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Tresor"]
    [entry] = [a for a in menu.actions() if a.text() == "Tresor &prüfen…"]
    entry.trigger()
    dialog = window.verify_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    return dialog


def test_an_intact_vault_is_reported_intact(qtbot: QtBot, tmp_path: Path,
                                            dialogs: ScriptedDialogs) -> None:
    folder = tmp_path / "vault"
    _filled(folder)
    window = main_window_on(qtbot, folder, dialogs)
    try:
        dialog = _run(qtbot, window)
        assert dialog.summary.text().startswith("Der Tresor ist unversehrt: ")
        assert "der Verlauf ist lückenlos" in dialog.summary.text()
        assert dialog.table.isHidden() and dialog.advice.isHidden()
    finally:
        window.service.close()


def test_each_damage_is_named_in_german_with_what_to_do(qtbot: QtBot, tmp_path: Path,
                                                        dialogs: ScriptedDialogs) -> None:
    folder = tmp_path / "vault"
    ids = _filled(folder)
    with sqlite3.connect(folder / "vault.db") as conn:
        (payload,), = conn.execute("SELECT payload FROM revision WHERE record_id = ?",
                                   (ids["mail"],)).fetchall()
        damaged = bytearray(payload)
        damaged[len(damaged) // 2] ^= 0x01
        conn.execute("UPDATE revision SET payload = ? WHERE record_id = ?",
                     (bytes(damaged), ids["mail"]))
    [blob] = [p for p in (folder / "attachments").rglob("*") if p.is_file()
              and ids["scan"] in p.name]
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.write_bytes(bytes(data))
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()
              and not p.name.startswith("vault.db")}
    window = main_window_on(qtbot, folder, dialogs)
    try:
        dialog = _run(qtbot, window)
        assert dialog.summary.text().startswith("Beschädigt: 2 von ")
        rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                                   dialog.table.item(r, 2).text())
                for r in range(dialog.table.rowCount())}
        assert set(rows) == {"Vorfall", "Anhang"}
        assert rows["Vorfall"][0] == ids["mail"][:8]
        assert rows["Anhang"][0] == "„brief-scan.pdf“ im Vorfall „Drohbrief im Briefkasten“"
        for _what, why in rows.values():
            assert why and "Traceback" not in why and not why.isascii()  # German words
        assert dialog.advice.text().startswith("Was tun: Stellen Sie die letzte Sicherung")
        assert not dialog.advice.isHidden()
        assert {p: p.read_bytes() for p in before} == before  # the check changed nothing
        assert window.clear_for_lock(ask=False)
        assert window.verify_dialog is None and not dialog.isVisible()
    finally:
        window.service.close()


@pytest.mark.parametrize("close_early", [True])
def test_closing_while_it_runs_is_safe(qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs,
                                       close_early: bool) -> None:
    folder = tmp_path / "vault"
    _filled(folder)
    window = main_window_on(qtbot, folder, dialogs)
    try:
        window.verify_vault()
        dialog = window.verify_dialog
        assert dialog is not None
        dialog.reject()
        assert window.verify_dialog is None
        qtbot.wait(500)  # the check ends in the background; nothing is shown any more
    finally:
        window.service.close()
