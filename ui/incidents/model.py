"""The incident list as a table model: built without widgets, tested without
widgets. Rows are the service's Listed incidents: columns, sorting and filters use only each
row's head, the search texts the full incident (made once per load, see loading.py).
Attachment counts and person names come alongside, so the list can show and search them
without opening more records."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt

from app.domain import Incident, IncidentHead
from app.entries import INCIDENT, Entry, Listed
from app.errors import StorageError
from app.query import IncidentQuery
from app.texts import dates
from ui import labels
from ui.table_model import Column, Index, Prepared, RecordTableModel

Row = Listed[IncidentHead, Incident]
Shown = IncidentHead | Incident  # what the list's texts read: the head has the same fields



def listed(entry: Entry[Incident]) -> Row:
    """A row for an incident read in full (after a save)."""
    return Listed.of(entry, INCIDENT, IncidentHead.of(entry.value))


def occurred_text(incident: Shown) -> str:
    """'≈ 12.03.2026 09:30' or '12.03.2026 – 14.03.2026' (a span)."""
    text = dates.point(incident.occurred)
    if incident.occurred_to is not None:
        text += " – " + dates.point(incident.occurred_to)
    return text


def occurred_sort_key(entry: Row) -> str:
    # Chronological whatever the precision: an untimed day sorts before the timed events of
    # that day; the id keeps equal moments in a stable order. One ISO string, because it
    # passes through Qt's variant unchanged and compares in date order.
    date, time = entry.head.occurred.sort_key()
    return f"{date.isoformat()}T{time.isoformat()}|{entry.id}"


def row_filter(query: IncidentQuery) -> Callable[[Row], bool] | None:
    """The list's filter for `query` (app/query.py, the same rule as every export), or None
    when it lets every row through. Words are not part of it: the list matches them against
    its own search texts, which also hold what it shows in German."""
    plain = query.without_text()
    if plain.is_empty():
        return None
    return lambda row: plain.matches(row.id, row.head)


class IncidentTableModel(RecordTableModel[Row]):
    DATE, TITLE, CATEGORIES, CHANNEL, STATUS, ATTACHMENTS = range(6)

    def __init__(self) -> None:
        self._attachments: dict[str, int] = {}
        self._person_names: dict[str, str] = {}
        columns = [
            Column(self.tr("Datum"), lambda r: occurred_text(r.head), occurred_sort_key),
            Column(self.tr("Titel"), lambda r: r.head.title),
            Column(self.tr("Kategorien"), lambda r: self.categories_text(r.head)),
            Column(self.tr("Kanal"), lambda r: self.channel_text(r.head)),
            Column(self.tr("Verfahrensstand"), lambda r: self.status_text(r.head)),
            Column(self.tr("Anhänge"), lambda r: str(self.attachment_count(r.id)),
                   lambda r: self.attachment_count(r.id)),
        ]
        super().__init__(columns, row_id=lambda r: r.id, search_text=self._search_text)

    def set_rows(self, rows: Sequence[Row], prepared: Prepared | None = None,
                 search_texts_follow: bool = False, *,
                 attachment_counts: Mapping[str, int] | None = None,
                 person_names: Mapping[str, str] | None = None) -> None:
        """The base's set_rows, with the attachment counts and contact names the rows are
        shown and searched with (keywords: a caller that knows only the base passes none)."""
        self._attachments = dict(attachment_counts or {})
        self._person_names = dict(person_names or {})
        rows = rows if isinstance(rows, list) else list(rows)
        if prepared is None or len(prepared.cells) != len(rows):
            prepared = self.prepare(rows, person_names=self._person_names)
        else:
            # The counts come with the listing, not with the rows (a background job may have
            # prepared them before): that column follows the counts just set.
            prepared.keys.pop(self.ATTACHMENTS, None)
            for number, cells in enumerate(prepared.cells):
                if cells is not None:
                    cells[self.ATTACHMENTS] = str(self._attachments.get(rows[number].id, 0))
        super().set_rows(rows, prepared, search_texts_follow)

    def bulk(self) -> contextlib.AbstractContextManager[None]:
        return labels.remembered()

    def person_names(self) -> dict[str, str]:
        return dict(self._person_names)

    def set_person_names(self, names: Mapping[str, str]) -> None:
        """Names of contacts for the search texts made from now on (upsert, a new load)."""
        self._person_names.update(names)

    def prepare(self, rows: Sequence[Row], search_text: Callable[[Row], str] | None = None, *,
                person_names: Mapping[str, str] | None = None,
                unreadable: list[str] | None = None) -> Prepared:
        """Cells, keys and folded search texts for `rows`, without touching the model: safe
        to run in a background job, whose result goes to set_rows(..., prepared). The search
        texts name the contacts of `person_names` (default: the model's)."""
        names = self._person_names if person_names is None else person_names
        with labels.remembered():
            return super().prepare(rows, search_text or (
                lambda row: self.row_search_text(row, names, unreadable)))

    def clear(self) -> None:
        self.set_rows([])

    def attachment_counts(self, ids: Iterable[str]) -> dict[str, int]:
        return {i: self._attachments.get(i, 0) for i in ids}

    def set_attachment_count(self, incident_id: str, count: int) -> None:
        """Takes effect with the row's next upsert (its cells and keys are made then)."""
        self._attachments[incident_id] = count

    def attachment_count(self, incident_id: str) -> int:
        return self._attachments.get(incident_id, 0)

    def entry(self, incident_id: str) -> Row | None:
        return self.find(incident_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ATTACHMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    # -- texts ------------------------------------------------------------------------------
    @staticmethod
    def categories_text(incident: Shown) -> str:
        return ", ".join(labels.category(c) for c in incident.categories)

    @staticmethod
    def channel_text(incident: Shown) -> str:
        name = labels.channel(incident.channel)
        if incident.platform:
            return f"{name} ({incident.platform})" if name else incident.platform
        return name

    def status_text(self, incident: Shown) -> str:
        text = labels.outcome(incident.case.outcome)
        if incident.case.reported:
            text += self.tr(", angezeigt")
        return text

    def _search_text(self, row: Row) -> str:
        return self.row_search_text(row, self._person_names)

    def row_search_text(self, row: Row, person_names: Mapping[str, str],
                        unreadable: list[str] | None = None) -> str:
        """The search text of a row's full incident; of its head when this version of the
        app cannot read the rest (its id goes to `unreadable`: the list counts those, and
        opening one explains why)."""
        try:
            incident = row.full()
        except StorageError:
            if unreadable is not None:
                unreadable.append(row.id)
            return self.head_search_text(row.head, person_names)
        return self.search_text_with(incident, person_names)

    def head_search_text(self, head: IncidentHead, person_names: Mapping[str, str]) -> str:
        return "\n".join((head.title, *self._shown_texts(head), *self._names(head, person_names)))

    def search_text_with(self, incident: Incident, person_names: Mapping[str, str]) -> str:
        # Every text field, plus what the list shows in German (labels, dates) and the names
        # of linked persons, so "Müller" or "Bedrohung" find what a person would expect.
        return "\n".join((incident.search_text(), *self._shown_texts(incident),
                          labels.place_kind(incident.place_kind),
                          labels.motivation(incident.motivation),
                          *self._names(incident, person_names)))

    def _shown_texts(self, incident: Shown) -> tuple[str, ...]:
        return (occurred_text(incident), self.categories_text(incident),
                self.channel_text(incident), self.status_text(incident))

    @staticmethod
    def _names(incident: Shown, person_names: Mapping[str, str]) -> list[str]:
        return [person_names.get(p.person_id, "") for p in incident.persons]
