"""After unlocking: the drafts an automatic lock kept for this user (ui/drafts.py) are offered
with one question, and opened in editors on "Öffnen" — a new record's in a new editor, an
edit over its record as stored now — each showing the input as it was typed, unsaved. On
"Später" they stay for the next unlock. Draft files that cannot be read stay where they are
(the integrity check does not look at them; support can) and are counted in a note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar, cast

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication

from app import drafts
from app.drafts import FormDraft
from app.entries import Entry
from app.errors import RecordNotFoundError, StorageError
from app.service import VaultService
from ui.contacts.editor import ContactEditor
from ui.dialogs import Dialogs
from ui.form_codec import decode
from ui.incidents.editor import IncidentEditor
from ui.messages import describe

if TYPE_CHECKING:
    from ui.contacts.form_state import ContactForm
    from ui.incidents.form import IncidentForm
    from ui.main_window import MainWindow

Editor = IncidentEditor | ContactEditor
E = TypeVar("E", IncidentEditor, ContactEditor)
T = TypeVar("T", bound=BaseModel)


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
    opened = (_incident_editor(window, service, dialogs, draft.record_id)
              if draft.kind == "incident"
              else _contact_editor(window, service, dialogs, draft.record_id))
    if opened is None:
        return False
    editor, gone = opened
    try:
        # JSON from a file: restore_draft refuses a form it cannot show, or a value that is
        # no form at all (KeyError, TypeError, ValueError).
        form = decode(draft.form)
        if isinstance(editor, IncidentEditor):
            editor.restore_draft(draft.id, cast("IncidentForm", form), draft.version, gone)
        else:
            editor.restore_draft(draft.id, cast("ContactForm", form), draft.version, gone)
    except (KeyError, TypeError, ValueError, StorageError):
        # Not a form this version of the app can show: the draft stays for support.
        editor.drop_data()
        editor.close()
        return False
    return True


def _stored(read: Callable[[str], Entry[T]],
            record_id: str | None) -> tuple[Entry[T] | None, bool] | None:
    """The record a draft edits as stored now (None for a new record), and whether it was
    deleted meanwhile (the input then becomes a new record); None when it cannot be read."""
    if record_id is None:
        return None, False
    try:
        return read(record_id), False
    except RecordNotFoundError:
        return None, True
    except StorageError:
        return None


def _unchanged(editors: Sequence[E], record_id: str) -> E | None:
    """The editor already open on the record (unlocking reopens them) if it holds no input of
    its own: the draft goes there, else into a second one."""
    for editor in editors:
        if (editor.record_id() == record_id and editor.draft.id is None
                and not editor.has_unsaved_changes()):
            return editor
    return None


def _incident_editor(window: MainWindow, service: VaultService, dialogs: Dialogs,
                     record_id: str | None) -> tuple[IncidentEditor, bool] | None:
    """The editor for an incident's draft, and whether its record was deleted meanwhile."""
    stored = _stored(service.get_incident, record_id)
    if stored is None:
        return None
    entry, gone = stored
    pane = window.incidents
    if entry is None:
        return pane.new_incident(), gone
    editor = _unchanged(pane.editors(), entry.id)
    if editor is None:
        editor = pane.show_editor(IncidentEditor(service, dialogs, entry, pane))
    return editor, gone


def _contact_editor(window: MainWindow, service: VaultService, dialogs: Dialogs,
                    record_id: str | None) -> tuple[ContactEditor, bool] | None:
    """The editor for a contact's draft, and whether its record was deleted meanwhile."""
    stored = _stored(service.get_person, record_id)
    if stored is None:
        return None
    entry, gone = stored
    pane = window.contacts
    if entry is None:
        return pane.new_contact(), gone
    editor = _unchanged(pane.editors(), entry.id)
    if editor is None:
        editor = pane.show_editor(ContactEditor(service, dialogs, entry, pane))
    return editor, gone
