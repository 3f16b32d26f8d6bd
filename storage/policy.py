"""The minimum passphrase policy and a rough strength estimate for hints."""

from __future__ import annotations

import math

from storage.errors import PassphrasePolicyError, StorageCode

MIN_LENGTH = 12
MAX_LENGTH = 1024
_COMMON = {
    "passwort1234", "password1234", "123456789012", "hallohallo12", "qwertzuiop12",
    "qwertyuiop12", "bürgermeister", "buergermeister", "vorfallbuch1", "geheimgeheim",
}


def check_passphrase(passphrase: str, user_name: str | None = None) -> None:
    """Raise PassphrasePolicyError naming the first rule the passphrase breaks."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphrasePolicyError(StorageCode.PASSPHRASE_TOO_SHORT, minimum=MIN_LENGTH)
    if len(passphrase) > MAX_LENGTH:
        raise PassphrasePolicyError(StorageCode.PASSPHRASE_TOO_LONG, maximum=MAX_LENGTH)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in passphrase):
        raise PassphrasePolicyError(StorageCode.PASSPHRASE_NOT_TEXT)
    if len(set(passphrase)) < 5:
        raise PassphrasePolicyError(StorageCode.PASSPHRASE_TOO_FEW_CHARACTERS)
    lowered = passphrase.casefold()
    if lowered in _COMMON or (user_name and lowered == user_name.casefold()):
        raise PassphrasePolicyError(StorageCode.PASSPHRASE_TOO_COMMON)


def estimate_bits(passphrase: str) -> float:
    """A deliberately rough entropy estimate (character classes x length) for a strength hint."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if pool == 0:
        return 0.0
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    return effective_length * math.log2(pool)
