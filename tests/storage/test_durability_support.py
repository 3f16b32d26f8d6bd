"""The durability tests' helpers themselves, so a broken helper cannot make the durability
tests pass vacuously."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from app.service import VaultService
from storage import backup as backup_mod
from storage.vault import DB_NAME, Vault
from tests.conftest import PASSPHRASE, USER
from tests.storage.durability_support import (
    FailingOps,
    fill_up,
    manifest_for,
    new_vault,
    one_sentence,
    seal_archive,
    small_filesystem,
    snapshot_bytes,
    tar_of,
    vault_state,
)


def test_failing_ops_cut_the_write_and_fail_on_the_nth_call(tmp_path: Path) -> None:
    ops = FailingOps(budget=10)
    fd = ops.create(tmp_path / "a")
    try:
        ops.write(fd, b"12345")
        with pytest.raises(OSError) as caught:
            ops.write(fd, b"67890abc")
        assert caught.value.errno == errno.ENOSPC
    finally:
        os.close(fd)
    assert (tmp_path / "a").read_bytes() == b"1234567890"
    ops = FailingOps(fail_on={"fsync"}, nth=2)
    fd = ops.create(tmp_path / "b")
    try:
        ops.fsync(fd)
        with pytest.raises(OSError):
            ops.fsync(fd)
        ops.fsync(fd)  # only the nth call fails
    finally:
        os.close(fd)
    assert ops.failed == 1


def test_vault_state_sees_every_kind_of_change(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "v")
    try:
        service = VaultService(vault)
        incident = service.add_incident({"title": "x", "occurred": {"date": "2026-01-01"}})
        before = vault_state(vault.folder)
        assert vault_state(vault.folder) == before
        vault.set_backup_interval(3)  # one meta row
        changed = vault_state(vault.folder)
        assert changed != before and changed["files"] == before["files"]
        service.add_attachment_stream(incident.id, io.BytesIO(b"y"), "y.txt")
        assert vault_state(vault.folder)["files"] != changed["files"]
        (vault.folder / "attachments" / ".tmp-left.part").write_bytes(b"")
        assert ".tmp-left.part" in "".join(vault_state(vault.folder)["files"])
    finally:
        vault.close()


def test_sealed_archives_are_read_as_real_backups(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "v")
    try:
        db = snapshot_bytes(vault, tmp_path)
        seal_archive(vault, tmp_path / "b.vfbak",
                     tar_of([(DB_NAME, db), ("manifest.json", manifest_for({DB_NAME: db}))]))
    finally:
        vault.close()
    result = backup_mod.restore_backup(tmp_path / "b.vfbak", tmp_path / "r",
                                       backup_mod.Credentials(USER, PASSPHRASE))
    assert Vault.exists(result.folder)


def test_a_filled_filesystem_refuses_writes(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "mnt", 256) as mnt:
        filler = fill_up(mnt, leave=8192)
        (mnt / "small").write_bytes(b"x" * 1000)
        with pytest.raises(OSError) as caught:
            (mnt / "large").write_bytes(b"x" * 64 * 1024)
        assert caught.value.errno == errno.ENOSPC
        filler.unlink()
        (mnt / "large").write_bytes(b"x" * 64 * 1024)


def test_one_sentence_rejects_tracebacks_and_second_lines() -> None:
    one_sentence("The disk is full; nothing was saved.", "disk is full")
    for bad in ("the disk is full.", "Two\nlines.", "Failed ([Errno 28] x).", "No full stop"):
        with pytest.raises(AssertionError):
            one_sentence(bad)
    with pytest.raises(AssertionError):
        one_sentence("The disk is full; nothing was saved.", "read-only")
