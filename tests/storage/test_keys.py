"""Keys: passphrase slots, recovery code, users; key changes re-wrap only."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import time
from pathlib import Path

import pytest

from app.service import VaultService
from storage.errors import (
    LockedError,
    PassphrasePolicyError,
    RecoveryCodeError,
    StorageCode,
    UnknownUserError,
    UserManagementError,
    VaultExistsError,
    WrongPassphraseError,
)
from storage.kdf import MIN_MEMORY_KIB, KdfParams, calibrate, derive_key
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, raises_code


def db_dump(folder: Path) -> list[tuple[object, ...]]:
    """Every row of every table, read through a separate read-only connection."""
    conn = sqlite3.connect(f"file:{folder / 'vault.db'}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        rows: list[tuple[object, ...]] = []
        for table in tables:
            rows += [(table, *r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]  # noqa: S608
        return rows
    finally:
        conn.close()


def ciphertexts(folder: Path) -> dict[str, bytes]:
    """Every sealed record and chain payload plus every attachment file's bytes."""
    conn = sqlite3.connect(f"file:{folder / 'vault.db'}?mode=ro", uri=True)
    try:
        out = {f"rev:{r}:{v}": bytes(p) for r, v, p in
               conn.execute("SELECT record_id, version, payload FROM revision")}
        out.update({f"chain:{s}": bytes(p) for s, p in
                    conn.execute("SELECT seq, payload FROM chain_link")})
    finally:
        conn.close()
    for blob in sorted((folder / "attachments").iterdir()):
        out[f"blob:{blob.name}"] = blob.read_bytes()
    return out


def populate(vault: Vault) -> VaultService:
    service = VaultService(vault)
    person = service.add_person({"kind": "suspect", "name": "Max Mustermann"})
    incident = service.add_incident({
        "title": "Drohanruf", "occurred": {"date": "2026-03-01"},
        "persons": [{"person_id": person.id, "role": "perpetrator"}]})
    service.add_attachment_stream(incident.id, io.BytesIO(b"x" * 3_000_000), "anruf.mp3")
    return service


def test_wrong_passphrase_changes_nothing(created: tuple[Vault, str], vault_dir: Path) -> None:
    vault, _ = created
    populate(vault)
    vault.close()
    before = db_dump(vault_dir)
    reopened = Vault.open(vault_dir)
    with raises_code(WrongPassphraseError, StorageCode.WRONG_PASSPHRASE, user=USER):
        reopened.unlock(USER, "not the right passphrase")
    with pytest.raises(LockedError):
        _ = reopened.records
    assert db_dump(vault_dir) == before
    reopened.unlock(USER, PASSPHRASE)
    assert len(VaultService(reopened).list_incidents().entries) == 1
    reopened.close()


def test_user_names_are_matched_case_insensitively_and_unknown_users_are_named(
    vault: Vault,
) -> None:
    assert vault.find_user(USER.upper()).name == USER
    with raises_code(UnknownUserError, StorageCode.UNKNOWN_USER, name="Bernd", users=[USER]):
        vault.find_user("Bernd")


def test_recovery_code_sets_a_new_passphrase(created: tuple[Vault, str],
                                            vault_dir: Path) -> None:
    vault, code = created
    populate(vault)
    vault.close()
    reopened = Vault.open(vault_dir)
    reopened.recover(code.lower().replace("-", " "), None, "a brand new passphrase",
                     kdf=CHEAP_KDF)
    reopened.close()
    again = Vault.open(vault_dir)
    with pytest.raises(WrongPassphraseError):
        again.unlock(USER, PASSPHRASE)
    again.unlock(USER, "a brand new passphrase")
    assert VaultService(again).list_incidents().entries[0].value.title == "Drohanruf"
    again.close()


def test_recovery_code_typo_is_caught_before_any_key_derivation(
    created: tuple[Vault, str], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, code = created
    vault.close()
    reopened = Vault.open(vault_dir)
    derivations: list[int] = []
    import storage.keyslots as keyslots

    real = keyslots._recovery_kek
    monkeypatch.setattr(keyslots, "_recovery_kek",
                        lambda *a: derivations.append(1) or real(*a))
    typo = ("0" if code[7] != "0" else "1").join([code[:7], code[8:]])
    with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_GROUP_TYPO, group=2):
        reopened.recover(typo, None, "a brand new passphrase", kdf=CHEAP_KDF)
    assert derivations == []
    before = db_dump(vault_dir)
    from storage import recovery

    other_code, _ = recovery.generate()  # well-formed, but not this vault's
    with raises_code(RecoveryCodeError, StorageCode.RECOVERY_CODE_FOREIGN):
        reopened.recover(other_code, None, "a brand new passphrase", kdf=CHEAP_KDF)
    assert derivations == [1]
    assert db_dump(vault_dir) == before
    reopened.unlock(USER, PASSPHRASE)
    reopened.close()


