"""Integrity check of an unlocked vault: database, every record, every attachment, the chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from storage import chain
from storage.crypto import Sealer
from storage.database import read_transaction
from storage.errors import IntegrityError, StorageCode, StorageError
from storage.vault import Vault


@dataclass(frozen=True)
class Finding:
    kind: str  # database, chain, or a record kind (incident, person, attachment)
    id: str
    ok: bool
    problem: StorageError | None = None  # what failed, for the front end to word


@dataclass
class VerifyReport:
    findings: list[Finding] = field(default_factory=list)
    chain_length: int = 0
    chain_head: str = ""

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok]

    @property
    def ok(self) -> bool:
        return not self.failures

    def add(self, kind: str, item: str, problem: StorageError | None = None) -> None:
        self.findings.append(Finding(kind, item, problem is None, problem))

    def to_json(self, word: Callable[[StorageError], str]) -> dict[str, Any]:
        """The report for scripts; `word` says a problem in the front end's language."""
        return {
            "ok": self.ok,
            "chain": {"length": self.chain_length, "head": self.chain_head},
            "items": [
                {"kind": f.kind, "id": f.id, "ok": f.ok,
                 **({"error": word(f.problem), "code": f.problem.code.value}
                    if f.problem is not None else {})}
                for f in self.findings
            ],
        }


def verify(vault: Vault) -> VerifyReport:
    chain_sealer = vault.records.chain_sealer
    report = VerifyReport()
    with read_transaction(vault.engine) as conn:
        result = conn.execute(text("PRAGMA integrity_check")).all()
        problems = [str(r[0]) for r in result if str(r[0]) != "ok"]
        report.add("database", "vault.db", StorageError(
            StorageCode.DATABASE_CHECK_FAILED, sqlite_message="; ".join(problems[:5]))
            if problems else None)
        links = conn.execute(
            text("SELECT seq, payload, link_hash FROM chain_link ORDER BY seq")
        ).all()
        revisions = conn.execute(
            text("SELECT v.record_id, r.kind, v.version, v.payload, r.state, r.head_version, "
                 "v.created_at, r.created_at, r.updated_at "
                 "FROM revision v JOIN record r ON r.id = v.record_id "
                 "ORDER BY v.record_id, v.version")
        ).all()
        attachments = conn.execute(
            text("SELECT id FROM record WHERE kind = 'attachment' AND state != 'purged'")
        ).all()
    expected_hashes = _verify_chain(vault, chain_sealer, links, report)
    _verify_revisions(vault, revisions, expected_hashes, report)
    for (attachment_id,) in attachments:
        _verify_attachment(vault, str(attachment_id), report)
    return report


def verify_chain(vault: Vault) -> VerifyReport:
    """Only the history chain, every link recomputed from the first (the history view's
    "lückenlos" line): the first broken link is named, as verify names it."""
    report = VerifyReport()
    with read_transaction(vault.engine) as conn:
        links = conn.execute(
            text("SELECT seq, payload, link_hash FROM chain_link ORDER BY seq")).all()
    _verify_chain(vault, vault.records.chain_sealer, links, report)
    return report


def _verify_chain(
    vault: Vault, sealer: Sealer, links: Sequence[Any], report: VerifyReport
) -> dict[tuple[str, int], str]:
    """Recompute every link; name the first broken one. Returns (record, version) -> hash."""
    previous = chain.genesis(vault.vault_id)
    expected: dict[tuple[str, int], str] = {}
    broken = False
    for index, (seq, payload, stored_hash) in enumerate(links, start=1):
        label = f"link {seq}"
        if broken:
            break
        if seq != index:
            report.add("chain", f"link {index}", IntegrityError(
                StorageCode.CHAIN_LINK_MISSING, index=index, found=seq))
            broken = True
            break
        try:
            entry_bytes = sealer.open(bytes(payload), chain.entry_ad(vault.vault_id, seq,
                                                                     vault.key_version))
            entry = json.loads(entry_bytes)
        except (IntegrityError, ValueError):
            report.add("chain", label, IntegrityError(StorageCode.CHAIN_LINK_DAMAGED, seq=seq))
            broken = True
            break
        digest = chain.link_hash(previous, entry_bytes)
        if digest.hex() != stored_hash or entry.get("seq") != seq:
            report.add("chain", label, IntegrityError(StorageCode.CHAIN_LINK_MISMATCH, seq=seq))
            broken = True
            break
        previous = digest
        if entry.get("kind") in ("revision", "tombstone"):
            expected[(str(entry["record_id"]), int(entry["version"]))] = str(
                entry["content_sha256"])
        report.chain_length = seq
        report.chain_head = stored_hash
    if not broken:
        report.add("chain", f"{len(links)} links")
    return expected


