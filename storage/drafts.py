"""Drafts: input that could not be saved as a record when the app locked itself (a new incident
without a title, an edit over a change made elsewhere), kept sealed until its user unlocks
again and decides. A draft is not a record: it has no history and is not in backups; it is
one file per draft in the vault's drafts/ folder, sealed with AES-256-GCM under its own
subkey, with the vault id, the draft id and the user id as associated data, so a draft file
copied to another vault, renamed or given to another user fails to open.

File: MAGIC, a header line (JSON: id, user), then the sealed JSON payload. The header holds
only opaque ids; the payload (the form, its time, what it belongs to) is sealed."""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.crypto import Sealer, associated_data
from storage.errors import IntegrityError, NotDone, ReadOnlyError, StorageCode
from storage.fileio import FileOps, file_error

FOLDER = "drafts"
LABEL = b"vorfallbuch/v1/drafts"
MAGIC = b"VFBDRAFT1\n"
SUFFIX = ".draft"
TEMP_SUFFIX = ".draft-tmp"
MAX_BYTES = 16 << 20  # a form is a few KiB; anything this big is not a draft of ours
_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Draft:
    id: str
    payload: dict[str, Any]


class DraftStore:
    def __init__(self, folder: Path, key: bytes, vault_id: str, user_id: str,
                 file_ops: FileOps | None = None, read_only: bool = False) -> None:
        self.folder = folder
        self._sealer = Sealer(key)
        self._vault_id = vault_id
        self._user_id = user_id
        self._ops = file_ops or FileOps()
        self._read_only = read_only

    def _ad(self, draft_id: str) -> bytes:
        return associated_data(self._vault_id, "draft", draft_id, self._user_id)

    def save(self, payload: dict[str, Any]) -> str:
        """Seal and write one draft (temp file, fsync, rename, fsync of the folder); its id."""
        if self._read_only:
            raise ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.DRAFT_NOT_KEPT)
        draft_id = secrets.token_hex(16)
        header = json.dumps({"id": draft_id, "user": self._user_id}).encode("ascii") + b"\n"
        body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        data = MAGIC + header + self._sealer.seal(body, self._ad(draft_id))
        temp = self.folder / f".{draft_id}{TEMP_SUFFIX}"
        try:
            self.folder.mkdir(mode=0o700, exist_ok=True)
            fd = self._ops.create(temp)
            try:
                self._ops.write(fd, data)
                self._ops.fsync(fd)
            finally:
                os.close(fd)
            self._ops.replace(temp, self.folder / f"{draft_id}{SUFFIX}")
            self._ops.fsync_dir(self.folder)
        except OSError as exc:
            with contextlib.suppress(OSError):  # e.g. "drafts" is not a folder: no temp file
                temp.unlink(missing_ok=True)
            raise file_error(exc, NotDone.DRAFT_NOT_KEPT, folder=self.folder) from None
        return draft_id

    def load(self) -> tuple[list[Draft], list[str]]:
        """This user's drafts, oldest file first, and the names of draft files of this user
        that cannot be opened (damaged). Other users' drafts are theirs: not listed."""
        drafts: list[Draft] = []
        damaged: list[str] = []
        for path in self._files():
            try:
                draft = self._read(path)
            except IntegrityError:
                damaged.append(path.name)
                continue
            if draft is not None:
                drafts.append(draft)
        return drafts, damaged

    def delete(self, draft_id: str) -> None:
        if not _ID.fullmatch(draft_id):
            raise IntegrityError(StorageCode.NOT_A_DRAFT_ID, draft_id=draft_id)
        if self._read_only:
            raise ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.DRAFT_NOT_REMOVED)
        try:
            (self.folder / f"{draft_id}{SUFFIX}").unlink(missing_ok=True)
            self._ops.fsync_dir(self.folder)
        except FileNotFoundError:
            pass  # the folder itself is gone: so is the draft
        except OSError as exc:
            raise file_error(exc, NotDone.DRAFT_NOT_REMOVED, folder=self.folder) from None

    def _files(self) -> list[Path]:
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise file_error(exc, NotDone.DRAFTS_NOT_READ, folder=self.folder) from None
        files = [Path(e.path) for e in entries
                 if e.name.endswith(SUFFIX) and _ID.fullmatch(e.name[:-len(SUFFIX)])
                 and e.is_file(follow_symlinks=False)]
        return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))

    def _read(self, path: Path) -> Draft | None:
        name = path.name[:-len(SUFFIX)]
        damaged = IntegrityError(StorageCode.DRAFT_DAMAGED, name=path.name)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            raise file_error(exc, NotDone.DRAFTS_NOT_READ, folder=self.folder) from None
        if len(data) > MAX_BYTES or not data.startswith(MAGIC):
            raise damaged
        header_end = data.find(b"\n", len(MAGIC))
        try:
            header = json.loads(data[len(MAGIC):header_end])
            draft_id, user = str(header["id"]), str(header["user"])
        except (ValueError, KeyError, TypeError):
            raise damaged from None
        if user != self._user_id:
            return None
        if draft_id != name:
            raise damaged  # renamed or swapped
        try:
            body = self._sealer.open(data[header_end + 1:], self._ad(draft_id))
            payload = json.loads(body)
        except (IntegrityError, ValueError):
            raise damaged from None
        if not isinstance(payload, dict):
            raise damaged
        return Draft(draft_id, payload)

    def cleanup(self) -> None:
        """Remove temp files a crash left behind while a draft was written."""
        try:
            for entry in os.scandir(self.folder):
                if entry.name.endswith(TEMP_SUFFIX) and entry.is_file(follow_symlinks=False):
                    Path(entry.path).unlink(missing_ok=True)
        except OSError:
            pass  # best effort, as for the attachments' leftovers
