"""Exporting a dossier to a file: build, encrypt if asked, put in place atomically, record.

The order makes a failure or a cancel leave nothing: the PDF is built into a hidden temp file
(owner-only) beside the target, or, with a password, in memory only, so the unencrypted text
never touches a disk; it is fsynced, and the history chain entry and the rename happen in one
database transaction: if the rename fails the entry is rolled back, and if the commit fails the
new file is removed again (and a file it replaced is put back).
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from app.access import holds_vault
from app.progress import CancelFn, Cancelled, Progress
from app.service import ChainEvent, VaultService
from export.dossier import DossierRequest, build_dossier
from export.dossier.model import Unshown
from export.errors import ExportCode, ExportError
from export.protect import prepare_password, protect_pdf

EXPORT_EVENT = "export"
EXPORT_ACTION = "pdf-dossier"
_CHUNK = 1024 * 1024
MAX_RECIPIENT = 200


@dataclass(frozen=True)
class ExportRecord:
    """One export as the history chain holds it (and as export_pdf returns it)."""

    seq: int
    at: str
    author: str  # user id
    author_name: str
    file_name: str  # the name only: where the file went is the user's business
    size: int
    sha256: str
    pages: int
    profile: str
    recipient: str
    incident_ids: tuple[str, ...]
    attachment_ids: tuple[str, ...]
    password: bool
    # evidence the dossier showed by a replacement (a broken PDF, picture or mail); its name
    # only in the record export_pdf returns, the history keeps ids and checksums
    unshown: tuple[Unshown, ...] = ()


def export_pdf(service: VaultService, request: DossierRequest, out: Path,
               password: str | None = None, progress: Progress | None = None,
               cancel: CancelFn | None = None, overwrite: bool = False) -> ExportRecord:
    """Write the dossier to `out` and enter it in the history chain. Raises ExportError (or
    a StorageError of the vault's) or Cancelled; either way nothing is left."""
    check_recipient(request.recipient)
    target = check_target(service.folder, out, overwrite)
    if password is not None:
        prepare_password(password)  # refuse a bad password before the long work
    if service.read_only:
        raise ExportError(ExportCode.VAULT_READ_ONLY)
    try:
        with service.temporary_beside(target) as temp:
            return _write_dossier(service, request, target, temp, password, progress, cancel)
    except OSError as exc:
        raise write_failed(exc) from None


def _write_dossier(service: VaultService, request: DossierRequest, target: Path, temp: Path,
                   password: str | None, progress: Progress | None,
                   cancel: CancelFn | None) -> ExportRecord:
    """Build the dossier into `temp` (owner-only from its first byte), then put it in place
    and enter it in the history chain together."""
    cancelled = cancel or (lambda: False)
    with _new_file(temp) as sink:
        if password is None:
            result = build_dossier(service, request, sink, progress, cancel)
        else:
            plain = io.BytesIO()
            result = build_dossier(service, request, plain, progress, cancel)
            if cancelled():
                raise Cancelled()
            if progress:
                progress(result.pages, result.pages, "Encrypting the PDF")
            plain.seek(0)
            protect_pdf(plain, sink, password)
            plain.truncate(0)  # drop the unencrypted bytes now
        sink.flush()
        os.fsync(sink.fileno())
    if cancelled():
        raise Cancelled()
    size, digest = _digest(temp)
    entry = {
        "author": service.user_id,
        "action": EXPORT_ACTION,
        "file_name": target.name,
        "size": size,
        "sha256": digest,
        "pages": result.pages,
        "profile": str(request.profile),
        "recipient": request.recipient,
        "incident_ids": list(result.incident_ids),
        "attachment_ids": list(result.attachment_ids),
        "password": password is not None,
        "unshown": [u.as_entry() for u in result.unshown],
    }
    head = _place_and_record(service, temp, target, entry)
    names = service.user_names()
    record = _record({**entry, "seq": head.seq, "at": head.at,
                      "author_name": names.get(service.user_id, "")})
    return replace(record, unshown=result.unshown)


def write_failed(exc: OSError) -> ExportError:
    return ExportError(ExportCode.WRITE_FAILED, errno=exc.errno or 0,
                       strerror=exc.strerror or "")


def check_recipient(recipient: str) -> None:
    """The recipient goes onto the cover and into the history chain: one short line."""
    if len(recipient) > MAX_RECIPIENT:
        raise ExportError(ExportCode.RECIPIENT_TOO_LONG, limit=MAX_RECIPIENT)
    if any(not (c.isprintable() or c == " ") for c in recipient):
        raise ExportError(ExportCode.RECIPIENT_CHARACTERS)


def check_target(vault_folder: Path, out: Path, overwrite: bool) -> Path:
    """The absolute target, or ExportError saying why it cannot be used."""
    try:
        target = out.absolute()
        if target.is_dir():
            raise ExportError(ExportCode.OUT_IS_FOLDER, path=str(out))
        if not target.parent.is_dir():
            raise ExportError(ExportCode.OUT_FOLDER_MISSING, folder=str(target.parent))
        if (target.exists() or target.is_symlink()) and not overwrite:
            raise ExportError(ExportCode.OUT_EXISTS, path=str(out))
        parent = target.parent.resolve()
        for folder in (parent, *parent.parents):
            if holds_vault(folder) or folder == vault_folder.resolve():
                # Exported, the dossier is plaintext: inside the vault it would be
                # taken for part of the encrypted store (and backed up as such).
                raise ExportError(ExportCode.OUT_IN_VAULT, path=str(out), folder=str(folder))
    except OSError as exc:  # e.g. a name too long for the file system
        raise write_failed(exc) from None
    return target


def past_exports(service: VaultService) -> list[ExportRecord]:
    """Every dossier export in the history chain, oldest first."""
    return [_record(e) for e in service.log()
            if e.get("kind") == EXPORT_EVENT and e.get("action") == EXPORT_ACTION
            and "error" not in e]


def _place_and_record(service: VaultService, temp: Path, target: Path,
                      entry: dict[str, Any]) -> ChainEvent:
    """Rename into place inside the transaction that appends the chain entry."""
    aside = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old")
    moved = {"kept": False, "placed": False}

    def put_in_place() -> None:
        if target.exists() or target.is_symlink():
            os.replace(target, aside)
            moved["kept"] = True
        os.replace(temp, target)
        moved["placed"] = True
        _fsync_dir(target.parent)

    try:
        event = service.record_event(EXPORT_EVENT, entry, inside=put_in_place)
    except BaseException:
        if moved["placed"]:
            target.unlink(missing_ok=True)
        if moved["kept"]:
            os.replace(aside, target)
        raise
    if moved["kept"]:
        aside.unlink(missing_ok=True)
    return event


def _record(entry: dict[str, Any]) -> ExportRecord:
    return ExportRecord(
        seq=int(entry.get("seq", 0)), at=str(entry.get("at", "")),
        author=str(entry.get("author", "")), author_name=str(entry.get("author_name", "")),
        file_name=str(entry.get("file_name", "")), size=int(entry.get("size", 0)),
        sha256=str(entry.get("sha256", "")), pages=int(entry.get("pages", 0)),
        profile=str(entry.get("profile", "")), recipient=str(entry.get("recipient", "")),
        incident_ids=tuple(entry.get("incident_ids", ())),
        attachment_ids=tuple(entry.get("attachment_ids", ())),
        password=bool(entry.get("password", False)),
        unshown=tuple(u for u in map(Unshown.from_entry, _items(entry.get("unshown")))
                      if u is not None))


@contextmanager
def _new_file(path: Path) -> Iterator[BinaryIO]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as handle:
        yield handle


def _digest(path: Path) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)



def _items(value: object) -> list[object]:
    return value if isinstance(value, list) else []
