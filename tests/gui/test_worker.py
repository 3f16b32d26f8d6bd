"""Background jobs (ui/worker.py) whose owner goes away while they run: their signals are
dropped, the process does not crash, and their progress reports stop the work. (A worker that
emitted on a job whose dialog the GUI thread was deleting crashed the suite with a
segmentation fault.)"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from app.progress import Progress
from ui.worker import Job, JobDialog


def test_a_job_whose_owner_is_deleted_while_it_runs_tells_nobody(qtbot: QtBot) -> None:
    for _ in range(50):  # the deletion meets the worker at different moments
        owner = QObject()
        release = threading.Event()
        heard: list[str] = []

        def work(progress: Progress, cancelled: object, release: threading.Event = release
                 ) -> str:
            release.wait(5)
            progress(1, 1, "fast fertig")
            return "decrypted"

        job = Job(work, owner)
        for name in ("succeeded", "failed", "finished", "progress"):
            getattr(job, name).connect(lambda *_a, name=name, heard=heard: heard.append(name))
        job.start()
        release.set()
        shiboken6.delete(owner)  # the GUI thread deletes the dialog, the job with it
        assert job.done.wait(5)
        QCoreApplication.processEvents()
        assert heard == []


def test_progress_of_a_job_whose_owner_is_gone_stops_the_work(qtbot: QtBot) -> None:
    owner = QObject()
    started, may_report, done_reporting = (threading.Event() for _ in range(3))
    seen_cancel: list[bool] = []

    def work(progress: Progress, cancelled: object) -> None:
        started.set()
        may_report.wait(5)
        progress(1, 2, "Hälfte")
        seen_cancel.append(callable(cancelled) and bool(cancelled()))
        done_reporting.set()

    job = Job(work, owner)
    job.start()
    assert started.wait(5)
    shiboken6.delete(owner)
    may_report.set()
    assert done_reporting.wait(5)
    assert seen_cancel == [True]


def test_a_living_job_still_reports_in_order(qtbot: QtBot) -> None:
    owner = QObject()
    heard: list[object] = []

    def work(progress: Progress, cancelled: object) -> int:
        progress(1, 2, "eins")
        progress(2, 2, "zwei")
        return 42

    job = Job(work, owner)
    job.progress.connect(lambda done, total, text: heard.append((done, text)))
    job.succeeded.connect(heard.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert heard == [(1, "eins"), (2, "zwei"), 42]


def test_no_signal_of_a_job_is_emitted_from_its_worker_thread(qtbot: QtBot) -> None:
    """What makes the above safe: the worker hands every signal to the application's relay,
    and only the GUI thread emits on the job (even a direct connection runs there)."""
    from PySide6.QtCore import Qt

    owner = QObject()
    threads: list[str] = []

    def work(progress: Progress, cancelled: object) -> int:
        progress(1, 1, "x")
        return 1

    job = Job(work, owner)
    for signal in (job.progress, job.succeeded, job.finished):
        signal.connect(lambda *_a: threads.append(threading.current_thread().name),
                       Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert threads == [threading.main_thread().name] * 3


class _Counting(JobDialog):
    def __init__(self) -> None:
        super().__init__()
        self.changes: list[bool] = []
        self.results: list[object] = []

    def job_changed(self) -> None:
        self.changes.append(self.is_busy())


def test_a_job_dialog_says_when_its_job_starts_and_ends(qtbot: QtBot) -> None:
    dialog = _Counting()
    qtbot.addWidget(dialog)
    steps: list[str] = []

    def work(progress: Progress, _cancelled: object) -> int:
        progress(1, 1, "eins")
        return 42

    dialog.run_job(work, dialog.results.append, dialog.results.append,
                   progress=lambda _d, _t, text: steps.append(text))
    assert dialog.is_busy() and dialog.changes == [True]
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.changes == [True, False] and dialog.results == [42] and steps == ["eins"]


def test_a_job_dialog_lets_a_running_job_go(qtbot: QtBot) -> None:
    dialog = _Counting()
    qtbot.addWidget(dialog)
    release = threading.Event()

    def work(_progress: Progress, cancelled: object) -> str:
        release.wait(10)
        assert callable(cancelled)
        return "cancelled" if cancelled() else "done"

    job = dialog.run_job(work, dialog.results.append, dialog.results.append)
    dialog.let_job_go(cancel=True)
    assert not dialog.is_busy() and job.cancelled
    release.set()
    qtbot.waitUntil(job.done.is_set, timeout=10_000)
    QCoreApplication.processEvents()
    assert dialog.results == [] and dialog.changes == [True]  # nothing arrives any more
