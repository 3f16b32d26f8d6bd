"""The salvage read after a damaged page (RecordStore.iter_heads and versions), for every
filter a list uses: each page of the record and revision tables and of their two indexes is
zeroed in turn, and what comes back must be true (the right kind, parent, state and content),
complete (every record is shown or named), without duplicates and in creation order."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storage.errors import StorageCode, StorageError
from storage.records import RecordFailure
from storage.vault import DB_NAME, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.storage.test_page_damage import pages_of, zero_page

AUTHOR = "user-anna"
Truth = dict[str, dict[str, object]]


@pytest.fixture(scope="module")
def salvage_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Truth, bytes]:
    folder = tmp_path_factory.mktemp("salvage") / "vault"
    tick = [0]

    def clock() -> str:  # two saves share each time stamp, as on a coarse clock
        tick[0] += 1
        return f"2026-03-14T10:{tick[0] // 8 // 60:02d}:{tick[0] // 8 % 60:02d}.000000Z"

    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF, clock=clock)
    truth: Truth = {}
    try:
        records = vault.records
        for number in range(30):
            incident = f"{0xfff - number:03x}a" + "0" * 28  # ids fall as time goes on
            stored = records.create("incident", incident, {"title": "Drohbrief " * 40}, AUTHOR)
            truth[incident] = {"kind": "incident", "parent": None, "version": 1}
            for child in range(number % 3):
                file_id = f"{0xfff - number:03x}b{child}" + "0" * 27
                records.create("attachment", file_id, {"name": "scan " * 40}, AUTHOR,
                               parent_id=incident)
                truth[file_id] = {"kind": "attachment", "parent": incident, "version": 1}
            truth[incident]["created"] = stored.created_at
        ids = sorted(truth)
        for record_id in ids[::7]:
            records.update(record_id, {"title": "später geändert " * 20}, 1, AUTHOR)
            truth[record_id]["version"] = 2
        for record_id in ids[3::9]:
            version = int(str(truth[record_id]["version"]))
            records.delete(record_id, version, AUTHOR)
            truth[record_id]["version"] = version + 1
            truth[record_id]["deleted"] = True
        for record_id, facts in truth.items():
            with sqlite3.connect(folder / DB_NAME) as conn:
                facts["created"], facts["state"] = conn.execute(
                    "SELECT created_at, state FROM record WHERE id = ?", (record_id,)).fetchone()
    finally:
        vault.close()
    with sqlite3.connect(folder / DB_NAME) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder, truth, (folder / DB_NAME).read_bytes()


def _check(vault: Vault, truth: Truth, kind: str, parent: str | None, deleted: bool,
           ordered: bool, where: object) -> None:
    items = list(vault.records.iter_heads(kind, parent, include_deleted=deleted,
                                          ordered=ordered))
    heads = [i for i in items if not isinstance(i, RecordFailure)]
    failures = [i for i in items if isinstance(i, RecordFailure)]
    states = {"active", "deleted"} if deleted else {"active"}
    expected = {i for i, f in truth.items() if f["kind"] == kind and f["state"] in states
                and (parent is None or f["parent"] == parent)}
    ids = [h.id for h in heads]
    assert len(ids) == len(set(ids)), where  # nothing twice
    assert set(ids) <= expected, where  # nothing of another kind, parent or state
    assert expected <= set(ids) | {f.id for f in failures}, where  # shown or named
    for head in heads:
        facts = truth[head.id]
        assert (head.kind, head.parent_id, head.version, head.state, head.created_at) == (
            kind, facts["parent"], facts["version"], facts["state"], facts["created"]), where
        assert json.loads(head.plaintext)["deleted"] is (head.state == "deleted"), where
    if ordered:
        assert ids == sorted(ids, key=lambda i: (truth[i]["created"], i)), where
    for failure in failures:
        assert failure.kind == kind, where
        assert failure.error.code is StorageCode.RECORD_ROW_DAMAGED, where
        assert failure.error.params == {"kind": kind, "record_id": failure.id}, where
        assert failure.id.startswith("#") or truth[failure.id]["kind"] == kind, where
    versions = vault.records.versions(kind, parent)
    active = {i for i in expected if truth[i]["state"] == "active"}
    assert set(versions) <= active, where
    assert {i for i in ids if truth[i]["state"] == "active"} <= set(versions), where
    assert all(versions[i] == truth[i]["version"] for i in versions), where


def test_every_damaged_page_leaves_a_true_complete_list_for_every_filter(
        salvage_vault: tuple[Path, Truth, bytes]) -> None:
    folder, truth, pristine = salvage_vault
    db = folder / DB_NAME
    parents = [p for p in {f["parent"] for f in truth.values()} if p is not None]
    pages = pages_of(db, "record", "revision", "ix_record_kind", "sqlite_autoindex_record_1")
    assert {name for name, _, _ in pages} == {"record", "revision", "ix_record_kind",
                                              "sqlite_autoindex_record_1"}
    checked = 0
    try:
        for table, number, page_kind in pages:
            zero_page(db, pristine, number)
            try:
                vault = Vault.open(folder)
                vault.unlock(USER, PASSPHRASE)
            except StorageError:
                continue  # a page the opening itself needs: named there, not listed
            try:
                for kind, parent in [("incident", None), ("attachment", None),
                                     *(("attachment", p) for p in sorted(parents)[:4])]:
                    for deleted in (False, True):
                        for ordered in (True, False):
                            _check(vault, truth, kind, parent, deleted, ordered,
                                   (table, number, page_kind, kind, parent, deleted, ordered))
                checked += 1
            finally:
                vault.close()
    finally:
        db.write_bytes(pristine)
    assert checked >= len(pages) // 2
