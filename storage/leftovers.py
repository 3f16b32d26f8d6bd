"""Temporary files of backups, restores, exports and extracts, and what a killed run leaves of
them.

A backup writes, beside its target, a snapshot of the database (it holds the keyslots), the
growing container and a scratch vault to verify it; a restore unpacks into a staging folder.
Their names carry the writer's process id and a tag of its computer
(`.brief.vfb.vfb4242-1a2b3c4d.tmp`: the first four hex digits name the host), so a later run on
the same computer can tell live files from those of a run that was killed: `sweep` removes the
latter at once, and what another computer left (a shared folder) once it is a day old. Each
backup also leaves a marker in the vault folder naming the target's folder, so opening the
vault (Vault.open) sweeps there even when the next backup goes elsewhere. Every file is created
owner-only from its first byte (`create_private`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

KINDS = ("snapshot", "tmp", "check", "restore", "part")  # part: an export or an extract
_NAME = re.compile(r"^\..+\.vfb(?P<pid>\d{1,10})-(?P<host>[0-9a-f]{4})[0-9a-f]{4}"
                   r"\.(?:snapshot|tmp|check|restore|part)(?:-journal|-wal|-shm)?$")
MARKER_PREFIX = ".backup-"
MARKER_SUFFIX = ".pending"
MAX_AGE = 24 * 3600.0  # older than this is a leftover whoever wrote it


def host_tag() -> str:
    """Four hex digits for this computer (its name hashed: the name itself is not written)."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]


def names(target: Path) -> dict[str, Path]:
    """This run's temporary paths beside `target`, one per kind."""
    token = f"vfb{os.getpid()}-{host_tag()}{secrets.token_hex(2)}"
    return {kind: target.with_name(f".{target.name}.{token}.{kind}") for kind in KINDS}


def create_private(path: Path) -> None:
    """An empty file, owner-only (0600) from the first byte, that did not exist."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, 0o600))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined, unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and \
                code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep(folder: Path) -> list[Path]:
    """Remove the temporary files of killed backups and restores in `folder`; what was
    removed. Never raises: a folder that cannot be read is left as it is."""
    now = time.time()
    here = host_tag()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        dead = match["host"] == here and not _alive(int(match["pid"]))
        if not (dead or age > MAX_AGE):
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


@contextlib.contextmanager
def temporary_beside(vault_folder: Path, target: Path) -> Iterator[Path]:
    """The path of a temporary file beside `target` for one write that ends in a rename (a
    dossier, an extracted original): what killed runs left in that folder is swept first, the
    vault folder marks where this run writes, and whatever is left at the end is removed. The
    caller creates the file owner-only (create_private, or os.open with 0o600 and O_EXCL)."""
    sweep(target.parent)
    temp = names(target)["part"]
    marker = mark(vault_folder, target.parent)
    try:
        yield temp
    finally:
        # The clean-up's own failure (a stick pulled out) must not hide the real error.
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)


def mark(vault_folder: Path, target_folder: Path) -> Path | None:
    """A marker in the vault folder naming where this run writes temporary files; None when it
    cannot be written (a read-only vault: the next backup to that folder still sweeps)."""
    marker = vault_folder / f"{MARKER_PREFIX}vfb{os.getpid()}-{secrets.token_hex(4)}" \
                            f"{MARKER_SUFFIX}"
    try:
        create_private(marker)
        marker.write_text(os.fspath(target_folder), encoding="utf-8")
    except OSError:
        with contextlib.suppress(OSError):
            marker.unlink()
        return None
    return marker


def sweep_marked(vault_folder: Path) -> list[Path]:
    """At the vault's opening: sweep each folder a backup marker names, and drop the markers of
    runs that are over."""
    removed: list[Path] = []
    try:
        markers = [p for p in vault_folder.iterdir()
                   if p.name.startswith(MARKER_PREFIX) and p.name.endswith(MARKER_SUFFIX)]
    except OSError:
        return removed
    for marker in markers:
        pid = re.search(r"vfb(\d{1,10})-", marker.name)
        if pid is not None and _alive(int(pid[1])):
            continue
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = marker.read_text(encoding="utf-8")[:4096]
            if text:
                removed += sweep(Path(text))
        with contextlib.suppress(OSError):
            marker.unlink()
    return removed
