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
from storage.kdf import KdfParams, KdfParamsError, derive_key

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = NONCE_BYTES + 32 + 16  # nonce, the AES-256 data key, the GCM tag
RECOVERY_KDF = {"algorithm": "hkdf-sha256"}


@dataclass(frozen=True)
class WrappedKey:
    kdf_json: str
    salt: bytes
    wrapped: bytes

    @classmethod
    def stored(cls, kdf: object, salt: object, wrapped: object) -> WrappedKey:
        """A slot as read from a file, its shape checked (types and lengths) before anything
        is derived from it: KdfParamsError when it is not what this program writes."""
        if not (isinstance(kdf, str) and isinstance(salt, bytes)
                and isinstance(wrapped, bytes)):
            raise KdfParamsError("keyslot fields have the wrong type")
        if len(salt) != SALT_BYTES or len(wrapped) != WRAPPED_BYTES:
            raise KdfParamsError("keyslot salt or key has the wrong length")
        return cls(kdf, salt, wrapped)

    def passphrase_params(self) -> KdfParams:
        return KdfParams.parse(self.kdf_json)

    def check_recovery(self) -> None:

        try:
            data = json.loads(self.kdf_json) if len(self.kdf_json) < 200 else None
        except (ValueError, RecursionError):
            data = None
        if data != RECOVERY_KDF:
            raise KdfParamsError("recovery slot parameters are malformed")


def _ad(vault_id: str, slot_id: str, kind: str, user_id: str | None) -> bytes:
    return associated_data(vault_id, "keyslot", slot_id, kind, user_id or "")


def _wrap(kek: bytes, data_key: bytes, ad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(kek).encrypt(nonce, data_key, ad)


def _unwrap(kek: bytes, wrapped: bytes, ad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], ad)
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
    """The data key, or None for a wrong passphrase. KdfParamsError (before any derivation)
    when the slot's stored parameters are damaged."""
    params = slot.passphrase_params()
    kek = derive_key(passphrase, slot.salt, params)
    return _unwrap(kek, slot.wrapped, _ad(vault_id, slot_id, PASSPHRASE, user_id))


def wrap_with_recovery(data_key: bytes, secret: bytes, vault_id: str, slot_id: str) -> WrappedKey:
    salt = os.urandom(SALT_BYTES)
    kek = _recovery_kek(secret, salt)
    kdf = json.dumps(RECOVERY_KDF)
    return WrappedKey(kdf, salt, _wrap(kek, data_key, _ad(vault_id, slot_id, RECOVERY, None)))


def unwrap_with_recovery(
    secret: bytes, slot: WrappedKey, vault_id: str, slot_id: str
) -> bytes | None:
    slot.check_recovery()
    kek = _recovery_kek(secret, slot.salt)
    return _unwrap(kek, slot.wrapped, _ad(vault_id, slot_id, RECOVERY, None))
