"""Helpers shared by the durability tests (test_durability_*.py): a file layer that fails like
a full or broken disk (the FileOps seam), a small real filesystem (tmpfs) to fill up, a
snapshot of everything a failed operation must leave unchanged, a vault filled with every kind
of record, and a way to seal an arbitrary archive as a backup of a real vault (for hostile
backups).

It holds no tests itself; test_durability_support.py checks the helpers, so a broken helper
cannot make the durability tests pass vacuously."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import tarfile
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from storage import backup as backup_mod
from storage.fileio import FileOps
from storage.segments import SegmentSealer
from storage.vault import DB_NAME, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER

SECOND_USER = "Bernd Weber"
SECOND_PASSPHRASE = "second users own long passphrase 7"
SQLITE_SIDE_FILES = (DB_NAME + "-wal", DB_NAME + "-shm")


# -- the FileOps seam: a disk that fills up or breaks -------------------------------------------
class FailingOps(FileOps):
    """Real file operations that fail like a full disk: after `budget` bytes written (the last
    write is cut short, as a real disk does), or on the `nth` call of one of the operations in
    `fail_on` (create, write, fsync, replace, fsync_dir)."""

    def __init__(self, budget: int | None = None, fail_on: Iterable[str] = (), nth: int = 1,
                 error: int = errno.ENOSPC) -> None:
        self.budget = budget
        self.fail_on = set(fail_on)
        self.nth = nth
        self.error = error
        self.written = 0
        self.calls: Counter[str] = Counter()
        self.failed = 0

    def _fail(self) -> OSError:
        self.failed += 1
        return OSError(self.error, os.strerror(self.error))

    def _step(self, name: str) -> None:
        self.calls[name] += 1
        if name in self.fail_on and self.calls[name] == self.nth:
            raise self._fail()

    def create(self, path: Path) -> int:
        self._step("create")
        return super().create(path)

    def write(self, fd: int, data: bytes | memoryview) -> None:
        self._step("write")
        if self.budget is not None and self.written + len(data) > self.budget:
            room = max(0, self.budget - self.written)
            if room:
                super().write(fd, memoryview(data)[:room])
                self.written += room
            raise self._fail()
        super().write(fd, data)
        self.written += len(data)

    def fsync(self, fd: int) -> None:
        self._step("fsync")
        super().fsync(fd)

    def replace(self, source: Path, target: Path) -> None:
        self._step("replace")
        super().replace(source, target)

    def fsync_dir(self, path: Path) -> None:
        self._step("fsync_dir")
        super().fsync_dir(path)


# -- what must not change ---------------------------------------------------------------------
def db_rows(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, through a read-only connection (it sees the WAL too)."""
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        tables = [str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        # Table names come from sqlite_master itself.
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(),  # noqa: S608
                          key=repr)
                for t in tables}
    finally:
        conn.close()


def file_map(folder: Path, skip: Iterable[str] = SQLITE_SIDE_FILES) -> dict[str, str]:
    """Every file and folder below `folder` -> SHA-256 of its bytes ("dir" for folders). The
    database is compared by its rows; SQLite's -wal and -shm come and go with connections."""
    skipped = {DB_NAME, *skip}
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.name in skipped and path.parent == folder:
            continue
        rel = path.relative_to(folder).as_posix()
        found[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def vault_state(folder: Path, skip: Iterable[str] = SQLITE_SIDE_FILES) -> dict[str, Any]:
    return {"rows": db_rows(folder), "files": file_map(folder, skip)}


def tree(folder: Path) -> list[str]:
    """Every path below folder (names only), to show that nothing was created or left over."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.name not in SQLITE_SIDE_FILES)


def one_sentence(message: str, *words: str) -> str:
    assert "\n" not in message and message.strip() == message, message
    assert message[:1].isupper() and message.endswith("."), message
    assert "Traceback" not in message and "Errno" not in message, message
    for word in words:
        assert word.lower() in message.lower(), (word, message)
    return message


# -- vaults with content ----------------------------------------------------------------------
def new_vault(folder: Path) -> tuple[Vault, str]:
    return Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)


def open_unlocked(folder: Path, user: str = USER, passphrase: str = PASSPHRASE,
                  file_ops: FileOps | None = None) -> Vault:
    vault = Vault.open(folder, file_ops=file_ops)
    vault.unlock(user, passphrase)
    return vault


def random_bytes(size: int, seed: str) -> bytes:
    """Deterministic bytes that do not compress (a pattern would hide a mixed-up segment)."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}/{counter}".encode()).digest() * 64  # 2 KiB
        counter += 1
    # Each 2 KiB block repeats one digest: fine for sizes, but make every byte position differ.
    return bytes(b ^ (i * 131 % 251) for i, b in enumerate(out[:size]))


@dataclass
class Filled:
    incidents: list[str]  # active ones
    deleted: str  # a deleted incident (history kept)
    contacts: list[str]
    attachments: dict[str, bytes]  # id -> original bytes


BIG = 3 * 1024 * 1024 + 12_345  # crosses three segment boundaries


