"""Loading the incident list. A quick load (fetch_quick, in a background job) reads only each
incident's head (what the list shows, sorts and filters by) and the names of the contacts;
after the list's first paint, a SearchTextMaker reads each incident in full from the bytes
the load kept and folds its search text, on the GUI thread in slices (ui.worker.Sliced).

Why this shape, measured on 10,000 incidents: validating every incident in full took 0.7 s
of the 1.1-1.5 s from unlock to the list, heads take a third of that. Folding in a background
job made every Qt-to-Python call of the painting GUI thread wait for the GIL (0.6-0.9 s
stalls); a second job for the names met the first repaint (up to 180 ms). fetch_full does
everything at once, for the synchronous reload() of tests and screenshots."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.domain import Incident, IncidentHead
from app.entries import ListedHeads
from app.search import fold
from app.service import VaultService
from ui import labels
from ui.incidents.model import IncidentTableModel, Row, occurred_sort_key
from ui.table_model import Prepared, SortKey
from ui.worker import Sliced


@dataclass(frozen=True)
class Loaded:
    """What a (background) load hands to the GUI thread."""

    listing: ListedHeads[IncidentHead, Incident]
    counts: dict[str, int]
    names: dict[str, str]  # contact id -> display name
    prepared: Prepared  # folded None: a quick load, whose search texts follow
    unreadable: list[str] = field(default_factory=list)  # readable only in part (full load)


def person_names(service: VaultService) -> dict[str, str]:
    return {e.id: e.value.display_name for e in service.list_persons().entries}


def fetch_full(service: VaultService, model: IncidentTableModel) -> Loaded:
    """Read and decrypt everything the list shows and searches, prepared (no widget)."""
    listing = service.list_incident_heads()
    names = person_names(service)
    unreadable: list[str] = []
    prepared = model.prepare(listing.entries, person_names=names, unreadable=unreadable)
    return Loaded(listing, service.attachment_counts(), names, prepared, unreadable)


def fetch_quick(service: VaultService) -> Loaded:
    """Only what the list needs on screen: the sort keys of the date column (the list's
    first order: 50 ms of the GUI thread for 10,000), the rest made as rows are painted or
    sorted, the search texts by a SearchTextMaker."""
    listing = service.list_incident_heads()
    rows = listing.entries
    keys: dict[int, list[SortKey]] = {
        IncidentTableModel.DATE: [(0, occurred_sort_key(r)) for r in rows]}
    return Loaded(listing, service.attachment_counts(), person_names(service),
                  Prepared(None, [None] * len(rows), keys))


class SearchTextMaker(QObject):
    """Makes the folded search texts of one load on the GUI thread in slices;
    `ready(rows, folded, unreadable)` when done, `unreadable` the ids of incidents this
    version cannot read in full (searched by their head). `cancel()` stops it: it holds
    decrypted rows, so a lock must end it."""

    ready = Signal(object, object, object)

    def __init__(self, model: IncidentTableModel, rows: list[Row], names: dict[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model, self._rows, self._names = model, rows, names
        self._folding: Sliced | None = None

    def start(self) -> None:
        rows, names, model = self._rows, self._names, self._model
        unreadable: list[str] = []

        def steps() -> Generator[None, None, list[str]]:
            folded: list[str] = []
            with labels.remembered():
                for row in rows:
                    folded.append(fold(model.row_search_text(row, names, unreadable)))
                    yield
            return folded

        self._folding = Sliced(steps(), self)
        self._folding.finished.connect(lambda folded: self.ready.emit(rows, folded, unreadable))
        self._folding.start()

    def cancel(self) -> None:
        if self._folding is not None:
            self._folding.cancel()
        self._rows, self._names = [], {}
