"""Bad input at the backup and restore entry points (issue #3, sections 3 and 6): malformed,
huge and odd paths, numbers and backup files. Each ends in one clear line on stderr and a
non-zero exit that is not the internal-error code, never a traceback; nothing is created at
the target, nothing is written anywhere else, and the vault is unchanged.

Hostile backups are sealed exactly as real ones (tests/storage/durability_support.seal_archive),
so the restore has to judge their contents, not just their encryption."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from storage import backup
from storage.throttle import FILE_NAME
from storage.vault import DB_NAME, Vault
from tests.cli.support import InProcess, Result, ok, one_line_error
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.storage.durability_support import (
    fill_vault,
    manifest_for,
    new_vault,
    open_unlocked,
    seal_archive,
    snapshot_bytes,
    tar_of,
    tree,
    vault_state,
)

OTHER_PASSPHRASE = "the other vaults passphrase 12"


@dataclass
class Setup:
    root: Path  # everything the tests may touch lives below it
    vault: Path
    good: Path  # a real backup of the vault
    cli: InProcess

    def header_and_body(self) -> tuple[bytes, dict[str, Any], bytes]:
        raw = self.good.read_bytes()
        start = len(backup.MAGIC) + 4
        length = int.from_bytes(raw[len(backup.MAGIC):start], "big")
        return raw[:start + length], json.loads(raw[start:start + length]), raw[start + length:]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: a filled vault and its backup (each test works on a copy)."""
    root = tmp_path_factory.mktemp("template") / "root"
    vault, _code = new_vault(root / "vault")
    try:
        fill_vault(vault, big=1_200_000)
        backup.create_backup(vault, root / "good.vfbak")
    finally:
        vault.close()
    (root / "deep" / "er").mkdir(parents=True)  # targets go here: ../../ stays inside root
    return root


