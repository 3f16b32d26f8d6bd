"""The file operations behind every durable write outside SQLite (attachments, backups,
extraction). One seam: tests substitute an instance that fails like a full or broken disk."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from storage.errors import NotDone, StorageCode, StorageError


class FileOps:
    def create(self, path: Path) -> int:
        """A new file, owner-only, that must not exist yet."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        return os.open(path, flags, 0o600)

    def write(self, fd: int, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]

    def fsync(self, fd: int) -> None:
        os.fsync(fd)

    def replace(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def fsync_dir(self, path: Path) -> None:
        if sys.platform == "win32":
            return
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def file_error(exc: OSError, action: NotDone) -> StorageError:
    """The error for a failed file operation; `action` says what did not happen. A full disk,
    a read-only medium and a refused permission have codes of their own (what the user can do
    about them differs); any other failure carries the system's errno and text."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(StorageCode.DISK_FULL, action=action)
    if exc.errno == errno.EROFS:
        return StorageError(StorageCode.MEDIUM_READ_ONLY, action=action)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StorageError(StorageCode.WRITE_NOT_PERMITTED, action=action)
    return StorageError(StorageCode.FILE_ERROR, errno=exc.errno, strerror=exc.strerror or "",
                        action=action)

