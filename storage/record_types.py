"""What the record store hands out: heads, raw heads, failures, revisions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.errors import StorageError


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
    """A record whose head could not be opened; the rest of the vault still opens. `error`
    says why (a code for the front ends to word)."""

    id: str
    kind: str
    error: StorageError


@dataclass(frozen=True)
class RevisionView:
    version: int
    author: str
    at: str
    deleted: bool
    content: dict[str, Any] | None  # None once purged
