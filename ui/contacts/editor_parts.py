"""Pieces of the contact editor without widgets: what a failed save means in German (texts in
the editor's translation context, "ContactEditor") and date helpers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from app.errors import InputCode, InvalidInputError, StorageError
from ui.messages import describe


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


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def local_time(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def close_editors_for_lock(editors: list[Any], ask: bool, notes: list[str]) -> None:
    """Close contact editors for a lock (ContactEditor.close_for_lock), keeping the notes an
    auto-lock leaves (input kept as a draft, or lost) in `notes`."""
    for editor in list(editors):
        editor.close_for_lock(ask)
        note = editor.lock_note()
        if note:
            notes.append(note)
