"""The vault: one folder with the SQLite database and the attachment store.

Open it (locked), unlock it with a user's passphrase or the recovery code, then use
``records`` and ``blobs``. Key changes re-wrap the data key only; no record is re-encrypted.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from storage import database, keyslots, recovery
from storage.blobstore import BlobStore
from storage.crypto import (
    SUBKEY_ATTACHMENTS,
    SUBKEY_CHAIN,
    SUBKEY_FIELDS,
    Sealer,
    derive_subkey,
    random_key,
)
from storage.errors import (
    LockedError,
    RecoveryCodeError,
    StorageError,
    UnknownUserError,
    UserManagementError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from storage.kdf import KdfParams, calibrate
from storage.policy import check_passphrase
from storage.records import RecordStore

DB_NAME = "vault.db"
ATTACHMENTS = "attachments"
KEY_VERSION = 1


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class VaultUserInfo:
    id: str
    name: str
    created_at: str


@dataclass(frozen=True)
class Session:
    user: VaultUserInfo
    records: RecordStore
    blobs: BlobStore


class Vault:
    def __init__(self, folder: Path, engine: Engine, clock: Callable[[], str],
                 conn: Connection | None = None) -> None:
        self.folder = folder
        self._engine = engine
        self._clock = clock
        if conn is not None:
            meta = database.read_meta(conn)
        else:
            with database.read_transaction(engine) as reader:
                meta = database.read_meta(reader)
        self.vault_id = meta["vault_id"]
        self.key_version = int(meta.get("key_version", KEY_VERSION))
        self.created_at = meta.get("created_at", "")
        self._session: Session | None = None
        self._data_key = b""
        self.cleaned_up: list[str] = []

    # -- opening ------------------------------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        return database.is_initialised(folder / DB_NAME)

    @classmethod
    def create(
        cls,
        folder: Path,
        user_name: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        clock: Callable[[], str] = utc_now,
    ) -> tuple[Vault, str]:
        """Create a vault and its first user. Returns the vault (unlocked) and the recovery
        code, which is shown once and never stored."""
        user_name = _check_user_name(user_name)
        check_passphrase(passphrase, user_name)
        db_path = folder / DB_NAME
        if database.is_initialised(db_path):
            raise VaultExistsError(f"There is already a vault in {folder}.")
        params = kdf if kdf is not None else calibrate()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            (folder / ATTACHMENTS).mkdir(exist_ok=True, mode=0o700)
            for leftover in (db_path, db_path.with_name(DB_NAME + "-wal"),
                             db_path.with_name(DB_NAME + "-shm")):
                leftover.unlink(missing_ok=True)  # an earlier creation that never committed
            # Owner-only from the first byte; SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise StorageError(
                f"The vault folder {folder} cannot be created ({exc.strerror})."
            ) from None
        vault_id = new_id()
        now = clock()
        data_key = random_key()
        code, secret = recovery.generate()
        user = VaultUserInfo(new_id(), user_name, now)
        engine = database.make_engine(db_path)
        # Schema, first user, both keyslots and the first chain link commit together: a crash
        # leaves either a complete vault or none.
        with database.write_transaction(engine) as conn:
            database.create_schema(conn, {"vault_id": vault_id, "key_version": str(KEY_VERSION),
                                          "created_at": now})
            vault = cls(folder, engine, clock, conn)
            vault._insert_user(conn, user)
            vault._insert_passphrase_slot(conn, data_key, user, passphrase, params)
            slot_id = new_id()
            wrapped = keyslots.wrap_with_recovery(data_key, secret, vault_id, slot_id)
            vault._insert_slot(conn, slot_id, keyslots.RECOVERY, None, wrapped)
            vault._start_session(data_key, user)
            vault.records.log_event("user", {"action": "vault-created", "user_id": user.id,
                                             "author": user.id}, conn)
        return vault, code

    @classmethod
    def open(cls, folder: Path, clock: Callable[[], str] = utc_now) -> Vault:
        if not cls.exists(folder):
            raise VaultNotFoundError(
                f"There is no vault in {folder}; create one with 'vorfallbuch init'."
            )
        engine = database.make_engine(folder / DB_NAME)
        database.migrate(engine)
        vault = cls(folder, engine, clock)
        (folder / ATTACHMENTS).mkdir(exist_ok=True, mode=0o700)
        vault.cleaned_up = vault._cleanup_leftovers()
        return vault

    def close(self) -> None:
        self.lock()
        self._engine.dispose()

    # -- users and unlocking ------------------------------------------------------------
    def users(self) -> list[VaultUserInfo]:
        with database.read_transaction(self._engine) as conn:
            rows = conn.execute(
                text("SELECT id, name, created_at FROM vault_user WHERE removed_at IS NULL "
                     "ORDER BY created_at, id")
            ).all()
        return [VaultUserInfo(str(i), str(n), str(c)) for i, n, c in rows]

    def find_user(self, name: str | None) -> VaultUserInfo:
        users = self.users()
        if not users:
            raise UnknownUserError("The vault has no users.")
        if name is None:
            return users[0]
        for user in users:
            if user.name.casefold() == name.strip().casefold():
                return user
        raise UnknownUserError(
            f"The vault has no user '{name}'; its users are: "
            + ", ".join(u.name for u in users) + "."
        )

    def unlock(self, user_name: str | None, passphrase: str) -> Session:
        """Unlock as a user. A wrong passphrase changes nothing and says so."""
        user = self.find_user(user_name)
        slot_id, slot = self._slot_for(user.id)
        data_key = keyslots.unwrap_with_passphrase(passphrase, slot, self.vault_id, slot_id,
                                                   user.id)
        if data_key is None:
            raise WrongPassphraseError(f"The passphrase for user '{user.name}' is wrong.")
        return self._start_session(data_key, user)

    def recover(self, code: str, user_name: str | None, new_passphrase: str,
                kdf: KdfParams | None = None) -> Session:
        """Recovery code -> a new passphrase for a user (the code stays valid)."""
        secret = recovery.parse(code)  # typos are caught here, before any key derivation
        user = self.find_user(user_name)
        check_passphrase(new_passphrase, user.name)
        with database.read_transaction(self._engine) as conn:
            row = conn.execute(
                text("SELECT id, kdf, salt, wrapped_key FROM keyslot WHERE kind = :k"),
                {"k": keyslots.RECOVERY},
            ).first()
        if row is None:
            raise RecoveryCodeError("This vault has no recovery code.")
        slot = keyslots.WrappedKey(str(row[1]), bytes(row[2]), bytes(row[3]))
        data_key = keyslots.unwrap_with_recovery(secret, slot, self.vault_id, str(row[0]))
        if data_key is None:
            raise RecoveryCodeError("The recovery code does not belong to this vault.")
        session = self._start_session(data_key, user)
        self._replace_passphrase_slot(data_key, user, new_passphrase, kdf, "recovered")
        return session

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        session = self.session()
        check_passphrase(new_passphrase, session.user.name)
        self._replace_passphrase_slot(self._data_key, session.user, new_passphrase, kdf,
                                      "passphrase-changed")

    def add_user(self, name: str, passphrase: str, kdf: KdfParams | None = None) -> VaultUserInfo:
        session = self.session()
        name = _check_user_name(name)
        check_passphrase(passphrase, name)
        if any(u.name.casefold() == name.casefold() for u in self.users()):
            raise UserManagementError(f"There is already a user named '{name}'.")
        user = VaultUserInfo(new_id(), name, self._clock())
        params = kdf if kdf is not None else calibrate()
        with database.write_transaction(self._engine) as conn:
            self._insert_user(conn, user)
            self._insert_passphrase_slot(conn, self._data_key, user, passphrase, params)
            session.records.log_event("user", {"action": "user-added", "user_id": user.id,
                                               "author": session.user.id}, conn)
        return user

    def remove_user(self, name: str) -> None:
        session = self.session()
        user = self.find_user(name)
        if len(self.users()) == 1:
            raise UserManagementError("The last user of a vault cannot be removed.")
        with database.write_transaction(self._engine) as conn:
            conn.execute(text("DELETE FROM keyslot WHERE user_id = :u"), {"u": user.id})
            conn.execute(text("UPDATE vault_user SET removed_at = :now WHERE id = :u"),
                         {"now": self._clock(), "u": user.id})
            session.records.log_event("user", {"action": "user-removed", "user_id": user.id,
                                               "author": session.user.id}, conn)
        if user.id == session.user.id:
            self.lock()

    def user_names(self) -> dict[str, str]:
        """Every user id ever known (removed users too) -> name, for history views."""
        with database.read_transaction(self._engine) as conn:
            rows = conn.execute(text("SELECT id, name FROM vault_user")).all()
        return {str(i): str(n) for i, n in rows}

    # -- session ------------------------------------------------------------------------
    def session(self) -> Session:
        if self._session is None:
            raise LockedError("The vault is locked.")
        return self._session

    @property
    def records(self) -> RecordStore:
        return self.session().records

    @property
    def blobs(self) -> BlobStore:
        return self.session().blobs

    @property
    def engine(self) -> Engine:
        return self._engine

    def lock(self) -> None:
        """Forget the keys. Python cannot wipe immutable bytes; dropping every reference is
        what it can do (README, "Security")."""
        self._session = None
        self._data_key = b""

    def _start_session(self, data_key: bytes, user: VaultUserInfo) -> Session:
        fields = Sealer(derive_subkey(data_key, self.vault_id, SUBKEY_FIELDS))
        chain_sealer = Sealer(derive_subkey(data_key, self.vault_id, SUBKEY_CHAIN))
        blob_key = derive_subkey(data_key, self.vault_id, SUBKEY_ATTACHMENTS)
        records = RecordStore(self._engine, self.vault_id, self.key_version, fields,
                              chain_sealer, self._clock)
        blobs = BlobStore(self.folder / ATTACHMENTS, blob_key, self.key_version)
        self._data_key = data_key
        self._session = Session(user, records, blobs)
        return self._session

    # -- keyslot rows -------------------------------------------------------------------
    def _slot_for(self, user_id: str) -> tuple[str, keyslots.WrappedKey]:
        with database.read_transaction(self._engine) as conn:
            row = conn.execute(
                text("SELECT id, kdf, salt, wrapped_key FROM keyslot WHERE user_id = :u "
                     "AND kind = :k"),
                {"u": user_id, "k": keyslots.PASSPHRASE},
            ).first()
        if row is None:
            raise UnknownUserError("This user has no passphrase slot.")
        return str(row[0]), keyslots.WrappedKey(str(row[1]), bytes(row[2]), bytes(row[3]))

    def _insert_user(self, conn: Connection, user: VaultUserInfo) -> None:
        conn.execute(
            text("INSERT INTO vault_user (id, name, created_at) VALUES (:i, :n, :c)"),
            {"i": user.id, "n": user.name, "c": user.created_at},
        )

    def _insert_slot(self, conn: Connection, slot_id: str, kind: str, user_id: str | None,
                     wrapped: keyslots.WrappedKey) -> None:
        conn.execute(
            text("INSERT INTO keyslot (id, kind, user_id, kdf, salt, wrapped_key, created_at) "
                 "VALUES (:i, :k, :u, :kdf, :s, :w, :c)"),
            {"i": slot_id, "k": kind, "u": user_id, "kdf": wrapped.kdf_json,
             "s": wrapped.salt, "w": wrapped.wrapped, "c": self._clock()},
        )

    def _insert_passphrase_slot(self, conn: Connection, data_key: bytes, user: VaultUserInfo,
                                passphrase: str, params: KdfParams) -> None:
        slot_id = new_id()
        wrapped = keyslots.wrap_with_passphrase(data_key, passphrase, params, self.vault_id,
                                                slot_id, user.id)
        self._insert_slot(conn, slot_id, keyslots.PASSPHRASE, user.id, wrapped)

    def _replace_passphrase_slot(self, data_key: bytes, user: VaultUserInfo, passphrase: str,
                                 kdf: KdfParams | None, action: str) -> None:
        """The new slot is written and the old one removed in one transaction: a crash
        leaves either the old passphrase or the new one working, never neither."""
        params = kdf if kdf is not None else calibrate()
        with database.write_transaction(self._engine) as conn:
            conn.execute(text("DELETE FROM keyslot WHERE user_id = :u AND kind = :k"),
                         {"u": user.id, "k": keyslots.PASSPHRASE})
            self._insert_passphrase_slot(conn, data_key, user, passphrase, params)
            self.records.log_event("user", {"action": action, "user_id": user.id,
                                            "author": user.id}, conn)

    def _cleanup_leftovers(self) -> list[str]:
        query = ("SELECT id FROM record WHERE kind = 'attachment' AND state != 'purged'")

        def referenced(blob_id: str) -> bool:
            with database.read_transaction(self._engine) as conn:
                row = conn.execute(text(query + " AND id = :i"), {"i": blob_id}).first()
            return row is not None

        with database.read_transaction(self._engine) as conn:
            committed = {str(r[0]) for r in conn.execute(text(query)).all()}
        store = BlobStore(self.folder / ATTACHMENTS, b"\0" * 32, self.key_version)
        try:
            return store.cleanup(committed, referenced)
        except OSError:
            return []  # cleanup is best effort; a read-only medium keeps its leftovers


def _check_user_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UserManagementError("A user name must not be empty.")
    if len(name) > 100:
        raise UserManagementError("A user name may have at most 100 characters.")
    if any(ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF for c in name):
        raise UserManagementError("A user name must not contain control characters.")
    return name


