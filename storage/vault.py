"""The vault: one folder with the SQLite database and the attachment store.

Open it (locked), unlock it with a user's passphrase or the recovery code, then use
``records`` and ``blobs``. Key changes re-wrap the data key only; no record is re-encrypted.
"""

from __future__ import annotations

import errno
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from storage import database, keyslots, leftovers, recovery
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
    IntegrityError,
    LockedError,
    NotDone,
    PassphrasePolicyError,
    ReadOnlyError,
    RecoveryCodeError,
    SchemaError,
    StorageCode,
    StorageError,
    UserManagementError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from storage.fileio import FileOps
from storage.kdf import KdfParams, KdfParamsError, calibrate
from storage.policy import check_passphrase
from storage.records import RecordStore
from storage.throttle import UnlockThrottle, wait_after
from storage.userbook import UserBook, VaultUserInfo, check_user_name, new_id, utc_now

DB_NAME = "vault.db"
ATTACHMENTS = "attachments"
KEY_VERSION = 1
DEFAULT_BACKUP_INTERVAL_DAYS = 7
BACKUP_INTERVAL_DAYS = (1, 365)


@dataclass(frozen=True)
class BackupStatus:
    interval_days: int
    last_backup_at: str | None
    due: bool


@dataclass(frozen=True)
class Session:
    user: VaultUserInfo
    records: RecordStore
    blobs: BlobStore


