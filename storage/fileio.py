"""The file operations behind every durable write outside SQLite (attachments, backups,
extraction). One seam: tests substitute an instance that fails like a full or broken disk."""

from __future__ import annotations

import errno
import os
import shutil
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


# What "the target is gone" looks like: a folder deleted meanwhile, a USB stick pulled, a
# network share that went away.
_VANISHED = {errno.ENOENT, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", -1),
             getattr(errno, "ENOMEDIUM", -1)}


def free_space(folder: Path) -> int:
    """Bytes free for this user on the disk holding `folder` (0 when it cannot be asked)."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return 0


def file_error(exc: OSError, action: NotDone, folder: Path, needed: int = 0) -> StorageError:
    """The error for a failed file operation in `folder`; `action` says what did not happen,
    `needed` about how many bytes the operation needed (0 when unknown). A full disk (named,
    with the space free and needed), a read-only medium, a refused permission and a target that
    vanished have codes of their own (what the user can do about them differs); any other
    failure carries the system's errno and text."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(StorageCode.DISK_FULL, folder=folder, free=free_space(folder),
                            needed=needed, action=action)
    if exc.errno == errno.EROFS:
        return StorageError(StorageCode.MEDIUM_READ_ONLY, folder=folder, action=action)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StorageError(StorageCode.WRITE_NOT_PERMITTED, folder=folder, action=action)
    if exc.errno in _VANISHED:
        return StorageError(StorageCode.TARGET_VANISHED, folder=folder, action=action)
    return StorageError(StorageCode.FILE_ERROR, folder=folder, errno=exc.errno,
                        strerror=exc.strerror or "", action=action)
