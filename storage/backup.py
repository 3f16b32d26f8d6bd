"""Backups: the whole vault in one encrypted file, and restoring it bit-exact.

File: MAGIC, a 4-byte header length, a JSON header (vault id, times, the vault's keyslots at
backup time, a salt and nonce prefix), then a tar stream sealed with the streaming AEAD of
storage/segments.py under a key derived from the data key, with the header as associated data.
The keyslots in the header let any user's passphrase, or the recovery code, of the vault at the
time of the backup open it. The database is copied with VACUUM INTO (a consistent snapshot,
never a raw copy of a live file); attachment files are immutable once written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from storage import leftovers
from storage.backup_format import (  # the names tests and the CLI use stay here too
    _BLOB_NAME,
    BACKUP_LABEL,
    FORMAT,
    MAGIC,
    SALT_BYTES,
    BackupResult,
    Credentials,
    Progress,
    _b64,
    _extract,
    _open_container,
    _stream_key,
    _unb64,
    _verified,
    backup_key,
    read_header,
    unlock_backup,
)
from storage.errors import (
    ErrorCode,
    IntegrityError,
    NotDone,
    StorageCode,
    StorageError,
    VaultExistsError,
)
from storage.fileio import FileOps, file_error
from storage.segments import PREFIX_BYTES, SEGMENT, SegmentSealer
from storage.userbook import utc_now
from storage.vault import ATTACHMENTS, DB_NAME, Vault

__all__ = ["BACKUP_LABEL", "MAGIC", "SEGMENT", "BackupResult", "Credentials", "RestoreResult",
           "backup_key", "create_backup", "read_header", "restore_backup", "unlock_backup"]

# -- writing -----------------------------------------------------------------------------
def create_backup(vault: Vault, target: Path, overwrite: bool = False,
                  progress: Progress | None = None) -> BackupResult:
    """Write, read back and verify a backup, then put it in place atomically."""
    say = progress or (lambda _text: None)
    ops = vault.file_ops
    target = target.absolute()
    try:
        if target.is_dir():
            raise StorageError(StorageCode.BACKUP_TARGET_IS_FOLDER, path=target)
        if target.exists() and not overwrite:
            raise VaultExistsError(StorageCode.TARGET_EXISTS, path=target)
        if not target.parent.is_dir():
            raise StorageError(StorageCode.FOLDER_MISSING, folder=target.parent)
        _outside_vaults(target, StorageCode.BACKUP_INSIDE_VAULT)
    except OSError as exc:  # e.g. a name too long for the file system
        raise file_error(exc, NotDone.NO_BACKUP_WRITTEN, folder=target.parent) from None
    leftovers.sweep(target.parent)  # what a killed backup left there
    paths = leftovers.names(target)
    snapshot, temp, scratch = paths["snapshot"], paths["tmp"], paths["check"]
    marker = leftovers.mark(vault.folder, target.parent)
    failed: OSError | None = None
    try:
        say("Taking a consistent snapshot of the database")
        _snapshot(vault, snapshot)
        header = _header(vault, snapshot)
        header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
        ad = MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
        key = vault.derive_key(_unb64(header["salt"]), BACKUP_LABEL)
        blob_ids = _attachment_ids(snapshot)
        say(f"Writing {len(blob_ids)} attachments")
        size, digest = _write_container(ops, temp, ad, key, _unb64(header["nonce_prefix"]),
                                        snapshot, vault.folder / ATTACHMENTS, blob_ids)
        say("Reading the backup back and verifying it")
        records = _check_backup(vault, temp, key, scratch)
        if target.exists() and not overwrite:
            raise VaultExistsError(StorageCode.TARGET_EXISTS, path=target)
        ops.replace(temp, target)
        try:
            ops.fsync_dir(target.parent)
        except OSError:
            target.unlink(missing_ok=True)  # the message says no backup was written
            raise
    except OSError as exc:
        failed = exc
    finally:
        # The clean-up's own failure (a target that became read-only or vanished) must not
        # hide the real error: it is suppressed, and a later backup or the vault's next opening
        # sweeps what is left.
        for leftover in (snapshot, temp, snapshot.with_name(snapshot.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        shutil.rmtree(scratch, ignore_errors=True)
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)
    if failed is not None:
        raise file_error(failed, NotDone.NO_BACKUP_WRITTEN, folder=target.parent,
                         needed=_needed(vault)) from None
    try:
        vault.record_backup(utc_now(), {"sha256": digest, "size": size, "records": records,
                                        "attachments": len(blob_ids)})
    except StorageError as exc:
        # The backup is complete and verified (e.g. of a vault on a full disk to another
        # one): failing here would hide that; the reminder just keeps the older time.
        return BackupResult(target, size, digest, records, len(blob_ids),
                            StorageError(StorageCode.BACKUP_NOT_NOTED, problem=exc))
    return BackupResult(target, size, digest, records, len(blob_ids))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _needed(vault: Vault) -> int:
    """About the size of a backup of `vault`: its database and attachment files."""
    total = 0
    with contextlib.suppress(OSError):
        total += (vault.folder / DB_NAME).stat().st_size
        for entry in os.scandir(vault.folder / ATTACHMENTS):
            total += entry.stat().st_size
    return total


def _snapshot(vault: Vault, snapshot: Path) -> None:
    # The snapshot holds the keyslots: owner-only from its first byte (VACUUM INTO accepts an
    # empty file that exists, and would otherwise create it with the process's umask).
    leftovers.create_private(snapshot)
    raw = vault.engine.raw_connection()
    try:
        # VACUUM INTO reads one consistent snapshot while other processes keep writing.
        raw.cursor().execute("VACUUM INTO ?", (str(snapshot),))
    except sqlite3.Error as exc:
        raise StorageError(StorageCode.SNAPSHOT_FAILED, sqlite_message=str(exc)) from None
    finally:
        raw.close()


def _header(vault: Vault, snapshot: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        names = dict(conn.execute("SELECT id, name FROM vault_user").fetchall())
        slots = [
            {"id": i, "kind": k, "user_id": u, "user_name": names.get(u), "kdf": kdf,
             "salt": _b64(salt), "wrapped": _b64(wrapped)}
            for i, k, u, kdf, salt, wrapped in conn.execute(
                "SELECT id, kind, user_id, kdf, salt, wrapped_key FROM keyslot ORDER BY id")
        ]
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    return {"format": FORMAT, "vault_id": meta["vault_id"], "created_at": utc_now(),
            "schema_version": int(meta["schema_version"]),
            "key_version": int(meta.get("key_version", 1)), "slots": slots,
            "salt": _b64(os.urandom(SALT_BYTES)), "nonce_prefix": _b64(os.urandom(PREFIX_BYTES))}


def _attachment_ids(snapshot: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        return [str(r[0]) for r in conn.execute(
            "SELECT id FROM record WHERE kind = 'attachment' AND state != 'purged' ORDER BY id")]
    finally:
        conn.close()


def _write_container(ops: FileOps, temp: Path, ad: bytes, key: bytes, prefix: bytes,
                     snapshot: Path, blob_folder: Path, blob_ids: list[str]) -> tuple[int, str]:
    digest = hashlib.sha256()
    written = 0
    fd = ops.create(temp)
    try:
        def emit(data: bytes) -> None:
            nonlocal written
            ops.write(fd, data)
            digest.update(data)
            written += len(data)

        emit(ad)
        salt = _unb64(json.loads(ad[len(MAGIC) + 4:])["salt"])
        sealer = SegmentSealer(_stream_key(key, salt), prefix, ad, emit)
        manifest: list[dict[str, object]] = []
        with tarfile.open(fileobj=sealer, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            _add_file(tar, DB_NAME, snapshot, manifest)
            for blob_id in blob_ids:
                source = blob_folder / f"{blob_id}.vfb"
                if not source.is_file():
                    raise StorageError(StorageCode.VAULT_CHANGED_DURING_BACKUP)
                _add_file(tar, f"{_BLOB_NAME}{blob_id}.vfb", source, manifest)
            data = json.dumps({"files": manifest}, sort_keys=True).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            import io

            tar.addfile(info, io.BytesIO(data))
        sealer.finish()
        ops.fsync(fd)
    finally:
        os.close(fd)
    return written, digest.hexdigest()


def _add_file(tar: tarfile.TarFile, name: str, path: Path,
              manifest: list[dict[str, object]]) -> None:
    info = tarfile.TarInfo(name)
    info.size = path.stat().st_size
    info.mode = 0o600
    digest = hashlib.sha256()

    class Hashing:
        def __init__(self, handle: BinaryIO) -> None:
            self.handle = handle

        def read(self, n: int = -1) -> bytes:
            data = self.handle.read(n)
            digest.update(data)
            return data

    with open(path, "rb") as handle:
        tar.addfile(info, Hashing(handle))  # type: ignore[arg-type, unused-ignore]
    manifest.append({"name": name, "size": info.size, "sha256": digest.hexdigest()})


def _check_backup(vault: Vault, temp: Path, key: bytes, scratch: Path) -> int:
    """Unpack the new file into a scratch folder and verify everything in it."""
    header, ad, handle = _open_container(temp)
    with handle:
        _extract(header, ad, key, handle, scratch, vault.file_ops)
    restored = Vault.open(scratch, file_ops=vault.file_ops)
    try:
        vault.unlock_copy(restored)
        return _verified(restored, StorageCode.BACKUP_CHECK_FAILED)
    finally:
        restored.close()


# -- restoring ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    records: int
    replaced: Path | None  # where the vault that was there before was kept


def restore_backup(source: Path, target: Path, credentials: Credentials,
                   replace: bool = False, file_ops: FileOps | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Recreate the vault from a backup in `target`. A vault already there is kept aside
    (renamed), never deleted, and only when `replace` is given. Nothing is put in place until
    the unpacked copy has passed a full verify."""
    say = progress or (lambda _text: None)
    ops = file_ops or FileOps()
    target = target.absolute()
    try:
        if Vault.exists(target) and not replace:
            raise VaultExistsError(StorageCode.RESTORE_OVER_VAULT, folder=target)
        if target.exists() and not Vault.exists(target) and (not target.is_dir()
                                                             or any(target.iterdir())):
            raise StorageError(StorageCode.RESTORE_TARGET_NOT_EMPTY, path=target)
        _outside_vaults(target, StorageCode.RESTORE_INSIDE_VAULT)
    except OSError as exc:  # e.g. a name too long for the file system
        raise file_error(exc, NotDone.NOTHING_RESTORED, folder=target.parent) from None
    header, ad, handle = _open_container(source)
    leftovers.sweep(target.parent)  # what a killed restore left there
    staging = leftovers.names(target)["restore"]
    try:
        with handle:
            data_key = unlock_backup(header, credentials)
            say("Unpacking the backup")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                _extract(header, ad, backup_key(data_key, header), handle, staging, ops)
                ops.fsync_dir(staging / ATTACHMENTS)  # the unpacked names are durable too
                ops.fsync_dir(staging)
            except OSError as exc:
                raise file_error(exc, NotDone.NOTHING_RESTORED, folder=target.parent,
                                 needed=_size(source)) from None
        say("Verifying the restored vault")
        restored = Vault.open(staging, file_ops=ops)
        try:
            if restored.vault_id != header["vault_id"]:
                raise IntegrityError(StorageCode.BACKUP_OF_ANOTHER_VAULT)
            restored.unlock_with_data_key(data_key)
            records = _verified(restored, StorageCode.RESTORE_CHECK_FAILED)
        finally:
            restored.close()
        kept = _put_in_place(staging, target, ops)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreResult(target, records, kept)


