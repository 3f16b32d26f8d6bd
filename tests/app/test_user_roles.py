"""The vault's roles (app/users.py) on real vaults: who may manage whom, roles read back from the
sealed history chain after reopening, vaults made before roles existed, and a damaged link."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app import access
from app.errors import AppCode, StorageCode, UserManagementError
from app.service import VaultService
from app.users import UserAccessError, UserRole, replay_roles
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code, storage_of
from tests.fixtures.make_vault_v1 import PASSPHRASE as V1_PASSPHRASE
from tests.fixtures.make_vault_v1 import USER as V1_USER

CLERK = "Bernd Weber"
CLERK_PASSPHRASE = "bernds eigene lange passphrase"
THIRD = "Clara Kühn"
THIRD_PASSPHRASE = "claras ganz eigene passphrase"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault_v1"


def reopen(service: VaultService, name: str, passphrase: str) -> VaultService:
    folder = storage_of(service).folder
    service.close()
    return access.open_vault(folder).unlock(name, passphrase)


def roles_of(service: VaultService) -> list[tuple[str, UserRole]]:
    return [(u.name, u.role) for u in service.user_views()]


def test_the_creator_owns_the_vault_and_added_users_are_clerks(service: VaultService) -> None:
    assert roles_of(service) == [(USER, UserRole.OWNER)]
    assert service.is_owner
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    service.add_user(THIRD, THIRD_PASSPHRASE, kdf=CHEAP_KDF, role=UserRole.OWNER)
    expected = [(USER, UserRole.OWNER), (CLERK, UserRole.CLERK), (THIRD, UserRole.OWNER)]
    assert roles_of(service) == expected
    clerk = reopen(service, CLERK, CLERK_PASSPHRASE)  # read back from the file, as Bernd
    assert roles_of(clerk) == expected
    assert not clerk.is_owner


def test_a_clerk_cannot_manage_users_and_nothing_is_recorded(service: VaultService) -> None:
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    clerk = reopen(service, CLERK, CLERK_PASSPHRASE)
    chain = clerk.chain_head()
    attempts = [
        lambda: clerk.remove_user(USER),
        lambda: clerk.removal_target(USER),
        lambda: clerk.set_role(USER, UserRole.CLERK),
        lambda: clerk.set_role(CLERK, UserRole.OWNER),
        lambda: clerk.add_user(THIRD, THIRD_PASSPHRASE, kdf=CHEAP_KDF),
        lambda: clerk.renew_recovery_code(),
        lambda: clerk.propose_recovery_code(),
    ]
    for attempt in attempts:
        with raises_code(UserAccessError, AppCode.NOT_AN_OWNER):
            attempt()
    assert clerk.chain_head() == chain  # not a link written
    assert [u.name for u in clerk.users()] == [USER, CLERK]
    with raises_code(UserAccessError, AppCode.NOT_AN_OWNER):
        clerk.remove_user(CLERK)  # not even herself: removal is the owners' task
    # The owner's passphrase still opens the vault, and the recovery code is unchanged.
    owner = reopen(clerk, USER, PASSPHRASE)
    assert owner.has_recovery_code()


def test_the_last_owner_and_the_last_user_cannot_go(service: VaultService) -> None:
    with raises_code(UserManagementError, StorageCode.LAST_USER):
        service.remove_user(USER)
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    with raises_code(UserAccessError, AppCode.LAST_OWNER, name=USER):
        service.remove_user(USER)
    with raises_code(UserAccessError, AppCode.LAST_OWNER, name=USER):
        service.set_role(USER, UserRole.CLERK)
    assert service.set_role(CLERK, UserRole.OWNER)
    assert not service.set_role(CLERK, UserRole.OWNER)  # already: nothing recorded
    assert service.set_role(USER, UserRole.CLERK)  # two owners: one may step down
    assert not service.is_owner
    with raises_code(UserAccessError, AppCode.NOT_AN_OWNER):  # and then she is a clerk
        service.set_role(USER, UserRole.OWNER)
    bernd = reopen(service, CLERK, CLERK_PASSPHRASE)
    assert bernd.remove_user(USER) == USER
    assert roles_of(bernd) == [(CLERK, UserRole.OWNER)]
    actions = [(e["action"], e.get("role"), e.get("user_name"), e["author_name"])
               for e in bernd.log() if e["kind"] == "user"]
    assert actions == [("vault-created", None, USER, USER),
                       ("user-added", "clerk", CLERK, USER),
                       ("role-changed", "owner", CLERK, USER),
                       ("role-changed", "clerk", USER, USER),
                       ("user-removed", None, USER, CLERK)]


def test_an_owner_removing_herself_locks_the_vault(service: VaultService) -> None:
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF, role=UserRole.OWNER)
    assert service.remove_user(USER) == USER
    assert access.user_names(storage_of(service).folder) == [CLERK]


def test_a_vault_from_before_roles_keeps_its_creator_as_owner(tmp_path: Path) -> None:
    folder = tmp_path / "vault_v1"
    shutil.copytree(FIXTURE, folder)
    service = access.open_vault(folder).unlock(V1_USER, V1_PASSPHRASE)
    assert roles_of(service) == [(V1_USER, UserRole.OWNER)]
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    assert roles_of(reopen(service, V1_USER, V1_PASSPHRASE)) == [
        (V1_USER, UserRole.OWNER), (CLERK, UserRole.CLERK)]


def test_users_added_before_roles_are_clerks_and_an_ownerless_vault_gets_one() -> None:
    # The history of a vault made before roles: Anna created it and added Bernd and Clara
    # (no role recorded), then Bernd removed Anna, as any user could then.
    events = [{"action": "vault-created", "user_id": "a"},
              {"action": "user-added", "user_id": "b"},
              {"action": "user-added", "user_id": "c"},
              {"action": "user-removed", "user_id": "a"}]
    assert replay_roles(events) == {"b": UserRole.CLERK, "c": UserRole.CLERK}
    # A role this version does not know grants nothing; a damaged link says nothing.
    assert replay_roles([{"action": "user-added", "user_id": "d", "role": "admin"},
                         {"error": "damaged", "action": "role-changed", "user_id": "d",
                          "role": "owner"}]) == {"d": UserRole.CLERK}


def test_without_a_known_owner_the_oldest_user_owns_the_vault(service: VaultService) -> None:
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF, role=UserRole.OWNER)
    service.add_user(THIRD, THIRD_PASSPHRASE, kdf=CHEAP_KDF)
    bernd = reopen(service, CLERK, CLERK_PASSPHRASE)
    bernd.remove_user(USER)
    folder = storage_of(bernd).folder
    bernd.close()
    # Damage the link that made Bernd an owner (his addition): the chain no longer says who
    # owns the vault, so the oldest active user does; verify names the damaged link.
    db = sqlite3.connect(folder / "vault.db")
    with db:
        seq = [s for (s,) in db.execute("SELECT seq FROM chain_link WHERE kind = 'user' "
                                        "ORDER BY seq")][1]
        payload = db.execute("SELECT payload FROM chain_link WHERE seq = ?", (seq,)).fetchone()
        damaged = bytearray(payload[0])
        damaged[-1] ^= 1
        db.execute("UPDATE chain_link SET payload = ? WHERE seq = ?", (bytes(damaged), seq))
    db.close()
    bernd = access.open_vault(folder).unlock(CLERK, CLERK_PASSPHRASE)
    assert roles_of(bernd) == [(CLERK, UserRole.OWNER), (THIRD, UserRole.CLERK)]
    assert not bernd.verify_chain().ok
    bernd.close()


@pytest.mark.parametrize("name", ["", "   ", "Nobody", "x" * 10_000, "\x00"])
def test_unknown_targets_are_named_errors(service: VaultService, name: str) -> None:
    service.add_user(CLERK, CLERK_PASSPHRASE, kdf=CHEAP_KDF)
    chain = service.chain_head()
    for attempt in (service.remove_user, lambda n: service.set_role(n, UserRole.OWNER)):
        with pytest.raises(Exception) as caught:
            attempt(name)
        assert getattr(caught.value, "code", None) in (StorageCode.UNKNOWN_USER,
                                                        StorageCode.NO_USERS)
    assert service.chain_head() == chain
