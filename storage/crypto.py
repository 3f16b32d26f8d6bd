"""Sealing of values with AES-256-GCM and derivation of the vault's subkeys.

Every sealed value carries associated data that names the vault, the table, the record, the
field or record version and the key version, so a ciphertext copied into another row or field
fails to open (the way Standard Notes binds items to their UUID).
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import IntegrityError, StorageCode

KEY_BYTES = 32
NONCE_BYTES = 12
SEAL_FORMAT = b"\x01"  # leading byte of every sealed value: room for a future format

SUBKEY_FIELDS = b"vorfallbuch/v1/fields"
SUBKEY_ATTACHMENTS = b"vorfallbuch/v1/attachments"
SUBKEY_CHAIN = b"vorfallbuch/v1/chain"


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_subkey(data_key: bytes, vault_id: str, label: bytes) -> bytes:
    """HKDF-SHA256 over the data key, salted with the vault id, one label per purpose."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=vault_id.encode("ascii"),
        info=label,
    ).derive(data_key)


AD_MAGIC = b"vfb-ad-1"


def ad_parts(*parts: str | int) -> bytes:
    """The encoding of parts: each length-prefixed. associated_data(a, b, c) ==
    associated_data(a, b) + ad_parts(c), so a constant prefix can be built once."""
    out = []
    for part in parts:
        raw = str(part).encode("utf-8")
        out.append(len(raw).to_bytes(4, "big"))
        out.append(raw)
    return b"".join(out)


def associated_data(*parts: str | int) -> bytes:
    """Unambiguous associated data: each part length-prefixed."""
    return AD_MAGIC + ad_parts(*parts)


class Sealer:
    """AES-256-GCM with a random 96-bit nonce per value."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a 256-bit key is required")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, ad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return SEAL_FORMAT + nonce + self._aead.encrypt(nonce, plaintext, ad)

    def open(self, sealed: bytes, ad: bytes) -> bytes:
        """The plaintext, or IntegrityError(SEAL_DAMAGED): damaged, altered, or moved to
        another place. The caller, which knows what the value is, raises its own code."""
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != SEAL_FORMAT:
            raise IntegrityError(StorageCode.SEAL_DAMAGED)
        nonce = sealed[1 : 1 + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, sealed[1 + NONCE_BYTES :], ad)
        except InvalidTag:
            raise IntegrityError(StorageCode.SEAL_DAMAGED) from None
