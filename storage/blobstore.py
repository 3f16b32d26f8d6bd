"""Attachment originals, encrypted with a streaming AEAD and written atomically.

File layout: header (magic, key version, 16-byte salt, 7-byte nonce prefix), then segments of
1 MiB plaintext, each AES-256-GCM sealed with nonce = prefix || counter (4 bytes) || last flag,
and the header as associated data. The per-file key is HKDF(attachment subkey, salt, blob id), so
truncation, reordering, splicing between files and header edits all fail to open (the
construction behind age and Tink's streaming AEAD). Memory stays at a few segments.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import IntegrityError, StorageError

MAGIC = b"VFBATT1\n"
SEGMENT = 1024 * 1024
TAG = 16
SALT_BYTES = 16
PREFIX_BYTES = 7
HEADER_BYTES = len(MAGIC) + 4 + SALT_BYTES + PREFIX_BYTES
SUFFIX = ".vfb"
TEMP_PREFIX = ".tmp-"
TEMP_SUFFIX = ".part"

Progress = Callable[[int], None]


def _lock_exclusive(fd: int, blocking: bool) -> bool:
    """Advisory lock held by a writer until its database commit; cleanup skips locked files.
    Windows has no flock, but there an open file cannot be deleted, which protects it too."""
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def fsync_dir(path: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _file_key(subkey: bytes, salt: bytes, blob_id: str) -> AESGCM:
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        info=b"vorfallbuch/v1/blob/" + blob_id.encode("ascii"),
    ).derive(subkey)
    return AESGCM(key)


def _chunks(source: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """Yield (chunk, is_last), looking one chunk ahead so the last one is flagged."""
    current = source.read(SEGMENT)
    while True:
        following = source.read(SEGMENT) if len(current) == SEGMENT else b""
        last = not following
        yield current, last
        if last:
            return
        current = following


@dataclass
class PendingBlob:
    """A blob written and renamed into place, still locked until the record is committed."""

    path: Path
    fd: int
    size: int
    sha256: str

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def discard(self) -> None:
        self.release()
        self.path.unlink(missing_ok=True)


class BlobStore:
    def __init__(self, folder: Path, subkey: bytes, key_version: int) -> None:
        self.folder = folder
        self._subkey = subkey
        self._key_version = key_version

    def path_for(self, blob_id: str) -> Path:
        if not blob_id.isalnum():
            raise ValueError("blob ids are alphanumeric")
        return self.folder / f"{blob_id}{SUFFIX}"

    def write(
        self, blob_id: str, source: BinaryIO, progress: Progress | None = None
    ) -> PendingBlob:
        """Encrypt source into the store: temp file, fsync, rename, fsync of the folder."""
        temp = self.folder / f"{TEMP_PREFIX}{blob_id}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        _lock_exclusive(fd, blocking=True)
        try:
            salt = os.urandom(SALT_BYTES)
            prefix = os.urandom(PREFIX_BYTES)
            header = MAGIC + self._key_version.to_bytes(4, "big") + salt + prefix
            aead = _file_key(self._subkey, salt, blob_id)
            digest = hashlib.sha256()
            size = 0
            with os.fdopen(os.dup(fd), "wb", buffering=0) as out:
                out.write(header)
                for counter, (chunk, last) in enumerate(_chunks(source)):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(aead.encrypt(_nonce(prefix, counter, last), chunk, header))
                    if progress is not None:
                        progress(size)
                out.flush()
                os.fsync(out.fileno())
            final = self.path_for(blob_id)
            os.replace(temp, final)
            fsync_dir(self.folder)
        except OSError as exc:
            os.close(fd)
            temp.unlink(missing_ok=True)
            raise StorageError(_os_message(exc, "the attachment could not be stored")) from None
        except BaseException:
            os.close(fd)
            temp.unlink(missing_ok=True)
            raise
        return PendingBlob(final, fd, size, digest.hexdigest())

    def read(self, blob_id: str, sink: BinaryIO | None = None) -> tuple[int, str]:
        """Decrypt a blob into sink (or nowhere, to verify); return (size, SHA-256 hex).

        Every segment is authenticated before its plaintext is handed on."""
        path = self.path_for(blob_id)
        what = f"attachment {blob_id}"
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError(f"The stored file of {what} is missing.") from None
        with handle:
            header = handle.read(HEADER_BYTES)
            if len(header) != HEADER_BYTES or not header.startswith(MAGIC):
                raise IntegrityError(f"The stored file of {what} has a damaged header.")
            salt = header[len(MAGIC) + 4 : len(MAGIC) + 4 + SALT_BYTES]
            prefix = header[-PREFIX_BYTES:]
            aead = _file_key(self._subkey, salt, blob_id)
            digest = hashlib.sha256()
            size = 0
            counter = 0
            current = handle.read(SEGMENT + TAG)
            while True:
                following = handle.read(SEGMENT + TAG) if len(current) == SEGMENT + TAG else b""
                last = not following
                try:
                    chunk = aead.decrypt(_nonce(prefix, counter, last), current, header)
                except InvalidTag:
                    raise IntegrityError(
                        f"Segment {counter + 1} of the stored file of {what} is damaged, "
                        "truncated or altered."
                    ) from None
                digest.update(chunk)
                size += len(chunk)
                if sink is not None:
                    sink.write(chunk)
                if last:
                    break
                counter += 1
                current = following
        return size, digest.hexdigest()

    def exists(self, blob_id: str) -> bool:
        return self.path_for(blob_id).exists()

    def delete(self, blob_id: str) -> None:
        self.path_for(blob_id).unlink(missing_ok=True)
        fsync_dir(self.folder)

    def cleanup(self, committed: set[str], is_referenced: Callable[[str], bool]) -> list[str]:
        """Remove leftovers of interrupted writes: temp files and blobs no record references.

        `committed` is a snapshot of referenced ids; anything outside it is locked and asked
        about again, since a writer holds its lock until its record is committed. A file
        another process is still writing or committing is locked and left alone."""
        removed: list[str] = []
        for path in sorted(self.folder.iterdir()):
            name = path.name
            is_temp = name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)
            if not is_temp and not name.endswith(SUFFIX):
                continue
            if not is_temp and name[: -len(SUFFIX)] in committed:
                continue
            if sys.platform == "win32":
                # No advisory locks there, but a file a writer holds open cannot be deleted.
                if is_temp or not is_referenced(name[: -len(SUFFIX)]):
                    try:
                        path.unlink()
                        removed.append(name)
                    except OSError:
                        pass
                continue
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                # Lock first, then ask the database: a writer holds its lock until it commits.
                if not _lock_exclusive(fd, blocking=False):
                    continue
                if not is_temp and is_referenced(name[: -len(SUFFIX)]):
                    continue
                try:
                    path.unlink()
                    removed.append(name)
                except OSError:
                    continue
            finally:
                os.close(fd)
        if removed:
            fsync_dir(self.folder)
        return removed


def _os_message(exc: OSError, action: str) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return f"The disk is full; {action}."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"The vault folder cannot be written; {action}."
    return f"A file error occurred ({exc.strerror}); {action}."
