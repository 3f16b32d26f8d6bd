"""Drafts (forms the auto-lock could not save) are sealed per vault and per user, written
atomically, read back exactly, and a damaged, renamed, swapped or foreign draft file is reported
by name without stopping the others."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import drafts
from app.service import VaultService
from storage.drafts import FOLDER, MAX_BYTES, TEMP_SUFFIX
from storage.errors import NotDone, ReadOnlyError, StorageError
from storage.vault import Vault
from tests.cli.support import InProcess, ok
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, storage_of

SECRET = "Er schrieb: Wir wissen, wo Ihre Kinder zur Schule gehen."
FORM = {"title": "", "description": SECRET, "tags": ["Serie", "Ümlaut"],
        "occurred": {"date": {"$date": "2026-03-14"}, "precision": "approximate"}}


def folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_round_trip_and_nothing_readable_on_disk(service: VaultService) -> None:
    first = drafts.keep(service, "incident", None, None, FORM)
    second = drafts.keep(service, "person", "p" * 26, 3, {"name": "Max Mustermann"})
    found, damaged = drafts.pending(service)
    assert damaged == []
    assert [(d.id, d.kind, d.record_id, d.version, d.form) for d in found] == [
        (first, "incident", None, None, FORM),
        (second, "person", "p" * 26, 3, {"name": "Max Mustermann"})]
    assert found[0].kept_at.endswith("+00:00")
    raw = folder_bytes(storage_of(service).folder / FOLDER)
    for needle in ("Kinder", "Mustermann", "Serie", "Ümlaut", "approximate", "person"):
        assert needle.encode("utf-8") not in raw
        assert needle.encode("utf-16-le") not in raw
    drafts.discard(service, first)
    assert [d.id for d in drafts.pending(service)[0]] == [second]
    drafts.discard(service, first)  # twice: nothing left to do, no error


def test_files_are_owner_only_and_leftover_temps_go(service: VaultService) -> None:
    drafts.keep(service, "incident", None, None, FORM)
    folder = storage_of(service).folder / FOLDER
    (folder / f".{'a' * 32}{TEMP_SUFFIX}").write_bytes(b"half a draft")
    if os.name == "posix":
        assert {oct(p.stat().st_mode & 0o777) for p in folder.iterdir()
                if not p.name.endswith(TEMP_SUFFIX)} == {"0o600"}
    assert len(drafts.pending(service)[0]) == 1
    assert not any(p.name.endswith(TEMP_SUFFIX) for p in folder.iterdir())


def test_each_user_sees_only_their_own(vault: Vault, service: VaultService) -> None:
    mine = drafts.keep(service, "incident", None, None, FORM)
    vault.add_user("Ben Clerk", "another long passphrase", kdf=CHEAP_KDF)
    vault.lock()
    vault.unlock("Ben Clerk", "another long passphrase")
    assert drafts.pending(service) == ([], [])
    theirs = drafts.keep(service, "incident", None, None, {"title": "Bens Entwurf"})
    vault.lock()
    vault.unlock(USER, PASSPHRASE)
    assert [d.id for d in drafts.pending(service)[0]] == [mine]
    assert theirs != mine


def test_damaged_renamed_swapped_and_foreign_files(tmp_path: Path, service: VaultService) -> None:
    keep = [drafts.keep(service, "incident", None, None, {"n": n}) for n in range(5)]
    folder = storage_of(service).folder / FOLDER
    path = [folder / f"{d}.draft" for d in keep]
    data = bytearray(path[0].read_bytes())
    data[-5] ^= 0x01  # one bit of the sealed payload
    path[0].write_bytes(bytes(data))
    path[1].rename(folder / f"{'b' * 32}.draft")  # the name no longer matches the sealed id
    path[2].write_bytes(path[3].read_bytes())  # another draft's content under this name
    path[4].write_bytes(b"\0" * (MAX_BYTES + 1))
    other, _ = Vault.create(tmp_path / "other", USER, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        foreign = drafts.keep(VaultService(other), "incident", None, None, {"n": "fremd"})
        # Another vault's draft, its header claiming our user: sealed for the other vault.
        text = (other.folder / FOLDER / f"{foreign}.draft").read_bytes()
        theirs = VaultService(other).user_id.encode("ascii")
        (folder / f"{foreign}.draft").write_bytes(
            text.replace(theirs, service.user_id.encode("ascii"), 1))
        # As it is, it belongs to a user this vault does not know: not listed at all.
        unknown = drafts.keep(VaultService(other), "incident", None, None, {"n": "fremd"})
        (other.folder / FOLDER / f"{unknown}.draft").replace(folder / f"{unknown}.draft")
    finally:
        other.close()
    (folder / "notes.txt").write_text("not a draft")
    found, damaged = drafts.pending(service)
    assert [d.form for d in found] == [{"n": 3}]
    assert sorted(damaged) == sorted([f"{keep[0]}.draft", f"{'b' * 32}.draft",
                                      f"{keep[2]}.draft", f"{keep[4]}.draft",
                                      f"{foreign}.draft"])


def test_a_payload_without_the_expected_shape_counts_as_damaged(service: VaultService) -> None:
    bad = drafts.store(service).save({"kind": "attachment", "form": {}})
    good = drafts.keep(service, "incident", None, None, {})
    found, damaged = drafts.pending(service)
    assert [d.id for d in found] == [good] and damaged == [bad]


def test_read_only_vault_keeps_no_draft(tmp_path: Path, service: VaultService,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(storage_of(service)), "read_only", property(lambda self: True))
    with pytest.raises(ReadOnlyError):
        drafts.keep(service, "incident", None, None, FORM)
    assert not (storage_of(service).folder / FOLDER).exists()


def test_unknown_kind_is_refused(service: VaultService) -> None:
    with pytest.raises(ValueError, match="attachment"):
        drafts.keep(service, "attachment", None, None, {})


def test_a_drafts_folder_that_is_not_a_folder_fails_as_a_storage_error(
        service: VaultService) -> None:
    """The caller (an automatic lock) must get a StorageError it can report, never a bare
    OSError from cleaning up after the failure."""
    (storage_of(service).folder / FOLDER).write_text("not a folder")
    with pytest.raises(StorageError) as kept:
        drafts.keep(service, "incident", None, None, FORM)
    assert kept.value.params["action"] is NotDone.DRAFT_NOT_KEPT
    with pytest.raises(StorageError) as read:
        drafts.pending(service)
    assert read.value.params["action"] is NotDone.DRAFTS_NOT_READ


def test_verify_and_backups_leave_the_drafts_folder_alone(
        tmp_path: Path, service: VaultService, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`vorfallbuch verify` checks the database, the records, the attachments and the chain,
    not the drafts folder (drafts are no records): a draft, a damaged one and a stray file
    there change nothing. Backups leave drafts out, and neither touches them."""
    drafts.keep(service, "incident", None, None, FORM)
    folder = storage_of(service).folder / FOLDER
    (folder / f"{'c' * 32}.draft").write_bytes(b"VFBDRAFT1\ndamaged")
    (folder / "notes.txt").write_text("not a draft")
    before = folder_bytes(folder)
    cli = InProcess(storage_of(service).folder, capsys, monkeypatch)
    assert ok(cli("verify")).out.startswith("OK: ")
    ok(cli("backup", "--to", str(tmp_path / "b.vfbak")))
    ok(cli("restore", str(tmp_path / "b.vfbak"), "--to", str(tmp_path / "restored")))
    assert not (tmp_path / "restored" / FOLDER).exists()
    assert ok(cli("verify", vault=tmp_path / "restored")).out.startswith("OK: ")
    assert folder_bytes(folder) == before
    assert len(drafts.pending(service)[0]) == 1
