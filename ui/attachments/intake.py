"""Adding files to the vault, one after another, off the GUI thread (run by a Job).

A failing file is recorded and the next one is taken; cancelling stops before the next file
(the service never leaves a half-written file referenced: the stored blob is discarded unless
its record is committed). Nothing here shows anything: the panel words the outcome in German."""

from __future__ import annotations

import io
import mimetypes
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.domain import AttachmentKind
from app.service import VaultService
from ui.attachments.names import storable_name

Progress = Callable[[int, int, str], None]
PROGRESS_STEPS = 1000  # Qt's int signal arguments cannot carry multi-GB byte counts
SCREENSHOT_PREFIXES = ("screenshot", "screen shot", "bildschirmfoto", "bildschirmaufnahme",
                       "snip")


class FileProblem(Exception):
    """A source that cannot be read as a file: 'folder', 'missing', 'special', 'permission'
    or 'unreadable' (detail: the system's reason)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class IntakeItem:
    """A file to add (path), or bytes made in the worker (data, e.g. a pasted image's PNG)."""

    label: str  # shown in progress and errors
    path: Path | None = None
    data: Callable[[], bytes] | None = None
    name: str = ""  # stored name for data items
    kind: AttachmentKind | None = None
    source: str = ""
    extra: dict[str, Any] | None = None  # editable facts known at intake (a paste's online)
    open_details: bool = False  # the panel opens its details once added


@dataclass
class IntakeResult:
    added: list[str] = field(default_factory=list)  # attachment ids
    to_open: list[str] = field(default_factory=list)  # ids of items with open_details
    failed: list[tuple[str, BaseException]] = field(default_factory=list)  # (label, error)
    skipped: list[str] = field(default_factory=list)  # labels not started (cancelled)

    @property
    def cancelled(self) -> bool:
        return bool(self.skipped)


def guess_file_kind(name: str) -> AttachmentKind | None:
    """Screenshots by their usual names; the rest is left to the service's guess."""
    media_type = mimetypes.guess_type(name)[0] or ""
    if media_type.startswith("image/") and name.lower().startswith(SCREENSHOT_PREFIXES):
        return AttachmentKind.SCREENSHOT
    return None


class _Source:
    """Read errors in the middle of a file become a FileProblem (the blob store turns an
    OSError into a message about the vault, which would blame the wrong disk)."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def read(self, size: int = -1) -> bytes:
        try:
            return self._handle.read(size)
        except OSError as exc:
            raise FileProblem("unreadable", exc.strerror or "") from None


def _size_of(item: IntakeItem) -> int:
    if item.path is None:
        return 0
    try:
        return max(0, os.stat(item.path).st_size)
    except OSError:
        return 0


def _open(path: Path) -> BinaryIO:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem("folder")
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem("special")  # a pipe or device would block or never end
        return open(path, "rb")
    except FileNotFoundError:
        raise FileProblem("missing") from None
    except PermissionError:
        raise FileProblem("permission") from None
    except IsADirectoryError:
        raise FileProblem("folder") from None
    except OSError as exc:
        raise FileProblem("unreadable", exc.strerror or "") from None


def run_intake(service: VaultService, incident_id: str, items: list[IntakeItem],
               texts: list[str], fallback_name: str, progress: Progress,
               cancelled: Callable[[], bool]) -> IntakeResult:
    """Add every item in order; `texts[i]` is the progress text while item i is added."""
    result = IntakeResult()
    sizes = [_size_of(item) for item in items]
    total = max(1, sum(sizes))
    base = 0
    for number, item in enumerate(items):
        if cancelled():
            result.skipped = [i.label for i in items[number:]]
            break
        text = texts[number]

        def report(done: int, base: int = base, text: str = text) -> None:
            progress(min(PROGRESS_STEPS, (base + done) * PROGRESS_STEPS // total),
                     PROGRESS_STEPS, text)

        report(0)
        try:
            result.added.append(_add(service, incident_id, item, fallback_name, report))
            if item.open_details:
                result.to_open.append(result.added[-1])
        except Exception as exc:
            result.failed.append((item.label, exc))
        base += sizes[number]
    progress(PROGRESS_STEPS, PROGRESS_STEPS, "")
    return result


def _add(service: VaultService, incident_id: str, item: IntakeItem, fallback_name: str,
         report: Callable[[int], None]) -> str:
    if item.path is not None:
        name = storable_name(item.path.name, fallback_name)
        kind = item.kind or guess_file_kind(name)
        with _open(item.path) as handle:
            entry = service.add_attachment_stream(incident_id, cast(BinaryIO, _Source(handle)),
                                                  name, kind, item.source, report,
                                                  item.extra)
        return entry.id
    assert item.data is not None
    entry = service.add_attachment_stream(incident_id, io.BytesIO(item.data()),
                                          storable_name(item.name, fallback_name), item.kind,
                                          item.source, report, item.extra)
    return entry.id
