"""Keeps the incident list in step with the vault without blocking the GUI thread: the load
after unlocking (quick, in a job, see loading.py), one row after a save here, and only the
records that changed when another window or process saved. Reading the whole list again
after each save took 2 s of the GUI thread with 10,000 incidents."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from app.entries import ATTACHMENT, INCIDENT, PERSON
from app.errors import RecordNotFoundError, StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from ui.incidents.loading import Loaded, SearchTextMaker, fetch_full, fetch_quick
from ui.incidents.model import IncidentTableModel, Row, listed
from ui.rows_sync import MAX_ROWS_ONE_BY_ONE, changed_ids
from ui.worker import Job, after_first_paint

Versions = dict[str, int]  # record id -> version
# incidents, persons, attachment counts, and each watched incident's attachments
Compared = tuple[Versions, Versions, dict[str, int], dict[str, Versions]]


class IncidentListSync(QObject):
    loading_changed = Signal(bool)
    loaded = Signal()  # a load has been applied (the rows are there)
    search_ready = Signal()  # ... and its search texts are in place
    failures_changed = Signal(int)  # incidents that could not be read
    failed = Signal(object)  # a StorageError to show
    refreshed = Signal()  # a comparison with the vault is done (and applied, if it was due)
    # {incident id: {attachment id: version}} of the incidents `watch_attachments` names, read
    # by each comparison: attachments added elsewhere change no incident's version.
    attachments_read = Signal(object)

    def __init__(self, service: VaultService, model: IncidentTableModel, viewport: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._model, self._viewport = service, model, viewport
        self._generation = 0
        self._loading = False
        self._failures = 0
        self._unreadable: set[str] = set()
        self._folding: SearchTextMaker | None = None
        self._person_versions: dict[str, int] = {}
        self._pool: QThreadPool | None = None
        self._job: Job | None = None
        self._checking: Job | None = None  # reading the versions for refresh()
        self._check_again = False
        self._touched: set[str] = set()  # saved or deleted here while that job read
        self.watch_attachments: Callable[[], list[str]] = lambda: []  # see attachments_read

    # -- whole loads ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything now, on this thread (tests, screenshots)."""
        try:
            person_versions = self._service.versions(PERSON)
            loaded = fetch_full(self._service, self._model)
        except StorageError as exc:
            self.failed.emit(exc)
            return
        self._apply(loaded, person_versions)
        self.loaded.emit()
        self.search_ready.emit()

    def reload_in_background(self, pool: QThreadPool | None = None) -> None:
        """Decrypt in a job; the list shows a loading line meanwhile. A newer load, a lock or
        a reload() in between makes a finished load count for nothing."""
        self._generation += 1
        generation = self._generation
        self._pool = pool
        self._set_loading(True)
        service = self._service

        def work(_progress: Progress, _cancelled: CancelFn) -> tuple[Loaded, dict[str, int]]:
            person_versions = service.versions(PERSON)  # before the names: never newer
            return fetch_quick(service), person_versions

        job = Job(work, self)
        job.succeeded.connect(lambda result: self._loaded(generation, *result))
        job.failed.connect(lambda exc: self._load_failed(generation, exc))
        job.start(pool)
        self._job = job

    def expect_load(self) -> None:
        """A background load will follow (the window queues it)."""
        self._set_loading(True)

    def is_loading(self) -> bool:
        return self._loading

    def _loaded(self, generation: int, loaded: Loaded, person_versions: dict[str, int]) -> None:
        if generation != self._generation:
            return
        self._apply(loaded, person_versions)
        self.loaded.emit()
        self.refresh()  # a save made while the job read is shown now

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.failed.emit(exc)

    def _apply(self, loaded: Loaded, person_versions: dict[str, int]) -> None:
        self._generation += 1  # an older background load must not overwrite this one
        self._set_loading(False)
        self._cancel_folding()
        self._person_versions = person_versions
        self._failures = len(loaded.listing.failures)
        self._unreadable = set(loaded.unreadable)
        rows = loaded.listing.entries
        if loaded.prepared.folded is None:
            self._model.set_rows(rows, loaded.prepared, search_texts_follow=True,
                                 attachment_counts=loaded.counts, person_names=loaded.names)
            generation = self._generation
            # A list under another tab (the start view) will not paint: fold at once.
            after_first_paint(self._viewport,
                              lambda: self._fold(generation, rows, loaded.names),
                              timeout_ms=250 if self._viewport.isVisible() else 0)
        else:
            self._model.set_rows(rows, loaded.prepared, attachment_counts=loaded.counts,
                                 person_names=loaded.names)
        self.failures_changed.emit(self._failures + len(self._unreadable))

    def _fold(self, generation: int, rows: list[Row], names: dict[str, str]) -> None:
        if generation != self._generation:
            return
        self._folding = SearchTextMaker(self._model, rows, names, self)
        self._folding.ready.connect(
            lambda rows, folded, unreadable: self._search_ready(generation, rows, folded,
                                                                unreadable))
        self._folding.start()

    def _search_ready(self, generation: int, rows: list[Row], folded: list[str],
                      unreadable: list[str]) -> None:
        self._folding = None
        if generation != self._generation:
            return
        self._model.set_search_texts(rows, folded)
        self._unreadable = set(unreadable)
        self.failures_changed.emit(self._failures + len(self._unreadable))
        self.search_ready.emit()

    def _cancel_folding(self) -> None:
        if self._folding is not None:  # it holds decrypted rows
            self._folding.cancel()
            self._folding = None

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- single rows ----------------------------------------------------------------------
    def saved(self, incident_id: str) -> None:
        """An incident saved (or its attachments changed) here: show its new state."""
        self._touched.add(incident_id)
        try:
            self._show_current(incident_id, self._service.attachment_counts())
        except StorageError as exc:
            self.failed.emit(exc)

    def deleted(self, incident_id: str) -> None:
        self._touched.add(incident_id)
        self._model.remove(incident_id)

    def refresh(self) -> None:
        """Something was saved, here or elsewhere: compare versions (nothing decrypted) and
        read only the incidents and contacts that changed. The versions are read in a job:
        10,000 of them took 50-70 ms of the GUI thread, and twice that beside another job
        (a picker opened just after a save). `refreshed` follows."""
        if self._loading:
            self.refreshed.emit()
            return  # the load under way reads the current state and refreshes after
        if self._checking is not None:
            self._check_again = True  # once more when this one is done: it may have read early
            return
        self._touched = set()
        generation, service, watched = self._generation, self._service, self.watch_attachments()

        def work(_progress: Progress, _cancelled: CancelFn) -> Compared:
            return (service.versions(INCIDENT), service.versions(PERSON),
                    service.attachment_counts(),
                    {i: service.versions(ATTACHMENT, i) for i in watched})

        job = Job(work, self)
        job.succeeded.connect(lambda result: self._compared(generation, *result))
        job.failed.connect(lambda _exc: self._check_done())  # busy: the next check tries again
        self._checking = job
        job.start(self._pool)

    def _check_done(self) -> None:
        self._checking = None
        if self._check_again:
            self._check_again = False
            self.refresh()
        else:
            self.refreshed.emit()

    def _compared(self, generation: int, versions: Versions, person_versions: Versions,
                  counts: dict[str, int], attachments: dict[str, Versions]) -> None:
        self.attachments_read.emit(attachments)  # true whatever happened to the list meanwhile
        self._compare(generation, versions, person_versions, counts)

    def _compare(self, generation: int, versions: dict[str, int],
                 person_versions: dict[str, int], counts: dict[str, int]) -> None:
        if generation != self._generation or self._loading:
            self._check_done()  # a load or a lock came in between: this reading is stale
            return
        model = self._model
        changed, gone = changed_ids(model, versions)
        # Rows saved or deleted here after the job read are newer than what it read.
        changed -= self._touched
        gone = [i for i in gone if i not in self._touched]
        shown = {row.id: row for row in model.rows()}
        # Attachments added or removed elsewhere change no incident's version, only a count.
        counts_now = {i: counts.get(i, 0) for i in shown if i not in self._touched}.items()
        counts_shown = model.attachment_counts(
            {i: r for i, r in shown.items() if i not in self._touched}).items()
        changed |= {i for i, _ in set(counts_now) ^ set(counts_shown) if i in versions}
        persons = {i for i, v in person_versions.items() if self._person_versions.get(i) != v}
        persons |= set(self._person_versions) - set(person_versions)
        if persons:
            changed |= {row.id for row in shown.values()
                        if any(p.person_id in persons for p in row.head.persons)}
        if len(changed) + len(gone) > MAX_ROWS_ONE_BY_ONE:
            self._checking, self._check_again = None, False
            self.reload_in_background(self._pool)  # which refreshes once it is applied
            return
        try:
            if persons:
                model.set_person_names(self._names_of(i for i in persons
                                                      if i in person_versions))
            for incident_id in gone:
                model.remove(incident_id)
            for incident_id in changed:
                self._show_current(incident_id, counts)
        except StorageError:
            self._check_done()
            return  # the next change check tries again
        self._person_versions = person_versions
        self._check_done()

    def _show_current(self, incident_id: str, counts: dict[str, int]) -> None:
        try:
            entry = self._service.get_incident(incident_id)
        except RecordNotFoundError:
            self._model.remove(incident_id)
            return
        known = self._model.person_names()  # a copy: taken once, not per linked person
        missing = [p.person_id for p in entry.value.persons if p.person_id not in known]
        if missing:  # e.g. created in the editor
            self._model.set_person_names(self._names_of(missing))
        self._model.set_attachment_count(incident_id, counts.get(incident_id, 0))
        self._model.upsert(listed(entry))
        if incident_id in self._unreadable:
            self._unreadable.discard(incident_id)
            self.failures_changed.emit(self._failures + len(self._unreadable))

    def _names_of(self, person_ids: Iterable[str]) -> dict[str, str]:
        """The contacts' names; one deleted since an incident linked it has none (the link
        stays: it is history)."""
        names = {}
        for person_id in person_ids:
            with contextlib.suppress(RecordNotFoundError):
                names[person_id] = self._service.get_person(person_id).value.display_name
        return names

    # -- lock -----------------------------------------------------------------------------
    def clear(self) -> None:
        """Drop every decrypted value; a load still running counts for nothing."""
        self._generation += 1
        self._cancel_folding()
        self._set_loading(False)
        self._person_versions = {}
        self._model.clear()
        self.failures_changed.emit(0)
