"""SQLite engine set-up: WAL, synchronous=FULL, foreign keys, explicit transactions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from storage import schema
from storage.errors import NotDone, ReadOnlyError, SchemaError, StorageCode, StorageError
from storage.fileio import free_space

BUSY_TIMEOUT_MS = 30_000

# Migrations from version N to N+1, each run inside the opening transaction.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}

# What a damaged database file can raise from a query. Python's sqlite3 decodes SQLite's error
# message as UTF-8; when the message quotes a damaged schema name that is no longer UTF-8, the
# query raises UnicodeDecodeError instead of sqlite3.Error (and SQLAlchemy does not wrap it).
DATABASE_FAILURES = (DBAPIError, sqlite3.Error, UnicodeDecodeError)


def make_engine(db_path: Path, read_only: bool = False) -> Engine:
    if read_only:
        # On a read-only medium SQLite cannot create the WAL index; a cleanly closed vault has
        # no WAL left, so it is read as immutable. One with a WAL (not closed cleanly) is read
        # with mode=ro, which works where the -shm file exists.
        wal = db_path.with_name(db_path.name + "-wal")
        mode = "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"
        engine = create_engine(f"sqlite:///file:{db_path}?{mode}&uri=true", future=True)
    else:
        engine = create_engine(f"sqlite:///{db_path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from the driver so BEGIN IMMEDIATE is ours to send.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.close()
            return
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # Purged and superseded pages are zeroed, not left in the free list (data protection:
        # a purge must not leave decryptable ciphertext behind).
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction. BEGIN IMMEDIATE takes the write lock up front, so two writers
    queue on the busy timeout instead of failing on a lock upgrade."""
    if is_read_only(engine):
        raise ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.NOTHING_SAVED)
    try:
        with engine.connect().execution_options(begin="IMMEDIATE") as conn, conn.begin():
            yield conn
    except DATABASE_FAILURES as exc:
        raise _storage_error(exc, engine) from None


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A consistent snapshot for reads (WAL lets them run beside a writer)."""
    try:
        with engine.connect() as conn:
            snapshot = conn.begin()
            try:
                yield conn
            except BaseException:
                with contextlib.suppress(DBAPIError, sqlite3.Error):
                    snapshot.rollback()
                raise
            try:
                snapshot.commit()
            except DBAPIError as exc:
                # Once a read met a damaged page, SQLite fails the end of the snapshot with the
                # same error; nothing was written, and the reads have said what they could not
                # read (a salvage, see RecordStore.iter_heads), so the read stands.
                if not (isinstance(exc.orig, sqlite3.Error) and is_page_damage(exc.orig)):
                    raise
    except DATABASE_FAILURES as exc:  # the driver's own cursor raises sqlite3's
        raise _storage_error(exc, engine) from None


def is_read_only(engine: Engine) -> bool:
    query = engine.url.query
    return query.get("mode") == "ro" or query.get("immutable") == "1"


# SQLite's primary result codes (https://sqlite.org/rescode.html); the extended codes carry
# the primary one in their low byte.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _NOTADB = 5, 6, 8, 10, 11, 13, 26


# A database write needs room for its write-ahead log and the pages it adds; this much free
# space is what the message asks for when SQLite finds the disk full.
DATABASE_HEADROOM = 16 * 1024 * 1024


def is_page_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite met a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB), the case where the
    rest of the file may still be readable row by row."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(exc)
    return primary in (_CORRUPT, _NOTADB) or "malformed" in message


def _storage_error(exc: DBAPIError | sqlite3.Error | UnicodeDecodeError,
                   engine: Engine) -> StorageError:
    if isinstance(exc, UnicodeDecodeError):
        return SchemaError(StorageCode.DATABASE_DAMAGED)
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(orig) if orig is not None else str(exc)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    # A text column that is no longer UTF-8 ("Could not decode to UTF-8 column ...") is a
    # changed byte in the file: every text this program stores is valid UTF-8.
    if primary in (_CORRUPT, _NOTADB) or "not a database" in message or "malformed" in message \
            or "decode to UTF-8" in message:
        return SchemaError(StorageCode.DATABASE_DAMAGED)
    if primary in (_BUSY, _LOCKED) or "locked" in message or "busy" in message:
        return StorageError(StorageCode.VAULT_BUSY)
    if primary == _READONLY or "readonly" in message or "read-only" in message:
        return StorageError(StorageCode.DATABASE_READ_ONLY)
    folder = Path((engine.url.database or ".").removeprefix("file:")).parent
    # SQLite reports a full disk as SQLITE_FULL, or on some writes as an I/O error: with
    # less free space than a write needs, it is the full disk that the user can do something
    # about.
    if primary == _FULL or "disk is full" in message or (
            primary == _IOERR and free_space(folder) < DATABASE_HEADROOM):
        return StorageError(StorageCode.DISK_FULL, folder=folder, free=free_space(folder),
                            needed=DATABASE_HEADROOM, action=NotDone.NOTHING_SAVED)
    if primary == _IOERR or "disk I/O error" in message:
        return StorageError(StorageCode.DATABASE_IO_ERROR, folder=folder,
                            action=NotDone.NOTHING_SAVED)
    return StorageError(StorageCode.DATABASE_ERROR, sqlite_message=message)


def create_schema(conn: Connection, meta: dict[str, str]) -> None:
    """Tables and meta rows, inside the caller's transaction (SQLite's DDL is transactional)."""
    SQLModel.metadata.create_all(conn)
    for key, value in {**meta, "schema_version": str(schema.SCHEMA_VERSION)}.items():
        conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def is_initialised(db_path: Path) -> bool:
    """Whether the file holds a committed vault (a crash during creation leaves none)."""
    if not db_path.is_file():
        return False
    if db_path.stat().st_size == 0 and not db_path.with_name(db_path.name + "-wal").exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return True  # unreadable: never treat it as free to overwrite
    try:
        row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        return row is not None
    except (sqlite3.Error, UnicodeDecodeError):  # damaged: see DATABASE_FAILURES
        return True
    finally:
        conn.close()


def read_meta(conn: Connection) -> dict[str, str]:
    rows = conn.execute(text("SELECT key, value FROM meta")).all()
    return {str(k): str(v) for k, v in rows}


def write_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {"k": key, "v": value})


def _schema_version(conn: Connection) -> int:
    try:
        version = int(read_meta(conn)["schema_version"])
    except (KeyError, ValueError):
        raise SchemaError(StorageCode.NOT_A_VAULT) from None
    if version > schema.SCHEMA_VERSION:
        raise SchemaError(StorageCode.NEWER_SCHEMA, schema=version)
    if any(v not in MIGRATIONS for v in range(version, schema.SCHEMA_VERSION)):
        # No Vorfallbuch wrote this version (e.g. 0: a changed byte in the file).
        raise SchemaError(StorageCode.NOT_A_VAULT)
    return version


def check_version(engine: Engine) -> int:
    """For a read-only vault: it can be read only if no migration is due."""
    with read_transaction(engine) as conn:
        version = _schema_version(conn)
    if version != schema.SCHEMA_VERSION:
        raise SchemaError(StorageCode.MIGRATION_NEEDS_WRITING)
    return version


def migrate(engine: Engine) -> int:
    """Bring an older vault to the current schema; refuse one made by a newer program.
    Only an actual migration takes the write lock."""
    with read_transaction(engine) as conn:
        if _schema_version(conn) == schema.SCHEMA_VERSION:
            return schema.SCHEMA_VERSION
    with write_transaction(engine) as conn:
        version = _schema_version(conn)  # again: another process may have migrated meanwhile
        while version < schema.SCHEMA_VERSION:
            MIGRATIONS[version](conn)
            version += 1
            conn.execute(
                text("UPDATE meta SET value = :v WHERE key = 'schema_version'"),
                {"v": str(version)},
            )
        return version