def fill_vault(vault: Vault, big: int = BIG) -> Filled:
    """Incidents with edits and a delete, contacts (one edited, one purged), attachments with
    a multi-MiB, an empty and a small one, and a second user who saved something too."""
    service = VaultService(vault)
    suspect = service.add_person({"kind": "suspect", "name": "Max Mustermann",
                                  "vehicle_plates": ["PIR-XY 123"], "notes": "wohnt am Markt"})
    witness = service.add_person({"kind": "witness", "name": "Erika Beispiel",
                                  "emails": ["erika@example.org"]})
    service.update_person(witness.id, {**witness.value.model_dump(mode="json"),
                                       "phones": ["+49 3501 123456"]}, witness.version)
    gone = service.add_person({"kind": "affected", "name": "Zu löschen"})
    service.purge("person", gone.id)
    first = service.add_incident({
        "title": "Bedrohung auf dem Marktplatz", "occurred": {"date": "2026-03-14",
                                                              "time": "19:30"},
        "categories": ["bedrohung"], "description": "Er rief: „Wir wissen, wo du wohnst.“",
        "persons": [{"person_id": suspect.id, "role": "perpetrator"},
                    {"person_id": witness.id, "role": "witness"}],
        "damage_eur": "250.50", "tags": ["Markt"]})
    edited = service.update_incident(first.id, {**first.value.model_dump(mode="json"),
                                                "description": "Ergänzt: Er ging dann."},
                                     first.version)
    service.update_incident(first.id, {**edited.value.model_dump(mode="json"),
                                       "case": {"reported_on": "2026-03-15",
                                                "police_office": "PR Pirna"}}, edited.version)
    second = service.add_incident({"title": "Hassmail", "occurred": {"date": "2026-02-01"},
                                   "channel": "email", "related": [first.id]})
    deleted = service.add_incident({"title": "Irrtum", "occurred": {"date": "2026-01-05"}})
    service.delete_incident(deleted.id)
    attachments: dict[str, bytes] = {}
    for incident_id, name, data in (
            (first.id, "video.bin", random_bytes(big, "big")),
            (first.id, "leer.txt", b""),
            (second.id, "mail.eml", b"From: x@example.org\r\nSubject: Drohung\r\n\r\nText\r\n")):
        entry = service.add_attachment_stream(incident_id, io.BytesIO(data), name)
        attachments[entry.id] = data
    vault.add_user(SECOND_USER, SECOND_PASSPHRASE, kdf=CHEAP_KDF)
    other = Vault.open(vault.folder)
    try:
        other.unlock(SECOND_USER, SECOND_PASSPHRASE)
        third = VaultService(other).add_incident({"title": "Graffiti am Rathaus",
                                                  "occurred": {"date": "2026-04-01"}})
    finally:
        other.close()
    return Filled([first.id, second.id, third.id], deleted.id, [suspect.id, witness.id],
                  attachments)


# -- hostile backups --------------------------------------------------------------------------
def seal_archive(vault: Vault, target: Path, archive: bytes,
                 header_changes: dict[str, Any] | None = None) -> None:
    """Write `archive` (tar bytes) as a backup of the unlocked `vault`, exactly as
    storage/backup.py seals one (same header, key and streaming AEAD): so the contents, not the
    encryption, are what a restore has to judge."""
    snapshot = target.with_name(f".{target.name}.snapshot")
    try:
        backup_mod._snapshot(vault, snapshot)
        header = backup_mod._header(vault, snapshot)
    finally:
        snapshot.unlink(missing_ok=True)
    header.update(header_changes or {})
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    ad = backup_mod.MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
    salt = backup_mod._unb64(header["salt"])
    key = vault.derive_key(salt, backup_mod.BACKUP_LABEL)
    with open(target, "wb") as out:
        out.write(ad)
        sealer = SegmentSealer(backup_mod._stream_key(key, salt),
                               backup_mod._unb64(header["nonce_prefix"]), ad, out.write)
        sealer.write(archive)
        sealer.finish()


def tar_of(members: Iterable[tuple[str, bytes | tarfile.TarInfo]]) -> bytes:
    """A tar archive; a member given as TarInfo is added as it is (links, odd types)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, content in members:
            if isinstance(content, tarfile.TarInfo):
                tar.addfile(content)
                continue
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def manifest_for(files: dict[str, bytes]) -> bytes:
    return json.dumps({"files": [{"name": n, "size": len(d),
                                  "sha256": hashlib.sha256(d).hexdigest()}
                                 for n, d in files.items()]}).encode()


def snapshot_bytes(vault: Vault, folder: Path) -> bytes:
    """The vault's database as a consistent snapshot (what a backup carries)."""
    path = folder / f"snap-{uuid.uuid4().hex[:8]}.db"
    backup_mod._snapshot(vault, path)
    try:
        return path.read_bytes()
    finally:
        path.unlink()


# -- a small real filesystem ------------------------------------------------------------------
def _mount_error(result: subprocess.CompletedProcess[str]) -> str:
    return (result.stderr or result.stdout).strip() or f"exit {result.returncode}"


@contextlib.contextmanager
def small_filesystem(where: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted at `where` (skips when mounting is not permitted)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux; the fault tests through the "
                    "FileOps seam cover the same paths")
    try:
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700",
                                 "tmpfs", str(where)], capture_output=True, text=True,
                                timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a tmpfs here ({exc})")
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({_mount_error(result)})")
    try:
        yield where
    finally:
        done = subprocess.run(["umount", str(where)], capture_output=True, text=True,
                              timeout=30, check=False)
        if done.returncode != 0:  # something still open: detach it, never leave it mounted
            subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=30,
                           check=False)


def remount(where: Path, mode: str) -> None:
    result = subprocess.run(["mount", "-o", f"remount,{mode}", str(where)],
                            capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0, _mount_error(result)


def fill_up(where: Path, leave: int = 0) -> Path:
    """A filler file that takes all free space of the filesystem at `where`, minus `leave`
    bytes (so a small write still fits and a large one does not)."""
    filler = where / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for block in (1024 * 1024, 4096, 1):
            data = b"\xa5" * block
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, data)
        if leave:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    return filler
