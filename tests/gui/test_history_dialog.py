"""'Verlauf' on a real vault: the same entries as the command line's `log --json`, each in
German (saves, deletions, an export with recipient and profile, a backup, user changes), the
filter by kind and text, and the chain's state: "lückenlos geprüft", or the link where a
flipped byte breaks it."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.service import VaultService
from export.dossier.model import DossierRequest
from export.pipeline import export_pdf
from storage.vault import Vault
from tests.cli.support import run
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.admin.history_dialog import HistoryDialog
from ui.main_window import MainWindow

TIMEOUT = 30_000


def _filled(folder: Path, tmp: Path) -> None:
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    service = VaultService(vault)
    incident = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    service.update_incident(incident.id, {"title": "Drohbrief (Scan)",
                                          "occurred": {"date": "2026-03-14"}}, 1)
    service.add_attachment_stream(incident.id, io.BytesIO(b"Scan"), "scan.pdf")
    service.add_user("Bernd Weber", "bernds eigene passphrase", kdf=CHEAP_KDF)
    service.create_backup(tmp / "s.vfbackup")
    export_pdf(service, DossierRequest(recipient="Polizeirevier Pirna"), tmp / "d.pdf")
    other = service.add_incident({"title": "Irrtum", "occurred": {"date": "2026-03-15"}})
    service.delete_incident(other.id)
    vault.close()


def _shown(qtbot: QtBot, folder: Path, dialogs: ScriptedDialogs) -> tuple[MainWindow,
                                                                         HistoryDialog]:
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    window = MainWindow(VaultService(vault), dialogs)
    qtbot.addWidget(window)
    window.show()
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Tresor"]
    [entry] = [a for a in menu.actions() if a.text() == "&Verlauf…"]
    entry.trigger()
    dialog = window.history_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    return window, dialog


def _rows(dialog: HistoryDialog) -> list[list[str]]:
    proxy = dialog.proxy
    return [[str(proxy.index(r, c).data()) for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def test_the_history_lists_what_the_command_line_lists_in_german(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> None:
    folder = tmp_path / "vault"
    _filled(folder, tmp_path)
    cli = run(folder, "log", "--json")
    assert cli.code == 0, cli.err
    window, dialog = _shown(qtbot, folder, dialogs)
    try:
        rows = _rows(dialog)
        assert sorted(int(r[0]) for r in rows) == sorted(e["seq"] for e in cli.json())
        assert [int(r[0]) for r in rows] == sorted((int(r[0]) for r in rows), reverse=True)
        what = {r[3] for r in rows}
        for text in ("Tresor angelegt", "angelegt", "geändert", "gelöscht",
                     "Benutzer hinzugefügt", "Sicherung angelegt (Einträge: 2; Anhänge: 1)",
                     "Dossier exportiert: „d.pdf“, Profil Polizei, für Polizeirevier Pirna, "):
            assert any(w.startswith(text) for w in what), text
        added = next(r for r in rows if r[3] == "Benutzer hinzugefügt als Mitarbeiter")
        assert added[2] == USER and added[4] == "Bernd Weber"  # who added whom
        assert all(r[2] == USER for r in rows)
        assert dialog.state.text().startswith("Der Verlauf ist lückenlos geprüft: ")
        dialog.group.setCurrentIndex(2)  # Exporte
        assert [r[3][:19] for r in _rows(dialog)] == ["Dossier exportiert:"]
        dialog.group.setCurrentIndex(0)
        qtbot.keyClicks(dialog.search, "bernd")
        assert [r[3] for r in _rows(dialog)] == ["Benutzer hinzugefügt als Mitarbeiter"]
        assert dialog.count.text() == f"1 von {len(rows)} Einträgen"
        assert window.clear_for_lock(ask=False) and window.history_dialog is None
    finally:
        window.service.close()


def test_a_broken_link_is_named(qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> None:
    folder = tmp_path / "vault"
    _filled(folder, tmp_path)
    with sqlite3.connect(folder / "vault.db") as conn:
        (payload,), = conn.execute("SELECT payload FROM chain_link WHERE seq = 4").fetchall()
        damaged = bytearray(payload)
        damaged[len(damaged) // 2] ^= 0x01
        conn.execute("UPDATE chain_link SET payload = ? WHERE seq = 4", (bytes(damaged),))
    window, dialog = _shown(qtbot, folder, dialogs)
    try:
        state = dialog.state.text()
        assert state.startswith("Der Verlauf ist bis Glied 3 lückenlos; danach ist er "
                                "unterbrochen: "), state
        row = next(r for r in _rows(dialog) if r[0] == "4")
        assert row[3] and row[3] != "revision"  # the damage in words, not a raw kind
    finally:
        window.service.close()
