"""Who may open the vault: the user table and the keyslots that wrap the data key for them.
User names are plaintext (they pick the keyslot before anything can be decrypted)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, text

from storage import database, keyslots
from storage.errors import (
    IntegrityError,
    RecoveryCodeError,
    StorageCode,
    UnknownUserError,
    UserManagementError,
)
from storage.kdf import KdfParams, KdfParamsError


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return uuid.uuid4().hex


MAX_USER_NAME = 100


@dataclass(frozen=True)
class VaultUserInfo:
    id: str
    name: str
    created_at: str


def check_user_name(name: str) -> str:
    """The name without surrounding spaces, or a UserManagementError saying what is wrong."""
    name = name.strip()
    if not name:
        raise UserManagementError(StorageCode.USER_NAME_EMPTY)
    if len(name) > MAX_USER_NAME:
        raise UserManagementError(StorageCode.USER_NAME_TOO_LONG, limit=MAX_USER_NAME)
    if any(ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF for c in name):
        raise UserManagementError(StorageCode.USER_NAME_CONTROL_CHARACTERS)
    return name


_SLOT_SQL = "SELECT id, kdf, salt, wrapped_key FROM keyslot WHERE "


class UserBook:
    def __init__(self, engine: Engine, vault_id: str, clock: Callable[[], str]) -> None:
        self._engine = engine
        self._vault_id = vault_id
        self._clock = clock

    # -- reading ------------------------------------------------------------------------
    def users(self) -> list[VaultUserInfo]:
        with database.read_transaction(self._engine) as conn:
            rows = conn.execute(
                text("SELECT id, name, created_at FROM vault_user WHERE removed_at IS NULL "
                     "ORDER BY created_at, id")
            ).all()
        return [VaultUserInfo(str(i), str(n), str(c)) for i, n, c in rows]

    def find(self, name: str | None) -> VaultUserInfo:
        """A user by name (case-insensitive), or the first user when no name is given."""
        users = self.users()
        if not users:
            raise UnknownUserError(StorageCode.NO_USERS)
        if name is None:
            return users[0]
        for user in users:
            if user.name.casefold() == name.strip().casefold():
                return user
        raise UnknownUserError(StorageCode.UNKNOWN_USER, name=name,
                               users=[u.name for u in users])

    def names(self) -> dict[str, str]:
        """Every user id ever known (removed users too) -> name, for history views."""
        with database.read_transaction(self._engine) as conn:
            rows = conn.execute(text("SELECT id, name FROM vault_user")).all()
        return {str(i): str(n) for i, n in rows}

    def passphrase_slot(self, user_id: str) -> tuple[str, keyslots.WrappedKey]:
        return self._slot(_SLOT_SQL + "user_id = :u AND kind = :k",
                          {"u": user_id, "k": keyslots.PASSPHRASE},
                          UnknownUserError(StorageCode.NO_PASSPHRASE_SLOT))

    def passphrase_slot_of(self, user: VaultUserInfo) -> tuple[str, keyslots.WrappedKey]:
        """The user's slot; a slot whose stored shape is damaged is named as such."""
        try:
            return self.passphrase_slot(user.id)
        except KdfParamsError:
            raise IntegrityError(StorageCode.KEYSLOT_DAMAGED, user=user.name) from None

    def recovery_slot(self) -> tuple[str, keyslots.WrappedKey]:
        try:
            return self._slot(_SLOT_SQL + "kind = :k", {"k": keyslots.RECOVERY},
                              RecoveryCodeError(StorageCode.NO_RECOVERY_SLOT))
        except KdfParamsError:
            raise IntegrityError(StorageCode.RECOVERY_SLOT_DAMAGED) from None

    def _slot(self, sql: str, params: dict[str, str],
              missing: Exception) -> tuple[str, keyslots.WrappedKey]:
        with database.read_transaction(self._engine) as conn:
            row = conn.execute(text(sql), params).first()
        if row is None:
            raise missing
        # Stored values are checked, not converted: bytes(n) of a damaged integer field would
        # allocate n bytes.
        return str(row[0]), keyslots.WrappedKey.stored(row[1], row[2], row[3])

    # -- writing, inside the caller's transaction ---------------------------------------
    def add(self, conn: Connection, user: VaultUserInfo) -> None:
        conn.execute(
            text("INSERT INTO vault_user (id, name, created_at) VALUES (:i, :n, :c)"),
            {"i": user.id, "n": user.name, "c": user.created_at},
        )

    def add_slot(self, conn: Connection, slot_id: str, kind: str, user_id: str | None,
                 wrapped: keyslots.WrappedKey) -> None:
        conn.execute(
            text("INSERT INTO keyslot (id, kind, user_id, kdf, salt, wrapped_key, created_at) "
                 "VALUES (:i, :k, :u, :kdf, :s, :w, :c)"),
            {"i": slot_id, "k": kind, "u": user_id, "kdf": wrapped.kdf_json,
             "s": wrapped.salt, "w": wrapped.wrapped, "c": self._clock()},
        )

    def add_passphrase_slot(self, conn: Connection, data_key: bytes, user: VaultUserInfo,
                            passphrase: str, params: KdfParams) -> None:
        slot_id = new_id()
        wrapped = keyslots.wrap_with_passphrase(data_key, passphrase, params, self._vault_id,
                                                slot_id, user.id)
        self.add_slot(conn, slot_id, keyslots.PASSPHRASE, user.id, wrapped)

    def replace_recovery_slot(self, conn: Connection, data_key: bytes, secret: bytes) -> None:
        """The old recovery slot goes and the new one comes in the caller's transaction: a
        crash leaves either the old code or the new one working, never neither."""
        conn.execute(text("DELETE FROM keyslot WHERE kind = :k"), {"k": keyslots.RECOVERY})
        self.add_recovery_slot(conn, data_key, secret)

    def add_recovery_slot(self, conn: Connection, data_key: bytes, secret: bytes) -> None:
        slot_id = new_id()
        wrapped = keyslots.wrap_with_recovery(data_key, secret, self._vault_id, slot_id)
        self.add_slot(conn, slot_id, keyslots.RECOVERY, None, wrapped)

    def replace_passphrase_slot(self, conn: Connection, data_key: bytes, user: VaultUserInfo,
                                passphrase: str, params: KdfParams) -> None:
        """Delete and insert in the caller's transaction: a crash leaves either the old
        passphrase or the new one working, never neither."""
        conn.execute(text("DELETE FROM keyslot WHERE user_id = :u AND kind = :k"),
                     {"u": user.id, "k": keyslots.PASSPHRASE})
        self.add_passphrase_slot(conn, data_key, user, passphrase, params)

    def remove(self, conn: Connection, user: VaultUserInfo) -> None:
        """Drop the user's keyslot; the name stays so past entries keep their author."""
        conn.execute(text("DELETE FROM keyslot WHERE user_id = :u"), {"u": user.id})
        conn.execute(text("UPDATE vault_user SET removed_at = :now WHERE id = :u"),
                     {"now": self._clock(), "u": user.id})
