"""The door into a vault before anyone is unlocked: which users a folder's vault has, creating
a vault, opening one, unlocking it with a passphrase or the recovery code. Every way in ends in
a VaultService (app/service.py); front ends never touch storage/.

Importing this module is cheap: it loads neither the ORM nor pydantic nor the key derivation,
so the unlock dialog can be on screen while the vault code loads in the background (the
heavy modules are imported inside the functions that need them)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from storage import peek, recovery
from storage.policy import check_passphrase, estimate_bits
from storage.throttle import UnlockThrottle

if TYPE_CHECKING:
    from app.service import LockedVault, VaultService
    from storage.kdf import KdfParams
    from storage.userbook import VaultUserInfo as UserInfo

__all__ = [
    "RECOVERY_CODE_GROUPS",
    "RECOVERY_CODE_LENGTH",
    "KdfParams",
    "LockedVault",
    "UserInfo",
    "check_passphrase",
    "check_recovery_code",
    "check_user_name",
    "create_vault",
    "estimate_bits",
    "has_vault_file",
    "holds_vault",
    "normalise_recovery_code",
    "open_vault",
    "throwaway_kdf",
    "unlock_wait",
    "user_names",
]

# A recovery code's groups, and its characters once spaces and dashes are dropped.
RECOVERY_CODE_GROUPS = recovery.GROUPS
RECOVERY_CODE_LENGTH = recovery.GROUPS * (recovery.DATA_CHARS + 1)


def user_names(folder: Path) -> list[str]:
    """The active users of the vault in `folder`, oldest first; [] if there is none there
    (read with the standard library alone: what the unlock dialog shows first)."""
    return peek.user_names(folder)


def has_vault_file(folder: Path) -> bool:
    """Whether `folder` has a vault's database file at all (complete or not)."""
    return (folder / peek.DB_NAME).exists()


def holds_vault(folder: Path) -> bool:
    """Whether `folder` holds a vault (a crash while one was being made leaves none)."""
    from storage.vault import Vault

    return Vault.exists(folder)


def unlock_wait(folder: Path, now: Callable[[], float] = time.time) -> float:
    """Seconds until the next passphrase may be tried, after too many wrong ones."""
    return UnlockThrottle(folder, now).remaining()


def check_user_name(name: str) -> str:
    """The name without surrounding spaces, or a UserManagementError saying what is wrong."""
    from storage.userbook import check_user_name as check

    return check(name)


def normalise_recovery_code(code: str) -> str:
    """Upper case, without spaces and dashes, look-alike letters mapped (O to 0, I and L to 1)."""
    return recovery.normalise(code)


def check_recovery_code(code: str) -> None:
    """Raise RecoveryCodeError when `code` cannot be a recovery code (wrong length, a
    character it cannot hold, a typo in a group or in its checksum), before any key
    derivation runs; which vault it belongs to is checked by unlocking."""
    recovery.parse(code)


def throwaway_kdf() -> KdfParams:
    """Key derivation that costs nothing, for throwaway demo vaults (./run screens) and tests
    only: a real vault's is calibrated to about a second on the machine that made it."""
    from storage.kdf import KdfParams

    return KdfParams(memory_kib=8, iterations=1, lanes=1)


def open_vault(folder: Path) -> LockedVault:
    """Open the vault in `folder`, locked; on a read-only medium it opens for reading only
    (`read_only` and `notice` say so). VaultNotFoundError if there is none."""
    from app.service import LockedVault

    return LockedVault.open(folder)


def create_vault(folder: Path, user_name: str, passphrase: str,
                 kdf: KdfParams | None = None) -> tuple[VaultService, str]:
    """A new vault with its first user, unlocked, and its recovery code (shown once, never
    stored). `kdf` is for tests; the product calibrates the key derivation to this machine."""
    from app.service import VaultService
    from storage.vault import Vault

    vault, code = Vault.create(folder, user_name, passphrase, kdf=kdf)
    return VaultService(vault), code
