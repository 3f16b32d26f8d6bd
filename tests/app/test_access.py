"""The one door into a vault (app/access.py, app/service.py), on real vaults in temp folders:
creating, opening, unlocking, locking and unlocking again, recovering, the users, backups and
what the history chain is told, without any front end touching storage/."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from app import access, backups
from app.errors import (
    AppCode,
    IntegrityError,
    LockedError,
    RecoveryCodeError,
    UnknownUserError,
    UnlockThrottledError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from app.service import VaultService
from app.users import UserAccessError, UserRole
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code, storage_of

CLERK, CLERK_PASSPHRASE = "Ben Clerk", "another long passphrase 7"


@pytest.fixture
def made(vault_dir: Path) -> tuple[VaultService, str]:
    service, code = access.create_vault(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    yield service, code
    service.close()


def test_a_new_vault_is_unlocked_and_its_folder_answers_without_a_key(
        made: tuple[VaultService, str], vault_dir: Path, tmp_path: Path) -> None:
    service, code = made
    assert service.user_name == USER and service.folder == vault_dir
    assert access.holds_vault(vault_dir) and access.has_vault_file(vault_dir)
    assert access.user_names(vault_dir) == [USER]
    assert not access.holds_vault(tmp_path / "nothing") and access.user_names(tmp_path) == []
    access.check_recovery_code(code.lower().replace("-", " "))  # typed loosely, still valid
    assert len(access.normalise_recovery_code(code)) == access.RECOVERY_CODE_LENGTH
    with pytest.raises(VaultNotFoundError):
        access.open_vault(tmp_path / "nothing")


def test_lock_hands_back_the_vault_to_unlock_again(made: tuple[VaultService, str]) -> None:
    service, _code = made
    incident = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-01"}})
    locked = service.lock()
    assert locked is service.locked_vault  # the same object: a front end can tell
    with pytest.raises(LockedError):
        service.list_incidents()
    with pytest.raises(WrongPassphraseError):
        locked.unlock(USER, "not the passphrase at all")
    again = locked.unlock(None, PASSPHRASE)  # None: the first user
    assert again.locked_vault is locked
    assert again.get_incident(incident.id).value.title == "Drohbrief"


def test_after_five_wrong_passphrases_the_folder_says_how_long_to_wait(
        made: tuple[VaultService, str], vault_dir: Path) -> None:
    locked = made[0].lock()
    assert access.unlock_wait(vault_dir) == 0
    for _ in range(5):
        with pytest.raises(WrongPassphraseError):
            locked.unlock(USER, "wrong wrong wrong wrong")
    assert 0 < access.unlock_wait(vault_dir) <= 30
    assert access.unlock_wait(vault_dir, now=lambda: time.time() + 31) == 0
    with pytest.raises(UnlockThrottledError):
        locked.unlock(USER, PASSPHRASE)


def test_users_and_passphrases_through_the_service(made: tuple[VaultService, str]) -> None:
    service, code = made
    assert service.add_user(f"  {CLERK} ", CLERK_PASSPHRASE, kdf=CHEAP_KDF) == CLERK
    assert [u.name for u in service.users()] == [USER, CLERK]
    service.change_passphrase("a brand new passphrase 9", kdf=CHEAP_KDF)
    locked = service.lock()
    clerk = locked.unlock(CLERK, CLERK_PASSPHRASE)
    assert clerk.user_name == CLERK
    with raises_code(UserAccessError, AppCode.NOT_AN_OWNER):  # a clerk cannot remove the owner
        clerk.remove_user(USER)
    clerk = clerk.lock().unlock(USER, "a brand new passphrase 9")
    assert clerk.set_role(CLERK, UserRole.OWNER)  # the owner promotes her
    clerk = clerk.lock().unlock(CLERK, CLERK_PASSPHRASE)
    assert clerk.remove_user(USER) == USER  # now an owner, she may remove the other owner
    assert [u.name for u in clerk.users()] == [CLERK]
    assert USER in clerk.user_names().values()  # removed users keep their name in history
    with pytest.raises(UnknownUserError):
        clerk.find_user(USER)
    locked = clerk.lock()
    with pytest.raises(RecoveryCodeError):
        locked.recover("0" * 35, CLERK, "yet another passphrase 8", kdf=CHEAP_KDF)
    recovered = locked.recover(code, CLERK, "yet another passphrase 8", kdf=CHEAP_KDF)
    assert recovered.user_name == CLERK
    kinds = [e.get("action") for e in recovered.log() if e["kind"] == "user"]
    assert kinds == ["vault-created", "user-added", "passphrase-changed", "role-changed",
                     "user-removed", "recovered"]


def test_record_event_keeps_the_entry_only_with_what_ran_inside(
        made: tuple[VaultService, str]) -> None:
    service = made[0]
    before = service.change_marker()
    head = service.chain_head()

    def fails() -> None:
        raise OSError("the file could not be put in place")

    with pytest.raises(OSError):
        service.record_event("export", {"action": "test", "author": service.user_id}, fails)
    assert service.change_marker() == before and service.chain_head() == head
    ran: list[bool] = []
    event = service.record_event("export", {"action": "test", "author": service.user_id},
                                 lambda: ran.append(True))
    assert ran == [True] and event.seq == head.seq + 1 and event.at.startswith("20")
    assert service.chain_head().seq == event.seq and service.change_marker() > before
    assert service.log()[-1]["action"] == "test"


def test_originals_are_read_checked_against_their_intake_hash(
        made: tuple[VaultService, str]) -> None:
    service = made[0]
    incident = service.add_incident({"title": "Mail", "occurred": {"date": "2026-03-01"}})
    attachment = service.add_attachment_stream(incident.id, io.BytesIO(b"Hass\n" * 1000),
                                               "hass.txt")
    assert service.read_original(attachment.id) == b"Hass\n" * 1000
    sink = io.BytesIO()
    assert service.read_attachment(attachment.id, sink) == attachment.value.sha256
    # the stored hash says something else (a record edited past the service): refused
    records = storage_of(service).records
    content = {**records.get(attachment.id).content, "sha256": "0" * 64}
    records.update(attachment.id, content, attachment.version, service.user_id)
    with pytest.raises(IntegrityError):
        service.read_original(attachment.id)


def test_backups_are_written_by_the_service_and_restored_before_any_unlock(
        made: tuple[VaultService, str], tmp_path: Path) -> None:
    service = made[0]
    service.add_incident({"title": "Sicherung", "occurred": {"date": "2026-03-01"}})
    assert service.backup_status().due
    service.set_backup_interval(3)
    result = service.create_backup(tmp_path / "b.vfbak")
    status = service.lock().backup_status()  # no key needed for the reminder
    assert status.interval_days == 3 and not status.due and status.last_backup_at
    info = backups.read_backup_info(result.path)
    assert info.vault_id == service.vault_id and info.created_at.startswith("20")
    restored = backups.restore_backup(result.path, tmp_path / "restored",
                                      backups.Credentials(USER, PASSPHRASE))
    again = access.open_vault(restored.folder).unlock(USER, PASSPHRASE)
    try:
        assert [e.value.title for e in again.list_incidents().entries] == ["Sicherung"]
    finally:
        again.close()
