"""Backup and restore (issue #3, section 3): one encrypted file holding the whole vault, taken
consistently while another process writes, that restores bit-exact, opens with the users'
passphrases and the recovery code of the time of the backup, and never overwrites a vault.

The main flow runs `vorfallbuch backup` and `vorfallbuch restore` as their own processes; the
many read-back commands compared before and after run in-process (cli.main.main) to keep
the run short."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from storage import backup
from storage.errors import RecoveryCodeError, StorageCode, StorageError, WrongPassphraseError
from storage.vault import DB_NAME, Vault
from storage.verify import verify
from tests.cli.support import ROOT, InProcess, ok, one_line_error, run, run_many
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code
from tests.storage.durability_support import (
    SECOND_PASSPHRASE,
    SECOND_USER,
    Filled,
    fill_vault,
    new_vault,
    open_unlocked,
    random_bytes,
    tree,
    vault_state,
)

NEW_PASSPHRASE = "a passphrase set after the backup 9"
THIRD_USER = "Clara Neumann"


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, Filled, str]:
    """A closed vault with every kind of content, and its recovery code."""
    vault, code = new_vault(tmp_path / "vault")
    try:
        content = fill_vault(vault)
    finally:
        vault.close()
    return tmp_path / "vault", content, code


def everything(cli: InProcess, folder: Path, content: Filled, out: Path) -> dict[str, Any]:
    """What a user can read out of the vault: the JSON of every list, show and history, the
    log, the users, and the bytes of every attachment as extracted."""
    out.mkdir()
    seen: dict[str, Any] = {}

    def read(*args: str) -> None:
        seen[" ".join(args)] = ok(cli(*args, vault=folder)).json()

    read("incident", "list", "--json")
    for incident_id in content.incidents:
        read("incident", "show", incident_id, "--json")
        read("incident", "history", incident_id, "--json")
        read("attachment", "list", incident_id, "--json")
    read("incident", "history", content.deleted, "--json")
    read("contact", "list", "--json")
    for contact_id in content.contacts:
        read("contact", "show", contact_id, "--json")
    read("user", "list", "--json")
    read("log", "--json")
    for attachment_id in content.attachments:
        target = out / attachment_id
        ok(cli("attachment", "extract", attachment_id, "--out", str(target), vault=folder))
        seen[f"bytes {attachment_id}"] = target.read_bytes()
    return seen


def test_backup_then_restore_in_new_processes_is_bit_exact(
        filled: tuple[Path, Filled, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, content, code = filled
    cli = InProcess(folder, capsys, monkeypatch)
    before = everything(cli, folder, content, tmp_path / "before")
    for attachment_id, data in content.attachments.items():
        assert before[f"bytes {attachment_id}"] == data
    assert sorted(len(d) for d in content.attachments.values())[0] == 0  # the empty one
    assert len(before["incident list --json"]) == 3
    assert len(before["user list --json"]) == 2
    state_before = vault_state(folder)

    target = tmp_path / "backups" / "vorfallbuch-2026.vfbak"
    target.parent.mkdir()
    made = ok(run(folder, "backup", "--to", target))
    assert made.err == ""  # progress lines are for terminals only
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"SHA-256 {digest}" in made.out and "read back and verified" in made.out
    assert "3 attachments" in made.out
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp files

    # The backup changed only the reminder and the log of the vault it was taken from.
    after_backup = vault_state(folder)
    assert after_backup["files"] == state_before["files"]
    assert [t for t in after_backup["rows"] if after_backup["rows"][t] !=
            state_before["rows"][t]] == ["chain_link", "meta"]
    log = ok(cli("log", "--json")).json()
    assert log[:-1] == before["log --json"]
    assert log[-1]["kind"] == "backup" and log[-1]["sha256"] == digest

    # Nothing of the content is readable in the file.
    raw = target.read_bytes()
    for secret in (b"Marktplatz", b"Mustermann", b"Subject: Drohung",
                   random_bytes(4096, "big")[:64]):
        assert secret not in raw

    restored = tmp_path / "restored"
    back = ok(run(folder, "restore", target, "--to", restored))
    assert f"into {restored}" in back.out and "it verifies" in back.out
    verified, again = run_many(restored, ["verify"], ["verify", "--json"])
    assert ok(verified).out.startswith("OK: ")
    assert ok(again).json()["ok"] is True

    after = everything(cli, restored, content, tmp_path / "after")
    assert after.keys() == before.keys()
    for key in before:
        assert after[key] == before[key], key
    assert vault_state(restored)["rows"]["revision"] == state_before["rows"]["revision"]

    # The second user's passphrase and the recovery code open the same backup (CLI, in-process).
    by_second = tmp_path / "by-second"
    ok(cli("restore", str(target), "--to", str(by_second), "--user", SECOND_USER,
           passphrase=SECOND_PASSPHRASE))
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.replace("-", "").lower() + "\n", encoding="utf-8")
    by_code = tmp_path / "by-code"
    ok(cli("restore", str(target), "--to", str(by_code), "--recovery-code-file",
           str(code_file), passphrase=None))
    for other in (by_second, by_code):
        assert ok(cli("incident", "list", "--json", vault=other)).json() == \
            before["incident list --json"]
        assert vault_state(other)["files"] == vault_state(restored)["files"]


def test_the_backup_opens_with_the_credentials_of_its_time_only(
        filled: tuple[Path, Filled, str], tmp_path: Path) -> None:
    folder, _content, code = filled
    target = tmp_path / "b.vfbak"
    vault = open_unlocked(folder)
    try:
        made = backup.create_backup(vault, target)
        # After the backup: a new passphrase, a new user, the second user removed.
        vault.change_passphrase(NEW_PASSPHRASE, kdf=CHEAP_KDF)
        vault.add_user(THIRD_USER, NEW_PASSPHRASE, kdf=CHEAP_KDF)
        vault.remove_user(SECOND_USER)
        other_vault, other_code = new_vault(tmp_path / "other")
        other_vault.close()
    finally:
        vault.close()
    Credentials = backup.Credentials
    wrong = StorageCode.BACKUP_PASSPHRASE_WRONG
    refused = [
        (Credentials(USER, NEW_PASSPHRASE), wrong),
        (Credentials(None, NEW_PASSPHRASE), wrong),
        (Credentials(THIRD_USER, NEW_PASSPHRASE), StorageCode.BACKUP_UNKNOWN_USER),
        (Credentials(USER, ""), wrong),
        (Credentials(recovery_code=other_code), StorageCode.BACKUP_RECOVERY_CODE_WRONG),
    ]
    for number, (credentials, reason) in enumerate(refused):
        with raises_code(WrongPassphraseError, reason) as caught:
            backup.restore_backup(target, tmp_path / f"refused-{number}", credentials)
        if reason is StorageCode.BACKUP_UNKNOWN_USER:
            assert caught.value.params["name"] == THIRD_USER
            assert USER in caught.value.params["users"]
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(RecoveryCodeError):
        backup.restore_backup(target, tmp_path / "typo", Credentials(recovery_code=typo))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.vfbak", "other", "vault"]

    accepted = {
        "first": Credentials(USER, PASSPHRASE),
        "second": Credentials(SECOND_USER, SECOND_PASSPHRASE),  # removed since: still opens
        "any-user": Credentials(None, SECOND_PASSPHRASE),
        "code": Credentials(recovery_code=code),
    }
    for name, credentials in accepted.items():
        result = backup.restore_backup(target, tmp_path / name, credentials)
        assert result.replaced is None and result.records == made.records
        restored = Vault.open(result.folder)
        try:
            # The restored vault is the vault of the backup's time, with its passphrases.
            with pytest.raises(WrongPassphraseError):
                restored.unlock(USER, NEW_PASSPHRASE)
            restored.unlock(USER, PASSPHRASE)
            assert [u.name for u in restored.users()] == [USER, SECOND_USER]
            assert verify(restored).ok
        finally:
            restored.close()


def test_restoring_over_a_vault_needs_replace_and_keeps_the_old_one(
        filled: tuple[Path, Filled, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _content, _code = filled
    target = tmp_path / "b.vfbak"
    vault = open_unlocked(folder)
    try:
        backup.create_backup(vault, target)
        # The vault moves on after the backup: this is what must not be lost.
        VaultService(vault).add_incident({"title": "Nach der Sicherung",
                                          "occurred": {"date": "2026-05-01"}})
    finally:
        vault.close()
    cli = InProcess(folder, capsys, monkeypatch)
    newer = ok(cli("incident", "list", "--json")).json()
    state = vault_state(folder)
    paths = tree(tmp_path)

    one_line_error(cli("restore", str(target), "--to", str(folder)), "already a vault",
                   "--replace")
    assert vault_state(folder) == state and tree(tmp_path) == paths

    # A folder that holds something else is never replaced, not even with --replace.
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8")
    one_line_error(cli("restore", str(target), "--to", str(other), "--replace"),
                   "not an empty folder")
    assert [p.name for p in other.iterdir()] == ["holiday.jpg"]

    replaced = ok(cli("restore", str(target), "--to", str(folder), "--replace"))
    kept_line = [line for line in replaced.out.splitlines() if "kept in" in line]
    assert len(kept_line) == 1, replaced.out
    kept = Path(kept_line[0].split("kept in ", 1)[1].rstrip("."))
    assert kept.parent == folder.parent and kept != folder
    assert vault_state(kept) == state  # the old vault, untouched, beside the restored one
    assert ok(cli("incident", "list", "--json", vault=kept)).json() == newer
    assert ok(cli("verify", vault=kept)).out.startswith("OK: ")
    restored = ok(cli("incident", "list", "--json")).json()
    assert [i["title"] for i in restored] == [i["title"] for i in newer
                                              if i["title"] != "Nach der Sicherung"]

    # Replacing again at once (same second) keeps the second old vault as well.
    again = ok(cli("restore", str(target), "--to", str(folder), "--replace"))
    assert "kept in" in again.out
    kept_folders = sorted(p for p in tmp_path.iterdir() if p.name.startswith("vault.replaced"))
    assert len(kept_folders) == 2
    for old in kept_folders:
        assert ok(cli("verify", vault=old)).out.startswith("OK: ")
    assert vault_state(kept) == state


WRITER = r"""
import sys
from pathlib import Path
from app.service import VaultService
from storage.vault import Vault