def _outside_vaults(path: Path, inside: ErrorCode) -> None:
    """Refuse a place inside a vault folder: a backup there could replace the database itself
    (--force), or be taken for a leftover in the attachment store and removed."""
    parent = path.parent.resolve()
    for folder in (parent, *parent.parents):
        if Vault.exists(folder):
            raise StorageError(inside, path=path, folder=folder)


def _aside(target: Path) -> Path:
    """A free name beside `target` for the vault a restore replaces (a second restore in the
    same second must not fail on, or replace, the first one's)."""
    stamp = utc_now()[:19].replace(":", "")
    kept = target.with_name(f"{target.name}.replaced-{stamp}")
    number = 1
    while kept.exists() or kept.is_symlink():
        number += 1
        kept = target.with_name(f"{target.name}.replaced-{stamp}-{number}")
    return kept


def _put_in_place(staging: Path, target: Path, ops: FileOps) -> Path | None:
    """Move the verified copy to `target`, a vault there aside; a failure puts everything
    back as it was (the copy returns to `staging`, which the caller removes)."""
    kept: Path | None = None
    emptied = placed = False
    try:
        if target.exists():
            if Vault.exists(target):
                aside = _aside(target)
                os.replace(target, aside)
                kept = aside
            else:
                target.rmdir()
                emptied = True
        os.replace(staging, target)
        placed = True
        ops.fsync_dir(target.parent)
    except OSError as exc:
        if placed:
            os.replace(target, staging)
        if kept is not None:
            os.replace(kept, target)
        elif emptied:
            target.mkdir(mode=0o700, exist_ok=True)
        raise file_error(exc, NotDone.NOTHING_RESTORED, folder=target.parent) from None
    return kept
