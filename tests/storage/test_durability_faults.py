"""Faults (issue #3, section 2): a full disk or a failing write during a save, an attachment
intake, a passphrase change, a backup and a restore ends with one clear sentence and leaves
the vault exactly as it was; a vault on read-only media opens read-only and refuses to save.

Two ways to fail the disk: the FileOps seam (storage/fileio.py) fails precisely at a chosen
step (after N bytes, on fsync, on rename), and a small real tmpfs that a filler file has filled
up fails wherever the kernel says so, SQLite's own writes included."""

from __future__ import annotations

import errno
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.service import VaultService
from cli.messages import describe
from storage import backup
from storage.errors import ReadOnlyError, StorageError, WrongPassphraseError
from storage.fileio import FileOps
from storage.vault import Vault
from storage.verify import verify
from tests.cli.support import InProcess, ok, one_line_error
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.storage.durability_support import (
    SECOND_USER,
    FailingOps,
    fill_up,
    fill_vault,
    new_vault,
    one_sentence,
    open_unlocked,
    random_bytes,
    remount,
    small_filesystem,
    tree,
    vault_state,
)

NEW_PASSPHRASE = "a brand new passphrase for anna 5"
MIB = 1024 * 1024


@pytest.fixture
def small_vault(tmp_path: Path) -> tuple[Path, str]:
    """A closed vault: one incident with a 2.5 MiB attachment; returns (folder, incident id)."""
    vault, _code = new_vault(tmp_path / "vault")
    try:
        service = VaultService(vault)
        incident = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-02-02"}})
        service.add_attachment_stream(incident.id, io.BytesIO(random_bytes(5 * MIB // 2, "a")),
                                      "brief.pdf")
    finally:
        vault.close()
    return tmp_path / "vault", incident.id


def _refused(action: Callable[[], object], *words: str) -> StorageError:
    """The error, and that it says `words` in one sentence (as the command line words it)."""
    with pytest.raises(StorageError) as caught:
        action()
    one_sentence(describe(caught.value), *words)
    return caught.value


# -- through the seam: attachment intake ------------------------------------------------------
INTAKE_FAULTS = {
    "nothing fits": lambda: FailingOps(budget=0),
    "full after 1.5 MiB": lambda: FailingOps(budget=3 * MIB // 2),
    "full on the last segment": lambda: FailingOps(budget=3 * MIB),
    "create fails": lambda: FailingOps(fail_on={"create"}),
    "fsync fails": lambda: FailingOps(fail_on={"fsync"}),
    "rename fails": lambda: FailingOps(fail_on={"replace"}),
    "folder fsync fails": lambda: FailingOps(fail_on={"fsync_dir"}),
}


@pytest.mark.parametrize("fault", list(INTAKE_FAULTS))
def test_a_full_disk_during_attachment_intake_changes_nothing(
        small_vault: tuple[Path, str], fault: str) -> None:
    folder, incident_id = small_vault
    before = vault_state(folder)
    ops = INTAKE_FAULTS[fault]()
    vault = open_unlocked(folder, file_ops=ops)
    try:
        service = VaultService(vault)
        data = random_bytes(3 * MIB + 5, "intake")
        error = _refused(lambda: service.add_attachment_stream(
            incident_id, io.BytesIO(data), "video.mp4"), "is full", "not stored")
        assert ops.failed == 1, "the fault was never reached"
        assert vault_state(folder) == before, error  # no record, no file, no temp file
        assert len(service.list_attachments(incident_id).entries) == 1
    finally:
        vault.close()
    assert vault_state(folder) == before
    # With room again, the same file goes in, and everything verifies.
    vault = open_unlocked(folder)
    try:
        service = VaultService(vault)
        entry = service.add_attachment_stream(incident_id, io.BytesIO(data), "video.mp4")
        sink = io.BytesIO()
        vault.blobs.read(entry.id, sink)
        assert sink.getvalue() == data
        assert verify(vault).ok
    finally:
        vault.close()


# -- through the seam: backup -----------------------------------------------------------------
def _backup_faults(container: int, total: int) -> dict[str, FailingOps]:
    """Faults at each step of a backup: writing the file, reading it back into a scratch copy,
    and putting it in place."""
    return {
        "nothing fits": FailingOps(budget=0),
        "full while writing": FailingOps(budget=container // 2),
        "full while reading back": FailingOps(budget=container + (total - container) // 2),
        "create fails": FailingOps(fail_on={"create"}),
        "create of the check copy fails": FailingOps(fail_on={"create"}, nth=2),
        "fsync fails": FailingOps(fail_on={"fsync"}),
        "fsync of the check copy fails": FailingOps(fail_on={"fsync"}, nth=2),
        "rename fails": FailingOps(fail_on={"replace"}),
        "folder fsync fails": FailingOps(fail_on={"fsync_dir"}),
    }


def test_a_full_disk_during_a_backup_leaves_no_file_and_no_trace(
        small_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _incident = small_vault
    out = tmp_path / "backups"
    out.mkdir()
    # A backup that works, through a counting seam: how much a backup writes, and where.
    counting = FailingOps()
    vault = open_unlocked(folder, file_ops=counting)
    try:
        first = backup.create_backup(vault, out / "first.vfbak")
        last_backup = vault.backup_status().last_backup_at
    finally:
        vault.close()
    assert counting.written > first.size  # the read-back copy is written through it too
    before = vault_state(folder)
    listing = sorted(p.name for p in out.iterdir())

    for name, ops in _backup_faults(first.size, counting.written).items():
        vault = open_unlocked(folder, file_ops=ops)
        try:
            target = out / "second.vfbak"
            error = _refused(lambda t=target, v=vault: backup.create_backup(v, t),
                             "is full", "no backup")
            assert ops.failed == 1, f"{name}: the fault was never reached"
            assert not target.exists(), name
            assert sorted(p.name for p in out.iterdir()) == listing, (name, error)
            assert vault.backup_status().last_backup_at == last_backup
        finally:
            vault.close()
        assert vault_state(folder) == before, name

    # A backup that replaces an older file (--force) and fails keeps the older file as it was.
    old = (out / "first.vfbak").read_bytes()
    vault = open_unlocked(folder, file_ops=FailingOps(fail_on={"replace"}))
    try:
        _refused(lambda: backup.create_backup(vault, out / "first.vfbak", overwrite=True),
                 "is full")
    finally:
        vault.close()
    assert (out / "first.vfbak").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == listing


# -- through the seam: restore ----------------------------------------------------------------
RESTORE_FAULTS = {
    "nothing fits": lambda: FailingOps(budget=0),
    "full in the middle": lambda: FailingOps(budget=3 * MIB // 2),
    "create fails": lambda: FailingOps(fail_on={"create"}),
    "second create fails": lambda: FailingOps(fail_on={"create"}, nth=2),
    "fsync fails": lambda: FailingOps(fail_on={"fsync"}),
    "last fsync fails": lambda: FailingOps(fail_on={"fsync"}, nth=2),
    "folder fsync fails": lambda: FailingOps(fail_on={"fsync_dir"}),
    "last folder fsync fails": lambda: FailingOps(fail_on={"fsync_dir"}, nth=3),
}


@pytest.mark.parametrize("fault", list(RESTORE_FAULTS))
def test_a_full_disk_during_a_restore_leaves_the_target_as_it_was(
        small_vault: tuple[Path, str], tmp_path: Path, fault: str) -> None:
    folder, _incident = small_vault
    target_file = tmp_path / "b.vfbak"
    vault = open_unlocked(folder)
    try:
        backup.create_backup(vault, target_file)
    finally:
        vault.close()
    credentials = backup.Credentials(USER, PASSPHRASE)
    paths = tree(tmp_path)

    # Into a new folder: nothing appears.
    ops = RESTORE_FAULTS[fault]()
    _refused(lambda: backup.restore_backup(target_file, tmp_path / "new", credentials,
                                           file_ops=ops), "is full", "nothing")
    assert ops.failed == 1, "the fault was never reached"
    assert tree(tmp_path) == paths

    # Over the vault itself (--replace): it stays where it is, as it was, and nothing is kept
    # aside or left over.
    before = vault_state(folder)
    ops = RESTORE_FAULTS[fault]()
    _refused(lambda: backup.restore_backup(target_file, folder, credentials, replace=True,
                                           file_ops=ops), "is full", "nothing")
    assert ops.failed == 1
    assert tree(tmp_path) == paths
    assert vault_state(folder) == before
    vault = open_unlocked(folder)
    try:
        assert verify(vault).ok
    finally:
        vault.close()


def test_a_read_error_is_named_and_a_missing_file_is_not_a_disk_full(
        small_vault: tuple[Path, str], tmp_path: Path) -> None:
    """Other errors than a full disk get their own sentence (not 'disk is full')."""
    folder, incident_id = small_vault
    before = vault_state(folder)
    vault = open_unlocked(folder, file_ops=FailingOps(fail_on={"write"}, error=errno.EIO))
    try:
        error = _refused(lambda: VaultService(vault).add_attachment_stream(
            incident_id, io.BytesIO(b"x" * 100), "x.txt"), "file error", "not stored")
        assert "is full" not in describe(error)
    finally:
        vault.close()
    vault = open_unlocked(folder, file_ops=FailingOps(fail_on={"write"}, error=errno.EIO))
    try:
        _refused(lambda: backup.create_backup(vault, tmp_path / "b.vfbak"),
                         "file error", "no backup")
    finally:
        vault.close()
    assert vault_state(folder) == before
    assert not (tmp_path / "b.vfbak").exists()


# -- on a small real filesystem that is full ---------------------------------------------------
def _save(vault: Vault, incident_id: str) -> object:
    return VaultService(vault).add_incident({
        "title": "Langer Bericht", "occurred": {"date": "2026-03-03"},
        "description": "Wir wissen, wo du wohnst. " * 7_000})  # about 180,000 characters


def _intake(vault: Vault, incident_id: str) -> object:
    return VaultService(vault).add_attachment_stream(
        incident_id, io.BytesIO(random_bytes(MIB, "fs")), "aufnahme.m4a")


def _passphrase(vault: Vault, incident_id: str) -> object:
    vault.change_passphrase(NEW_PASSPHRASE, kdf=CHEAP_KDF)
    return None


def _backup_to(name: str) -> Callable[[Vault, str], object]:
    def make(vault: Vault, incident_id: str) -> object:
        return backup.create_backup(vault, vault.folder.parent / name)
    return make


# operation, the free space the filler leaves, the words of the message
FULL_DISK = {
    "save": (_save, 64 * 1024, "nothing was saved"),
    "attachment intake": (_intake, 64 * 1024, "not stored"),
    "passphrase change": (_passphrase, 0, "nothing was saved"),
    "backup, no room for the snapshot": (_backup_to("b.vfbak"), 0, "no backup"),
    "backup, no room for the file": (_backup_to("b.vfbak"), 600 * 1024, "no backup"),
}


@pytest.mark.parametrize("operation", list(FULL_DISK))
def test_on_a_full_filesystem_each_write_fails_clearly_and_changes_nothing(
        tmp_path: Path, operation: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    action, leave, words = FULL_DISK[operation]
    with small_filesystem(tmp_path / "mnt", 6 * 1024) as mnt:
        folder = mnt / "vault"
        vault, _code = new_vault(folder)
        try:
            service = VaultService(vault)
            incident = service.add_incident({"title": "Drohung",
                                             "occurred": {"date": "2026-01-01"}})
            service.add_attachment_stream(incident.id, io.BytesIO(random_bytes(400_000, "s")),
                                          "foto.jpg")
        finally:
            vault.close()
        vault = open_unlocked(folder)
        try:
            before = vault_state(folder)
            filler = fill_up(mnt, leave=leave)
            _refused(lambda: action(vault, incident.id), "is full", words)
            assert vault_state(folder) == before
            assert tree(mnt) == sorted(["filler", "vault", *(f"vault/{p}" for p in
                                                            tree(folder))])
            if operation == "passphrase change":
                other = Vault.open(folder)
                try:
                    with pytest.raises(WrongPassphraseError):
                        other.unlock(USER, NEW_PASSPHRASE)
                    other.unlock(USER, PASSPHRASE)
                finally:
                    other.close()
            else:  # the command line says it in one line as well
                cli = InProcess(folder, capsys, monkeypatch)
                source = tmp_path / "aufnahme.m4a"
                source.write_bytes(random_bytes(MIB, "cli"))
                command = {
                    "save": ["incident", "add", "--title", "Lang", "--occurred", "2026-03-03",
                             "--description", "Wir wissen, wo du wohnst. " * 7_000],
                    "attachment intake": ["attach", incident.id, str(source)],
                }.get(operation, ["backup", "--to", str(mnt / "b.vfbak")])
                one_line_error(cli(*command), "is full")
                assert vault_state(folder) == before

            filler.unlink()  # room again: the same operation works, the vault verifies
            action(vault, incident.id)
            assert verify(vault).ok
        finally:
            vault.close()
        vault = open_unlocked(folder, passphrase=NEW_PASSPHRASE
                              if operation == "passphrase change" else PASSPHRASE)
        try:
            assert verify(vault).ok
        finally:
            vault.close()


def test_a_vault_on_a_full_disk_can_still_be_backed_up_to_another_disk(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """When the disk is full, a backup elsewhere is what the user needs most: it is written and
    verified; only noting its time in the vault fails, which is said as a warning."""
    with small_filesystem(tmp_path / "mnt", 2 * 1024) as mnt:
        folder = mnt / "vault"
        vault, _code = new_vault(folder)
        try:
            VaultService(vault).add_incident({"title": "Drohung",
                                              "occurred": {"date": "2026-01-01"}})
        finally:
            vault.close()
        vault = open_unlocked(folder)
        try:
            before = vault_state(folder)
            fill_up(mnt)
            made = backup.create_backup(vault, tmp_path / "b.vfbak")
            assert made.warning is not None
            one_sentence(describe(made.warning), "backup is complete", "is full")
            assert vault_state(folder) == before
            assert vault.backup_status().last_backup_at is None
            cli = InProcess(folder, capsys, monkeypatch)
            result = ok(cli("backup", "--to", str(tmp_path / "c.vfbak")))
            assert "read back and verified" in result.out
            assert result.err.startswith("vorfallbuch: warning: The backup is complete")
            assert len(result.err.splitlines()) == 1
        finally:
            vault.close()
    for name in ("b.vfbak", "c.vfbak"):
        restored = backup.restore_backup(tmp_path / name, tmp_path / f"from-{name}",
                                         backup.Credentials(USER, PASSPHRASE))
        assert restored.records == made.records == 1


# -- on read-only media ----------------------------------------------------------------------
def test_a_vault_on_read_only_media_opens_read_only_and_refuses_every_save(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with small_filesystem(tmp_path / "mnt", 16 * 1024) as mnt:
        folder = mnt / "vault"
        vault, code = new_vault(folder)
        try:
            content = fill_vault(vault, big=2 * MIB)
        finally:
            vault.close()
        before = vault_state(folder)
        remount(mnt, "ro")
        try:
            vault = Vault.open(folder)
            try:
                assert vault.read_only is True
                session = vault.unlock(USER, PASSPHRASE)
                service = VaultService(vault)
                incidents = service.list_incidents().entries
                assert sorted(e.id for e in incidents) == sorted(content.incidents)
                assert len(service.list_persons().entries) == 2
                first = incidents[0]
                for attachment_id, data in content.attachments.items():
                    sink = io.BytesIO()
                    vault.blobs.read(attachment_id, sink)
                    assert sink.getvalue() == data
                out = tmp_path / "extracted.bin"
                service.extract_attachment(next(iter(content.attachments)), out)
                assert verify(vault).ok
                assert vault.backup_status().last_backup_at is None

                saves: dict[str, Callable[[], object]] = {
                    "add incident": lambda: service.add_incident(
                        {"title": "x", "occurred": {"date": "2026-01-01"}}),
                    "edit incident": lambda: service.update_incident(
                        first.id, first.value, first.version),
                    "delete incident": lambda: service.delete_incident(first.id),
                    "add contact": lambda: service.add_person({"kind": "witness",
                                                               "name": "Neu"}),
                    "delete contact": lambda: service.delete_person(content.contacts[0]),
                    "attach": lambda: service.add_attachment_stream(
                        first.id, io.BytesIO(b"x"), "x.txt"),
                    "delete attachment": lambda: service.delete_attachment(
                        next(iter(content.attachments))),
                    "purge": lambda: service.purge("incident", first.id),
                    "passphrase": lambda: vault.change_passphrase(NEW_PASSPHRASE,
                                                                  kdf=CHEAP_KDF),
                    "add user": lambda: vault.add_user("Dora", NEW_PASSPHRASE, kdf=CHEAP_KDF),
                    "remove user": lambda: vault.remove_user(SECOND_USER),
                    "recover": lambda: vault.recover(code, USER, NEW_PASSPHRASE,
                                                     kdf=CHEAP_KDF),
                    "backup interval": lambda: vault.set_backup_interval(3),
                }
                for name, save in saves.items():
                    with pytest.raises(ReadOnlyError) as caught:
                        save()
                    one_sentence(describe(caught.value), "read-only")
                    assert vault.session() is session, name
                # A wrong passphrase on read-only media is counted in memory, not a crash.
                again = Vault.open(folder)
                try:
                    with pytest.raises(WrongPassphraseError):
                        again.unlock(USER, "not the passphrase at all")
                finally:
                    again.close()

                # A backup of a read-only vault to a writable place works and restores.
                made = backup.create_backup(vault, tmp_path / "b.vfbak")
                restored = backup.restore_backup(made.path, tmp_path / "restored",
                                                 backup.Credentials(USER, PASSPHRASE))
                assert restored.records == made.records
            finally:
                vault.close()

            cli = InProcess(folder, capsys, monkeypatch)
            listed = ok(cli("incident", "list", "--json"))
            assert len(listed.json()) == len(content.incidents)
            assert listed.err.startswith("vorfallbuch: note: ") and "read-only" in listed.err
            assert len(listed.err.splitlines()) == 1
            assert ok(cli("verify")).out.startswith("OK: ")
            refused = cli("incident", "add", "--title", "x", "--occurred", "2026-01-01")
            assert refused.code not in (0, 70) and refused.out == ""
            note, error = refused.err.splitlines()
            assert note.startswith("vorfallbuch: note: ") and "read-only" in note
            assert error.startswith("vorfallbuch: error: ") and "read-only" in error
            assert "Traceback" not in refused.err
            for command in (["backup", "--interval", "3"],
                            ["attach", content.incidents[0], str(out)],
                            ["incident", "delete", content.incidents[0]]):
                result = cli(*command)
                assert result.code == 1 and len(result.err.splitlines()) == 2, result
                assert "read-only" in result.err.splitlines()[1]
        finally:
            remount(mnt, "rw")
        assert vault_state(folder) == before
        vault = open_unlocked(folder)
        try:
            assert not vault.read_only
            VaultService(vault).add_incident({"title": "wieder schreibbar",
                                              "occurred": {"date": "2026-01-01"}})
        finally:
            vault.close()


def test_a_vault_not_closed_cleanly_still_opens_from_read_only_media(tmp_path: Path) -> None:
    """A vault whose last session did not end (its -wal still holds saves) is copied onto a
    stick that is then write-protected: every save is still there."""
    with small_filesystem(tmp_path / "mnt", 8 * 1024) as mnt:
        source, _code = new_vault(tmp_path / "live")
        service = VaultService(source)
        ids = {service.add_incident({"title": f"Nr. {n}", "occurred": {"date": "2026-01-01"}}).id
               for n in range(5)}
        # Copied while open: the saves are in the -wal file, not yet in vault.db.
        shutil.copytree(tmp_path / "live", mnt / "vault")
        source.close()
        assert (mnt / "vault" / "vault.db-wal").stat().st_size > 0
        remount(mnt, "ro")
        try:
            vault = Vault.open(mnt / "vault")
            try:
                assert vault.read_only
                vault.unlock(USER, PASSPHRASE)
                assert {e.id for e in VaultService(vault).list_incidents().entries} == ids
                assert verify(vault).ok
            finally:
                vault.close()
        finally:
            remount(mnt, "rw")


def test_the_default_file_layer_is_the_real_one(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "v")
    try:
        assert type(vault.file_ops) is FileOps
        assert type(vault.blobs._ops) is FileOps
    finally:
        vault.close()
