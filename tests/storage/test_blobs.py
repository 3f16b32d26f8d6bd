"""The attachment store: bit-exact round trips at segment boundaries, flat memory, atomic
writes, and cleanup of what interrupted writes leave behind."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path

import pytest

from app.service import VaultService
from storage.blobstore import (
    CREATE_ATTEMPTS,
    SEGMENT,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    _lock_exclusive,
)
from storage.errors import StorageCode, StorageError
from storage.fileio import FileOps
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER, raises_code, storage_of


class PatternStream(io.RawIOBase):
    """A large, cheap, deterministic source that never sits in memory as a whole."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.pos = 0
        self.block = hashlib.sha256(b"seed").digest() * 2048  # 64 KiB

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.size - self.pos)
        for offset in range(0, n, len(self.block)):
            chunk = self.block[: min(len(self.block), n - offset)]
            buffer[offset: offset + len(chunk)] = chunk
        self.pos += n
        return n


class HashSink(io.RawIOBase):
    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def expected_sha(size: int) -> str:
    digest = hashlib.sha256()
    stream = io.BufferedReader(PatternStream(size), buffer_size=SEGMENT)
    while chunk := stream.read(SEGMENT):
        digest.update(chunk)
    return digest.hexdigest()


@pytest.mark.parametrize("size", [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT,
                                  3 * SEGMENT + 12345])
def test_round_trip_at_segment_boundaries(service: VaultService, tmp_path: Path,
                                          size: int) -> None:
    incident = service.add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})
    data = os.urandom(size)
    entry = service.add_attachment_stream(incident.id, io.BytesIO(data), "datei.bin")
    assert entry.value.size == size
    assert entry.value.sha256 == hashlib.sha256(data).hexdigest()
    out = tmp_path / "out.bin"
    assert service.extract_attachment(entry.id, out) == entry.value.sha256
    assert out.read_bytes() == data
    stored = storage_of(service).blobs.path_for(entry.id).stat().st_size
    segments = max(1, -(-size // SEGMENT))  # the last full segment carries the last flag
    assert stored == 35 + size + 16 * segments  # header + data + one tag per segment


class ShortFirstRead(io.RawIOBase):
    """A source whose first read returns less than asked, as a pipe or a network share may;
    the reads after it return whole segments."""

    def __init__(self, data: bytes, first: int) -> None:
        super().__init__()
        self._data, self._first, self._at = data, first, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._at == 0:
            size = self._first
        chunk = self._data[self._at:self._at + size]
        self._at += len(chunk)
        return chunk


def test_a_short_read_then_whole_segments_keeps_the_order(service: VaultService,
                                                          tmp_path: Path) -> None:
    incident = service.add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})
    data = os.urandom(2 * SEGMENT + 1000)
    entry = service.add_attachment_stream(incident.id, ShortFirstRead(data, 1000), "pipe.bin")
    assert entry.value.sha256 == hashlib.sha256(data).hexdigest()
    out = tmp_path / "out.bin"
    assert service.extract_attachment(entry.id, out) == entry.value.sha256
    assert out.read_bytes() == data


def test_memory_stays_flat_for_large_files(service: VaultService) -> None:
    """200 MB through intake and extraction while Python's allocations stay a few segments."""
    incident = service.add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})
    size = 200 * 1024 * 1024
    tracemalloc.start()
    try:
        entry = service.add_attachment_stream(
            incident.id, io.BufferedReader(PatternStream(size), buffer_size=SEGMENT), "gross.bin")
        _, intake_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        sink = HashSink()
        storage_of(service).blobs.read(entry.id, sink)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == size
    assert sink.digest.hexdigest() == entry.value.sha256 == expected_sha(size)
    assert intake_peak < 8 * SEGMENT, intake_peak
    assert read_peak < 8 * SEGMENT, read_peak


def test_failed_intake_leaves_nothing(service: VaultService) -> None:
    incident = service.add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})

    class Broken(io.RawIOBase):
        calls = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            Broken.calls += 1
            if Broken.calls > 3:
                raise OSError(5, "Input/output error")
            buffer[: len(buffer)] = b"x" * len(buffer)
            return len(buffer)

    folder = storage_of(service).blobs.folder
    before = sorted(p.name for p in folder.iterdir())
    from storage.errors import NotDone

    with raises_code(StorageError, StorageCode.FILE_ERROR, errno=5,
                     action=NotDone.ATTACHMENT_NOT_STORED):
        service.add_attachment_stream(incident.id, io.BufferedReader(Broken(), SEGMENT), "x")
    assert sorted(p.name for p in folder.iterdir()) == before
    assert service.list_attachments(incident.id).entries == []
    assert service.verify().ok


