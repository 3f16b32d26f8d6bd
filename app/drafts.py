"""Drafts of forms that could not be saved when the app locked itself (storage/drafts.py keeps
them sealed). What a draft holds is the caller's business; this module adds what every draft
needs to be offered again: which kind of record, which record and version it was an edit of
(None for a new one), and when it was kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.service import VaultService
from storage.drafts import DraftStore

KINDS = ("incident", "person")


@dataclass(frozen=True)
class FormDraft:
    id: str
    kind: str  # "incident" or "person"
    record_id: str | None  # None: a record not yet saved
    version: int | None  # the version the edit started from
    kept_at: str  # ISO 8601, UTC
    form: dict[str, Any]


def store(service: VaultService) -> DraftStore:
    return service.draft_store()


def keep(service: VaultService, kind: str, record_id: str | None, version: int | None,
         form: dict[str, Any]) -> str:
    """Seal the form as a draft of the unlocked user; returns the draft's id."""
    if kind not in KINDS:
        raise ValueError(kind)
    return store(service).save({
        "kind": kind, "record_id": record_id, "version": version,
        "kept_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "form": form})


def pending(service: VaultService) -> tuple[list[FormDraft], list[str]]:
    """The unlocked user's drafts (oldest first), and the names of damaged draft files."""
    drafts_store = store(service)
    if not service.read_only:
        drafts_store.cleanup()
    drafts, damaged = drafts_store.load()
    found: list[FormDraft] = []
    for draft in drafts:
        payload = draft.payload
        kind, record_id, version = (payload.get("kind"), payload.get("record_id"),
                                    payload.get("version"))
        form = payload.get("form")
        if (kind not in KINDS or not isinstance(form, dict)
                or not (record_id is None or isinstance(record_id, str))
                or not (version is None or isinstance(version, int))):
            damaged.append(draft.id)
            continue
        found.append(FormDraft(draft.id, str(kind), record_id, version,
                               str(payload.get("kept_at", "")), form))
    return found, damaged


def discard(service: VaultService, draft_id: str) -> None:
    store(service).delete(draft_id)
