"""Recovery codes (storage/recovery.py) and the passphrase policy (storage/policy.py), alone
and as the vault uses them."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest

from storage import recovery
from storage.errors import (
    PassphrasePolicyError,
    RecoveryCodeError,
    StorageCode,
    WrongPassphraseError,
)
from storage.policy import MAX_LENGTH, MIN_LENGTH, check_passphrase, estimate_bits
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code

CODE_SHAPE = re.compile(r"^([0-9A-HJKMNP-TV-Z]{5}-){6}[0-9A-HJKMNP-TV-Z]{5}$")


def secrets_for_test(count: int) -> list[bytes]:
    rng = random.Random(77)  # fixed seed: the same codes on every run
    return [bytes(16), b"\xff" * 16, bytes(range(16)), os.urandom(16)] + [
        rng.randbytes(16) for _ in range(count)]


# -- recovery codes -------------------------------------------------------------------------
def test_encode_parse_round_trip_for_many_secrets() -> None:
    secrets = secrets_for_test(2000)
    codes = set()
    for secret in secrets:
        code = recovery.encode(secret)
        assert CODE_SHAPE.match(code), code
        assert recovery.parse(code) == secret
        codes.add(code)
    assert len(codes) == len(set(secrets))  # different secrets, different codes


def test_generate_gives_a_fresh_code_for_its_secret() -> None:
    first_code, first_secret = recovery.generate()
    second_code, second_secret = recovery.generate()
    assert len(first_secret) == recovery.SECRET_BYTES
    assert first_secret != second_secret and first_code != second_code
    assert recovery.parse(first_code) == first_secret
    assert recovery.parse(second_code) == second_secret


def test_encode_refuses_wrong_secret_length() -> None:
    for bad in (b"", bytes(15), bytes(17)):
        with pytest.raises(ValueError, match="16 bytes"):
            recovery.encode(bad)


def test_lowercase_spaces_and_lookalike_letters_are_accepted() -> None:
    codes = [recovery.encode(s) for s in secrets_for_test(300)]
    with_zero = next(c for c in codes if "0" in c)
    with_one = next(c for c in codes if "1" in c)
    for code in (with_zero, with_one, codes[5]):
        secret = recovery.parse(code)
        assert recovery.parse(code.lower()) == secret
        assert recovery.parse(code.replace("-", " ")) == secret
        assert recovery.parse(code.replace("-", "")) == secret
        assert recovery.parse("  " + code.replace("-", " - ").lower() + "\n") == secret
        assert recovery.parse(code.replace("-", "\t")) == secret
    zero_secret = recovery.parse(with_zero)
    assert recovery.parse(with_zero.replace("0", "O")) == zero_secret
    assert recovery.parse(with_zero.replace("0", "o")) == zero_secret
    one_secret = recovery.parse(with_one)
    for alias in ("I", "i", "L", "l"):
        assert recovery.parse(with_one.replace("1", alias)) == one_secret


def test_every_single_substitution_names_its_group() -> None:
    for secret in secrets_for_test(6):
        code = recovery.encode(secret)
        groups = code.split("-")
        for group_index, group in enumerate(groups):
            for position, original in enumerate(group):
                for replacement in recovery.ALPHABET:
                    if replacement == original:
                        continue
                    typo = group[:position] + replacement + group[position + 1:]
                    typed = "-".join([*groups[:group_index], typo, *groups[group_index + 1:]])
                    with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_GROUP_TYPO,
                                     group=group_index + 1):
                        recovery.parse(typed)


def test_data_change_that_fools_the_group_check_is_caught_by_the_checksum() -> None:
    """Change a data character and fix up that group's check character: only the 12-bit
    checksum over the secret can notice."""
    code = recovery.encode(bytes(range(16)))
    groups = code.split("-")
    caught = 0
    for group_index, group in enumerate(groups):
        for position in range(recovery.DATA_CHARS):
            for replacement in recovery.ALPHABET:
                if replacement == group[position]:
                    continue
                data = group[:position] + replacement + group[position + 1:recovery.DATA_CHARS]
                forged = data + recovery._check_char(group_index, data)
                typed = "-".join([*groups[:group_index], forged, *groups[group_index + 1:]])
                with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_CHECKSUM):
                    recovery.parse(typed)
                caught += 1
    assert caught == recovery.GROUPS * recovery.DATA_CHARS * 31


@pytest.mark.parametrize("change", ["drop", "add", "drop group", "add group", "empty"])
def test_wrong_length_is_reported_with_counts(change: str) -> None:
    code = recovery.encode(bytes(range(16)))
    typed = {
        "drop": code[:-1],
        "add": code + "7",
        "drop group": code.rsplit("-", 1)[0],
        "add group": code + "-ABCDE",
        "empty": "  ",
    }[change]
    entered = len(recovery.normalise(typed))
    with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_LENGTH, groups=7,
                     group_length=5, total=35, entered=entered):
        recovery.parse(typed)


@pytest.mark.parametrize(("bad", "shown"), [("U", "U"), ("u", "U"), ("!", "!"), ("Ä", "Ä"),
                                            ("_", "_"), ("€", "€"),
                                            # each one once, in order, one space between
                                            ("U!U", "! U")])
def test_invalid_characters_are_named(bad: str, shown: str) -> None:
    code = recovery.encode(bytes(range(16)))
    typed = bad + code[len(bad):]
    with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_CHARACTERS, characters=shown):
        recovery.parse(typed)


def test_vault_recovery_checks_the_code_and_keeps_the_old_passphrase_on_a_typo(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, code = created
    vault.close()
    again = Vault.open(vault_dir)
    try:
        groups = code.split("-")
        wrong_char = "0" if groups[2][0] != "0" else "1"
        typo = "-".join([*groups[:2], wrong_char + groups[2][1:], *groups[3:]])
        with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_GROUP_TYPO, group=3):
            again.recover(typo, USER, "ein ganz neuer Satz 2024", kdf=CHEAP_KDF)
        foreign = recovery.encode(bytes(range(16)))
        with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_FOREIGN):
            again.recover(foreign, USER, "ein ganz neuer Satz 2024", kdf=CHEAP_KDF)
        with pytest.raises(PassphrasePolicyError):
            again.recover(code, USER, "zu kurz", kdf=CHEAP_KDF)
        again.unlock(USER, PASSPHRASE)  # nothing changed so far
        again.lock()
        again.recover(code.lower().replace("-", " "), USER, "ein ganz neuer Satz 2024",
                      kdf=CHEAP_KDF)
        again.lock()
        with pytest.raises(WrongPassphraseError):
            again.unlock(USER, PASSPHRASE)
        again.unlock(USER, "ein ganz neuer Satz 2024")
    finally:
        again.close()


# -- passphrase policy ----------------------------------------------------------------------
SHORT = (StorageCode.PASSPHRASE_TOO_SHORT, {"minimum": MIN_LENGTH})
FEW = (StorageCode.PASSPHRASE_TOO_FEW_CHARACTERS, {})
COMMON = (StorageCode.PASSPHRASE_TOO_COMMON, {})


@pytest.mark.parametrize(("passphrase", "user", "rule"), [
    ("", None, SHORT),
    ("kurz", None, SHORT),
    ("a" * (MIN_LENGTH - 1), None, SHORT),
    ("abcdeäöü123", None, SHORT),
    ("x" * (MAX_LENGTH + 1), None, (StorageCode.PASSPHRASE_TOO_LONG, {"maximum": MAX_LENGTH})),
    ("aaaaaaaaaaaaaaaa", None, FEW),
    ("abababababababab", None, FEW),
    ("abcdabcdabcdabcd", None, FEW),
    ("Anna Schmidt-Müller", "Anna Schmidt-Müller", COMMON),
    ("anna schmidt-müller", "ANNA SCHMIDT-MÜLLER", COMMON),
    ("Passwort1234", None, COMMON),
    ("BÜRGERMEISTER", None, COMMON),
    ("gute Phrase \udcff mit Müll", None, (StorageCode.PASSPHRASE_NOT_TEXT, {})),
])
def test_weak_passphrases_are_refused_naming_the_rule(
    passphrase: str, user: str | None, rule: tuple[StorageCode, dict[str, int]]
) -> None:
    code, params = rule
    with pytest.raises(PassphrasePolicyError) as caught:
        check_passphrase(passphrase, user)
    assert caught.value.code is code and caught.value.params == params
    # never echo the passphrase, not even in the log's text
    assert passphrase not in str(caught.value) or passphrase == ""


@pytest.mark.parametrize(("passphrase", "user"), [
    ("a" * (MIN_LENGTH - 5) + "bcdef", None),  # exactly the minimum length, 6 distinct
    ("abcdeabcdeab", None),  # five distinct characters are enough
    ("x" * (MAX_LENGTH - 5) + "abcde", None),
    (PASSPHRASE, USER),
    ("Anna Schmidt-Müller 1", "Anna Schmidt-Müller"),
    ("Kaffee Rathaus Fahrrad Wolke", None),
])
def test_acceptable_passphrases_pass(passphrase: str, user: str | None) -> None:
    check_passphrase(passphrase, user)


def test_vault_applies_the_policy(vault_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(PassphrasePolicyError):
        Vault.create(vault_dir, "Anna Schmidt-Müller", "anna schmidt-müller", kdf=CHEAP_KDF)
    assert not Vault.exists(vault_dir)
    with pytest.raises(PassphrasePolicyError):
        Vault.create(vault_dir, USER, "aaaaaaaaaaaaaaaaaaaa", kdf=CHEAP_KDF)
    assert not Vault.exists(vault_dir)
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        with pytest.raises(PassphrasePolicyError):
            vault.add_user("Bernd Kühn", "bernd kühn", kdf=CHEAP_KDF)
        assert [u.name for u in vault.users()] == [USER]
        with pytest.raises(PassphrasePolicyError):
            vault.change_passphrase("short", kdf=CHEAP_KDF)
        vault.lock()
        vault.unlock(USER, PASSPHRASE)
    finally:
        vault.close()


def test_strength_estimate_grows_with_length_and_variety() -> None:
    assert estimate_bits("") == 0.0
    assert estimate_bits("aaaaaaaaaaaa") < estimate_bits("abcdefghijkl")
    assert estimate_bits("abcdefghijkl") < estimate_bits("abcdefghijkl Rathaus 2024!")
