"""Recovery codes: 128 random bits, typed in groups, with checksums that catch typos early.

Format: seven groups of five Crockford base32 characters, e.g. ``7KQ2M-...``. Each group holds
four data characters and one check character, so a mistyped group is named before any key
derivation runs; the 140 data bits are 128 random bits plus a 12-bit SHA-256 checksum over them,
which catches what the group checks let through (like Cryptomator's recovery key).
"""

from __future__ import annotations

import os

from storage.errors import RecoveryCodeError, StorageCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_ALIASES = {"O": "0", "I": "1", "L": "1"}
GROUPS = 7
DATA_CHARS = 4
SECRET_BYTES = 16
_CHECK_BITS = 12
_WEIGHTS = (1, 3, 5, 7)  # odd weights are invertible mod 32: every single substitution shows


def _check_char(group_index: int, data: str) -> str:
    total = group_index * 11
    for weight, char in zip(_WEIGHTS, data, strict=True):
        total += weight * ALPHABET.index(char)
    return ALPHABET[total % 32]


def _checksum(secret: bytes) -> int:
    import hashlib  # here: the unlock dialog imports this module before it is on screen

    return int.from_bytes(hashlib.sha256(b"vorfallbuch-recovery" + secret).digest()[:2]) >> (
        16 - _CHECK_BITS
    )


def generate() -> tuple[str, bytes]:
    """Return (code as shown to the user, the 16-byte secret)."""
    secret = os.urandom(SECRET_BYTES)
    return encode(secret), secret


def encode(secret: bytes) -> str:
    if len(secret) != SECRET_BYTES:
        raise ValueError("recovery secret must be 16 bytes")
    value = (int.from_bytes(secret) << _CHECK_BITS) | _checksum(secret)
    chars = []
    for shift in range(GROUPS * DATA_CHARS - 1, -1, -1):
        chars.append(ALPHABET[(value >> (5 * shift)) & 31])
    groups = []
    for index in range(GROUPS):
        data = "".join(chars[index * DATA_CHARS : (index + 1) * DATA_CHARS])
        groups.append(data + _check_char(index, data))
    return "-".join(groups)


def normalise(code: str) -> str:
    """Upper-case, drop spaces and dashes, map look-alike letters as Crockford does."""
    out = []
    for char in code.upper():
        if char in " -\t\r\n":
            continue
        out.append(_ALIASES.get(char, char))
    return "".join(out)


def parse(code: str) -> bytes:
    """Check a typed recovery code and return its secret, or say what is wrong with it."""
    text = normalise(code)
    group_len = DATA_CHARS + 1
    if len(text) != GROUPS * group_len:
        raise RecoveryCodeError(StorageCode.RECOVERY_CODE_LENGTH, groups=GROUPS,
                                group_length=group_len, total=GROUPS * group_len,
                                entered=len(text))
    bad = sorted({c for c in text if c not in ALPHABET})
    if bad:
        raise RecoveryCodeError(StorageCode.RECOVERY_CODE_CHARACTERS, characters=" ".join(bad))
    data_chars = []
    for index in range(GROUPS):
        group = text[index * group_len : (index + 1) * group_len]
        if _check_char(index, group[:DATA_CHARS]) != group[DATA_CHARS]:
            raise RecoveryCodeError(StorageCode.RECOVERY_CODE_GROUP_TYPO, group=index + 1)
        data_chars.append(group[:DATA_CHARS])
    value = 0
    for char in "".join(data_chars):
        value = (value << 5) | ALPHABET.index(char)
    secret = (value >> _CHECK_BITS).to_bytes(SECRET_BYTES)
    if value & ((1 << _CHECK_BITS) - 1) != _checksum(secret):
        raise RecoveryCodeError(StorageCode.RECOVERY_CODE_CHECKSUM)
    return secret
