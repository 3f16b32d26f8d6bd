"""Bringing a loaded list up to date by reading only the records that changed: the vault
says each record's version without decrypting anything (VaultService.versions), so a save
here or elsewhere costs one record read, not a reload of thousands on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from pydantic import BaseModel

from app.entries import Entry
from app.errors import RecordNotFoundError
from ui.table_model import RecordTableModel

T = TypeVar("T", bound=BaseModel)


class Versioned(Protocol):
    """A listed record: an Entry, or a Listed incident."""

    @property
    def id(self) -> str: ...

    @property
    def version(self) -> int: ...


V = TypeVar("V", bound=Versioned)

# More changed records than this and one background load is cheaper than one by one.
MAX_ROWS_ONE_BY_ONE = 200


def changed_ids(model: RecordTableModel[V], versions: dict[str, int]) -> tuple[set[str],
                                                                              list[str]]:
    """(ids new or at another version, ids no longer there) between model and vault."""
    shown = {row.id: row.version for row in model.rows()}
    changed = {i for i, version in versions.items() if shown.get(i) != version}
    return changed, [i for i in shown if i not in versions]


def bring_up_to_date(model: RecordTableModel[Entry[T]], versions: dict[str, int],
                     fetch: Callable[[str], Entry[T]]) -> int | None:
    """Show the vault's current state of each changed record and say how many there were;
    None (nothing done) when so many changed that a whole new load is the better way.
    StorageError passes through."""
    changed, gone = changed_ids(model, versions)
    if len(changed) + len(gone) > MAX_ROWS_ONE_BY_ONE:
        return None
    for record_id in gone:
        model.remove(record_id)
    for record_id in changed:
        try:
            model.upsert(fetch(record_id))
        except RecordNotFoundError:  # deleted meanwhile
            model.remove(record_id)
    return len(changed) + len(gone)
