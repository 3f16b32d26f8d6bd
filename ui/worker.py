"""Run slow work off the GUI thread (docs/architecture.md, "Background jobs"): the work is a
plain function taking `progress(done, total, text)` and `cancelled()`; its result, error and
progress arrive as signals on the GUI thread."""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Generator, Iterable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QDialog, QWidget

from app.progress import CancelFn, Progress

# The result goes out as `succeeded(object)`: a Signal carries no type, so the slot that takes
# it says what it expects.
Work = Callable[[Progress, CancelFn], object]


class _Relay(QObject):
    """Carries a job's signals from its worker thread to the GUI thread. A worker never emits
    on the job itself: the job is a child of a dialog or pane that the GUI thread may delete
    at that very moment (a lock, the end of a test), and an emit on a QObject being deleted
    crashed the process (a segmentation fault, seen in the suite). The relay lives as long as
    the application; on the GUI thread it hands the signal to the job if the job still
    exists, and drops it otherwise."""

    carried = Signal(object, str, object)  # the job, the signal's name, its arguments

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.carried.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _deliver(job: Job, name: str, args: tuple[object, ...]) -> None:
        if shiboken6.isValid(job):
            getattr(job, name).emit(*args)


def _relay() -> _Relay:
    """The application's relay, made on the GUI thread when the first job starts."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a Job needs a running QApplication")
    found = app.findChild(_Relay, "vorfallbuch-job-relay")
    if found is None:
        found = _Relay(app)
        found.setObjectName("vorfallbuch-job-relay")
    return found


class Job(QObject):
    """One piece of background work. Connect to its signals, then `start()` it; they arrive
    on the GUI thread, and not at all once the job (or the object it belongs to) is gone."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: Work | None = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        # A job nobody holds on to (fire and forget) must live until it has finished: give it
        # to the application, and keep the runnable referenced while it runs.
        if self.parent() is None:
            self.setParent(QCoreApplication.instance())
        self._relay = _relay()
        self._runner = _Runner(self)
        self._runner.setAutoDelete(False)
        self.finished.connect(self._forget)
        (pool or QThreadPool.globalInstance()).start(self._runner)

    def _forget(self) -> None:
        if self.parent() is QCoreApplication.instance():
            self.deleteLater()

    def _run(self) -> None:
        # The work runs once: let go of it now. Its closure may hold a passphrase, a password
        # or decrypted records, and the job object can outlive it for long (a child of a
        # dialog that stays, or a wrapper in a reference cycle until the next collection).
        work, self._work = self._work, None
        carry = self._relay.carried.emit
        try:
            if work is None:
                raise ValueError("a Job runs its work once")
            result = work(self._report, self._cancel.is_set)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            carry(self, "failed", (exc,))
        else:
            carry(self, "succeeded", (result,))
            del result  # the GUI thread's copy is the only one left
        finally:
            self.done.set()
            carry(self, "finished", ())

    def _report(self, done: int, total: int, text: str) -> None:
        if not shiboken6.isValid(self):  # its owner is gone: stop at the next cancel check
            self._cancel.set()
            return
        self._relay.carried.emit(self, "progress", (done, total, text))