def test_attachment_to_unknown_incident_stores_no_file(service: VaultService) -> None:
    from storage.errors import RecordNotFoundError

    with pytest.raises(RecordNotFoundError):
        service.add_attachment_stream("0" * 32, io.BytesIO(b"data"), "x.txt")
    assert list(storage_of(service).blobs.folder.iterdir()) == []


def test_leftovers_are_cleaned_at_open_but_locked_files_are_left(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, _ = created
    service = VaultService(vault)
    incident = service.add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})
    kept = service.add_attachment_stream(incident.id, io.BytesIO(b"bleibt"), "a.txt")
    vault.close()
    folder = vault_dir / "attachments"
    stale_temp = folder / f"{TEMP_PREFIX}{'a' * 32}-dead{TEMP_SUFFIX}"
    stale_temp.write_bytes(b"half written")
    orphan = folder / f"{'b' * 32}.vfb"  # renamed, but its record was never committed
    orphan.write_bytes(b"orphan")
    busy = folder / f"{TEMP_PREFIX}{'c' * 32}-busy{TEMP_SUFFIX}"  # another process writing
    busy.write_bytes(b"in progress")
    fd = os.open(busy, os.O_RDWR)
    assert _lock_exclusive(fd, blocking=True)
    try:
        reopened = Vault.open(vault_dir)
        assert sorted(reopened.cleaned_up) == sorted([stale_temp.name, orphan.name])
        assert not stale_temp.exists() and not orphan.exists()
        assert busy.exists()
        reopened.unlock(USER, PASSPHRASE)
        assert VaultService(reopened).verify().ok
        assert (folder / f"{kept.id}.vfb").exists()
        reopened.close()
    finally:
        os.close(fd)
    again = Vault.open(vault_dir)
    assert again.cleaned_up == [busy.name]
    again.close()


class OpenedElsewhereAfterCreate(FileOps):
    """Another program opens the vault (and runs its cleanup) right after a temp file is
    created, before the writer has locked it: the race CI once hit with parallel CLI calls."""

    def __init__(self, vault_dir: Path, times: int) -> None:
        self.vault_dir = vault_dir
        self.times = times
        self.removed: list[str] = []

    def create(self, path: Path) -> int:
        fd = super().create(path)
        if path.name.startswith(TEMP_PREFIX) and self.times > 0:
            self.times -= 1
            other = Vault.open(self.vault_dir)
            self.removed += other.cleaned_up
            other.close()
        return fd


def open_with(vault_dir: Path, ops: FileOps) -> VaultService:
    vault = Vault.open(vault_dir, file_ops=ops)
    vault.unlock(USER, PASSPHRASE)
    return VaultService(vault)


def test_a_temp_file_removed_before_its_lock_is_made_again(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, _ = created
    incident = VaultService(vault).add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})
    vault.close()
    ops = OpenedElsewhereAfterCreate(vault_dir, times=1)
    service = open_with(vault_dir, ops)
    try:
        added = service.add_attachment_stream(incident.id, io.BytesIO(b"Drohbrief"), "a.txt")
        assert len(ops.removed) == 1 and ops.removed[0].startswith(TEMP_PREFIX)
        assert added.value.sha256 == hashlib.sha256(b"Drohbrief").hexdigest()
        assert service.verify().ok
        names = sorted(p.name for p in storage_of(service).blobs.folder.iterdir())
        assert names == [f"{added.id}.vfb"]
    finally:
        storage_of(service).close()


def test_a_cleanup_that_always_wins_gives_one_sentence_and_leaves_nothing(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, _ = created
    incident = VaultService(vault).add_incident({"title": "t", "occurred": {"date": "2026-01-01"}})
    vault.close()
    ops = OpenedElsewhereAfterCreate(vault_dir, times=CREATE_ATTEMPTS)
    service = open_with(vault_dir, ops)
    try:
        with raises_code(StorageError, StorageCode.ATTACHMENT_FOLDER_BUSY):
            service.add_attachment_stream(incident.id, io.BytesIO(b"x"), "a.txt")
        assert len(ops.removed) == CREATE_ATTEMPTS
        assert list(storage_of(service).blobs.folder.iterdir()) == []
        assert service.list_attachments(incident.id).entries == []
    finally:
        storage_of(service).close()