class Vault:
    def __init__(self, folder: Path, engine: Engine, clock: Callable[[], str],
                 conn: Connection | None = None,
                 wall_time: Callable[[], float] = time.time,
                 file_ops: FileOps | None = None) -> None:
        self.folder = folder
        self.file_ops = file_ops or FileOps()
        self._engine = engine
        self._clock = clock
        self.throttle = UnlockThrottle(folder, wall_time)
        if conn is not None:
            meta = database.read_meta(conn)
        else:
            with database.read_transaction(engine) as reader:
                meta = database.read_meta(reader)
        self.vault_id, self.key_version = _identity(meta)
        self.userbook = UserBook(engine, self.vault_id, clock)
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
        user_name = check_user_name(user_name)
        check_passphrase(passphrase, user_name)
        db_path = folder / DB_NAME
        if database.is_initialised(db_path):
            raise VaultExistsError(StorageCode.VAULT_EXISTS, folder=folder)
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
            raise StorageError(StorageCode.FOLDER_NOT_CREATED, folder=folder, errno=exc.errno,
                               strerror=exc.strerror or "") from None
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
            vault.userbook.add(conn, user)
            vault.userbook.add_passphrase_slot(conn, data_key, user, passphrase, params)
            vault.userbook.add_recovery_slot(conn, data_key, secret)
            vault._start_session(data_key, user)
            vault.records.log_event("user", {"action": "vault-created", "user_id": user.id,
                                             "author": user.id}, conn)
        return vault, code

    @classmethod
    def open(cls, folder: Path, clock: Callable[[], str] = utc_now,
             wall_time: Callable[[], float] = time.time,
             file_ops: FileOps | None = None) -> Vault:
        """Open a vault (locked). On a read-only medium it opens read-only: `read_only` says
        so, and every save is refused (ReadOnlyError)."""
        if not cls.exists(folder):
            raise VaultNotFoundError(StorageCode.VAULT_NOT_FOUND, folder=folder)
        read_only = not _writable(folder)
        engine = database.make_engine(folder / DB_NAME, read_only=read_only)
        if not read_only:
            database.migrate(engine)
        else:
            database.check_version(engine)
        vault = cls(folder, engine, clock, wall_time=wall_time, file_ops=file_ops)
        if not read_only:
            (folder / ATTACHMENTS).mkdir(exist_ok=True, mode=0o700)
            vault.cleaned_up = vault._cleanup_leftovers()
            leftovers.sweep_marked(folder)  # what a killed backup left beside its target
        return vault

    @property
    def read_only(self) -> bool:
        return database.is_read_only(self._engine)

    def _ensure_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.NOTHING_CHANGED)

    def close(self) -> None:
        self.lock()
        self._engine.dispose()

    # -- users and unlocking ------------------------------------------------------------
    def users(self) -> list[VaultUserInfo]:
        return self.userbook.users()

    def find_user(self, name: str | None) -> VaultUserInfo:
        return self.userbook.find(name)

    def user_names(self) -> dict[str, str]:
        """Every user id ever known (removed users too) -> name, for history views."""
        return self.userbook.names()

    def unlock(self, user_name: str | None, passphrase: str) -> Session:
        """Unlock as a user. A wrong passphrase changes nothing in the vault and says so;
        after five in a row, each further try has to wait longer (UnlockThrottledError)."""
        user = self.find_user(user_name)
        self.throttle.check()
        slot_id, slot = self.userbook.passphrase_slot_of(user)
        try:
            data_key = keyslots.unwrap_with_passphrase(passphrase, slot, self.vault_id,
                                                       slot_id, user.id)
        except KdfParamsError:
            raise IntegrityError(StorageCode.KEYSLOT_DAMAGED, user=user.name) from None
        if data_key is None:
            failures = self.throttle.failed()
            wait = wait_after(failures)
            if wait:
                raise WrongPassphraseError(StorageCode.WRONG_PASSPHRASE_WAIT, user=user.name,
                                           seconds=wait)
            raise WrongPassphraseError(StorageCode.WRONG_PASSPHRASE, user=user.name)
        self.throttle.succeeded()
        return self._start_session(data_key, user)

    def recover(self, code: str, user_name: str | None, new_passphrase: str,
                kdf: KdfParams | None = None) -> Session:
        """Recovery code -> a new passphrase for a user (the code stays valid)."""
        secret = recovery.parse(code)  # typos are caught here, before any key derivation
        self._ensure_writable()
        user = self.find_user(user_name)
        check_passphrase(new_passphrase, user.name)
        slot_id, slot = self.userbook.recovery_slot()
        try:
            data_key = keyslots.unwrap_with_recovery(secret, slot, self.vault_id, slot_id)
        except KdfParamsError:
            raise IntegrityError(StorageCode.RECOVERY_SLOT_DAMAGED) from None
        if data_key is None:
            raise RecoveryCodeError(StorageCode.RECOVERY_CODE_FOREIGN)
        session = self._start_session(data_key, user)
        self._replace_passphrase_slot(data_key, user, new_passphrase, kdf, "recovered")
        return session

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        session = self.session()
        self._ensure_writable()
        check_passphrase(new_passphrase, session.user.name)
        if self.is_own_passphrase(new_passphrase):  # one key derivation: about a second
            raise PassphrasePolicyError(StorageCode.PASSPHRASE_UNCHANGED)
        self._replace_passphrase_slot(self._data_key, session.user, new_passphrase, kdf,
                                      "passphrase-changed")

    def has_recovery_code(self) -> bool:
        """Whether a recovery slot is stored (it may still be damaged: unlock names that)."""
        try:
            self.userbook.recovery_slot()
        except RecoveryCodeError:
            return False
        except IntegrityError:
            return True
        return True

    def renew_recovery_code(self, code: str | None = None) -> str:
        """A new recovery code for the vault (`code`, one recovery.generate() made and the user
        has kept, or a fresh one); the old one stops working at once. Returns the code, to be
        shown once."""
        session = self.session()
        self._ensure_writable()
        if code is None:
            code, secret = recovery.generate()
        else:
            secret = recovery.parse(code)
        with database.write_transaction(self._engine) as conn:
            self.userbook.replace_recovery_slot(conn, self._data_key, secret)
            session.records.log_event("user", {"action": "recovery-renewed",
                                               "author": session.user.id}, conn)
        return code

    def is_own_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` opens the unlocked user's own key slot (the old passphrase a
        change asks for, and the check that a new one differs from it). Not an unlock try:
        the back-off after wrong passphrases is not touched."""
        session = self.session()
        slot_id, slot = self.userbook.passphrase_slot_of(session.user)
        try:
            key = keyslots.unwrap_with_passphrase(passphrase, slot, self.vault_id, slot_id,
                                                  session.user.id)
        except KdfParamsError:
            raise IntegrityError(StorageCode.KEYSLOT_DAMAGED, user=session.user.name) from None
        return key is not None

    def add_user(self, name: str, passphrase: str, kdf: KdfParams | None = None,
                 role: str | None = None) -> VaultUserInfo:
        """A new user with her own passphrase; `role` is recorded in the history chain with
        the addition (app/users.py decides who may add whom, and what the roles mean)."""
        session = self.session()
        self._ensure_writable()
        name = check_user_name(name)
        check_passphrase(passphrase, name)
        if any(u.name.casefold() == name.casefold() for u in self.users()):
            raise UserManagementError(StorageCode.USER_EXISTS, name=name)
        user = VaultUserInfo(new_id(), name, self._clock())
        params = kdf if kdf is not None else calibrate()
        with database.write_transaction(self._engine) as conn:
            self.userbook.add(conn, user)
            self.userbook.add_passphrase_slot(conn, self._data_key, user, passphrase, params)
            event = {"action": "user-added", "user_id": user.id, "author": session.user.id}
            if role is not None:
                event["role"] = role
            session.records.log_event("user", event, conn)
        return user

    def set_role(self, name: str, role: str) -> VaultUserInfo:
        """Record a user's new role in the history chain (where roles live: sealed and
        chained, so a role cannot be edited without the chain saying so)."""
        session = self.session()
        self._ensure_writable()
        user = self.find_user(name)
        with database.write_transaction(self._engine) as conn:
            session.records.log_event("user", {"action": "role-changed", "user_id": user.id,
                                               "role": role, "author": session.user.id}, conn)
        return user

    def user_events(self) -> list[dict[str, Any]]:
        """The history chain's user entries (creation, additions, removals, role changes,
        recovery renewals), opened, oldest first; a damaged one carries "error"."""
        return self.session().records.chain_entries("user")

    def remove_user(self, name: str) -> None:
        session = self.session()
        self._ensure_writable()
        user = self.find_user(name)
        if len(self.users()) == 1:
            raise UserManagementError(StorageCode.LAST_USER)
        with database.write_transaction(self._engine) as conn:
            self.userbook.remove(conn, user)
            session.records.log_event("user", {"action": "user-removed", "user_id": user.id,
                                               "author": session.user.id}, conn)
        if user.id == session.user.id:
            self.lock()

    # -- session ------------------------------------------------------------------------
    def session(self) -> Session:
        if self._session is None:
            raise LockedError()
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
        what it can do (docs/security.md, "In the desktop app")."""
        self._session = None
        self._data_key = b""

    def derive_key(self, salt: bytes, label: bytes) -> bytes:
        """A purpose key from the data key (backups); the data key itself never leaves."""
        self.session()
        return derive_subkey(self._data_key, salt.hex(), label)

    def unlock_with_data_key(self, data_key: bytes) -> Session:
        """Unlock a vault restored from a backup with the key that opened the backup, as its
        first user, to verify it before it is put in place."""
        return self._start_session(data_key, self.find_user(None))

    def unlock_copy(self, other: Vault) -> None:
        """Unlock another copy of this vault (a backup being checked) with this vault's key."""
        if other.vault_id != self.vault_id:
            raise IntegrityError(StorageCode.COPY_OF_ANOTHER_VAULT)
        other._start_session(self._data_key, other.find_user(None))

    # -- backup reminder ----------------------------------------------------------------
    def backup_status(self) -> BackupStatus:
        with database.read_transaction(self._engine) as conn:
            meta = database.read_meta(conn)
        try:
            interval = int(meta.get("backup_interval_days", DEFAULT_BACKUP_INTERVAL_DAYS))
        except ValueError:
            interval = DEFAULT_BACKUP_INTERVAL_DAYS
        last = meta.get("last_backup_at") or None
        due = True
        if last:
            try:
                last_time = datetime.fromisoformat(last.replace("Z", "+00:00"))
                due = (datetime.now(UTC) - last_time).total_seconds() >= interval * 86400
            except ValueError:
                due = True
        return BackupStatus(interval, last, due)

    def set_backup_interval(self, days: int) -> None:
        low, high = BACKUP_INTERVAL_DAYS
        if not low <= days <= high:
            raise UserManagementError(StorageCode.BACKUP_INTERVAL_RANGE, minimum=low,
                                      maximum=high)
        self._set_meta("backup_interval_days", str(days))

    def record_backup(self, at: str, entry: dict[str, object]) -> None:
        """Note a finished backup for the reminder and in the history chain."""
        if self.read_only:
            return
        with database.write_transaction(self._engine) as conn:
            database.write_meta(conn, "last_backup_at", at)
            self.records.log_event("backup", {**entry, "author": self.session().user.id}, conn)

    def _set_meta(self, key: str, value: str) -> None:
        with database.write_transaction(self._engine) as conn:
            database.write_meta(conn, key, value)

    def _start_session(self, data_key: bytes, user: VaultUserInfo) -> Session:
        fields = Sealer(derive_subkey(data_key, self.vault_id, SUBKEY_FIELDS))
        chain_sealer = Sealer(derive_subkey(data_key, self.vault_id, SUBKEY_CHAIN))
        blob_key = derive_subkey(data_key, self.vault_id, SUBKEY_ATTACHMENTS)
        records = RecordStore(self._engine, self.vault_id, self.key_version, fields,
                              chain_sealer, self._clock)
        blobs = BlobStore(self.folder / ATTACHMENTS, blob_key, self.key_version, self.file_ops,
                          read_only=self.read_only)
        self._data_key = data_key
        self._session = Session(user, records, blobs)
        return self._session

    def _replace_passphrase_slot(self, data_key: bytes, user: VaultUserInfo, passphrase: str,
                                 kdf: KdfParams | None, action: str) -> None:
        params = kdf if kdf is not None else calibrate()
        with database.write_transaction(self._engine) as conn:
            self.userbook.replace_passphrase_slot(conn, data_key, user, passphrase, params)
            self.records.log_event("user", {"action": action, "user_id": user.id,
                                            "author": user.id}, conn)

    def _cleanup_leftovers(self) -> list[str]:
        # A file is a leftover only when no revision names its id (its writer was killed
        # before the commit) or its record says it was purged. The record row alone is not
        # enough: one changed byte in it (a column's type in its header) makes it read as
        # another id or kind, and the original would be deleted; the revisions, on other
        # pages, still name it (found by the flip fuzz, tests/cli/test_flip_fuzz.py).
        kept = ("SELECT id FROM record WHERE state != 'purged' {and_id} UNION "
                "SELECT v.record_id FROM revision v WHERE NOT EXISTS (SELECT 1 FROM record r "
                "WHERE r.id = v.record_id AND r.state = 'purged') {and_record_id}")

        def referenced(blob_id: str) -> bool:
            with database.read_transaction(self._engine) as conn:
                row = conn.execute(text(kept.format(and_id="AND id = :i",
                                                    and_record_id="AND v.record_id = :i")),
                                   {"i": blob_id}).first()
            return row is not None

        try:
            with database.read_transaction(self._engine) as conn:
                committed = {str(r[0]) for r in conn.execute(
                    text(kept.format(and_id="", and_record_id=""))).all()}
        except SchemaError:
            # A damaged page: what is a leftover cannot be told, so nothing is removed, and
            # the vault still opens with what it can read (RecordStore.iter_heads).
            return []
        store = BlobStore(self.folder / ATTACHMENTS, b"\0" * 32, self.key_version)
        try:
            return store.cleanup(committed, referenced)
        except (OSError, SchemaError):
            return []  # cleanup is best effort; a read-only medium keeps its leftovers


def _identity(meta: dict[str, str]) -> tuple[str, int]:
    """The vault id and key version from the meta table; a missing or changed one (a flipped
    byte in the file) is database damage, never a KeyError or ValueError."""
    vault_id = meta.get("vault_id", "")
    key_version = meta.get("key_version", str(KEY_VERSION))
    if not vault_id or not (key_version.isascii() and key_version.isdigit()):
        raise SchemaError(StorageCode.DATABASE_DAMAGED)
    return vault_id, int(key_version)


def _writable(folder: Path) -> bool:
    """Whether files can be created in the vault folder (false on read-only media)."""
    probe = folder / f".write-probe-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return False
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True  # writable but full: it opens, and each save says the disk is full
        raise StorageError(StorageCode.FOLDER_UNUSABLE, folder=folder, errno=exc.errno,
                           strerror=exc.strerror or "") from None
    probe.unlink(missing_ok=True)
    return True
