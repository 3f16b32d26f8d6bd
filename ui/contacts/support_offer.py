"""The offer of the shipped Saxony support contacts (app/support_contacts.py) that are missing
from the directory; its texts belong to the contacts pane, which offers them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain import Person
from app.errors import StorageError
from app.service import VaultService
from app.support_contacts import missing_support_contacts, offer_support_contacts
from ui.dialogs import Dialogs
from ui.messages import describe


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactsPane", text)


def ask_and_add_support_contacts(service: VaultService, dialogs: Dialogs, parent: QWidget,
                                 present: list[Person] | None = None) -> bool | None:
    """Ask whether to add the missing shipped contacts, and add them: whether any were added,
    or None when none are missing or the user declined (nothing was tried). `present`: the
    contacts already in memory (the list's); read from the vault when not given."""
    if present is None:
        try:
            present = [entry.value for entry in service.list_persons().entries]
        except StorageError as exc:
            dialogs.error(parent, describe(exc))
            return None
    if not missing_support_contacts(present):
        return None
    if not dialogs.confirm(parent, tr("Sollen die Hilfe- und Beratungsstellen für Sachsen "
                                      "(bitte prüfen) in Ihre Kontakte übernommen werden?"),
                           tr("Übernehmen")):
        return None
    try:
        added = offer_support_contacts(service)
    except StorageError as exc:
        dialogs.error(parent, describe(exc))
        added = []
    return bool(added)
