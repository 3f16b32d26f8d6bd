"""The shapes the service hands to front ends, and how stored revisions become them."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter

from app.domain import AttachmentKind
from storage.records import RecordFailure

T = TypeVar("T", bound=BaseModel)
INCIDENT = "incident"
PERSON = "person"
ATTACHMENT = "attachment"
KIND_NAMES = {INCIDENT: "incident", PERSON: "contact", ATTACHMENT: "attachment"}
MIN_PREFIX = 4


@dataclass(frozen=True)
class Entry(Generic[T]):
    """A stored record: its id and version (for conflict-safe edits) and its validated value."""

    id: str
    version: int
    created_at: str
    updated_at: str
    author: str
    value: T


@dataclass(frozen=True)
class Listing(Generic[T]):
    entries: list[Entry[T]]
    failures: list[RecordFailure]  # records that failed to open, reported by id


@dataclass(frozen=True)
class HistoryItem:
    version: int
    author: str  # user name
    at: str
    deleted: bool
    purged: bool
    changed: list[str]  # top-level fields that differ from the previous revision




class RevisionBody(BaseModel, Generic[T]):
    """The sealed plaintext of a revision, as RecordStore writes it."""

    model_config = ConfigDict(extra="forbid")
    author: str
    at: str
    deleted: bool
    content: T


@functools.cache
def revision_adapter(model: type[BaseModel]) -> TypeAdapter[RevisionBody[Any]]:
    return TypeAdapter(RevisionBody[model])  # type: ignore[valid-type]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk loads make thousands of objects that all stay alive: the cyclic collector's scans
    during the load find nothing to free (about a second for 10,000 incidents). Afterwards the
    survivors are moved to the permanent generation (gc.freeze), so later collections skip
    them too; they hold no reference cycles and are freed by reference counting when the
    listing is dropped (at a lock)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def as_dict(data: BaseModel | dict[str, Any]) -> dict[str, Any]:
    return data.model_dump(mode="json") if isinstance(data, BaseModel) else data


def guess_kind(name: str, media_type: str) -> AttachmentKind:
    lower = name.lower()
    if lower.endswith((".eml", ".msg")) or media_type == "message/rfc822":
        return AttachmentKind.EMAIL
    if media_type.startswith("image/"):
        return AttachmentKind.PHOTO
    if media_type.startswith("audio/"):
        return AttachmentKind.AUDIO
    if media_type.startswith("video/"):
        return AttachmentKind.VIDEO
    if media_type in ("application/pdf", "text/plain") or lower.endswith((".doc", ".docx", ".odt")):
        return AttachmentKind.DOCUMENT
    return AttachmentKind.OTHER