folder, stop, ready = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
vault = Vault.open(folder)
vault.unlock(None, sys.argv[4])
service = VaultService(vault)
number = 0
while not stop.exists():
    service.add_incident({"title": f"Serie {number:05d}", "occurred": {"date": "2026-01-01"}})
    number += 1
    if number == 5:
        ready.touch()
vault.close()
print(number)
"""


def _incident_count(folder: Path) -> int:
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True, timeout=30)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM record WHERE kind = 'incident'").fetchone()[0])
    finally:
        conn.close()


def _series(folder: Path) -> list[int]:
    vault = open_unlocked(folder)
    try:
        listing = VaultService(vault).list_incidents()
        assert not listing.failures
        titles = [e.value.title for e in listing.entries]
    finally:
        vault.close()
    return sorted(int(t.split()[1]) for t in titles if t.startswith("Serie "))


def test_a_backup_taken_while_another_process_writes_is_a_consistent_snapshot(
        tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _code = new_vault(folder)
    try:
        service = VaultService(vault)
        base = service.add_incident({"title": "Basis", "occurred": {"date": "2025-12-01"}})
        # A large attachment makes the backup take long enough to overlap many saves.
        service.add_attachment_stream(base.id, io.BytesIO(random_bytes(6 * 1024 * 1024, "c")),
                                      "gross.bin")
    finally:
        vault.close()
    # A reader that stays open (as a GUI's would) keeps every later save in the -wal file:
    # a raw copy of vault.db would miss them all; a real snapshot must not.
    reader = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM record").fetchone()
    stop, ready = tmp_path / "stop", tmp_path / "ready"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(stop),
                               str(ready), PASSPHRASE], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline, "the writer did not start"
            time.sleep(0.02)
        count_before = _incident_count(folder)
        target = tmp_path / "b.vfbak"
        made = run(folder, "backup", "--to", target)
        count_after = _incident_count(folder)
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=60)
        reader.close()
    ok(made)
    assert writer.returncode == 0, err.decode()
    written = int(out.decode().strip())
    assert count_after > count_before, "the writer did not write during the backup"

    restored = backup.restore_backup(target, tmp_path / "restored",
                                     backup.Credentials(USER, PASSPHRASE)).folder
    vault = open_unlocked(restored)
    try:
        report = verify(vault)
        assert report.ok, report.failures
        service = VaultService(vault)
        for entry in service.list_incidents().entries:  # every incident in it opens
            assert service.get_incident(entry.id).value.title == entry.value.title
    finally:
        vault.close()
    series = _series(restored)
    # A prefix of what the writer saved, in order: the saves up to one moment, none after it.
    assert series == list(range(len(series)))
    assert count_before <= len(series) + 1 <= count_after
    assert _series(folder) == list(range(written))
    original = open_unlocked(folder)
    try:
        assert verify(original).ok
    finally:
        original.close()


def test_backup_reminder_status_and_interval(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "vault"
    new_vault(folder)[0].close()
    cli = InProcess(folder, capsys, monkeypatch)

    def status() -> dict[str, Any]:
        result: dict[str, Any] = ok(cli("backup", "--status", "--json", passphrase=None)).json()
        return result

    assert status() == {"interval_days": 7, "last_backup_at": None, "due": True}
    text = ok(cli("backup", "--status", passphrase=None)).out
    assert "every 7 days" in text and "never" in text and "due" in text

    for bad in ("0", "366", "-1", "abc", "7.5", ""):
        result = cli("backup", "--interval", bad)
        one_line_error(result)
        assert ("1 to 365" in result.err) or ("invalid int" in result.err), result.err
    assert status()["interval_days"] == 7
    ok(cli("backup", "--interval", "30"))
    ok(cli("backup", "--interval", "365"))
    ok(cli("backup", "--interval", "1"))
    assert status() == {"interval_days": 1, "last_backup_at": None, "due": True}
    one_line_error(cli("backup", "--interval", "30", passphrase="wrong passphrase!"), "wrong")
    assert status()["interval_days"] == 1

    started = dt.datetime.now(dt.UTC)
    ok(cli("backup", "--to", str(tmp_path / "b.vfbak")))
    now = status()
    assert now["due"] is False and now["interval_days"] == 1
    at = dt.datetime.fromisoformat(now["last_backup_at"].replace("Z", "+00:00"))
    assert started - dt.timedelta(seconds=1) <= at <= dt.datetime.now(dt.UTC)
    assert "last backup: " + now["last_backup_at"] in ok(cli("backup", "--status")).out

    # Two days later (the stored time moved back) a backup is due again; the interval counts.
    earlier = (at - dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'last_backup_at'", (earlier,))
    conn.close()
    assert status() == {"interval_days": 1, "last_backup_at": earlier, "due": True}
    ok(cli("backup", "--interval", "3"))
    assert status() == {"interval_days": 3, "last_backup_at": earlier, "due": False}

    # The status and the interval are kept in the vault (a new Vault object sees them).
    vault = Vault.open(folder)
    try:
        assert vault.backup_status().interval_days == 3
        vault.unlock(USER, PASSPHRASE)
        with raises_code(StorageError, StorageCode.BACKUP_INTERVAL_RANGE, minimum=1,
                         maximum=365):
            vault.set_backup_interval(0)
    finally:
        vault.close()


def test_backup_result_names_size_records_and_attachments(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "vault")
    try:
        content = fill_vault(vault, big=1024)
        result = backup.create_backup(vault, tmp_path / "b.vfbak")
        assert result.size == (tmp_path / "b.vfbak").stat().st_size
        assert result.attachments == len(content.attachments)
        header = backup.read_header(tmp_path / "b.vfbak")
        assert header["vault_id"] == vault.vault_id
        assert {s["user_name"] for s in header["slots"] if s["kind"] != "recovery"} == \
            {USER, SECOND_USER}
        assert not re.search(r"Mustermann|Marktplatz", str(header))
    finally:
        vault.close()
