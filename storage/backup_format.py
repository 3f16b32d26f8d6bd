"""The backup file format: its header, keyslots and sealed tar stream, read back and unpacked
with limits for hostile files. storage/backup.py writes and restores backups with it.

File: MAGIC, a 4-byte header length, a JSON header (vault id, times, the vault's keyslots at
backup time, a salt and nonce prefix), then a tar stream sealed with the streaming AEAD of
storage/segments.py under a key derived from the data key, with the header as associated data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import keyslots, recovery
from storage.errors import (
    ErrorCode,
    IntegrityError,
    StorageCode,
    StorageError,
    WrongPassphraseError,
)
from storage.fileio import FileOps
from storage.segments import PREFIX_BYTES, SEGMENT, SegmentReader, open_segments
from storage.vault import ATTACHMENTS, DB_NAME, Vault

MAGIC = b"VFBBACKUP1\n"
FORMAT = 1
MAX_HEADER = 1024 * 1024
SALT_BYTES = 16
# The header is read before anything in it can be authenticated: a damaged or hostile one
# must not make the key derivation run for hours or ask for terabytes of memory (the bounds of
# its parameters are storage/kdf.py's), nor hold thousands of slots to try.
MAX_SLOTS = 256
BACKUP_LABEL = b"vorfallbuch/v1/backup"
_BLOB_NAME = "attachments/"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str
    records: int
    attachments: int
    # The backup is good, but noting it in the vault failed (BACKUP_NOT_NOTED).
    warning: StorageError | None = None


@dataclass(frozen=True)
class Credentials:
    """How to open a backup: a user's passphrase, or the recovery code."""

    user: str | None = None
    passphrase: str | None = None
    recovery_code: str | None = None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value, validate=True)


def _verified(vault: Vault, failed: ErrorCode) -> int:
    """The number of records of a vault that passed a full verify; else IntegrityError with
    code `failed` and the first finding's problem."""
    from storage.verify import verify

    report = verify(vault)
    if not report.ok:
        raise IntegrityError(failed, problem=report.failures[0].problem)
    return sum(1 for f in report.findings if f.kind in ("incident", "person", "attachment"))


def _stream_key(backup_key: bytes, salt: bytes) -> AESGCM:
    # The backup key is already specific to this file (derived with its own salt).
    del salt
    return AESGCM(backup_key)


def backup_key(data_key: bytes, header: dict[str, Any]) -> bytes:
    from storage.crypto import derive_subkey

    return derive_subkey(data_key, _unb64(header["salt"]).hex(), BACKUP_LABEL)


# -- reading -----------------------------------------------------------------------------
def read_header(path: Path) -> dict[str, Any]:
    header, _ad, handle = _open_container(path)
    handle.close()
    return header


def _open_container(path: Path) -> tuple[dict[str, Any], bytes, BinaryIO]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - returned to the caller
    except FileNotFoundError:
        raise StorageError(StorageCode.BACKUP_FILE_MISSING, path=path) from None
    except IsADirectoryError:
        raise StorageError(StorageCode.BACKUP_IS_FOLDER, path=path) from None
    except OSError as exc:
        raise StorageError(StorageCode.BACKUP_UNREADABLE, path=path, errno=exc.errno,
                           strerror=exc.strerror or "") from None
    try:
        magic = handle.read(len(MAGIC))
        if magic != MAGIC:
            raise StorageError(StorageCode.NOT_A_BACKUP, path=path)
        length = int.from_bytes(handle.read(4), "big")
        if not 0 < length <= MAX_HEADER:
            raise StorageError(StorageCode.BACKUP_HEADER_LENGTH, path=path)
        header_bytes = handle.read(length)
        header = _parse_header(header_bytes, path)
    except BaseException:
        handle.close()
        raise
    return header, MAGIC + length.to_bytes(4, "big") + header_bytes, handle


def _parse_header(data: bytes, path: Path) -> dict[str, Any]:
    damaged = StorageError(StorageCode.BACKUP_HEADER_UNREADABLE, path=path)
    try:
        header = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StorageError(StorageCode.BACKUP_OTHER_VERSION, path=path)
    slots = header.get("slots")
    if not isinstance(header.get("vault_id"), str) or not isinstance(slots, list) or \
            not all(isinstance(s, dict) for s in slots) or len(slots) > MAX_SLOTS or \
            not isinstance(header.get("created_at"), str):
        raise damaged
    try:
        salt = _unb64(header["salt"])
        prefix = _unb64(header["nonce_prefix"])
    except (KeyError, ValueError):
        raise damaged from None
    if len(salt) != SALT_BYTES or len(prefix) != PREFIX_BYTES:
        raise damaged
    return header


