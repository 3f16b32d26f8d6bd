"""Streaming AEAD: fixed-size segments, each AES-256-GCM sealed with nonce =
prefix (7 bytes) || counter (4 bytes) || last flag (1 byte) and the container header as
associated data — the construction behind age and Tink's streaming AEAD. Truncation,
reordering, splicing and header edits all fail to open. Used by the attachment store and by
backups; memory stays at about two segments whatever the size."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import IntegrityError

SEGMENT = 1024 * 1024
TAG = 16
PREFIX_BYTES = 7
MAX_SEGMENTS = 2**32


def derive_stream_key(key: bytes, salt: bytes, info: bytes) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= MAX_SEGMENTS:
        raise ValueError("stream too long for its nonce space")
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class SegmentSealer(io.RawIOBase):
    """A write-only stream: plaintext in, sealed segments out through `emit`.

    One full segment is always held back, so the segment that turns out to be the last one
    carries the flag when the stream is finished. Whole-segment writes (the attachment store
    reads its source in segments) pass through without being copied."""

    def __init__(self, aead: AESGCM, prefix: bytes, header: bytes,
                 emit: Callable[[bytes], None]) -> None:
        super().__init__()
        self._aead = aead
        self._prefix = prefix
        self._header = header
        self._emit = emit
        self._held: bytes | None = None
        self._partial = bytearray()
        self._counter = 0
        self.plaintext_size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        size = len(data)
        self.plaintext_size += size
        if not self._partial and size == SEGMENT:
            self._push(bytes(data))
            return size
        self._partial += data
        while len(self._partial) >= SEGMENT:
            self._push(bytes(self._partial[:SEGMENT]))
            del self._partial[:SEGMENT]
        return size

    def finish(self) -> None:
        """Seal what is left; the last segment is flagged (an empty stream has one empty)."""
        if self._partial:
            self._push(bytes(self._partial))
            self._partial.clear()
        self._seal(self._held if self._held is not None else b"", last=True)
        self._held = None

    def _push(self, segment: bytes) -> None:
        if self._held is not None:
            self._seal(self._held, last=False)
        self._held = segment

    def _seal(self, chunk: bytes, last: bool) -> None:
        self._emit(self._aead.encrypt(_nonce(self._prefix, self._counter, last), chunk,
                                      self._header))
        self._counter += 1


def open_segments(aead: AESGCM, prefix: bytes, header: bytes, handle: BinaryIO,
                  damaged: Callable[[int], IntegrityError]) -> Iterator[bytes]:
    """Yield authenticated plaintext segments; raise damaged(number) for the first segment
    (counted from 1) that is damaged, truncated or altered."""
    counter = 0
    current = handle.read(SEGMENT + TAG)
    while True:
        following = handle.read(SEGMENT + TAG) if len(current) == SEGMENT + TAG else b""
        last = not following
        try:
            chunk = aead.decrypt(_nonce(prefix, counter, last), current, header)
        except InvalidTag:
            raise damaged(counter + 1) from None
        yield chunk
        if last:
            return
        counter += 1
        current = following


class SegmentReader(io.RawIOBase):
    """A read-only stream over authenticated segments (for tarfile's streaming mode)."""

    def __init__(self, segments: Iterator[bytes]) -> None:
        super().__init__()
        self._segments = segments
        self._pending = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            try:
                self._pending = next(self._segments)
            except StopIteration:
                self._done = True
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n
