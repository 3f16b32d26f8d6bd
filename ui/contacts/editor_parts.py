"""Pieces of the contact editor without widgets: what a failed save means in German (texts in
the editor's translation context, "ContactEditor")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NotRequired, Protocol, TypedDict

from PySide6.QtCore import QCoreApplication

from app.errors import InputCode, InvalidInputError, StorageError
from ui.messages import describe


class ContactInput(TypedDict):
    """The contact form as the core's input (ContactFormState.form_data)."""

    name: str
    organisation: str
    function: str
    phones: list[str]
    emails: list[str]
    web: list[str]
    address: str
    handles: list[dict[str, str]]
    vehicle_plates: list[str]
    notes: str
    source: str
    checked_on: dt.date | None
    needs_check: bool
    kind: NotRequired[str]  # a PersonKind's value; none chosen yet: the core says it is missing


class ClosesForLock(Protocol):
    """A contact editor, as far as locking is concerned."""

    def close_for_lock(self, ask: bool) -> None: ...

    def lock_note(self) -> str: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactEditor", text)


def explain(exc: StorageError, with_values: bool) -> str:
    """One German sentence for a failed save; `with_values` allows quoting the entry. The
    model's own checks are said as the editor asks for them; the rest as everywhere."""
    if isinstance(exc, InvalidInputError):
        if exc.code is InputCode.CONTACT_WITHOUT_NAME:
            return tr("Bitte geben Sie einen Namen oder eine Organisation an.")
        if exc.code is InputCode.NOT_AN_EMAIL:
            if with_values:
                return tr("„{0}“ ist keine gültige E-Mail-Adresse.").format(exc.params["value"])
            return tr("Eine E-Mail-Adresse ist ungültig.")
        if exc.field == "kind" and exc.code is InputCode.MISSING:
            return tr("Bitte wählen Sie die Art des Kontakts.")
    return describe(exc)






def close_editors_for_lock(editors: Sequence[ClosesForLock], ask: bool,
                           notes: list[str]) -> None:
    """Close contact editors for a lock (ContactEditor.close_for_lock), keeping the notes an
    auto-lock leaves (input kept as a draft, or lost) in `notes`."""
    for editor in list(editors):
        editor.close_for_lock(ask)
        note = editor.lock_note()
        if note:
            notes.append(note)