def unlock_backup(header: dict[str, Any], credentials: Credentials) -> bytes:
    """The data key from the backup's own keyslots, or a clear error."""
    vault_id = header["vault_id"]
    try:
        if credentials.recovery_code is not None:
            secret = recovery.parse(credentials.recovery_code)
            for slot in header["slots"]:
                if slot.get("kind") == keyslots.RECOVERY:
                    key = keyslots.unwrap_with_recovery(secret, _wrapped(slot), vault_id,
                                                        str(slot["id"]))
                    if key is not None:
                        return key
            raise WrongPassphraseError(StorageCode.BACKUP_RECOVERY_CODE_WRONG)
        users = [s for s in header["slots"] if s.get("kind") == keyslots.PASSPHRASE]
        if credentials.user is not None:
            users = [s for s in users
                     if str(s.get("user_name", "")).casefold() == credentials.user.casefold()]
            if not users:
                raise WrongPassphraseError(
                    StorageCode.BACKUP_UNKNOWN_USER, name=credentials.user,
                    users=[str(s.get("user_name")) for s in header["slots"]
                           if s.get("kind") == keyslots.PASSPHRASE])
        for slot in users:
            key = keyslots.unwrap_with_passphrase(credentials.passphrase or "", _wrapped(slot),
                                                  vault_id, str(slot["id"]),
                                                  str(slot["user_id"]))
            if key is not None:
                return key
    except (KeyError, TypeError, ValueError, OverflowError, RecursionError):
        raise StorageError(StorageCode.BACKUP_KEYSLOTS_DAMAGED) from None
    raise WrongPassphraseError(StorageCode.BACKUP_PASSPHRASE_WRONG)


def _wrapped(slot: dict[str, Any]) -> keyslots.WrappedKey:
    """The slot, its shape and its parameters checked before any derivation (storage/kdf.py
    bounds): the header is read before anything in it can be authenticated."""
    wrapped = keyslots.WrappedKey.stored(slot["kdf"], _unb64(slot["salt"]),
                                         _unb64(slot["wrapped"]))
    if slot.get("kind") == keyslots.PASSPHRASE:
        wrapped.passphrase_params()
    return wrapped


def _allowed_name(name: str) -> bool:
    if name in (DB_NAME, "manifest.json"):
        return True
    if not name.startswith(_BLOB_NAME) or not name.endswith(".vfb"):
        return False
    stem = name[len(_BLOB_NAME):-4]
    return len(stem) == 32 and all(c in "0123456789abcdef" for c in stem)


def _extract(header: dict[str, Any], ad: bytes, key: bytes, handle: BinaryIO,
             folder: Path, ops: FileOps) -> None:
    """Decrypt and unpack into a new folder; only the expected names are ever written."""
    salt = _unb64(header["salt"])
    def damaged(segment: int) -> IntegrityError:
        return IntegrityError(StorageCode.BACKUP_SEGMENT_DAMAGED, segment=segment)

    reader = SegmentReader(open_segments(_stream_key(key, salt), _unb64(header["nonce_prefix"]),
                                         ad, handle, damaged))
    folder.mkdir(mode=0o700)  # the vault folder itself owner-only, as Vault.create makes it
    (folder / ATTACHMENTS).mkdir(mode=0o700)
    seen: dict[str, str] = {}
    manifest: list[dict[str, Any]] | None = None
    try:
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            for member in tar:
                if not member.isfile() or not _allowed_name(member.name) or \
                        member.name in seen:
                    raise StorageError(StorageCode.BACKUP_UNEXPECTED_ENTRY)
                source = tar.extractfile(member)
                if source is None:
                    raise StorageError(StorageCode.BACKUP_DAMAGED)
                if member.name == "manifest.json":
                    manifest = _manifest(source.read(MAX_HEADER))
                    continue
                seen[member.name] = _copy_out(source, folder / member.name, ops)
    except tarfile.TarError:
        raise StorageError(StorageCode.BACKUP_ARCHIVE_DAMAGED) from None
    if manifest is None or DB_NAME not in seen or \
            {m["name"]: m["sha256"] for m in manifest} != seen:
        raise StorageError(StorageCode.BACKUP_INCOMPLETE)


def _manifest(data: bytes) -> list[dict[str, Any]]:
    try:
        files = json.loads(data)["files"]
        if isinstance(files, list) and all(isinstance(f, dict) and isinstance(f.get("name"), str)
                                           and isinstance(f.get("sha256"), str) for f in files):
            return files
    except (ValueError, KeyError, TypeError, RecursionError):
        pass
    raise StorageError(StorageCode.BACKUP_FILE_LIST_DAMAGED)


def _copy_out(source: IO[bytes], path: Path, ops: FileOps) -> str:
    digest = hashlib.sha256()
    fd = ops.create(path)
    try:
        while chunk := source.read(SEGMENT):
            digest.update(chunk)
            ops.write(fd, chunk)
        ops.fsync(fd)
    finally:
        os.close(fd)
    return digest.hexdigest()
