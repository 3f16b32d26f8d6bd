"""An editor's side of drafts (app/drafts.py): when the app locks itself and an editor's input
cannot be saved (no title, an invalid field, an edit over a change made elsewhere), the input
is sealed as a draft instead of being dropped, and offered after the same user unlocks again
(ui/draft_offer.py). An editor opened from a draft holds its id; the draft file goes once that
input is saved or discarded, and a later automatic lock replaces it (never a duplicate)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app import drafts
from app.errors import StorageError
from app.service import VaultService
from ui.form_codec import encode
from ui.messages import describe

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


class EditorDraft:
    """The draft an editor's input came from (None: not from a draft), kind "incident" or
    "person"."""

    def __init__(self, service: VaultService, kind: str) -> None:
        self._service = service
        self._kind = kind
        self.id: str | None = None

    def keep(self, record_id: str | None, version: int | None,
             form: Mapping[str, object]) -> Exception | None:
        """Seal `form` (the editor's collect()) as a new draft, which replaces the draft the
        input came from; the editor is closing. Returns what went wrong, or None."""
        try:
            drafts.keep(self._service, self._kind, record_id, version, encode(form))
        except (StorageError, OSError, TypeError, ValueError) as exc:  # the lock goes on
            return exc
        self.settle()
        return None

    def settle(self) -> None:
        """The input was saved, discarded or kept anew: its old draft is no longer needed."""
        if self.id is None:
            return
        draft_id, self.id = self.id, None
        try:
            drafts.discard(self._service, draft_id)
        except StorageError as exc:
            # Nothing is lost: the draft stays and is offered again at the next unlock.
            log.warning("a handled draft could not be removed: %s", type(exc).__name__)


def draft_note(what: str, reason: str, failure: Exception | None) -> str:
    """The note shown after unlocking about input an automatic lock could not save: `what`
    is "einem neuen Vorfall" or the like (no data from the vault: the note outlives the
    lock), `reason` why the save failed, `failure` why keeping the draft failed (or None)."""
    if failure is None:
        return tr("Die Eingaben in {0} wurden beim automatischen Sperren als verschlüsselter "
                  "Entwurf aufbewahrt und werden nach dem Entsperren durch denselben Benutzer "
                  "zum Öffnen angeboten, weil sie sich nicht speichern ließen: {1}").format(
            what, reason)
    return tr("Die Eingaben in {0} gingen beim automatischen Sperren verloren, weil sie sich "
              "weder speichern noch als Entwurf aufbewahren ließen: {1}").format(
        what, describe(failure))
