"""The contact editor: a non-modal window for one contact (new or stored). It saves with the
version it loaded, so a change made elsewhere meanwhile is refused instead of overwritten,
and it never drops typed input without asking (an automatic lock keeps what it cannot save as
a sealed draft, ui/drafts.py, and leaves a note)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Person, PersonKind
from app.entries import PERSON, Entry
from app.errors import ConflictError, InvalidInputError, RecordNotFoundError, StorageError
from app.service import VaultService
from app.texts import dates
from ui.close_plan import ClosePlan, Purpose
from ui.contacts.editor_parts import explain
from ui.contacts.fields import Banner, HandlesTable, KindCombo, LinesEdit
from ui.contacts.form_state import ContactForm, ContactFormState, person_form
from ui.date_entry import DateEntry
from ui.dialogs import Choice, Dialogs
from ui.drafts import EditorDraft, draft_note
from ui.messages import describe, field_label
from ui.widgets import fit_to_screen, scrollable

NOTICE = "#fff4ce"  # the yellow of "please check" notices
WARNING = "#fde2dd"


class ContactEditor(ContactFormState, QWidget):
    saved = Signal(str)  # the record id, after every successful save
    closed = Signal()

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 entry: Entry[Person] | None, parent: QWidget | None = None, *,
                 initial_kind: PersonKind | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        self._dialogs = dialogs
        self._entry = entry
        self._forced_close = False
        self._lock_note = ""
        self._loading = True  # widgets fire change signals while the form is filled
        self.draft = EditorDraft(service, "person")
        self._build()
        self._load(entry.value if entry is not None else None, initial_kind)
        fit_to_screen(self, 1040, 600)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.check_banner = Banner(NOTICE, parent=self)
        self.conflict_banner = Banner(WARNING, self.tr("Neu laden"), self)
        assert self.conflict_banner.button is not None
        self.conflict_banner.button.clicked.connect(self.reload_from_store)

        self.kind = KindCombo()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.function = QLineEdit()
        self.phones = LinesEdit(self.tr("eine Telefonnummer pro Zeile"))
        self.emails = LinesEdit(self.tr("eine E-Mail-Adresse pro Zeile"))
        self.web = LinesEdit(self.tr("eine Webadresse pro Zeile"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.handles = HandlesTable()
        self.vehicle_plates = LinesEdit(self.tr("ein Kennzeichen pro Zeile"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("woher die Angaben stammen"))
        # Empty: not checked; a day: when the details were last confirmed.
        self.checked_on = DateEntry(self.tr("geprüft am"), optional=True)
        self.checked_on.line.setPlaceholderText(self.tr("leer = nicht geprüft"))
        self.needs_check = QCheckBox(self.tr("bitte prüfen (Angaben noch nicht bestätigt)"))

        # Two columns: who and how to reach them on the left, online traces, notes and the
        # provenance on the right, so the whole contact fits on a laptop screen unscrolled.
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self.tr("&Art"), self.kind)
        left.addRow(self.tr("&Name"), self.name)
        left.addRow(self.tr("&Organisation"), self.organisation)
        left.addRow(self.tr("&Funktion"), self.function)
        left.addRow(self.tr("&Telefon"), self.phones)
        left.addRow(self.tr("&E-Mail"), self.emails)
        left.addRow(self.tr("&Web"), self.web)
        left.addRow(self.tr("Ans&chrift"), self.address)
        right.addRow(self.tr("Online-&Profile"), self.handles)
        right.addRow(self.tr("&Kennzeichen"), self.vehicle_plates)
        right.addRow(self.tr("N&otizen"), self.notes)
        right.addRow(self.tr("&Quelle"), self.source)
        right.addRow(self.tr("&geprüft am"), self.checked_on)
        right.addRow("", self.needs_check)
        form_widget = QWidget()
        columns = QHBoxLayout(form_widget)
        columns.setContentsMargins(0, 0, 0, 0)
        left_column = QVBoxLayout()
        left_column.addLayout(left)
        left_column.addStretch(1)  # extra height goes below the fields, not between them
        columns.addLayout(left_column, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        scroll = scrollable(form_widget)

        self.history_button = QPushButton(self.tr("Verlauf…"))
        self.history_button.clicked.connect(self.show_history)
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Esc closes the window, asking first when something is unsaved (closeEvent).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.check_banner)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for line in (self.name, self.organisation, self.function, self.source):
            line.textChanged.connect(self._edited)
        for block in (self.phones, self.emails, self.web, self.address, self.vehicle_plates,
                      self.notes):
            block.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.handles.changed.connect(self._edited)
        self.checked_on.changed.connect(self._edited)
        self.needs_check.toggled.connect(self._edited)

    # -- form <-> model -----------------------------------------------------------------
    def _load(self, person: Person | None, initial_kind: PersonKind | None = None) -> None:
        """Fill every widget from `person` (None: an empty form) and take that as unchanged."""
        self._fill(person_form(person, initial_kind))
        self._baseline = self.collect()
        self._edited()

    def restore(self, form: ContactForm) -> None:
        """Show a form collect() returned, over what is loaded, as unsaved changes."""
        self._fill(form)
        self._edited()

    def _fill(self, form: ContactForm) -> None:
        self._loading = True  # widgets fire change signals while the form is filled
        try:
            self.fill_form(form, self._service.today())
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading:
            return
        dirty = self.has_unsaved_changes()
        self.setWindowModified(dirty)
        name = self.name.text().strip() or self.organisation.text().strip()
        if self._entry is None:
            title = self.tr("Neuer Kontakt")
        else:
            title = self.tr("Kontakt: {0}").format(name or self.tr("ohne Namen"))
        # "[*]" is where Qt shows the unsaved-changes marker, not text to translate.
        self.setWindowTitle(self.tr("{0} – Vorfallbuch").format(title) + "[*]")
        self.history_button.setEnabled(self._entry is not None)
        if self.needs_check.isChecked():
            source = self.source.text().strip() or self.tr("keine angegeben")
            self.check_banner.show_text(self.tr(
                "Bitte prüfen: Diese Angaben sind noch nicht bestätigt. Quelle: {0}"
            ).format(source))
        else:
            self.check_banner.hide()

    # -- public API ---------------------------------------------------------------------
    def record_id(self) -> str | None:
        return self._entry.id if self._entry is not None else None

    def entry(self) -> Entry[Person] | None:
        return self._entry

    def has_unsaved_changes(self) -> bool:
        return self.collect() != self._baseline

    def save(self) -> bool:
        """Store the form; on failure say why in German and keep every input."""
        error = self._store(with_values=True)
        if error:
            self._dialogs.error(self, error)
            return False
        return True

    def mark_changed_elsewhere(self, deleted: bool = False) -> None:
        if deleted:
            text = self.tr("Dieser Kontakt wurde an anderer Stelle gelöscht; Ihre Eingaben "
                           "sind noch hier, speichern lassen sie sich aber nicht mehr.")
        else:
            text = self.tr("Dieser Kontakt wurde an anderer Stelle geändert; laden Sie ihn neu, "
                           "um die aktuelle Fassung zu sehen.")
        self.conflict_banner.show_text(text)
        assert self.conflict_banner.button is not None
        self.conflict_banner.button.setVisible(not deleted)

    def changed_elsewhere(self, entry: Entry[Person] | None) -> None:
        """Another window or user stored `entry` (None: deleted). Without own changes the
        form simply shows it; with own changes the user decides (banner)."""
        if self._entry is None:
            return
        if entry is None:
            self.mark_changed_elsewhere(deleted=True)
        elif entry.version != self._entry.version:
            if self.has_unsaved_changes():
                self.mark_changed_elsewhere()
            else:
                self._entry = entry
                self._load(entry.value)
                self.conflict_banner.hide()

    def reload_from_store(self) -> bool:
        if self._entry is None:
            return False
        if self.has_unsaved_changes() and not self._dialogs.confirm(
                self, self.tr("Ihre Änderungen in diesem Fenster gehen dabei verloren. Den "
                              "Kontakt neu laden?"), self.tr("Neu laden")):
            return False
        try:
            entry = self._service.get_person(self._entry.id)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            return False
        self._entry = entry
        self._load(entry.value)
        self.conflict_banner.hide()
        return True

    def ask_unsaved(self) -> Choice:
        """Save, discard or cancel for unsaved changes (DISCARD without asking when none)."""
        if not self.has_unsaved_changes():
            return Choice.DISCARD
        self.raise_()
        return self._dialogs.save_discard_cancel(self, self.tr(
            "Die Änderungen an diesem Kontakt sind noch nicht gespeichert. Möchten Sie sie "
            "speichern?"))

    def plan_close(self, plan: ClosePlan) -> bool:
        """Closing's question about unsaved changes, noted in `plan` (see ui/close_plan.py);
        False when cancelled."""
        choice = self.ask_unsaved()
        if choice is Choice.SAVE:
            plan.saves.append(self.save)
        return choice is not Choice.CANCEL

    def close_for_lock(self, ask: bool) -> None:
        """Close for locking. A manual lock (`ask`) has asked already (plan_close). An
        auto-lock saves valid changes and keeps others as a draft, with a note (lock_note())."""
        if not ask and self.has_unsaved_changes():
            error = self._store(with_values=False)
            if error:
                failure = self.draft.keep(self.record_id(), self._version(), self.collect())
                what = (self.tr("einem neuen Kontakt") if self._entry is None
                        else self.tr("einem Kontakt"))
                self._lock_note = draft_note(what, error, failure)
        self.discard_and_close()

    def restore_draft(self, draft_id: str, form: ContactForm, version: int | None,
                      gone: bool) -> None:
        """Show a draft kept at an automatic lock (ui/draft_offer.py) over the contact as
        stored now; see IncidentEditor.restore_draft."""
        self.restore(form)
        if gone:
            self.conflict_banner.show_text(self.tr(
                "Der Kontakt dieses Entwurfs wurde inzwischen gelöscht; er wird als neuer "
                "Kontakt gespeichert."))
            assert self.conflict_banner.button is not None
            self.conflict_banner.button.hide()
        elif (self._entry is not None and version is not None
              and version != self._entry.version):
            self._entry = replace(self._entry, version=version)
            self.mark_changed_elsewhere()
        self.draft.id = draft_id

    def _version(self) -> int | None:
        return self._entry.version if self._entry is not None else None

    def lock_note(self) -> str:
        """The note left by an auto-lock that dropped changes ("" if none); read once."""
        note, self._lock_note = self._lock_note, ""
        return note

    def discard_and_close(self) -> None:
        self.drop_data()
        self._forced_close = True
        self.close()

    def drop_data(self) -> None:
        """Forget every decrypted value this window holds."""
        self._entry = None
        self._load(None)
        self.conflict_banner.hide()
        self.check_banner.label.clear()
        self.setWindowTitle("Vorfallbuch")

    def show_history(self) -> None:
        if self._entry is None:
            return
        try:
            items = self._service.history(PERSON, self._entry.id)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            return
        lines = []
        for item in items:
            what = (self.tr("gelöscht") if item.deleted
                    else ", ".join(field_label(f) for f in item.changed) or "–")
            lines.append(self.tr("Fassung {0} vom {1}, {2}: {3}").format(
                item.version, dates.local(item.at), item.author, what))
        self._dialogs.info(self, self.tr("Verlauf dieses Kontakts:") + "\n" + "\n".join(lines))

    # -- saving -------------------------------------------------------------------------
    def _store(self, with_values: bool) -> str:
        """Add or update; returns "" on success, else a German sentence (naming the wrong
        value only when `with_values`, since lock notes must hold no personal data)."""
        problem = self.checked_on.problem()
        if problem is not None:
            self.checked_on.setFocus()
            return (self.tr("geprüft am: {0}").format(problem) if with_values
                    else self.tr("Das Prüfdatum ist kein gültiges Datum."))
        data = self.form_data()
        try:
            if self._entry is None:
                entry = self._service.add_person(dict(data))
            else:
                entry = self._service.update_person(self._entry.id, dict(data),
                                                    self._entry.version)
        except StorageError as exc:
            if isinstance(exc, ConflictError):
                self.mark_changed_elsewhere()
            elif isinstance(exc, RecordNotFoundError):
                self.mark_changed_elsewhere(deleted=True)
            elif isinstance(exc, InvalidInputError):
                self._focus_field(exc.field)
            return explain(exc, with_values)
        self._entry = entry
        self._load(entry.value)
        self.conflict_banner.hide()
        self.draft.settle()
        self.saved.emit(entry.id)
        return ""

    def _focus_field(self, field: str) -> None:
        widget = self.field_widget(field)
        if widget is not None:
            widget.setFocus()

    # -- Qt -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._forced_close and not ClosePlan(Purpose.CLOSE).ask(self.plan_close):
            event.ignore()
            return
        self.drop_data()
        self.draft.settle()  # saved, discarded, or kept anew by an automatic lock
        event.accept()
        self.closed.emit()
