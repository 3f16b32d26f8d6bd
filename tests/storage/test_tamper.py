"""Tampering: flipped bytes and swapped ciphertexts are detected and named; the rest opens."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from app.service import VaultService
from storage.blobstore import HEADER_BYTES, SEGMENT, TAG
from storage.errors import IntegrityError, StorageCode, StorageError
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER, raises_code, storage_of


def sql(folder: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(folder / "vault.db")
    try:
        rows = conn.execute(statement, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


@pytest.fixture
def filled(created: tuple[Vault, str], vault_dir: Path) -> dict[str, list[str]]:
    vault, _ = created
    service = VaultService(vault)
    incidents = [service.add_incident({"title": f"Vorfall {i}",
                                       "occurred": {"date": "2026-01-0" + str(i + 1)}}).id
                 for i in range(5)]
    service.update_incident(incidents[0], {"title": "Vorfall 0 (geändert)",
                                           "occurred": {"date": "2026-01-01"}}, 1)
    persons = [service.add_person({"kind": "witness", "name": f"Zeuge {i}"}).id
               for i in range(2)]
    attachments = [service.add_attachment_stream(incidents[1], io.BytesIO(bytes(range(256))
                                                                          * 10_000), "a.bin").id,
                   service.add_attachment_stream(incidents[1], io.BytesIO(b"klein"), "b.txt").id]
    vault.close()
    return {"incidents": incidents, "persons": persons, "attachments": attachments}


def reopen(folder: Path) -> VaultService:
    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    return VaultService(vault)


def failed_ids(service: VaultService) -> dict[str, StorageError]:
    """What verify found, by item; each failure says why (a code with its parameters)."""
    failures = service.verify().failures
    assert all(f.problem is not None for f in failures)
    return {f.id: f.problem for f in failures if f.problem is not None}


def test_untouched_vault_verifies(filled: dict[str, list[str]], vault_dir: Path) -> None:
    service = reopen(vault_dir)
    report = service.verify()
    assert report.ok, report.failures
    assert report.chain_length == 1 + 5 + 1 + 2 + 2  # creation, incidents, edit, persons, files
    kinds = {f.kind for f in report.findings}
    assert kinds == {"database", "chain", "incident", "person", "attachment"}
    storage_of(service).close()


# The format byte leads the sealed value outside what AES-GCM authenticates: it is checked
# on its own (storage/crypto.py, Sealer.open).
@pytest.mark.parametrize("where", ["ciphertext", "format byte"])
def test_flipped_byte_in_a_field_ciphertext_is_named_and_the_rest_opens(
    filled: dict[str, list[str]], vault_dir: Path, where: str
) -> None:
    victim = filled["incidents"][2]
    (payload,), = sql(vault_dir, "SELECT payload FROM revision WHERE record_id = ?", victim)
    index = {"ciphertext": len(payload) // 2, "format byte": 0}[where]
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ?",
        flip(bytes(payload), index), victim)
    service = reopen(vault_dir)
    listing = service.list_incidents()
    assert [f.id for f in listing.failures] == [victim]
    damaged = listing.failures[0].error
    assert damaged.code is StorageCode.REVISION_DAMAGED
    assert damaged.params == {"kind": "incident", "record_id": victim, "version": 1}
    assert {e.id for e in listing.entries} == set(filled["incidents"]) - {victim}
    with raises_code(IntegrityError, StorageCode.REVISION_DAMAGED, record_id=victim):
        service.get_incident(victim)
    assert list(failed_ids(service)) == [victim]
    assert failed_ids(service)[victim].code is StorageCode.REVISION_DAMAGED
    storage_of(service).close()


def test_flipped_byte_in_an_attachment_segment_is_named(
    filled: dict[str, list[str]], vault_dir: Path, tmp_path: Path
) -> None:
    victim, other = filled["attachments"]
    blob = vault_dir / "attachments" / f"{victim}.vfb"
    data = blob.read_bytes()
    blob.write_bytes(flip(data, HEADER_BYTES + SEGMENT + TAG + 100))  # inside segment 2
    service = reopen(vault_dir)
    failures = failed_ids(service)
    assert list(failures) == [victim]
    assert failures[victim].code is StorageCode.ATTACHMENT_SEGMENT_DAMAGED
    assert failures[victim].params == {"attachment_id": victim, "segment": 2}
    out = tmp_path / "out.bin"
    with pytest.raises(IntegrityError):
        service.extract_attachment(victim, out)
    assert not out.exists()
    assert not list(tmp_path.glob(".out.bin.*"))  # no partial plaintext left behind
    service.extract_attachment(other, tmp_path / "b.txt")
    assert (tmp_path / "b.txt").read_bytes() == b"klein"
    storage_of(service).close()


@pytest.mark.parametrize("cut", ["segment", "tail", "header"])
def test_truncated_attachment_is_detected(filled: dict[str, list[str]], vault_dir: Path,
                                          cut: str) -> None:
    victim = filled["attachments"][0]
    blob = vault_dir / "attachments" / f"{victim}.vfb"
    data = blob.read_bytes()
    size = {"segment": HEADER_BYTES + SEGMENT + TAG, "tail": len(data) - 1, "header": 10}[cut]
    blob.write_bytes(data[:size])
    service = reopen(vault_dir)
    assert list(failed_ids(service)) == [victim]
    problem = failed_ids(service)[victim]
    assert problem.code is {
        "segment": StorageCode.ATTACHMENT_SEGMENT_DAMAGED,
        "tail": StorageCode.ATTACHMENT_SEGMENT_DAMAGED,
        "header": StorageCode.ATTACHMENT_HEADER_DAMAGED}[cut]
    assert problem.params["attachment_id"] == victim  # the message names the file
    storage_of(service).close()


def test_flipped_chain_link_names_the_first_broken_link(filled: dict[str, list[str]],
                                                        vault_dir: Path) -> None:
    (payload,), = sql(vault_dir, "SELECT payload FROM chain_link WHERE seq = 4")
    sql(vault_dir, "UPDATE chain_link SET payload = ? WHERE seq = 4", flip(bytes(payload), 20))
    service = reopen(vault_dir)
    failures = failed_ids(service)
    assert "link 4" in failures
    assert failures["link 4"].code is StorageCode.CHAIN_LINK_DAMAGED
    assert failures["link 4"].params == {"seq": 4}
    # the records themselves still open
    assert len(service.list_incidents().entries) == 5
    storage_of(service).close()


def test_altered_link_hash_and_removed_link_are_detected(filled: dict[str, list[str]],
                                                         vault_dir: Path) -> None:
    (stored,), = sql(vault_dir, "SELECT link_hash FROM chain_link WHERE seq = 6")
    sql(vault_dir, "UPDATE chain_link SET link_hash = ? WHERE seq = 6",
        ("0" if stored[0] != "0" else "1") + str(stored)[1:])
    service = reopen(vault_dir)
    assert failed_ids(service)["link 6"].code is StorageCode.CHAIN_LINK_MISMATCH
    storage_of(service).close()
    sql(vault_dir, "UPDATE chain_link SET link_hash = ? WHERE seq = 6", stored)
    sql(vault_dir, "DELETE FROM chain_link WHERE seq = 3")
    service = reopen(vault_dir)
    failures = failed_ids(service)
    assert failures["link 3"].code is StorageCode.CHAIN_LINK_MISSING
    assert failures["link 3"].params == {"index": 3, "found": 4}
    storage_of(service).close()


def test_ciphertexts_swapped_between_rows_fail_to_open(filled: dict[str, list[str]],
                                                       vault_dir: Path) -> None:
    a, b = filled["incidents"][3], filled["incidents"][4]
    (pa,), = sql(vault_dir, "SELECT payload FROM revision WHERE record_id = ?", a)
    (pb,), = sql(vault_dir, "SELECT payload FROM revision WHERE record_id = ?", b)
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ?", pb, a)
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ?", pa, b)
    service = reopen(vault_dir)
    assert {f.id for f in service.list_incidents().failures} == {a, b}
    storage_of(service).close()


def test_ciphertext_moved_to_another_version_table_or_kind_fails(
    filled: dict[str, list[str]], vault_dir: Path
) -> None:
    edited = filled["incidents"][0]
    (v1,), = sql(vault_dir, "SELECT payload FROM revision WHERE record_id = ? AND version = 1",
                 edited)
    (person_payload,), = sql(vault_dir, "SELECT payload FROM revision WHERE record_id = ?",
                             filled["persons"][0])
    (chain_payload,), = sql(vault_dir, "SELECT payload FROM chain_link WHERE seq = 2")
    # an old version replayed as the head
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ? AND version = 2", v1,
        edited)
    # a person's ciphertext placed in an incident row
    victim = filled["incidents"][1]
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ?", person_payload, victim)
    # a chain entry's ciphertext placed in a record row
    victim2 = filled["incidents"][2]
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ?", chain_payload, victim2)
    service = reopen(vault_dir)
    assert {f.id for f in service.list_incidents().failures} == {edited, victim, victim2}
    storage_of(service).close()


def test_attachment_files_swapped_between_attachments_fail(filled: dict[str, list[str]],
                                                          vault_dir: Path) -> None:
    a, b = filled["attachments"]
    pa = vault_dir / "attachments" / f"{a}.vfb"
    pb = vault_dir / "attachments" / f"{b}.vfb"
    da, db = pa.read_bytes(), pb.read_bytes()
    pa.write_bytes(db)
    pb.write_bytes(da)
    service = reopen(vault_dir)
    assert set(failed_ids(service)) == {a, b}
    storage_of(service).close()


def test_record_head_pointing_at_a_missing_version_is_reported(filled: dict[str, list[str]],
                                                               vault_dir: Path) -> None:
    victim = filled["persons"][1]
    sql(vault_dir, "UPDATE revision SET payload = NULL WHERE record_id = ?", victim)
    service = reopen(vault_dir)
    assert failed_ids(service)[victim].code is StorageCode.REVISION_NO_CONTENT
    assert [p.value.name for p in service.list_persons().entries] == ["Zeuge 0"]
    storage_of(service).close()


def test_purge_reaches_attachments_whose_facts_fail_to_open(filled: dict[str, list[str]],
                                                            vault_dir: Path) -> None:
    damaged, intact = filled["attachments"]
    (payload,), = sql(vault_dir, "SELECT payload FROM revision WHERE record_id = ?", damaged)
    sql(vault_dir, "UPDATE revision SET payload = ? WHERE record_id = ?",
        flip(bytes(payload), 30), damaged)
    service = reopen(vault_dir)
    owner = filled["incidents"][1]
    assert service.purge("incident", owner) == 3  # the incident and both attachments
    files = {p.name for p in (vault_dir / "attachments").iterdir()}
    assert f"{damaged}.vfb" not in files and f"{intact}.vfb" not in files
    states = dict(sql(vault_dir, "SELECT id, state FROM record WHERE id IN (?, ?, ?)",
                      owner, damaged, intact))
    assert set(states.values()) == {"purged"}
    assert sql(vault_dir, "SELECT COUNT(*) FROM revision WHERE record_id IN (?, ?, ?) "
               "AND payload IS NOT NULL", owner, damaged, intact) == [(0,)]
    assert service.verify().ok
    storage_of(service).close()


@pytest.mark.parametrize("statement", [
    "UPDATE record SET created_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?",
    "UPDATE record SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?",
    "UPDATE record SET state = 'deleted' WHERE id = ?",
    "UPDATE record SET state = 'activ\u00e9' WHERE id = ?",
    "UPDATE record SET head_version = 1 WHERE id = ?",
    "UPDATE record SET head_version = 3 WHERE id = ?",
    "UPDATE revision SET created_at = '2020-01-01T00:00:00.000000Z' WHERE record_id = ? "
    "AND version = 1",
], ids=["created", "updated", "deleted without a tombstone", "unknown state", "older head",
        "head beyond the last version", "revision time"])
def test_a_changed_record_row_is_named_by_verify(filled: dict[str, list[str]], vault_dir: Path,
                                                 statement: str) -> None:
    """The plaintext columns of a record's row that no index covers (so PRAGMA integrity_check
    cannot see a change): a flipped byte there reordered the lists, hid a record or changed a
    shown time, and verify passed (found by the flip fuzz, tests/cli/test_flip_fuzz.py)."""
    victim = filled["incidents"][0]  # two revisions
    assert sql(vault_dir, statement, victim) == []
    service = reopen(vault_dir)
    failed = failed_ids(service)
    assert set(failed) == {victim}, failed
    assert failed[victim].code is StorageCode.RECORD_MALFORMED
    storage_of(service).close()


def test_a_deleted_and_a_purged_record_verify(filled: dict[str, list[str]],
                                              vault_dir: Path) -> None:
    """What the row check accepts: a tombstone's row says deleted, a purge's row has no
    sealed revision left to agree with."""
    service = reopen(vault_dir)
    service.delete_person(filled["persons"][0])
    service.purge("incident", filled["incidents"][1])
    assert service.verify().ok
    storage_of(service).close()


def test_purge_of_an_attachment_whose_file_is_gone_still_purges(
        filled: dict[str, list[str]], vault_dir: Path) -> None:
    """verify names a missing file; purging that attachment is the way out, so the file that
    is already gone must not make the purge fail after its commit."""
    gone, _ = filled["attachments"]
    (vault_dir / "attachments" / f"{gone}.vfb").unlink()
    service = reopen(vault_dir)
    problem = failed_ids(service)[gone]
    assert problem.code is StorageCode.ATTACHMENT_FILE_MISSING
    assert problem.params == {"attachment_id": gone}
    assert service.purge("attachment", gone) == 1
    assert sql(vault_dir, "SELECT state FROM record WHERE id = ?", gone) == [("purged",)]
    assert service.verify().ok
    storage_of(service).close()
