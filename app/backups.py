"""Backups from the front ends' side: what a backup file says about itself, and restoring one
into a folder, both before any vault is unlocked. Writing a backup needs an unlocked vault:
VaultService.create_backup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from storage import backup as storage_backup
from storage.backup import BackupResult, Credentials, RestoreResult

__all__ = ["BackupInfo", "BackupResult", "Credentials", "RestoreResult", "read_backup_info",
           "restore_backup"]


@dataclass(frozen=True)
class BackupInfo:
    """The unencrypted part of a backup file: which vault it is of, and when it was made."""

    vault_id: str
    created_at: str  # UTC, ISO 8601


def read_backup_info(source: Path) -> BackupInfo:
    """Read a backup file's header; a file that is not a Vorfallbuch backup, or is damaged
    before its header ends, is refused with StorageError before any secret is asked for."""
    header = storage_backup.read_header(source)
    return BackupInfo(str(header.get("vault_id", "")), str(header.get("created_at", "")))


def restore_backup(source: Path, target: Path, credentials: Credentials,
                   replace: bool = False,
                   progress: Callable[[str], None] | None = None) -> RestoreResult:
    """Recreate the vault of a backup in `target`, opened with a user's passphrase or the
    recovery code of the vault as it was then. A vault already in `target` is kept aside, and
    only with `replace`; nothing is put in place before the unpacked copy verified."""
    return storage_backup.restore_backup(source, target, credentials, replace=replace,
                                         progress=progress)
