"""The shapes the service hands to front ends, and how stored revisions become them."""

from __future__ import annotations

import functools
import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from app.domain import AttachmentKind
from app.errors import AppCode
from app.validation import from_validation_error
from storage.errors import IntegrityError
from storage.records import RawHead, RecordStore
from storage.records import RecordFailure as RecordFailure  # re-exported for the front ends

T = TypeVar("T", bound=BaseModel)
H = TypeVar("H", bound=BaseModel)
E = TypeVar("E")
INCIDENT = "incident"
PERSON = "person"
ATTACHMENT = "attachment"
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


@dataclass(frozen=True, eq=False, slots=True)
class Listed(Generic[H, T]):
    """A record as a long list holds it: its `head` (the few fields the list shows, sorts and
    filters by) validated at once, the full value only when asked for (full()), validated
    from the decrypted revision kept as compact bytes. 10,000 incidents read this way appear
    in about half the time, and their bytes take a fraction of the memory of 10,000 models."""

    id: str
    version: int
    created_at: str
    updated_at: str
    author: str
    head: H
    kind: str = field(repr=False)
    model: type[T] = field(repr=False)
    source: T | bytes = field(repr=False)  # the full value, or the revision it comes from

    def full(self) -> T:
        """The full value (validated on each call when it is held as bytes); IntegrityError
        when this version of the app cannot read it."""
        if not isinstance(self.source, bytes):
            return self.source
        try:
            body = revision_adapter(self.model).validate_json(self.source)
        except ValidationError as exc:
            raise unreadable(self.kind, self.id, exc) from None
        return body.content  # type: ignore[no-any-return]

    def entry(self) -> Entry[T]:
        return Entry(self.id, self.version, self.created_at, self.updated_at, self.author,
                     self.full())

    @classmethod
    def of(cls, entry: Entry[T], kind: str, head: H) -> Listed[H, T]:
        """A record read in full (after a save), held like a listed one."""
        return cls(entry.id, entry.version, entry.created_at, entry.updated_at, entry.author,
                   head, kind, type(entry.value), entry.value)


@dataclass(frozen=True)
class ListedHeads(Generic[H, T]):
    entries: list[Listed[H, T]]
    failures: list[RecordFailure]


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


_unfrozen_work = [0]  # how many no_freeze() blocks are running (in any thread)
_unfrozen_lock = threading.Lock()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk loads make thousands of objects that all stay alive: the cyclic collector's scans
    during the load find nothing to free (about a second for 10,000 incidents). Afterwards the
    survivors are moved to the permanent generation (gc.freeze): re-enabling the collector
    would otherwise scan them all at once (a 45 ms and a 120 ms pause for 10,000 incidents),
    and every full collection while they live would take 170-290 ms instead of a few ms.
    Frozen objects are never collected: whatever is frozen must be freed by its last
    reference going, not by the collector, so decrypted data is never kept in reference
    cycles (tests/test_gui_lock_residue.py looks for it), and work that makes such cycles
    runs under no_freeze(). release_frozen() hands the rest back to the collector at a lock."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        with _unfrozen_lock:
            if not _unfrozen_work[0]:
                gc.freeze()
        if was_enabled:
            gc.enable()


@contextmanager
def no_freeze() -> Iterator[None]:
    """Work whose objects form reference cycles and hold decrypted data (reportlab's dossier
    is one web of them): no bulk load freezes while it runs, so that its garbage stays for the
    collector; it is collected right after (a collection that skips the frozen objects, so it
    costs only what was made since)."""
    with _unfrozen_lock:
        _unfrozen_work[0] += 1
    try:
        yield
    finally:
        with _unfrozen_lock:
            _unfrozen_work[0] -= 1
        gc.collect()


def release_frozen() -> None:
    """At a lock: collect the garbage made since the last freeze (cheap: the frozen objects
    are skipped), then give the frozen objects back to the collector, so nothing stays frozen
    for good. No full collection here: after the unfreeze it would look at every object of
    the app, 90-120 ms on the GUI thread whatever the vault's size; what is frozen holds no
    decrypted data in cycles (see gc_paused), and the collector frees the rest in its time."""
    gc.collect()
    gc.unfreeze()


def unreadable(kind: str, record_id: str, exc: ValidationError) -> IntegrityError:
    """A stored record this version of the app cannot read, with what pydantic found."""
    problem = from_validation_error(exc, kind)
    # A revision read whole (RevisionBody) holds the record under "content": the field is
    # named as in the record itself.
    problem.field = problem.field.removeprefix("content.")
    return IntegrityError(AppCode.RECORD_UNREADABLE, kind=kind, record_id=record_id,
                          problem=problem)


def read_heads(records: RecordStore, model: type[H], kind: str, parent_id: str | None,
               make: Callable[[RawHead, Any], E],
               ordered: bool = True) -> tuple[list[E], list[RecordFailure]]:
    """Every current record of a kind, its revision validated as `model` (the full model or
    a head) and turned into an entry by `make`; records that fail come as RecordFailures. The
    decrypted JSON goes straight into pydantic-core, and the garbage collector rests meanwhile
    (see gc_paused)."""
    adapter = revision_adapter(model)
    entries: list[E] = []
    failures: list[RecordFailure] = []
    with gc_paused():
        for number, item in enumerate(records.iter_heads(kind, parent_id, ordered=ordered)):
            if number % 64 == 63:
                time.sleep(0)  # let a GUI thread run: this loop rarely gives up the GIL
            if isinstance(item, RecordFailure):
                failures.append(item)
                continue
            try:
                body = adapter.validate_json(item.plaintext)
            except ValidationError as exc:
                failures.append(RecordFailure(item.id, kind, unreadable(kind, item.id, exc)))
                continue
            entries.append(make(item, body))
    return entries, failures


def read_listing(records: RecordStore, model: type[T], kind: str,
                 parent_id: str | None = None) -> Listing[T]:
    def make(item: RawHead, body: Any) -> Entry[T]:
        return Entry(item.id, item.version, item.created_at, item.updated_at, body.author,
                     body.content)

    return Listing(*read_heads(records, model, kind, parent_id, make))


def read_listed(records: RecordStore, head: type[H], model: type[T],
                kind: str) -> ListedHeads[H, T]:
    """Like read_listing, but only each record's head is validated now (see Listed), and in
    no particular order (the list sorts)."""
    def make(item: RawHead, body: Any) -> Listed[H, T]:
        return Listed(item.id, item.version, item.created_at, item.updated_at, body.author,
                      body.content, kind, model, item.plaintext)

    return ListedHeads(*read_heads(records, head, kind, None, make, ordered=False))


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