def _verify_revisions(
    vault: Vault, revisions: Sequence[Any], expected: dict[tuple[str, int], str],
    report: VerifyReport,
) -> None:
    records = vault.records
    failed: dict[str, StorageError] = {}
    kinds: dict[str, str] = {}
    for (record_id, kind, version, payload, state, head, written, created,
         updated) in revisions:
        kinds[record_id] = kind
        if record_id in failed:
            continue
        if payload is None:
            if state != "purged":
                failed[record_id] = IntegrityError(StorageCode.REVISION_NO_CONTENT, kind=kind,
                                                   record_id=record_id, version=version)
            continue
        try:
            body = records.open_revision(record_id, kind, version, bytes(payload))
        except IntegrityError as exc:
            failed[record_id] = exc
            continue
        if not _row_agrees(body, version, state, head, written, created, updated):
            failed[record_id] = IntegrityError(StorageCode.RECORD_MALFORMED, kind=kind,
                                               record_id=record_id)
            continue
        digest = hashlib.sha256(chain.canonical(body)).hexdigest()
        want = expected.get((record_id, version))
        if want is None and report.chain_length and not report.failures:
            failed[record_id] = IntegrityError(StorageCode.REVISION_NOT_IN_CHAIN, kind=kind,
                                               record_id=record_id, version=version)
        elif want is not None and want != digest:
            failed[record_id] = IntegrityError(StorageCode.REVISION_DIFFERS_FROM_CHAIN,
                                               kind=kind, record_id=record_id, version=version)
    newest = {row[0]: row for row in revisions}  # ordered by version: each record's last
    for record_id, (_id, kind, version, _payload, state, head, *_times) in newest.items():
        if record_id not in failed and state != "purged" and version != head:
            failed[record_id] = IntegrityError(StorageCode.RECORD_MALFORMED, kind=kind,
                                               record_id=record_id)
    for record_id, kind in kinds.items():
        if kind == "attachment" and record_id not in failed:
            continue  # reported with its file below
        report.add(kind, record_id, failed.get(record_id))
    for record_id, problem in failed.items():
        if kinds.get(record_id) == "attachment":
            report.add("attachment", record_id, problem)


def _row_agrees(body: dict[str, Any], version: int, state: str, head: int, written: str,
                created: str, updated: str) -> bool:
    """Whether the plaintext of a record's row and of its revision (storage/records.py writes
    them in the same transaction as the sealed revision) says what the sealed revision says:
    its time, the record's creation time (version 1), and the head's time and state. These
    columns are not in any index, so PRAGMA integrity_check cannot see a change in them; a
    changed byte there would reorder the lists or alter a shown time without a word."""
    at = body.get("at")
    if written != at or (version == 1 and created != at):
        return False
    if version == head:
        return updated == at and state == ("deleted" if body.get("deleted") else "active")
    return True


def _verify_attachment(vault: Vault, attachment_id: str, report: VerifyReport) -> None:
    if any(f.id == attachment_id and not f.ok for f in report.findings):
        return
    try:
        head = vault.records.last_content(attachment_id)
        content = head.content
        size, digest = vault.blobs.read(attachment_id)
        if digest != content.get("sha256") or size != content.get("size"):
            raise IntegrityError(StorageCode.ATTACHMENT_MISMATCH, attachment_id=attachment_id)
    except StorageError as exc:
        report.add("attachment", attachment_id, exc)
        return
    except (ValueError, KeyError):
        report.add("attachment", attachment_id, IntegrityError(
            StorageCode.ATTACHMENT_FACTS_UNREADABLE, attachment_id=attachment_id))
        return
    report.add("attachment", attachment_id)
