"""After unlocking: the drafts an automatic lock kept for this user (ui/drafts.py) are offered
with one question, and opened in editors on "Öffnen" — a new record's in a new editor, an
edit over its record as stored now — each showing the input as it was typed, unsaved. On
"Später" they stay for the next unlock. Draft files that cannot be read stay where they are
(the integrity check does not look at them; support can) and are counted in a note."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import drafts
from app.drafts import FormDraft
from app.errors import RecordNotFoundError, StorageError
from app.service import VaultService
from ui.contacts.editor import ContactEditor
from ui.dialogs import Dialogs
from ui.form_codec import decode
from ui.incidents.editor import IncidentEditor
from ui.messages import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Editor = IncidentEditor | ContactEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("DraftOffer", text)


def pending_drafts(service: VaultService) -> tuple[list[FormDraft], list[str]]:
    """The unlocked user's drafts, and notes about draft files that cannot be read."""
    try:
        found, damaged = drafts.pending(service)
    except StorageError as exc:
        return [], [tr("Die beim automatischen Sperren aufbewahrten Entwürfe konnten nicht "
                       "gelesen werden: {0}").format(describe(exc))]
    if not damaged:
        return found, []
    if len(damaged) == 1:
        note = tr("Ein beim automatischen Sperren aufbewahrter Entwurf ist beschädigt und kann "
                  "nicht geöffnet werden; er bleibt unverändert im Ordner „drafts“ des Tresors, "
                  "wo ihn der Support untersuchen kann.")
    else:
        note = tr("{0} beim automatischen Sperren aufbewahrte Entwürfe sind beschädigt und "
                  "können nicht geöffnet werden; sie bleiben unverändert im Ordner „drafts“ des "
                  "Tresors, wo der Support sie untersuchen kann.").format(len(damaged))
    return found, [note]


def offer_drafts(window: MainWindow, service: VaultService, dialogs: Dialogs,
                 found: list[FormDraft], still_unlocked: Callable[[], bool]) -> None:
    """Ask once whether to open the drafts now, and open them (`still_unlocked`: False
    when an automatic lock came while the question was open)."""
    if len(found) == 1:
        question = tr("Beim automatischen Sperren wurde eine Eingabe als Entwurf aufbewahrt, "
                      "weil sie sich nicht speichern ließ. Jetzt öffnen?")
    else:
        question = tr("Beim automatischen Sperren wurden {0} Eingaben als Entwurf aufbewahrt, "
                      "weil sie sich nicht speichern ließen. Jetzt öffnen?").format(len(found))
    if not dialogs.ask(window, question, tr("Öffnen"), tr("Später")) or not still_unlocked():
        return
    failed = sum(not open_draft(window, service, dialogs, draft) for draft in found)
    if failed:
        dialogs.info(window, tr("{0} der Entwürfe konnten nicht geöffnet werden; sie bleiben "
                                "aufbewahrt und werden beim nächsten Entsperren wieder "
                                "angeboten.").format(failed))


def open_draft(window: MainWindow, service: VaultService, dialogs: Dialogs,
               draft: FormDraft) -> bool:
    """Open one draft in an editor; False if it cannot be shown (it stays on disk)."""
    incident = draft.kind == "incident"
    read: Callable[[str], Any] = service.get_incident if incident else service.get_person
    entry, gone = None, False
    if draft.record_id is not None:
        try:
            entry = read(draft.record_id)
        except RecordNotFoundError:
            gone = True  # deleted meanwhile: the input becomes a new record
        except StorageError:
            return False
    editor = _editor(window, service, dialogs, entry, incident)
    try:
        editor.restore_draft(draft.id, decode(draft.form), draft.version, gone)
    except (KeyError, TypeError, ValueError, StorageError):
        # Not a form this version of the app can show: the draft stays for support.
        editor.drop_data()
        editor.close()
        return False
    return True


def _editor(window: MainWindow, service: VaultService, dialogs: Dialogs, entry: Any,
            incident: bool) -> Editor:
    """An editor for the draft: a new one for a new record; for a stored record the editor
    already open (unlocking reopens them) when it holds no input of its own, else a second."""
    pane: Any = window.incidents if incident else window.contacts
    if entry is None:
        return pane.new_incident() if incident else pane.new_contact()
    for editor in pane.editors():
        if (editor.record_id() == entry.id and editor.draft.id is None
                and not editor.has_unsaved_changes()):
            return editor
    kind = IncidentEditor if incident else ContactEditor
    return pane.show_editor(kind(service, dialogs, entry, pane))
