"""The files an attachments panel is adding: one batch at a time in a background job, the files
added meanwhile queued behind it. It knows which files are not stored yet, so closing an
editor or locking can ask about them (ui/close_plan.py: wait, or stop adding) and an auto-lock
can name them in its note; stopping breaks off the file being stored, which the vault then
discards."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.service import VaultService
from ui.attachments.display import alive
from ui.attachments.intake import BatchState, IntakeItem, IntakeResult, run_intake
from ui.worker import Job

STOP_WAIT_S = 5.0  # how long stopping waits for the worker to break off the current file


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", text)


class IntakeQueue(QObject):
    """`batch_started`, `progress`, then `batch_done` with the outcome for each batch;
    `idle` once the last queued batch is done."""

    batch_started = Signal()
    progress = Signal(int, int, str)
    batch_done = Signal(object)  # IntakeResult
    idle = Signal()

    def __init__(self, service: VaultService, incident_id: str, parent: QObject) -> None:
        super().__init__(parent)
        self._service = service
        self._incident_id = incident_id
        self._job: Job | None = None
        self._batch: list[IntakeItem] = []
        self._state = BatchState()
        self._queued: list[IntakeItem] = []

    def is_busy(self) -> bool:
        return self._job is not None

    def add(self, items: list[IntakeItem]) -> None:
        if not items:
            return
        if self._job is not None:
            self._queued.extend(items)  # taken up when the running batch is done
            return
        count = len(items)
        texts = [tr("Datei {0} von {1}: {2}").format(n + 1, count, item.label)
                 for n, item in enumerate(items)]
        state = BatchState()
        job = Job(partial(run_intake, self._service, self._incident_id, items, texts,
                          tr("Datei"), state=state))
        job.progress.connect(lambda done, total, text: self.progress.emit(
            done, total, text) if self._job is job and alive(self) else None)
        job.succeeded.connect(lambda result: self._done(job, result))
        job.failed.connect(lambda exc: self._done(job, IntakeResult(failed=[("", exc)])))
        self._job, self._batch, self._state = job, items, state
        self.batch_started.emit()
        job.start()

    def not_stored(self) -> list[IntakeItem]:
        """Every file of the running batch not stored (yet), and those queued behind it."""
        added = set(self._state.added)
        return [item for n, item in enumerate(self._batch) if n not in added] + self._queued

    def cancel(self) -> None:
        """Stop before the next file; the file being added is finished (or discarded)."""
        if self._job is not None:
            self._job.cancel()
            self._queued = []

    def stop(self, wait_s: float = 0.0) -> list[IntakeItem]:
        """Stop now: the file being stored is broken off and discarded, no further one is
        started, and no outcome is reported. Waits up to `wait_s` for the worker to be done,
        so that the files returned (those not added) are exact."""
        job = self._job
        if job is not None:
            self._state.stop.set()
            job.cancel()
            job.done.wait(wait_s)
        missed = self.not_stored()
        self._job, self._batch, self._queued = None, [], []
        return missed

    def _done(self, job: Job, result: IntakeResult) -> None:
        if not alive(self) or self._job is not job:
            return  # stopped meanwhile: nothing decrypted may come back
        self._job, self._batch = None, []
        self.batch_done.emit(result)
        queued, self._queued = self._queued, []
        self.add(queued)
        if self._job is None:
            self.idle.emit()
