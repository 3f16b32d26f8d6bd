"""Keyslots: the data key wrapped by each user's passphrase and by the recovery code."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.crypto import associated_data
from storage.kdf import KdfParams, derive_key

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
SALT_BYTES = 16


@dataclass(frozen=True)
class WrappedKey:
    kdf_json: str
    salt: bytes
    wrapped: bytes


def _ad(vault_id: str, slot_id: str, kind: str, user_id: str | None) -> bytes:
    return associated_data(vault_id, "keyslot", slot_id, kind, user_id or "")


def _wrap(kek: bytes, data_key: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, data_key, ad)


def _unwrap(kek: bytes, wrapped: bytes, ad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], ad)
    except (InvalidTag, ValueError):
        return None


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    # The recovery secret has 128 random bits: a fast KDF suffices, no stretching needed.
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"vorfallbuch/v1/recovery"
    ).derive(secret)


def wrap_with_passphrase(
    data_key: bytes,
    passphrase: str,
    params: KdfParams,
    vault_id: str,
    slot_id: str,
    user_id: str,
) -> WrappedKey:
    salt = os.urandom(SALT_BYTES)
    kek = derive_key(passphrase, salt, params)
    ad = _ad(vault_id, slot_id, PASSPHRASE, user_id)
    return WrappedKey(json.dumps(params.to_json()), salt, _wrap(kek, data_key, ad))


def unwrap_with_passphrase(
    passphrase: str, slot: WrappedKey, vault_id: str, slot_id: str, user_id: str
) -> bytes | None:
    params = KdfParams.from_json(json.loads(slot.kdf_json))
    kek = derive_key(passphrase, slot.salt, params)
    return _unwrap(kek, slot.wrapped, _ad(vault_id, slot_id, PASSPHRASE, user_id))


def wrap_with_recovery(data_key: bytes, secret: bytes, vault_id: str, slot_id: str) -> WrappedKey:
    salt = os.urandom(SALT_BYTES)
    kek = _recovery_kek(secret, salt)
    kdf = json.dumps({"algorithm": "hkdf-sha256"})
    return WrappedKey(kdf, salt, _wrap(kek, data_key, _ad(vault_id, slot_id, RECOVERY, None)))


def unwrap_with_recovery(
    secret: bytes, slot: WrappedKey, vault_id: str, slot_id: str
) -> bytes | None:
    kek = _recovery_kek(secret, slot.salt)
    return _unwrap(kek, slot.wrapped, _ad(vault_id, slot_id, RECOVERY, None))
