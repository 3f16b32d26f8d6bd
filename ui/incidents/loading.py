"""Loading the incident list. A full load (fetch_full) prepares everything at once; a quick
load (fetch_quick) brings only what the list shows on screen, and its search texts follow
(SearchTextMaker): the names of linked persons in a small background job, then the folding
on the GUI thread in slices (ui.worker.Sliced). In a background job the folding made every
Qt-to-Python call of the painting GUI thread wait for the GIL: 0.6-0.9 s stalls on 10,000
incidents. Unlock to the list of 10,000 shown took 2.5-4 s when everything came first."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.domain import Incident
from app.entries import Entry, Listing
from app.search import fold
from app.service import VaultService
from ui import labels
from ui.incidents.model import IncidentTableModel
from ui.table_model import Prepared
from ui.worker import Job, Sliced


@dataclass(frozen=True)
class Loaded:
    """What a (background) load hands to the GUI thread."""

    listing: Listing[Incident]
    counts: dict[str, int]
    names: dict[str, str] | None = None  # None: a quick load; search texts follow
    prepared: Prepared | None = None


def fetch_full(service: VaultService, model: IncidentTableModel) -> Loaded:
    """Read and decrypt everything the list shows, prepared (touches no widget)."""
    listing = service.list_incidents()
    counts = service.attachment_counts()
    names = {e.id: e.value.display_name for e in service.list_persons().entries}
    return Loaded(listing, counts, names, model.prepare(listing.entries, names))


def fetch_quick(service: VaultService) -> Loaded:
    """Only what the list needs on screen: cells and keys are made as rows are painted or
    sorted, the search texts by a SearchTextMaker."""
    return Loaded(service.list_incidents(), service.attachment_counts())


class SearchTextMaker(QObject):
    """Makes the folded search texts of one load; `ready(rows, names, folded)` when done.
    `cancel()` stops it: it holds decrypted rows, so a lock must end it."""

    ready = Signal(object, object, object)

    def __init__(self, service: VaultService, model: IncidentTableModel,
                 rows: list[Entry[Incident]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._model, self._rows = service, model, rows
        self._folding: Sliced | None = None
        self._cancelled = False

    def start(self, pool: QThreadPool | None) -> None:
        service = self._service

        def work(_progress: object, _cancelled: object) -> dict[str, str]:
            return {e.id: e.value.display_name for e in service.list_persons().entries}

        job = Job(work, self)
        job.succeeded.connect(self._fold)
        job.failed.connect(lambda _exc: self._fold({}))  # search without the names, then
        job.start(pool)

    def cancel(self) -> None:
        self._cancelled = True
        if self._folding is not None:
            self._folding.cancel()
        self._rows = []

    def _fold(self, names: dict[str, str]) -> None:
        if self._cancelled:
            return
        rows, model = self._rows, self._model

        def steps() -> Generator[None, None, list[str]]:
            folded: list[str] = []
            with labels.remembered():
                for row in rows:
                    folded.append(fold(model.search_text_with(row, names)))
                    yield
            return folded

        self._folding = Sliced(steps(), self)
        self._folding.finished.connect(lambda folded: self.ready.emit(rows, names, folded))
        self._folding.start()
