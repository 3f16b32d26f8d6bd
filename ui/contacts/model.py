"""The contact list's table model: one row per stored contact (Entry[Person])."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import Person, PersonKind
from app.entries import Entry
from app.texts import dates
from ui import labels
from ui.table_model import Column, Index, RecordTableModel

ContactRow = Entry[Person]
NEEDS_CHECK = QColor("#fff4ce")  # the editor's "bitte prüfen" banner colour
Predicate = Callable[[ContactRow], bool] | None

# The contact list's kind filter: key -> which rows it keeps.
FILTERS: dict[str, Predicate] = {
    "all": None,
    "support": lambda row: row.value.kind.is_support,
    "involved": lambda row: row.value.kind.is_involved,
    "own": lambda row: row.value.kind == PersonKind.OWN_ORGANISATION,
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactTableModel", text)


def status(person: Person) -> str:
    if person.needs_check:
        return tr("bitte prüfen")
    if person.checked_on is not None:
        return tr("geprüft am {0}").format(dates.day(person.checked_on))
    return ""


def _status_sort(row: ContactRow) -> tuple[int, str]:
    # Contacts that need checking first, then checked ones, oldest check first (those are
    # the next to look at again).
    person = row.value
    if person.needs_check:
        return (0, "")
    if person.checked_on is not None:
        return (1, person.checked_on.isoformat())
    return (2, "")


def search_text(row: ContactRow) -> str:
    """The person's own fields plus what the table shows (kind label, status), so typing
    "Polizei" or "bitte prüfen" finds what the user sees."""
    person = row.value
    return "\n".join((person.search_text(), person.source, labels.person_kind(person.kind),
                      status(person)))


class ContactTableModel(RecordTableModel[ContactRow]):
    NAME, KIND, PHONE, EMAIL, STATUS = range(5)

    def __init__(self) -> None:
        super().__init__(
            [
                Column(tr("Name"), lambda r: r.value.display_name),
                Column(tr("Art"), lambda r: labels.person_kind(r.value.kind)),
                Column(tr("Telefon"), lambda r: ", ".join(r.value.phones)),
                Column(tr("E-Mail"), lambda r: ", ".join(r.value.emails)),
                Column(tr("Status"), lambda r: status(r.value), _status_sort),
            ],
            row_id=lambda r: r.id,
            search_text=search_text,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # "bitte prüfen" stands out in the list as it does in the editor.
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and index.column() == self.STATUS and index.row() < self.rowCount()
                and self.row_at(index.row()).value.needs_check):
            return QBrush(NEEDS_CHECK)
        return super().data(index, role)