@pytest.fixture
def setup(template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> Setup:
    root = tmp_path / "root"
    shutil.copytree(template, root, symlinks=True)
    return Setup(root, root / "vault", root / "good.vfbak", InProcess(root / "vault", capsys,
                                                                       monkeypatch))


def refused(setup: Setup, args: list[str], *words: str, passphrase: str | None = PASSPHRASE
            ) -> Result:
    """One clear line, and nothing anywhere changed: no file created or left over below the
    root (the target included), none next to it, and the vault's rows are the same (a wrong
    passphrase counts in the unlock throttle's file, and only there)."""
    paths, rows = tree(setup.root), vault_state(setup.vault)
    outside = sorted(os.listdir(setup.root.parent))
    result = setup.cli(*args, passphrase=passphrase)
    one_line_error(result, *words)
    counter = f"vault/{FILE_NAME}"
    assert [p for p in tree(setup.root) if p != counter] == paths, result.err
    (setup.vault / FILE_NAME).unlink(missing_ok=True)
    assert sorted(os.listdir(setup.root.parent)) == outside
    assert vault_state(setup.vault) == rows
    return result


def write(setup: Setup, name: str, data: bytes) -> str:
    path = setup.root / name
    path.write_bytes(data)
    return str(path)


TARGET = "deep/er/restored"


def restore(setup: Setup, source: str, *extra: str) -> list[str]:
    return ["restore", source, "--to", str(setup.root / TARGET), *extra]


# -- backup --to / --interval ------------------------------------------------------------------
def test_bad_backup_targets(setup: Setup) -> None:
    root = setup.root
    existing = root / "existing.vfbak"
    existing.write_bytes(b"an older backup")
    (root / "link").symlink_to(setup.vault, target_is_directory=True)
    cases: list[tuple[list[str], tuple[str, ...]]] = [
        (["--to", str(root)], ("is a folder",)),
        (["--to", str(root / "deep")], ("is a folder",)),
        (["--to", str(root / "missing" / "b.vfbak")], ("does not exist",)),
        (["--to", str(existing / "b.vfbak")], ("does not exist",)),
        (["--to", str(existing)], ("exists already",)),
        (["--to", str(root / ("x" * 300))], ("file name too long", "no backup")),
        (["--to", str(setup.vault / DB_NAME), "--force"], ("inside the vault",)),
        (["--to", str(setup.vault / "attachments" / "b.vfb")], ("inside the vault",)),
        (["--to", str(setup.vault / "attachments" / ".." / "b.vfbak")], ("inside the vault",)),
        (["--to", str(root / "link" / "b.vfbak")], ("inside the vault",)),
        ([], ("--to FILE",)),
        (["--to", ""], ("--to FILE",)),
        (["--to", str(root / "b.vfbak"), "--status"], ("either",)),
        (["--to", str(root / "b.vfbak"), "--interval", "7"], ("either",)),
        (["--to", str(root / "b.vfbak"), "--user", "Niemand"], ("no user 'Niemand'",)),
    ]
    for args, words in cases:
        refused(setup, ["backup", *args], *words)
    refused(setup, ["backup", "--to", str(root / "b.vfbak")], "wrong",
            passphrase="not the passphrase")
    assert existing.read_bytes() == b"an older backup"
    # --force replaces it (and only then).
    ok(setup.cli("backup", "--to", str(existing), "--force"))
    assert existing.read_bytes().startswith(backup.MAGIC)


@pytest.mark.parametrize("days", ["abc", "0", "366", "-1", "1e3", "", "9" * 30, "3 days"])
def test_bad_backup_intervals(setup: Setup, days: str) -> None:
    result = refused(setup, ["backup", "--interval", days])
    assert "1 to 365" in result.err or "invalid int" in result.err, result.err


# -- restore: files that are not backups, or damaged ones ---------------------------------------
def _flip(data: bytes, at: int) -> bytes:
    damaged = bytearray(data)
    damaged[at] ^= 0x04
    return bytes(damaged)


def _bad_files(setup: Setup) -> dict[str, tuple[bytes | None, tuple[str, ...]]]:
    """name -> (file content, or None for no file; words the message must hold)."""
    raw = setup.good.read_bytes()
    head, header, body = setup.header_and_body()
    magic = backup.MAGIC
    text = head[len(magic) + 4:].decode()
    salt_at = len(magic) + 4 + text.index(header["salt"]) + 3
    created_at = len(magic) + 4 + text.index(header["created_at"]) + 6
    return {
        "missing": (None, ("does not exist",)),
        "empty": (b"", ("not a vorfallbuch backup",)),
        "random": (hashlib.sha256(b"r").digest() * 40_000, ("not a vorfallbuch backup",)),
        "text": (b"VFBBACKUP\n hello\n", ("not a vorfallbuch backup",)),
        "magic only": (magic, ("bad header length",)),
        "header length 2**31": (magic + (2**31).to_bytes(4, "big") + raw[len(magic) + 4:],
                                ("bad header length",)),
        "header length 0": (magic + bytes(4) + raw[len(magic) + 4:], ("bad header length",)),
        "header length too long": (magic + (len(head) + 9).to_bytes(4, "big")
                                   + raw[len(magic) + 4:], ("damaged",)),
        "header cut": (raw[:len(head) - 10], ("damaged",)),
        "no body": (head, ("damaged",)),
        "truncated by one byte": (raw[:-1], ("damaged",)),
        "truncated in the middle": (raw[:len(head) + len(body) // 2], ("damaged",)),
        "truncated at a segment": (raw[:len(head) + backup.SEGMENT + 16], ("damaged",)),
        "flipped header brace": (_flip(raw, len(magic) + 4), ("damaged",)),
        "flipped header salt": (_flip(raw, salt_at), ("damaged",)),
        "flipped header time": (_flip(raw, created_at), ("damaged",)),
        "flipped body start": (_flip(raw, len(head) + 20), ("damaged",)),
        "flipped body middle": (_flip(raw, len(head) + len(body) // 2), ("damaged",)),
        "flipped last byte": (_flip(raw, len(raw) - 1), ("damaged",)),
        "deep json": (magic + (600_000).to_bytes(4, "big") + b"[" * 300_000 + b"]" * 300_000,
                      ("damaged",)),
        "future format": (_with_header(header, body, format=2), ("another version",)),
        "not an object": (_raw_header(b"[1, 2]", body), ("another version",)),
        "no slots": (_with_header(header, body, slots=None), ("damaged",)),
        "too many slots": (_with_header(header, body, slots=header["slots"] * 200),
                           ("damaged",)),
        "salt too short": (_with_header(header, body, salt="AAAA"), ("damaged",)),
        "nonce prefix too short": (_with_header(header, body, nonce_prefix="AAAA"),
                                   ("damaged",)),
        "no time": (_with_header(header, body, created_at=None), ("damaged",)),
    }


def _raw_header(header_bytes: bytes, body: bytes) -> bytes:
    return backup.MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes + body


def _with_header(header: dict[str, Any], body: bytes, **changes: Any) -> bytes:
    changed = {**header, **changes}
    changed = {k: v for k, v in changed.items() if v is not None}
    return _raw_header(json.dumps(changed).encode(), body)


def test_restore_refuses_files_that_are_not_intact_backups(setup: Setup) -> None:
    for name, (content, words) in _bad_files(setup).items():
        source = str(setup.root / "missing.vfbak") if content is None else \
            write(setup, f"{name}.vfbak", content)
        result = refused(setup, restore(setup, source), *words)
        assert "Traceback" not in result.err, name
    for folder in (setup.root, setup.root / "deep"):
        refused(setup, restore(setup, str(folder)), "is a folder")


def _slot(header: dict[str, Any], **changes: Any) -> dict[str, Any]:
    slots = [dict(s) for s in header["slots"]]
    for slot in slots:
        if slot["kind"] == "passphrase":
            slot.update(changes)
    return {**header, "slots": slots}


KDF = {"algorithm": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1}


@pytest.mark.parametrize("changes", [
    {"kdf": 5}, {"kdf": "[]"}, {"kdf": '"argon2id"'}, {"kdf": "{"}, {"kdf": "[" * 50_000},
    {"kdf": json.dumps({**KDF, "iterations": 10**9})},  # hours of work
    {"kdf": json.dumps({**KDF, "memory_kib": 2**32 - 1})},  # 4 TiB
    {"kdf": json.dumps({**KDF, "memory_kib": 2**20, "iterations": 64})},
    {"kdf": json.dumps({**KDF, "memory_kib": -1, "iterations": -1, "lanes": 0})},
    {"kdf": json.dumps({**KDF, "lanes": 2**40})},
    {"kdf": json.dumps({**KDF, "algorithm": "md5"})},
    {"salt": 5}, {"salt": "not base64!"}, {"wrapped": ""}, {"wrapped": None},
    {"user_id": None}, {"id": ["x"]},
], ids=lambda c: next(iter(c)) + ":" + str(next(iter(c.values())))[:40])
def test_restore_refuses_hostile_keyslots_quickly(setup: Setup,
                                                  changes: dict[str, Any]) -> None:
    """The header is read before anything in it can be authenticated: its keyslots must not
    make the key derivation run for hours, exhaust memory or crash."""
    _head, header, body = setup.header_and_body()
    source = write(setup, "hostile.vfbak", _raw_header(
        json.dumps(_slot(header, **changes)).encode(), body))
    result = refused(setup, restore(setup, source))
    assert any(w in result.err for w in ("damaged", "does not open")), result.err


def test_restore_with_the_wrong_secret_or_another_vaults_backup(setup: Setup) -> None:
    other, other_code = Vault.create(setup.root / "other", USER, OTHER_PASSPHRASE,
                                     kdf=CHEAP_KDF)
    try:
        other_backup = setup.root / "other.vfbak"
        backup.create_backup(other, other_backup)
    finally:
        other.close()
    code_file = write(setup, "code.txt", other_code.encode())
    typo_file = write(setup, "typo.txt", b"ABCDE-FGHJK")
    refused(setup, restore(setup, str(setup.good)), "does not open",
            passphrase="not the passphrase")
    refused(setup, restore(setup, str(setup.good), "--user", "Niemand"), "no user 'Niemand'")
    refused(setup, restore(setup, str(setup.good), "--recovery-code-file", code_file),
            "recovery code does not open")
    refused(setup, restore(setup, str(setup.good), "--recovery-code-file", typo_file),
            passphrase=None)
    refused(setup, restore(setup, str(setup.good), "--recovery"), "no recovery code",
            passphrase=None)
    refused(setup, restore(setup, str(setup.good), "--recovery-code-file",
                           str(setup.root / "none.txt")), "does not exist")
    refused(setup, restore(setup, str(setup.good)), "no passphrase", passphrase=None)
    # Another vault's backup, with this vault's passphrase.
    refused(setup, restore(setup, str(other_backup)), "does not open")


def test_restore_refuses_targets_that_are_not_free(setup: Setup) -> None:
    root = setup.root
    (root / "full").mkdir()
    (root / "full" / "brief.txt").write_bytes(b"x")
    (root / "a-file").write_bytes(b"x")
    good = str(setup.good)
    for target, words in (
            (root / "full", ("not an empty folder",)),
            (root / "a-file", ("not an empty folder",)),
            (root / "a-file" / "below", ("file error",)),
            (setup.vault, ("already a vault", "--replace")),
            (setup.vault / "attachments", ("not an empty folder",)),
            (setup.vault / "attachments" / "new", ("inside the vault",)),
            (setup.vault / "sub", ("inside the vault",)),
            (root / ("r" * 300), ("file name too long",))):
        refused(setup, ["restore", good, "--to", str(target)], *words)
    refused(setup, ["restore", good, "--to", str(root / "full"), "--replace"],
            "not an empty folder")
    refused(setup, ["restore", good], "the following arguments are required: --to")
    assert (root / "full" / "brief.txt").read_bytes() == b"x"


# -- restore: hostile archives inside a correctly sealed backup ---------------------------------
def _link(name: str, kind: bytes, target: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


def _hostile_archives(db: bytes) -> dict[str, tuple[list[tuple[str, bytes | tarfile.TarInfo]],
                                                    str]]:
    blob = "attachments/" + "ab" * 16 + ".vfb"
    good = [(DB_NAME, db), ("manifest.json", manifest_for({DB_NAME: db}))]
    evil = b"evil"
    return {
        "parent path": ([("../../evil", evil), *good], "unexpected entry"),
        "parent path after the good files": ([*good, ("../../evil", evil)],
                                             "unexpected entry"),
        "absolute path": ([("/tmp/evil-vorfallbuch-test", evil), *good], "unexpected entry"),
        "path into attachments": ([("attachments/../../evil.vfb", evil), *good],
                                  "unexpected entry"),
        "odd attachment name": ([("attachments/evil.vfb", evil), *good], "unexpected entry"),
        "symlink": ([(blob, _link(blob, tarfile.SYMTYPE, "../../evil")), *good],
                    "unexpected entry"),
        "hard link": ([(blob, _link(blob, tarfile.LNKTYPE, DB_NAME)), *good],
                      "unexpected entry"),
        "folder": ([("attachments", _link("attachments", tarfile.DIRTYPE, "")), *good],
                   "unexpected entry"),
        "device": ([(DB_NAME, _link(DB_NAME, tarfile.CHRTYPE, "")), *good],
                   "unexpected entry"),
        "database twice": ([(DB_NAME, db), *good], "unexpected entry"),
        "no manifest": ([(DB_NAME, db)], "incomplete"),
        "manifest lies": ([(DB_NAME, db), ("manifest.json", manifest_for({DB_NAME: b"x"}))],
                          "incomplete"),
        "file not in the manifest": ([(blob, b"y"), *good], "incomplete"),
        "manifest not json": ([(DB_NAME, db), ("manifest.json", b"{")], "unreadable file list"),
        "manifest huge": ([(DB_NAME, db), ("manifest.json", b"[" * 2_000_000)],
                          "unreadable file list"),
        "no database": ([("manifest.json", manifest_for({}))], "incomplete"),
        "not a database": ([(DB_NAME, b"SQLite format 3\x00" + bytes(100)),
                            ("manifest.json", manifest_for(
                                {DB_NAME: b"SQLite format 3\x00" + bytes(100)}))],
                           "damaged"),
        "not a tar": ([], "cannot be read"),
        # authentic to its last byte, but the tar inside ends in the middle of the database
        "archive cut short": (good, "cannot be read"),
    }


def test_restore_refuses_hostile_archives_and_writes_nothing_outside(setup: Setup) -> None:
    vault = open_unlocked(setup.vault)
    try:
        db = snapshot_bytes(vault, setup.root / "deep")
        for name, (members, words) in _hostile_archives(db).items():
            archive = tar_of(members) if members else b"\x00garbage" * 1000
            if name == "archive cut short":
                archive = archive[:len(db) // 2]
            path = setup.root / "hostile.vfbak"
            path.unlink(missing_ok=True)
            seal_archive(vault, path, archive)
            result = refused(setup, restore(setup, str(path)), words)
            assert "Traceback" not in result.err, name
    finally:
        vault.close()
    assert not list(setup.root.parent.rglob("*evil*"))
    assert not Path("/tmp/evil-vorfallbuch-test").exists()


def test_restore_refuses_a_database_of_another_vault_under_this_vaults_header(
        setup: Setup) -> None:
    other, _code = new_vault(setup.root / "other")
    try:
        foreign = snapshot_bytes(other, setup.root / "deep")
    finally:
        other.close()
    vault = open_unlocked(setup.vault)
    try:
        seal_archive(vault, setup.root / "swap.vfbak", tar_of([
            (DB_NAME, foreign), ("manifest.json", manifest_for({DB_NAME: foreign}))]))
    finally:
        vault.close()
    refused(setup, restore(setup, str(setup.root / "swap.vfbak")), "another vault")


def test_the_hostile_archive_helper_can_make_a_backup_that_restores(setup: Setup) -> None:
    """The control for the hostile cases: the same sealing with honest contents restores."""
    vault = open_unlocked(setup.vault)
    try:
        files = {DB_NAME: snapshot_bytes(vault, setup.root / "deep")}
        for blob in sorted((setup.vault / "attachments").glob("*.vfb")):
            files[f"attachments/{blob.name}"] = blob.read_bytes()
        assert len(files) == 4
        seal_archive(vault, setup.root / "honest.vfbak",
                     tar_of([*files.items(), ("manifest.json", manifest_for(files))]))
    finally:
        vault.close()
    result = ok(setup.cli(*restore(setup, str(setup.root / "honest.vfbak"))))
    assert "it verifies" in result.out

