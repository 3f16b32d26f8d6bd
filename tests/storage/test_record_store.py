"""The record store's own promises, checked in the storage layer itself (the mutation run of
docs/mutation.md runs only the tests in tests/storage that call a function): what an update, a
delete and a purge write and say in the chain, what history shows of each revision, and the
errors that name the record they could not find."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from storage.errors import ConflictError, RecordNotFoundError, StorageCode
from storage.records import RecordFailure
from storage.vault import DB_NAME, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code

ANNA, BERND = "user-anna", "user-bernd"
PARENT = "aaaa0000000000000000000000000001"
FILE = "bbbb0000000000000000000000000002"


@contextmanager
def not_found(code: StorageCode, record_id: str) -> Iterator[None]:
    """A RecordNotFoundError that names the record (its kind unknown: "")."""
    with pytest.raises(RecordNotFoundError) as caught:
        yield
    assert caught.value.code is code, caught.value.code
    assert caught.value.params == {"kind": "", "record_id": record_id}, caught.value.params


def _entries_of(vault: Vault, record_id: str) -> list[dict[str, object]]:
    return [e for e in vault.records.chain_entries() if e.get("record_id") == record_id]


def test_update_and_delete_keep_the_record_and_history_shows_who_did_what(vault: Vault) -> None:
    records = vault.records
    marker = records.change_marker()
    records.create("incident", PARENT, {"title": "Drohbrief"}, ANNA)
    assert records.change_marker() == marker + 1  # a list elsewhere notices the save
    first = records.create("attachment", FILE, {"name": "scan.pdf"}, ANNA, parent_id=PARENT)
    updated = records.update(FILE, {"name": "scan-2.pdf"}, 1, BERND)
    deleted = records.delete(FILE, 2, ANNA)
    for stored in (updated, deleted):  # what the front end shows after the save
        assert (stored.parent_id, stored.created_at) == (PARENT, first.created_at)

    history = records.history(FILE)
    assert [(v.version, v.author, v.deleted, v.content) for v in history] == [
        (1, ANNA, False, {"name": "scan.pdf"}),
        (2, BERND, False, {"name": "scan-2.pdf"}),
        (3, ANNA, True, {}),  # a tombstone: no content, but not purged (None)
    ]
    assert [v.at for v in history] == [first.at, updated.at, deleted.at]

    entries = _entries_of(vault, FILE)
    assert [(e["kind"], e["event"], e["version"], e["author"]) for e in entries] == [
        ("revision", "create", 1, ANNA), ("revision", "update", 2, BERND),
        ("tombstone", "delete", 3, ANNA)]
    assert [records.chain_time(int(str(e["seq"]))) for e in entries] == [
        first.at, updated.at, deleted.at]
    assert records.change_marker() == marker + 4
    assert vault.records.kind_of(FILE) == "attachment"  # a deleted record keeps its kind
    # Deleted evidence keeps its last facts for the history and for verify.
    last = records.last_content(FILE)
    assert (last.version, last.state, last.content, last.author) == (
        2, "deleted", {"name": "scan-2.pdf"}, BERND)
    assert (last.created_at, last.updated_at, last.at) == (first.created_at, deleted.updated_at,
                                                           updated.at)
    with not_found(StorageCode.RECORD_NOT_FOUND, "dddd0000000000000000000000000004"):
        records.last_content("dddd0000000000000000000000000004")


def test_writes_join_the_callers_transaction_and_roll_back_with_it(vault: Vault) -> None:
    records = vault.records
    with pytest.raises(RuntimeError), records.transaction() as conn:
        records.create("incident", PARENT, {"title": "v1"}, ANNA, conn=conn)
        records.update(PARENT, {"title": "v2"}, 1, ANNA, conn=conn)
        records.delete(PARENT, 2, ANNA, conn=conn)
        raise RuntimeError("the caller's step after the writes failed")
    with raises_code(RecordNotFoundError, StorageCode.RECORD_NOT_FOUND, record_id=PARENT):
        records.kind_of(PARENT)
    assert _entries_of(vault, PARENT) == []

    with records.transaction() as conn:
        records.create("incident", PARENT, {"title": "v1"}, ANNA, conn=conn)
        records.update(PARENT, {"title": "v2"}, 1, ANNA, conn=conn)
        stored = records.delete(PARENT, 2, ANNA, conn=conn)
        head = records.log_event("export", {"author": ANNA}, conn)
        # When the link was written, read within the transaction that wrote it.
        logged_at = records.chain_time(head.seq, conn)
        assert records.chain_time(head.seq - 1, conn) == stored.at
    assert records.chain_time(head.seq) == logged_at
    assert [v.version for v in records.history(PARENT)] == [1, 2, 3]


def test_a_purge_empties_every_revision_says_so_in_the_chain_and_happens_once(
        vault: Vault) -> None:
    records = vault.records
    created = records.create("incident", PARENT, {"title": "Max Mustermann"}, ANNA)
    updated = records.update(PARENT, {"title": "Max M."}, 1, ANNA)
    assert records.purge(PARENT, BERND) == 2

    history = records.history(PARENT)
    # Every revision is still listed, with its time, but nothing of its content or author.
    assert [(v.version, v.author, v.at, v.deleted, v.content) for v in history] == [
        (1, "", created.at, False, None), (2, "", updated.at, False, None)]
    with sqlite3.connect(vault.folder / DB_NAME) as conn:
        left = conn.execute("SELECT count(*) FROM revision WHERE record_id = ? "
                            "AND payload IS NOT NULL", (PARENT,)).fetchone()[0]
    assert left == 0
    purge = [e for e in records.chain_entries() if e["kind"] == "purge"]
    assert len(purge) == 1
    assert {k: purge[0][k] for k in ("record_id", "record_kind", "revisions_removed",
                                     "author")} == {
        "record_id": PARENT, "record_kind": "incident", "revisions_removed": 2,
        "author": BERND}

    chain_length = len(records.chain_entries())
    for absent in (PARENT, "cccc0000000000000000000000000003"):  # purged already, never there
        with not_found(StorageCode.NOTHING_TO_PURGE, absent):
            records.purge(absent, BERND)
        with not_found(StorageCode.RECORD_NOT_FOUND, absent):
            records.kind_of(absent)
    assert len(records.chain_entries()) == chain_length  # no second purge was logged


def test_a_write_to_a_record_that_is_gone_or_newer_is_refused_and_named(vault: Vault) -> None:
    records = vault.records
    records.create("incident", PARENT, {"title": "v1"}, ANNA)
    records.update(PARENT, {"title": "v2"}, 1, ANNA)
    with pytest.raises(ConflictError) as conflict:
        records.update(PARENT, {"title": "stale"}, 1, BERND)
    assert conflict.value.code is StorageCode.CONFLICT
    assert conflict.value.params == {"kind": "incident", "record_id": PARENT, "version": 2,
                                     "expected": 1}
    records.delete(PARENT, 2, ANNA)
    missing = "dddd0000000000000000000000000004"
    for record_id in (PARENT, missing):  # deleted: it must not come back by an update
        with not_found(StorageCode.RECORD_NOT_FOUND, record_id):
            records.update(record_id, {"title": "back"}, None, BERND)
        with not_found(StorageCode.RECORD_NOT_FOUND, record_id):
            records.delete(record_id, None, BERND)
    assert [v.version for v in records.history(PARENT)] == [1, 2, 3]
    with not_found(StorageCode.RECORD_NOT_FOUND, missing):
        records.history(missing)


def test_a_damaged_chain_link_is_listed_by_its_number_and_kind(vault: Vault) -> None:
    vault.records.create("incident", PARENT, {"title": "v1"}, ANNA)
    entries = vault.records.chain_entries()
    seq = next(int(str(e["seq"])) for e in entries if e.get("record_id") == PARENT)
    with sqlite3.connect(vault.folder / DB_NAME) as conn:
        payload = bytearray(conn.execute("SELECT payload FROM chain_link WHERE seq = ?",
                                         (seq,)).fetchone()[0])
        payload[-1] ^= 1
        conn.execute("UPDATE chain_link SET payload = ? WHERE seq = ?", (bytes(payload), seq))
    after = vault.records.chain_entries()
    assert len(after) == len(entries)
    damaged = [e for e in after if "error" in e]
    assert len(damaged) == 1
    error = damaged[0].pop("error")
    assert damaged[0] == {"seq": seq, "kind": "revision", "at": ""}
    assert error.code is StorageCode.CHAIN_LINK_DAMAGED and error.params == {"seq": seq}
    assert [e for e in after if e is not damaged[0]] == [e for e in entries if e["seq"] != seq]


def test_a_list_names_a_head_without_content_or_damaged_and_shows_the_rest(
        vault: Vault) -> None:
    records = vault.records
    ids = [f"eeee00000000000000000000000000{n:02d}" for n in range(3)]
    for record_id in ids:
        records.create("incident", record_id, {"title": record_id}, ANNA)
    with sqlite3.connect(vault.folder / DB_NAME) as conn:
        conn.execute("UPDATE revision SET payload = NULL WHERE record_id = ?", (ids[0],))
        payload = bytearray(conn.execute("SELECT payload FROM revision WHERE record_id = ?",
                                         (ids[1],)).fetchone()[0])
        payload[-1] ^= 1
        conn.execute("UPDATE revision SET payload = ? WHERE record_id = ?",
                     (bytes(payload), ids[1]))
    items = list(records.iter_heads("incident"))
    failures = {f.id: f for f in items if isinstance(f, RecordFailure)}
    assert set(failures) == {ids[0], ids[1]}
    empty, damaged = failures[ids[0]], failures[ids[1]]
    assert empty.kind == damaged.kind == "incident"
    assert empty.error.code is StorageCode.RECORD_WITHOUT_CONTENT
    assert empty.error.params == {"kind": "incident", "record_id": ids[0]}
    assert damaged.error.code is StorageCode.REVISION_DAMAGED
    assert damaged.error.params == {"kind": "incident", "record_id": ids[1], "version": 1}
    assert [h.id for h in items if not isinstance(h, RecordFailure)] == [ids[2]]


def test_lists_and_lookups_read_the_heads_as_stored(tmp_path: object) -> None:
    """Heads carry their record's facts; creation order breaks ties by id (a clock that
    repeats itself, as a coarse system clock does); deleted records only when asked for."""
    from pathlib import Path
    assert isinstance(tmp_path, Path)
    now = ["2026-03-14T10:00:00.000000Z"]
    vault, _ = Vault.create(tmp_path / "vault", USER, PASSPHRASE, kdf=CHEAP_KDF,
                            clock=lambda: now[0])
    try:
        records = vault.records
        # Created in one tick, in descending id order; the list must still sort by id.
        incidents = [f"ab1{c}0000000000000000000000000000" for c in "fedcba98"]
        for record_id in incidents:
            records.create("incident", record_id, {"title": record_id}, ANNA)
        now[0] = "2026-03-14T11:00:00.000000Z"
        for number, parent in enumerate(incidents[:3]):
            for child in range(number + 1):
                records.create("attachment", f"cc{number}{child}" + "0" * 28,
                               {"name": "x"}, ANNA, parent_id=parent)
        records.update(incidents[0], {"title": "edited"}, 1, BERND)
        records.delete(incidents[1], 1, BERND)
        records.delete("cc20" + "0" * 28, 1, BERND)

        heads = list(records.iter_heads("incident"))
        active = sorted(i for i in incidents if i != incidents[1])
        assert [h.id for h in heads] == active
        stored = {i: records.get(i) for i in active}
        for head in heads:
            assert not isinstance(head, RecordFailure)
            record = stored[head.id]
            assert (head.kind, head.parent_id, head.version, head.state, head.created_at,
                    head.updated_at) == ("incident", None, record.version, "active",
                                         record.created_at, record.updated_at)
        assert stored[incidents[0]].updated_at > stored[incidents[0]].created_at
        with_deleted = list(records.iter_heads("incident", include_deleted=True))
        assert [(h.id, h.state) for h in with_deleted if not isinstance(h, RecordFailure)
                and h.state == "deleted"] == [(incidents[1], "deleted")]
        assert len(with_deleted) == len(incidents)

        children = {p: records.child_ids(p, "attachment") for p in incidents[:3]}
        assert [len(children[p]) for p in incidents[:3]] == [1, 2, 3]  # deleted ones too
        assert records.count_children("attachment") == {incidents[0]: 1, incidents[1]: 2,
                                                         incidents[2]: 2}
        assert records.versions("attachment", incidents[2]) == {
            c: 1 for c in children[incidents[2]] if not c.startswith("cc20")}
        assert records.versions("incident") == {i: (2 if i == incidents[0] else 1)
                                                for i in active}
        heads_of = [h.parent_id for h in records.iter_heads("attachment", incidents[1])
                    if not isinstance(h, RecordFailure)]
        assert heads_of == [incidents[1], incidents[1]]
        # A prefix finds the ids that go on with a letter as well as with a digit.
        assert sorted(records.ids_with_prefix("incident", "ab1")) == active
        assert records.ids_with_prefix("incident", incidents[2][:4]) == [incidents[2]]
    finally:
        vault.close()
