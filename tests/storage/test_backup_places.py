"""Where a backup and a restore put things: an existing backup file is only replaced when asked,
every refusal names the place, a restore creates the folders it needs, sweeps what a killed
restore left beside the target, keeps each replaced vault under a name of its own and, when
putting the copy in place fails, leaves an emptied target folder as it was."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from app.service import VaultService
from storage import backup, leftovers
from storage.errors import NotDone, StorageCode, StorageError, VaultExistsError
from storage.fileio import FileOps
from storage.vault import ATTACHMENTS, DB_NAME, Vault
from tests.conftest import PASSPHRASE, USER

CREDENTIALS = backup.Credentials(USER, PASSPHRASE)


def _backup_of(vault: Vault, folder: Path) -> Path:
    VaultService(vault).add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    target = folder / "b.vfbak"
    backup.create_backup(vault, target)
    return target


def _refusal(call: object) -> StorageError:
    assert callable(call)
    with pytest.raises(StorageError) as caught:
        call()
    return caught.value


def test_a_backup_replaces_a_file_only_when_asked_and_names_each_refused_place(
        vault: Vault, tmp_path: Path) -> None:
    existing = tmp_path / "old.vfbak"
    existing.write_bytes(b"the older backup")
    error = _refusal(lambda: backup.create_backup(vault, existing))
    assert isinstance(error, VaultExistsError)
    assert (error.code, error.params) == (StorageCode.TARGET_EXISTS, {"path": existing})
    assert existing.read_bytes() == b"the older backup"

    error = _refusal(lambda: backup.create_backup(vault, tmp_path))
    assert (error.code, error.params) == (StorageCode.BACKUP_TARGET_IS_FOLDER, {"path": tmp_path})
    missing = tmp_path / "gone" / "b.vfbak"
    error = _refusal(lambda: backup.create_backup(vault, missing))
    assert (error.code, error.params) == (StorageCode.FOLDER_MISSING, {"folder": missing.parent})
    too_long = tmp_path / ("x" * 300 + ".vfbak")
    error = _refusal(lambda: backup.create_backup(vault, too_long))
    assert error.code is StorageCode.FILE_ERROR
    assert (error.params["folder"], error.params["action"]) == (tmp_path,
                                                                NotDone.NO_BACKUP_WRITTEN)

    backup.create_backup(vault, existing, overwrite=True)
    assert existing.read_bytes()[:len(backup.MAGIC)] == backup.MAGIC


def test_a_full_disk_names_about_the_size_a_backup_needs(vault: Vault, tmp_path: Path) -> None:
    service = VaultService(vault)
    incident = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    for number in range(3):
        service.add_attachment_stream(incident.id, io.BytesIO(os.urandom(5000 * (number + 1))),
                                      f"scan{number}.pdf")

    class FullDisk(FileOps):
        def write(self, fd: int, data: bytes | memoryview) -> None:
            raise OSError(28, os.strerror(28))

    vault.file_ops = FullDisk()
    files = sorted((vault.folder / ATTACHMENTS).iterdir())
    needed = (vault.folder / DB_NAME).stat().st_size + sum(p.stat().st_size for p in files)
    error = _refusal(lambda: backup.create_backup(vault, tmp_path / "b.vfbak"))
    assert error.code is StorageCode.DISK_FULL
    assert len(files) == 3 and error.params["needed"] == needed


def test_a_restore_makes_the_folders_it_needs_and_names_each_refused_place(
        vault: Vault, tmp_path: Path) -> None:
    source = _backup_of(vault, tmp_path)
    nested = tmp_path / "new" / "deeper" / "vault"
    result = backup.restore_backup(source, nested, CREDENTIALS)
    assert result.folder == nested and Vault.exists(nested) and result.replaced is None

    busy = tmp_path / "photos"
    busy.mkdir()
    (busy / "holiday.jpg").write_bytes(b"\xff\xd8")
    error = _refusal(lambda: backup.restore_backup(source, busy, CREDENTIALS, replace=True))
    assert (error.code, error.params) == (StorageCode.RESTORE_TARGET_NOT_EMPTY, {"path": busy})
    too_long = tmp_path / ("x" * 300)
    error = _refusal(lambda: backup.restore_backup(source, too_long, CREDENTIALS))
    assert error.code is StorageCode.FILE_ERROR
    assert (error.params["folder"], error.params["action"]) == (tmp_path,
                                                                NotDone.NOTHING_RESTORED)


def test_a_restore_sweeps_what_a_killed_restore_left_beside_the_target(
        vault: Vault, tmp_path: Path) -> None:
    source = _backup_of(vault, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "vault"
    left = leftovers.names(target)["restore"]
    left.mkdir()
    (left / DB_NAME).write_bytes(b"half a database")
    os.utime(left, (0, 0))  # long ago: no restore runs that long
    backup.restore_backup(source, target, CREDENTIALS)
    assert sorted(p.name for p in out.iterdir()) == ["vault"]


def test_each_replaced_vault_is_kept_under_a_name_of_its_own(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _backup_of(vault, tmp_path)
    target = tmp_path / "restored"
    backup.restore_backup(source, target, CREDENTIALS)
    # Every restore in the same second (a clock that stands still):
    monkeypatch.setattr(backup, "utc_now", lambda: "2026-03-14T10:20:30.123456Z")
    stamp = "restored.replaced-2026-03-14T102030"
    kept = [backup.restore_backup(source, target, CREDENTIALS, replace=True).replaced
            for _ in range(3)]
    assert [p.name if p else None for p in kept] == [stamp, f"{stamp}-2", f"{stamp}-3"]
    assert all(p is not None and p.parent == tmp_path and Vault.exists(p) for p in kept)
    assert Vault.exists(target)


def test_a_failure_after_the_move_leaves_an_emptied_target_folder_as_it_was(
        vault: Vault, tmp_path: Path) -> None:
    source = _backup_of(vault, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "vault"
    target.mkdir(mode=0o700)

    class ParentFsyncFails(FileOps):
        def fsync_dir(self, path: Path) -> None:
            if path == out:
                raise OSError(28, os.strerror(28))
            super().fsync_dir(path)

    error = _refusal(lambda: backup.restore_backup(source, target, CREDENTIALS,
                                                   file_ops=ParentFsyncFails()))
    assert error.code is StorageCode.DISK_FULL
    assert error.params["action"] is NotDone.NOTHING_RESTORED
    assert [p.name for p in out.iterdir()] == ["vault"]  # no staging copy left either
    assert target.is_dir() and not any(target.iterdir())
    assert target.stat().st_mode & 0o777 == 0o700
