"""Attachment originals, encrypted with the streaming AEAD of storage/segments.py and
written atomically (temp file, fsync, rename, fsync of the folder).

File layout: header (magic, key version, 16-byte salt, 7-byte nonce prefix), then the sealed
segments with the header as associated data. The per-file key is HKDF(attachment subkey, salt,
blob id), so a file swapped with another attachment's fails to open.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storage.errors import IntegrityError, NotDone, ReadOnlyError, StorageCode, StorageError
from storage.fileio import FileOps, file_error
from storage.segments import (
    PREFIX_BYTES,
    SEGMENT,
    TAG,
    SegmentSealer,
    derive_stream_key,
    open_segments,
)

MAGIC = b"VFBATT1\n"
SALT_BYTES = 16
HEADER_BYTES = len(MAGIC) + 4 + SALT_BYTES + PREFIX_BYTES
SUFFIX = ".vfb"
TEMP_PREFIX = ".tmp-"
TEMP_SUFFIX = ".part"
CREATE_ATTEMPTS = 10

__all__ = ["HEADER_BYTES", "SEGMENT", "TAG", "BlobStore", "PendingBlob"]

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


def _blob_info(blob_id: str) -> bytes:
    return b"vorfallbuch/v1/blob/" + blob_id.encode("ascii")


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
    def __init__(self, folder: Path, subkey: bytes, key_version: int,
                 file_ops: FileOps | None = None, read_only: bool = False) -> None:
        self.folder = folder
        self._subkey = subkey
        self._key_version = key_version
        self._ops = file_ops or FileOps()
        self._read_only = read_only

    def path_for(self, blob_id: str) -> Path:
        if not blob_id.isalnum():
            raise ValueError("blob ids are alphanumeric")
        return self.folder / f"{blob_id}{SUFFIX}"

    def write(
        self, blob_id: str, source: BinaryIO, progress: Progress | None = None
    ) -> PendingBlob:
        """Encrypt source into the store: temp file, fsync, rename, fsync of the folder.
        The SHA-256 of the original is taken while reading it."""
        if self._read_only:
            raise ReadOnlyError(StorageCode.VAULT_READ_ONLY,
                                action=NotDone.ATTACHMENT_NOT_STORED)
        temp, fd = self._create_locked(blob_id)
        try:
            salt = os.urandom(SALT_BYTES)
            prefix = os.urandom(PREFIX_BYTES)
            header = MAGIC + self._key_version.to_bytes(4, "big") + salt + prefix
            aead = derive_stream_key(self._subkey, salt, _blob_info(blob_id))
            digest = hashlib.sha256()
            self._ops.write(fd, header)
            sealer = SegmentSealer(aead, prefix, header, lambda data: self._ops.write(fd, data))
            while chunk := source.read(SEGMENT):
                digest.update(chunk)
                sealer.write(chunk)
                if progress is not None:
                    progress(sealer.plaintext_size)
            sealer.finish()
            self._ops.fsync(fd)
            final = self.path_for(blob_id)
            self._ops.replace(temp, final)
            try:
                self._ops.fsync_dir(self.folder)
            except BaseException:
                final.unlink(missing_ok=True)  # renamed already: no record will point to it
                raise
        except OSError as exc:
            os.close(fd)
            with contextlib.suppress(OSError):  # its failure must not hide the real one
                temp.unlink(missing_ok=True)
            written = sealer.plaintext_size if "sealer" in locals() else 0
            raise file_error(exc, NotDone.ATTACHMENT_NOT_STORED, folder=self.folder,
                             needed=written) from None
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise
        return PendingBlob(final, fd, sealer.plaintext_size, digest.hexdigest())

    def _create_locked(self, blob_id: str) -> tuple[Path, int]:
        """A new temp file, locked. Another process's cleanup may lock and remove it between
        its creation and our lock; a file that lost its name that way is dropped and another
        one made (once we hold the lock, no cleanup can remove it)."""
        for _ in range(CREATE_ATTEMPTS):
            temp = self.folder / f"{TEMP_PREFIX}{blob_id}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
            try:
                fd = self._ops.create(temp)
            except OSError as exc:
                raise file_error(exc, NotDone.ATTACHMENT_NOT_STORED, folder=self.folder) from None
            _lock_exclusive(fd, blocking=True)
            if os.fstat(fd).st_nlink > 0:
                return temp, fd
            os.close(fd)
        raise StorageError(StorageCode.ATTACHMENT_FOLDER_BUSY)

    def read(self, blob_id: str, sink: BinaryIO | None = None) -> tuple[int, str]:
        """Decrypt a blob into sink (or nowhere, to verify); return (size, SHA-256 hex).
        Every segment is authenticated before its plaintext is handed on."""
        path = self.path_for(blob_id)

        def damaged(segment: int) -> IntegrityError:
            return IntegrityError(StorageCode.ATTACHMENT_SEGMENT_DAMAGED, attachment_id=blob_id,
                                  segment=segment)

        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise IntegrityError(StorageCode.ATTACHMENT_FILE_MISSING,
                                 attachment_id=blob_id) from None
        with handle:
            header = handle.read(HEADER_BYTES)
            if len(header) != HEADER_BYTES or not header.startswith(MAGIC):
                raise IntegrityError(StorageCode.ATTACHMENT_HEADER_DAMAGED, attachment_id=blob_id)
            salt = header[len(MAGIC) + 4: len(MAGIC) + 4 + SALT_BYTES]
            prefix = header[-PREFIX_BYTES:]
            aead = derive_stream_key(self._subkey, salt, _blob_info(blob_id))
            digest = hashlib.sha256()
            size = 0
            for chunk in open_segments(aead, prefix, header, handle, damaged):
                digest.update(chunk)
                size += len(chunk)
                if sink is not None:
                    sink.write(chunk)
        return size, digest.hexdigest()

    def exists(self, blob_id: str) -> bool:
        return self.path_for(blob_id).exists()

    def delete(self, blob_id: str) -> None:
        self.path_for(blob_id).unlink(missing_ok=True)
        self._ops.fsync_dir(self.folder)

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
            self._ops.fsync_dir(self.folder)
        return removed
