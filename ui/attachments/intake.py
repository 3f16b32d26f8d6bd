"""Adding files to the vault, one after another, off the GUI thread (run by a Job), through
IntakeService: each file's facts are read in the sandbox (a child process with a time limit),
then the original is stored bit-exact with them; a file that cannot be read is stored all the
same, with the reason in its facts.

A failing file is recorded and the next one is taken; cancelling stops the reading of the
current file, or lets the file being stored finish, and starts no further file. Stopping (an
editor closed or the app locked meanwhile) also breaks off the file being stored: the vault
discards it, so nothing half-written is ever referenced. Nothing here shows anything: the
panel words the outcome in German."""

from __future__ import annotations

import dataclasses
import os
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, cast

from app.domain import AttachmentKind
from app.intake.service import IntakeService, PreparedFile
from app.progress import Cancelled
from app.service import VaultService
from ui.attachments.names import storable_name

Progress = Callable[[int, int, str], None]
PROGRESS_STEPS = 1000  # Qt's int signal arguments cannot carry multi-GB byte counts


class FileProblem(Exception):
    """A source that cannot be read as a file: 'folder', 'missing', 'special', 'permission'
    or 'unreadable' (errno: the system's error number, worded in German by ui/file_errors.py)."""

    def __init__(self, reason: str, errno: int | None = None) -> None:
        super().__init__(reason, errno)
        self.reason = reason
        self.errno = errno


@dataclass(frozen=True)
class IntakeItem:
    """A file to add (path), or bytes made in the worker (data, e.g. a pasted image's PNG)."""

    label: str  # shown in progress and errors
    path: Path | None = None
    data: Callable[[], bytes] | None = None
    name: str = ""  # stored name for data items
    kind: AttachmentKind | None = None  # given: overrides the kind intake proposes
    source: str = ""
    pasted: bool = False  # an image from the clipboard: a screenshot, captured now
    open_details: bool = False  # the panel opens its details once added


@dataclass
class IntakeResult:
    added: list[str] = field(default_factory=list)  # attachment ids
    unreadable: list[str] = field(default_factory=list)  # labels of files stored unread
    to_open: list[str] = field(default_factory=list)  # ids of items with open_details
    failed: list[tuple[str, BaseException]] = field(default_factory=list)  # (label, error)
    skipped: list[str] = field(default_factory=list)  # labels not started (cancelled)

    @property
    def cancelled(self) -> bool:
        return bool(self.skipped)


@dataclass
class BatchState:
    """How far the worker has got with a batch, read on the GUI thread while it runs."""

    added: list[int] = field(default_factory=list)  # indexes of the items stored
    stop: threading.Event = field(default_factory=threading.Event)  # break off the current file


class _Source:
    """Read errors in the middle of a file become a FileProblem (the blob store turns an
    OSError into a message about the vault, which would blame the wrong disk)."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def __enter__(self) -> _Source:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._handle.close()

    def read(self, size: int = -1) -> bytes:
        try:
            return self._handle.read(size)
        except OSError as exc:
            raise FileProblem("unreadable", exc.errno) from None


def _size_of(item: IntakeItem) -> int:
    if item.path is None:
        return 0
    try:
        return max(0, os.stat(item.path).st_size)
    except OSError:
        return 0


@dataclass(frozen=True)
class _GuardedFile(PreparedFile):
    """A prepared file whose read errors name the source, not the vault (see _Source)."""

    def open(self) -> BinaryIO:
        return cast(BinaryIO, _Source(super().open()))


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
        raise FileProblem("unreadable", exc.errno) from None


def run_intake(service: VaultService, incident_id: str, items: list[IntakeItem],
               texts: list[str], fallback_name: str, progress: Progress,
               cancelled: Callable[[], bool], state: BatchState | None = None) -> IntakeResult:
    """Add every item in order; `texts[i]` is the progress text while item i is added.
    `state` tells the caller which items are stored, and its `stop` breaks off the file being
    stored (with `cancelled` set as well, no further file is started)."""
    state = state if state is not None else BatchState()
    intake = IntakeService(service)
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
            prepared = _prepare(intake, item, fallback_name, cancelled)
            # The file being stored is finished when cancel comes meanwhile (as before intake
            # parsing), unless the intake is stopped; the next one is not started.
            stored = intake.file([prepared], incident_id,
                                 lambda done, _total, _text: report(done), state.stop.is_set)
        except Cancelled:
            stored = []
        except Exception as exc:
            result.failed.append((item.label, exc))
            base += sizes[number]
            continue
        if not stored:  # cancelled while reading, or stopped while storing: discarded
            result.skipped = [i.label for i in items[number:]]
            break
        entry = stored[0]
        state.added.append(number)
        result.added.append(entry.id)
        if entry.value.metadata.unreadable:
            result.unreadable.append(item.label)
        if item.open_details:
            result.to_open.append(entry.id)
        base += sizes[number]
    progress(PROGRESS_STEPS, PROGRESS_STEPS, "")
    return result


def _prepare(intake: IntakeService, item: IntakeItem, fallback_name: str,
             cancelled: Callable[[], bool]) -> PreparedFile:
    """Read the facts in the sandbox; the stored name and source are the panel's."""
    if item.path is not None:
        _open(item.path).close()  # folders, pipes, missing files: a FileProblem, not a hang
        (prepared,) = intake.prepare([item.path], cancel=cancelled)
        name = storable_name(item.path.name, fallback_name)
    else:
        assert item.data is not None
        name = storable_name(item.name, fallback_name)
        prepared = intake.prepare_data(item.data(), name, pasted=item.pasted,
                                       source=item.source, cancel=cancelled)
    fields = dict(prepared.fields)
    if item.kind is not None:
        fields["kind"] = item.kind.value
    values = {f.name: getattr(prepared, f.name) for f in dataclasses.fields(prepared)}
    values.update(name=name, source=item.source, fields=fields)
    return _GuardedFile(**values)