def test_passphrase_change_and_user_changes_rewrap_only(created: tuple[Vault, str],
                                                        vault_dir: Path) -> None:
    vault, code = created
    populate(vault)
    before = ciphertexts(vault_dir)
    vault.change_passphrase("second passphrase for anna", kdf=CHEAP_KDF)
    vault.add_user("Bernd Weber", "bernd's own passphrase", kdf=CHEAP_KDF)
    vault.add_user("Clara Wolf", "clara's own passphrase", kdf=CHEAP_KDF)
    vault.remove_user("Clara Wolf")
    after = ciphertexts(vault_dir)
    # Nothing that existed was rewritten; only user-change chain links were added.
    assert {k: v for k, v in after.items() if k in before} == before
    assert all(k.startswith("chain:") for k in set(after) - set(before))
    vault.close()

    reopened = Vault.open(vault_dir)
    with pytest.raises(WrongPassphraseError):
        reopened.unlock(USER, PASSPHRASE)
    with pytest.raises(UnknownUserError):
        reopened.unlock("Clara Wolf", "clara's own passphrase")
    reopened.unlock("bernd weber", "bernd's own passphrase")
    assert VaultService(reopened).list_incidents().entries[0].value.title == "Drohanruf"
    assert [u.name for u in reopened.users()] == [USER, "Bernd Weber"]
    reopened.lock()
    reopened.unlock(USER, "second passphrase for anna")
    reopened.recover(code, "Bernd Weber", "bernd recovered passphrase", kdf=CHEAP_KDF)
    reopened.close()


def test_user_management_errors(vault: Vault) -> None:
    with raises_code(UserManagementError, StorageCode.LAST_USER):
        vault.remove_user(USER)
    with raises_code(UserManagementError, StorageCode.USER_EXISTS, name=USER.lower()):
        vault.add_user(USER.lower(), "another good passphrase", kdf=CHEAP_KDF)
    with raises_code(UserManagementError, StorageCode.USER_NAME_EMPTY):
        vault.add_user("   ", "another good passphrase", kdf=CHEAP_KDF)
    with raises_code(PassphrasePolicyError, StorageCode.PASSPHRASE_TOO_SHORT, minimum=12):
        vault.add_user("Bernd", "short", kdf=CHEAP_KDF)
    with pytest.raises(PassphrasePolicyError):
        vault.change_passphrase("aaaaaaaaaaaaaaaa", kdf=CHEAP_KDF)


def test_create_refuses_existing_vault_and_weak_passphrase(vault: Vault,
                                                           tmp_path: Path) -> None:
    with pytest.raises(VaultExistsError):
        Vault.create(vault.folder, "Bernd", "a good long passphrase", kdf=CHEAP_KDF)
    with pytest.raises(PassphrasePolicyError):
        Vault.create(tmp_path / "other", "Bernd", "tooshort", kdf=CHEAP_KDF)
    assert not (tmp_path / "other").exists()


def test_calibrated_defaults(tmp_path: Path) -> None:
    """The product's own parameters: Argon2id, >= 64 MiB, iterations tuned to ~0.5-1 s.
    Timing bounds are loose because this machine is shared; the stored slot is checked too."""
    params = calibrate()
    assert params.memory_kib >= MIN_MEMORY_KIB
    assert params.iterations >= 1
    start = time.perf_counter()
    derive_key("some passphrase", b"0123456789abcdef", params)
    elapsed = time.perf_counter() - start
    assert 0.2 < elapsed < 5.0, elapsed

    vault, _ = Vault.create(tmp_path / "v", USER, PASSPHRASE)  # no kdf: calibrated
    vault.close()
    conn = sqlite3.connect(tmp_path / "v" / "vault.db")
    import json

    (kdf_json, salt), = conn.execute(
        "SELECT kdf, salt FROM keyslot WHERE kind = 'passphrase'").fetchall()
    conn.close()
    stored = KdfParams.from_json(json.loads(kdf_json))
    assert stored.memory_kib >= MIN_MEMORY_KIB and stored.algorithm == "argon2id"
    assert len(salt) == 16
    assert hashlib.sha256(salt).digest() != hashlib.sha256(b"\0" * 16).digest()


def test_calibration_measures_again_when_a_busy_moment_hits_the_short_probes(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """A simulated machine: 50 ms fixed cost, 50 ms per iteration, and a 400 ms hiccup on each
    of the first two-iteration probes. Taken at face value, six iterations would look no slower
    than two and the slope would ask for the maximum (a 3 s unlock for good)."""
    import storage.kdf as kdf

    clock = [0.0]
    hiccups = [0.4, 0.4]
    calls: list[int] = []

    def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        calls.append(params.iterations)
        clock[0] += 0.05 + 0.05 * params.iterations
        if params.iterations == 2 and hiccups:
            clock[0] += hiccups.pop()
        return b"k" * 32

    monkeypatch.setattr(kdf, "derive_key", derive)
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: clock[0])
    params = kdf.calibrate()
    assert calls == [1, 1, 2, 2, 6, 6, 2, 2, 6, 6]
    assert params.iterations == round((kdf.TARGET_SECONDS - 0.05) / 0.05)  # 14, not 64


def test_interrupted_creation_leaves_no_vault_and_can_be_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.keyslots as keyslots

    folder = tmp_path / "v"

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(keyslots, "wrap_with_recovery", crash)
        with pytest.raises(OSError):
            Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    assert not Vault.exists(folder)
    # a crash before the first commit can also leave an empty database file behind
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    assert Vault.exists(folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "vault.db").touch()
    assert not Vault.exists(empty)
    Vault.create(empty, USER, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    assert Vault.exists(empty)
