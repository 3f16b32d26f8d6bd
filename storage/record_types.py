"""What the record store hands out: heads, raw heads, failures, revisions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StoredRecord:
    id: str
    kind: str
    parent_id: str | None
    version: int
    state: str
    created_at: str
    updated_at: str
    content: dict[str, Any]
    author: str
    at: str


@dataclass(frozen=True)
class RawHead:
    """A record's head revision, decrypted but not parsed: {"author", "at", "content",
    "deleted"} as canonical JSON bytes."""

    id: str
    kind: str
    parent_id: str | None
    version: int
    state: str
    created_at: str
    updated_at: str
    plaintext: bytes


@dataclass(frozen=True)
class RecordFailure:
    """A record whose head could not be opened; the rest of the vault still opens."""

    id: str
    kind: str
    message: str


@dataclass(frozen=True)
class RevisionView:
    version: int
    author: str
    at: str
    deleted: bool
    content: dict[str, Any] | None  # None once purged
