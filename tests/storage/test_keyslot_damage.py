"""A damaged or edited keyslot is named in one sentence, before any key derivation runs
(storage/kdf.py bounds, storage/keyslots.py shape checks): never JSONDecodeError, OverflowError
or ValueError, never an unlock that runs for minutes, and the ways out still work (another
user's passphrase, the recovery code)."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from storage.errors import IntegrityError, StorageCode, WrongPassphraseError
from storage.kdf import KdfParams, KdfParamsError
from storage.vault import DB_NAME, Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code

OTHER = "Jan Kühn"
OTHER_PASSPHRASE = "another long passphrase for jan"
GOOD = '{"memory_kib": 8, "iterations": 1, "lanes": 1, "algorithm": "argon2id"}'

# Each would, without the bounds, be an exception other than a named error or a derivation of
# minutes and gigabytes (64 MiB x 3,000 passes is ~5 minutes here).
DAMAGED_PARAMETERS = {
    "truncated JSON": GOOD[:-1],
    "not JSON": "\x00\x01garbage",
    "empty": "",
    "a list": "[8, 1, 1]",
    "deeply nested": "[" * 100_000 + "]" * 100_000,
    "very long": '{"memory_kib": 8' + " " * 5000 + "}",
    "huge memory": GOOD.replace('"memory_kib": 8', '"memory_kib": 6553600000'),
    "huge integer": GOOD.replace('"memory_kib": 8', '"memory_kib": ' + "9" * 900),
    "minutes of work": GOOD.replace('"memory_kib": 8', '"memory_kib": 65536')
                           .replace('"iterations": 1', '"iterations": 3000'),
    "too much work within each bound": GOOD.replace('"memory_kib": 8', '"memory_kib": 1048576')
                                           .replace('"iterations": 1', '"iterations": 64'),
    "zero lanes": GOOD.replace('"lanes": 1', '"lanes": 0'),
    "more lanes than memory": GOOD.replace('"lanes": 1', '"lanes": 4'),
    "negative iterations": GOOD.replace('"iterations": 1', '"iterations": -1'),
    "boolean iterations": GOOD.replace('"iterations": 1', '"iterations": true'),
    "float memory": GOOD.replace('"memory_kib": 8', '"memory_kib": 8.5'),
    "infinite memory": GOOD.replace('"memory_kib": 8', '"memory_kib": Infinity'),
    "other algorithm": GOOD.replace("argon2id", "scrypt"),
    "missing field": '{"memory_kib": 8, "iterations": 1, "algorithm": "argon2id"}',
}


@pytest.fixture
def two_users(vault_dir: Path) -> str:
    vault, code = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.add_user(OTHER, OTHER_PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    return code


COLUMNS = {"kdf", "salt", "wrapped_key"}


def _edit_slot(vault_dir: Path, kind: str, column: str, value: object, user: str = USER) -> None:
    assert column in COLUMNS  # a fixed set: the names below are not user input
    where = ("kind = 'recovery'" if kind == "recovery" else
             "kind = 'passphrase' AND user_id = (SELECT id FROM vault_user WHERE name = ?)")
    args = (value,) if kind == "recovery" else (value, user)
    with sqlite3.connect(vault_dir / DB_NAME) as db:
        db.execute(f"UPDATE keyslot SET {column} = ? WHERE {where}", args)  # noqa: S608
        assert db.total_changes == 1


@pytest.mark.parametrize("stored", list(DAMAGED_PARAMETERS.values()),
                         ids=list(DAMAGED_PARAMETERS))
def test_damaged_parameters_are_named_before_any_derivation(
        two_users: str, vault_dir: Path, stored: str) -> None:
    _edit_slot(vault_dir, "passphrase", "kdf", stored)
    vault = Vault.open(vault_dir)
    started = time.monotonic()
    with raises_code(IntegrityError, StorageCode.KEYSLOT_DAMAGED, user=USER):
        vault.unlock(USER, PASSPHRASE)
    # Generous for a shared machine: the bounded cases derive nothing at all, the unbounded
    # ones would take minutes.
    assert time.monotonic() - started < 10
    # The way out: the other user still unlocks.
    vault.unlock(OTHER, OTHER_PASSPHRASE)
    vault.close()


@pytest.mark.parametrize(("column", "value"), [
    ("salt", b"\x00" * 15),
    ("salt", b"\x00" * 17),
    ("salt", 10**12),  # bytes(10**12) would allocate a terabyte
    ("salt", "text, not bytes"),
    ("wrapped_key", b"\x01" * 59),
    ("wrapped_key", b""),
    ("wrapped_key", 3.5),
    ("kdf", 42),
    ("kdf", "null"),
], ids=["short salt", "long salt", "integer salt", "text salt", "short key", "empty key",
        "float key", "integer parameters", "null parameters"])
def test_slot_fields_of_the_wrong_shape_are_named(two_users: str, vault_dir: Path,
                                                   column: str, value: object) -> None:
    _edit_slot(vault_dir, "passphrase", column, value)
    vault = Vault.open(vault_dir)
    with raises_code(IntegrityError, StorageCode.KEYSLOT_DAMAGED, user=USER):
        vault.unlock(USER, PASSPHRASE)
    vault.close()


def test_recovery_code_gives_a_damaged_slot_a_new_passphrase(two_users: str,
                                                             vault_dir: Path) -> None:
    _edit_slot(vault_dir, "passphrase", "kdf", DAMAGED_PARAMETERS["minutes of work"])
    vault = Vault.open(vault_dir)
    vault.recover(two_users, USER, "a brand new passphrase for anna", kdf=CHEAP_KDF)
    vault.lock()
    vault.unlock(USER, "a brand new passphrase for anna")
    vault.close()


# The recovery slot's parameters are read only up to 200 characters (ours have 27): beyond
# that even the right ones, padded, are damage, not a reason to parse a long text.
PADDED_RECOVERY = '{"algorithm": "hkdf-sha256"' + " " * (200 - 28) + "}"
assert len(PADDED_RECOVERY) == 200


@pytest.mark.parametrize("stored", ["", '{"algorithm": "argon2id"}', "[" * 5000,
                                    '{"algorithm": "hkdf-sha256", "x": 1}', PADDED_RECOVERY])
def test_damaged_recovery_slot_is_named_and_passphrases_still_open(
        two_users: str, vault_dir: Path, stored: str) -> None:
    _edit_slot(vault_dir, "recovery", "kdf", stored)
    vault = Vault.open(vault_dir)
    with raises_code(IntegrityError, StorageCode.RECOVERY_SLOT_DAMAGED):
        vault.recover(two_users, USER, "a brand new passphrase for anna", kdf=CHEAP_KDF)
    vault.unlock(USER, PASSPHRASE)
    vault.close()


def test_short_recovery_salt_is_named(two_users: str, vault_dir: Path) -> None:
    _edit_slot(vault_dir, "recovery", "salt", b"\x00" * 3)
    vault = Vault.open(vault_dir)
    with raises_code(IntegrityError, StorageCode.RECOVERY_SLOT_DAMAGED):
        vault.recover(two_users, USER, "a brand new passphrase for anna", kdf=CHEAP_KDF)
    vault.close()


def test_an_edited_salt_fails_unlock(two_users: str, vault_dir: Path) -> None:
    """The salt takes part in the derivation: a slot whose salt was changed (same length, so
    within every bound) no longer opens with the right passphrase."""
    with sqlite3.connect(vault_dir / DB_NAME) as db:
        (salt,) = db.execute("SELECT salt FROM keyslot WHERE kind = 'passphrase' AND user_id ="
                             " (SELECT id FROM vault_user WHERE name = ?)", (USER,)).fetchone()
    _edit_slot(vault_dir, "passphrase", "salt", bytes([salt[0] ^ 1]) + salt[1:])
    vault = Vault.open(vault_dir)
    with raises_code(WrongPassphraseError, StorageCode.WRONG_PASSPHRASE, user=USER):
        vault.unlock(USER, PASSPHRASE)
    vault.close()


def test_parameters_changed_within_the_bounds_read_as_a_wrong_passphrase(
        two_users: str, vault_dir: Path) -> None:
    """Decided: parameters are not authenticated before the derivation (nothing could key that
    check), so an in-bounds edit fails like a wrong passphrase, within the bounded time."""
    _edit_slot(vault_dir, "passphrase", "kdf", GOOD.replace('"iterations": 1', '"iterations": 2'))
    vault = Vault.open(vault_dir)
    with raises_code(WrongPassphraseError, StorageCode.WRONG_PASSPHRASE, user=USER):
        vault.unlock(USER, PASSPHRASE)
    vault.close()


def test_bounds_admit_what_this_program_writes() -> None:
    for params in (CHEAP_KDF, KdfParams(), KdfParams(memory_kib=65536, iterations=64, lanes=4)):
        assert KdfParams.parse(json.dumps(params.to_json())) == params
    with pytest.raises(KdfParamsError):
        KdfParams.parse('{"memory_kib": 65536, "iterations": 65, "lanes": 4, '
                        '"algorithm": "argon2id"}')
