"""The incident editor: a non-modal window with every field of an incident, in tabs that fit
a laptop screen. It never loses input silently: closing asks, a conflicting save is refused
and the input stays, a change made elsewhere shows a banner instead of reloading, and input an
automatic lock cannot save is kept as a sealed draft (ui/drafts.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Incident
from app.entries import Entry
from app.errors import ConflictError, StorageError
from app.service import VaultService
from app.texts import dates
from ui.close_plan import ClosePlan, Purpose, ask_about_adding
from ui.dialogs import Choice, Dialogs
from ui.drafts import EditorDraft, draft_note
from ui.incidents.account_tab import AccountSection
from ui.incidents.case_widget import CaseSection
from ui.incidents.classification_tab import ClassificationSection
from ui.incidents.consequences_tab import ConsequencesSection
from ui.incidents.date_checks import answers, question, unlikely_dates
from ui.incidents.form import (
    FormError,
    FormSection,
    IncidentForm,
    explain_failure,
    focus_field,
)
from ui.incidents.general_tab import GeneralSection
from ui.incidents.hints import ChangedElsewhereBanner, DeadlineHintView, deadline_hint
from ui.incidents.persons_widget import PersonsSection
from ui.messages import describe
from ui.widgets import fit_to_screen, scrollable

if TYPE_CHECKING:
    from ui.attachments.panel import AttachmentsPanel


class IncidentEditor(QWidget):
    saved = Signal(str)  # the record id, after every successful save
    attachments_changed = Signal(str)  # the record id, after attachments were added/deleted
    closed = Signal()

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 entry: Entry[Incident] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 960, 640)  # fits 1366x768 with a task bar and window frame
        self._service = service
        self._dialogs = dialogs
        self._entry = entry
        self._baseline: IncidentForm = {}
        self._closing = False  # set once the decision to close is made (no second question)
        self._close_when_added = False  # the user closed and chose to wait for files
        self._loading = False
        self.lock_note: str | None = None
        self.attachments_panel: AttachmentsPanel | None = None
        self.draft = EditorDraft(service, "incident")

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Kurzer Titel, z. B. „Drohbrief im "
                                                   "Briefkasten des Rathauses“"))
        self.deadline = DeadlineHintView()
        self.banner = ChangedElsewhereBanner()
        self.general = GeneralSection()
        self.classification = ClassificationSection(service, dialogs)
        self.account = AccountSection()
        self.persons = PersonsSection(service, dialogs)
        self.consequences = ConsequencesSection()
        self.case = CaseSection()
        self.sections: list[FormSection] = [self.general, self.classification, self.account,
                                            self.persons, self.consequences, self.case]
        self.tabs = QTabWidget()
        tabs: list[tuple[FormSection, str]] = [
            (self.general, self.tr("Wann und wo")), (self.classification, self.tr("Einordnung")),
            (self.account, self.tr("Schilderung")), (self.persons, self.tr("Personen")),
            (self.consequences, self.tr("Folgen")), (self.case, self.tr("Verfahren"))]
        for page, name in tabs:
            self.tabs.addTab(scrollable(page), name)
        self.attachments: QWidget = self._make_attachments_panel()
        self.tabs.addTab(self.attachments, self.tr("Anhänge"))

        self.status_label = QLabel()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.close_button = QPushButton(self.tr("Schließen"))

        title_row = QHBoxLayout()
        title_caption = QLabel(self.tr("&Titel:"))
        title_caption.setBuddy(self.title_edit)
        title_row.addWidget(title_caption)
        title_row.addWidget(self.title_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(title_row)
        layout.addWidget(self.deadline)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._fields: dict[str, QWidget] = {"title": self.title_edit}
        for section in self.sections:
            self._fields.update(section.field_widgets())
            section.changed.connect(self._on_changed)
        self.title_edit.textChanged.connect(self._on_changed)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.banner.reload_requested.connect(self.reload_from_vault)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Esc closes the window, asking first when something is unsaved (closeEvent).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._load(entry)

    # -- public API ---------------------------------------------------------------------------
    def record_id(self) -> str | None:
        return self._entry.id if self._entry is not None else None

    def version(self) -> int | None:
        return self._entry.version if self._entry is not None else None

    def has_unsaved_changes(self) -> bool:
        return self.collect() != self._baseline

    def save(self) -> bool:
        """Save through the service; on failure say why in German and keep every input. A date
        in the future or long ago is asked about first (No, the default, keeps editing)."""
        if self._entry is None or self.has_unsaved_changes():
            lines = unlikely_dates(self.collect(), self._baseline, self._service.today())
            if lines and not self._dialogs.confirm_risky(self, question(lines), *answers()):
                return False
        problem = self._store()
        if problem is None:
            return True
        self._report(problem)
        return False

    def mark_changed_elsewhere(self) -> None:
        self.banner.show()

    def restore(self, form: IncidentForm) -> None:
        """Show a form collect() returned, over what is loaded, as unsaved changes."""
        self._loading = True
        try:
            self.title_edit.setText(form["title"])
            for section in self.sections:
                section.restore(form)
        finally:
            self._loading = False
        self._on_changed()

    def restore_draft(self, draft_id: str, form: IncidentForm, version: int | None,
                      gone: bool) -> None:
        """Show a draft kept at an automatic lock (ui/draft_offer.py): its form over the
        record as stored now. An edit of an older `version` shows the banner, and saving is
        refused as a conflict until the user reloads; `gone`: its record was deleted
        meanwhile, so this editor holds a new incident. The draft goes once the input is
        saved or discarded."""
        self.restore(form)
        if gone:
            self.status_label.setText(self.tr("Der Vorfall dieses Entwurfs wurde inzwischen "
                                              "gelöscht; er wird als neuer Vorfall gespeichert."))
        elif (self._entry is not None and version is not None
              and version != self._entry.version):
            self._entry = replace(self._entry, version=version)
            self.mark_changed_elsewhere()
        self.draft.id = draft_id

    def reload_from_vault(self) -> bool:
        """Replace the form with the stored version (asks first if that drops input)."""
        if self._entry is None:
            return False
        if self.has_unsaved_changes() and not self._dialogs.confirm(
                self, self.tr("Ihre ungespeicherten Änderungen an diesem Vorfall gehen beim "
                              "Neuladen verloren. Trotzdem neu laden?"), self.tr("Neu laden")):
            return False
        try:
            entry = self._service.get_incident(self._entry.id)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            return False
        self._load(entry)
        if self.attachments_panel is not None:
            self.attachments_panel.reload()
        return True

    def plan_close(self, plan: ClosePlan) -> bool:
        """Closing's questions about unsaved input (the attachments' detail windows, then the
        form), answers noted in `plan` (see ui/close_plan.py); False when one was cancelled.
        Files still being added are asked about by the caller (ask_about_adding)."""
        panel = self.attachments_panel
        if panel is not None and not panel.plan_close(plan):
            return False
        if not self.has_unsaved_changes():
            return True
        title = self.title_edit.text().strip() or self.tr("Neuer Vorfall")
        self.raise_()
        choice = self._dialogs.save_discard_cancel(self, self.tr(
            "Der Vorfall „{0}“ hat ungespeicherte Änderungen. Möchten Sie sie "
            "speichern?").format(title))
        if choice is Choice.SAVE:
            plan.saves.append(self.save)
        return choice is not Choice.CANCEL

    def close_for_lock(self, ask: bool) -> None:
        """Close before the vault locks. A manual lock (`ask`) has asked already (plan_close,
        ask_about_adding) and carried the answers out: what is still unsaved, the user
        discarded. An auto-lock saves valid changes, otherwise keeps them as a draft, and stops
        adding files, with a note for after unlocking (naming no data from the vault: it
        outlives the lock; the files not added are named, being the user's own files)."""
        self.lock_note = None
        panel = self.attachments_panel
        if panel is not None:
            panel.close_details_for_lock(ask)
            if not ask:
                panel.stop_adding(note=True)
        if not ask and self.has_unsaved_changes():
            problem = self._store()
            if problem is not None:
                self.lock_note = self._keep_draft(problem)
        notes = panel.lock_notes() if panel is not None else []
        if notes:
            self.lock_note = " ".join([*notes, self.lock_note or ""]).strip()
        self._closing = True
        self.drop_data()
        self.close()

    def drop_data(self) -> None:
        """Empty every widget (decrypted values) and forget the record."""
        self._loading = True
        try:
            self._entry = None  # holds the decrypted incident as stored
            self.title_edit.clear()
            for section in self.sections:
                section.load(None)
            self.persons.drop()
            self.classification.related.close_picker()
            self.classification.related.own_id = None
            if self.attachments_panel is not None:
                self.attachments_panel.clear()  # rows, thumbnails and open viewers
            self.banner.hide()
            self.deadline.show_hint(None, dt.date.today())
            self.status_label.clear()
            self.setWindowTitle(self.tr("Vorfall"))
        finally:
            self._loading = False
        self._baseline = self.collect()
        self.setWindowModified(False)

    def focus_field(self, path: str) -> bool:
        """Show the tab of a field named by the core ("case.notes.0.text") and focus it."""
        return focus_field(self.tabs, self._fields, path)

    # -- form state ---------------------------------------------------------------------------
    def collect(self) -> IncidentForm:
        data: IncidentForm = {"title": self.title_edit.text()}
        for section in self.sections:
            section.collect(data)
        return data

    def _service_data(self) -> IncidentForm:
        data = self.collect()
        for section in self.sections:
            section.finish(data)
        return data

    def _load(self, entry: Entry[Incident] | None) -> None:
        incident = entry.value if entry is not None else None
        self._loading = True
        try:
            self._entry = entry
            self.title_edit.setText(incident.title if incident else "")
            self.classification.related.own_id = entry.id if entry else None
            for section in self.sections:
                section.load(incident)
        finally:
            self._loading = False
        self._baseline = self.collect()
        self.banner.hide()
        self._update_status()
        self._on_changed()

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.setWindowModified(self.has_unsaved_changes())
        today = self._service.today()
        self.deadline.show_hint(deadline_hint(self.collect(), today), today)

    def _update_status(self) -> None:
        if self._entry is None:
            self.setWindowTitle(self.tr("Neuer Vorfall") + "[*]")
            self.status_label.setText(self.tr("Noch nicht gespeichert."))
            return
        self.setWindowTitle(self.tr("Vorfall: {0}").format(self._entry.value.title) + "[*]")
        self.status_label.setText(self.tr("Gespeichert: Version {0}, {1}").format(
            self._entry.version, dates.local(self._entry.updated_at)))

    # -- saving ---------------------------------------------------------------------------------
    def _store(self) -> Exception | None:
        """Save, or return what went wrong (shown by the caller, or noted at auto-lock)."""
        if self._entry is not None and not self.has_unsaved_changes():
            return None  # no empty revision for an unchanged record
        try:
            data = self._service_data()
            if self._entry is None:
                entry = self._service.add_incident(dict(data))
            else:
                entry = self._service.update_incident(self._entry.id, dict(data),
                                                      self._entry.version)
        except (FormError, StorageError) as exc:
            return exc
        was_new = self._entry is None
        self._load(entry)
        if was_new:
            self._replace_attachments_panel()
        self.draft.settle()
        self.saved.emit(entry.id)
        return None

    def _report(self, problem: Exception) -> None:
        message, field = explain_failure(problem)
        self._dialogs.error(self, message)
        if isinstance(problem, ConflictError):
            self.mark_changed_elsewhere()
        if field:
            self.focus_field(field)

    def _keep_draft(self, problem: Exception) -> str:
        """At an automatic lock, keep the input the save refused as a draft; the note."""
        failure = self.draft.keep(self.record_id(), self.version(), self.collect())
        what = (self.tr("einem neuen Vorfall") if self._entry is None
                else self.tr("einem Vorfall (Kennung {0})").format(self._entry.id[:8]))
        return draft_note(what, explain_failure(problem)[0], failure)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            plan = ClosePlan(Purpose.CLOSE)
            panels = [self.attachments_panel] if self.attachments_panel is not None else []
            if not plan.ask(partial(ask_about_adding, dialogs=self._dialogs, parent=self,
                                    panels=panels), self.plan_close):
                if plan.waiting:  # closes itself once the files are stored
                    self._close_when_added = True
                    self.status_label.setText(self.tr(
                        "Das Fenster schließt sich, sobald die Dateien hinzugefügt sind."))
                event.ignore()
                return
        self._closing = True
        for picker in (self.persons.picker, self.classification.related.picker):
            if picker is not None:
                picker.reject()
        if self.attachments_panel is not None:
            self.attachments_panel.clear()  # closes its viewer windows too
        self.draft.settle()  # saved, discarded, or kept anew by an automatic lock
        event.accept()
        self.closed.emit()

    def _files_added(self) -> None:
        if self._close_when_added:
            self._close_when_added = False
            self.close()

    # -- layout helpers ---------------------------------------------------------------------------
    def _make_attachments_panel(self) -> QWidget:
        """The colleague's AttachmentsPanel for a saved incident, imported here so the editor
        still works where that module is missing; a new incident has no id to attach to."""
        self.attachments_panel = None
        if self._entry is None:
            text = self.tr("Anhänge können nach dem ersten Speichern hinzugefügt werden.")
        else:
            try:
                from ui.attachments.panel import AttachmentsPanel
            except ImportError:
                text = self.tr("Die Anhänge können hier noch nicht angezeigt werden.")
            else:
                panel = AttachmentsPanel(self._service, self._dialogs, self._entry.id, self)
                panel.changed.connect(lambda: self.attachments_changed.emit(panel.incident_id))
                panel.intake_finished.connect(self._files_added)
                panel.reload()
                self.attachments_panel = panel
                return panel
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _replace_attachments_panel(self) -> None:
        index = self.tabs.indexOf(self.attachments)
        self.tabs.removeTab(index)
        self.attachments.deleteLater()
        self.attachments = self._make_attachments_panel()
        self.tabs.insertTab(index, self.attachments, self.tr("Anhänge"))