class JobDialog(QDialog):
    """A dialog that runs its work in one Job at a time (the Tresor menu's dialogs): run_job()
    starts it and wires its signals, job_changed() is called when it starts and when it ends
    (override it to enable the controls), let_job_go() drops a running one without waiting
    (a lock, a close: its result then goes nowhere)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self._wired: list[SignalInstance] = []

    def run_job(self, work: Work, succeeded: Callable[[Any], None],
                failed: Callable[[BaseException], None],
                progress: Callable[[int, int, str], None] | None = None) -> Job:
        job = Job(work, self)
        self._wired = [job.succeeded, job.failed, job.finished]
        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.finished.connect(self._job_finished)
        if progress is not None:
            job.progress.connect(progress)
            self._wired.append(job.progress)
        self.job = job
        job.start()
        self.job_changed()
        return job

    def is_busy(self) -> bool:
        return self.job is not None

    def job_changed(self) -> None:
        """Called when a job starts and when it has ended: enable what may be used now."""

    def let_job_go(self, cancel: bool = False) -> None:
        """Forget a running job: nothing it still reports arrives; `cancel` asks it to stop
        at its next check (a backup stops between steps and leaves nothing behind)."""
        if self.job is None:
            return
        if cancel:
            self.job.cancel()
        for signal in self._wired:
            signal.disconnect()
        self._wired = []
        self.job = None

    def _job_finished(self) -> None:
        self.job = None
        self._wired = []
        self.job_changed()


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


class Sliced(QObject):
    """Python work that would hold the GIL for a second, run on the GUI thread instead: a
    generator advanced for a few milliseconds per event-loop turn. (A busy background thread
    makes every Qt-to-Python call of the GUI thread wait its turn for the GIL: painting a
    table took 0.5-0.9 s while search texts were folded in a job.) `finished` carries the
    generator's return value; `cancel()` closes it (its finally blocks run)."""

    finished = Signal(object)

    def __init__(self, steps: Generator[None, None, object], parent: QObject | None = None,
                 slice_s: float = 0.006) -> None:
        super().__init__(parent)
        self._steps = steps
        self._slice_s = slice_s
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps.close()

    def _step(self) -> None:
        began = time.perf_counter()
        try:
            while time.perf_counter() - began < self._slice_s:
                next(self._steps)
        except StopIteration as done:
            self._timer.stop()
            self.finished.emit(done.value)


class _PaintSpy(QObject):
    """Runs `run` on the turn after the first paint of the widget it watches. A class of the
    module, not one made per call: a class is always part of a reference cycle, and whatever
    its methods' closures held (a list of 10,000 decrypted incidents) would wait for the
    garbage collector, or forever if the collector had frozen it (app.entries.gc_paused)."""

    def __init__(self, widget: QWidget, run: Callable[[], None]) -> None:
        super().__init__(widget)
        self._run = run

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False


def after_first_paint(widget: QWidget, action: Callable[[], None],
                      timeout_ms: int = 250) -> None:
    """Run `action` once `widget` has been painted (or after `timeout_ms`, when it is not on
    screen): work started then does not compete with that paint for the GIL. The action is
    let go once it ran, so what it holds is freed then."""
    pending = [action]

    def run() -> None:
        if pending and shiboken6.isValid(widget):  # gone meanwhile (locked): nothing to do
            pending.pop()()
        pending.clear()

    widget.installEventFilter(_PaintSpy(widget, run))
    QTimer.singleShot(timeout_ms, run)


RELEASE_SLICE_S = 0.004
RELEASE_BATCH = 256


class Shrinkable(Protocol):
    """A list of anything, as far as releasing it goes: emptied from the end, slice by slice."""

    def __len__(self) -> int: ...

    def __delitem__(self, index: slice, /) -> None: ...


_releasing: list[list[Shrinkable]] = []  # the lists release_in_slices is still emptying
_after_release: list[Callable[[], None]] = []


def release_in_slices(lists: Iterable[Shrinkable]) -> None:
    """Drop the items of `lists` a batch at a time, one short slice per event-loop turn.

    The caller no longer refers to the lists; only this keeps them until they are empty.
    """
    pending = [items for items in lists if items]

    def step() -> None:
        began = time.perf_counter()
        while pending and time.perf_counter() - began < RELEASE_SLICE_S:
            del pending[-1][-RELEASE_BATCH:]
            if not pending[-1]:
                pending.pop()
        if pending:
            QTimer.singleShot(0, step)
            return
        _releasing.remove(pending)
        if not _releasing:
            _run_after_release()

    if pending:
        _releasing.append(pending)
        QTimer.singleShot(0, step)


def after_releases(callback: Callable[[], None]) -> None:
    """Call `callback` once every release_in_slices under way has finished (at once if none
    is): work that should not see the released rows, such as handing the frozen objects back
    to the garbage collector, runs then."""
    _after_release.append(callback)
    if not _releasing:
        _run_after_release()


def _run_after_release() -> None:
    callbacks = list(_after_release)
    _after_release.clear()
    for callback in callbacks:
        callback()
