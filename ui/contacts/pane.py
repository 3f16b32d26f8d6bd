"""The contact list: search as you type, a kind filter, and editors opened from it. The main
window calls reload() after unlocking and clear_for_lock() before locking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Person, PersonKind
from app.entries import PERSON, Entry, Listing
from app.errors import RecordNotFoundError, StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from app.support_contacts import missing_support_contacts
from ui.close_plan import ClosePlan
from ui.contacts.editor import ContactEditor
from ui.contacts.editor_parts import close_editors_for_lock
from ui.contacts.model import FILTERS, ContactTableModel
from ui.contacts.support_offer import ask_and_add_support_contacts
from ui.dialogs import Dialogs
from ui.incidents.links import deletion_note
from ui.messages import describe
from ui.rows_sync import bring_up_to_date
from ui.table_model import ID_ROLE, Prepared
from ui.table_view import RecordFilterProxy, record_table_view
from ui.worker import Job


class ContactsPane(QWidget):
    changed = Signal()  # contacts were added, changed or deleted from here
    loaded = Signal()  # a background load has finished (applied, or failed and reported)

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._loading = False
        self._service = service
        self._dialogs = dialogs
        self._editors: list[ContactEditor] = []
        self._notes: list[str] = []
        self._failures = 0
        self._loaded = False  # nothing is shown (or offered) before the first reload
        self.linking_titles: Callable[[str], list[str]] = lambda _id: []  # see MainWindow
        self.model = ContactTableModel()
        self.proxy = RecordFilterProxy()
        self.proxy.setSourceModel(self.model)
        self._build()
        self._update_state()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Kontakte durchsuchen"))
        self.search.setPlaceholderText(self.tr("Suchen: Name, Organisation, Telefon, …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.kind_filter = QComboBox()
        for key, label in (("all", self.tr("Alle")), ("support", self.tr("Hilfe & Beratung")),
                           ("involved", self.tr("Beteiligte Personen")),
                           ("own", self.tr("eigene Verwaltung"))):
            self.kind_filter.addItem(label, key)
        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        show_label = QLabel(self.tr("&Anzeigen:"))
        show_label.setBuddy(self.kind_filter)

        self.new_button = QPushButton(self.tr("Neuer Kontakt"))
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.delete_button = QPushButton(self.tr("Löschen…"))
        self.offer_button = QPushButton(self.tr("Hilfestellen Sachsen übernehmen…"))
        self.offer_button.setToolTip(self.tr(
            "Mitgelieferte Hilfe- und Beratungsstellen für Sachsen (bitte prüfen) übernehmen"))
        self.new_button.clicked.connect(lambda: self.new_contact())
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.offer_button.clicked.connect(self.offer_support_contacts)

        self.table = record_table_view(self.proxy, ContactTableModel.NAME,
                                       Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Kontakte"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ContactTableModel.NAME, 300)
        header.resizeSection(ContactTableModel.KIND, 160)
        header.resizeSection(ContactTableModel.PHONE, 160)
        header.resizeSection(ContactTableModel.EMAIL, 200)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_state)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(show_label)
        top.addWidget(self.kind_filter)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.offer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # -- list ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every contact from the vault now, keeping the selection."""
        try:
            listing = self._service.list_persons()
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            return
        self._apply(listing, None)

    def reload_in_background(self, pool: QThreadPool | None = None) -> None:
        """Like reload(), with decrypting and indexing off the GUI thread (thousands of
        contacts take a few hundred ms). A lock or a newer load makes it count for nothing."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        service, model = self._service, self.model

        def work(_progress: Progress, _cancelled: CancelFn) -> tuple[Listing[Person], Prepared]:
            listing = service.list_persons()
            return listing, model.prepare(listing.entries)

        job = Job(work, self)
        job.succeeded.connect(lambda result: self._loaded_in_background(result, generation))
        job.failed.connect(lambda exc: self._load_failed(generation, exc))
        job.start(pool)

    def is_loading(self) -> bool:
        return self._loading

    def expect_load(self) -> None:  # the window queues the load after the incident list's
        self._loading = True

    def _loaded_in_background(self, result: tuple[Listing[Person], Prepared],
                              generation: int) -> None:
        if self._apply(*result, generation=generation):
            self.refresh_rows()  # what was saved while the job read
            self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._dialogs.error(self, describe(exc))
            self.loaded.emit()  # finished, if badly: what waits for it must not wait forever

    def _apply(self, listing: Listing[Person], prepared: Prepared | None,
               generation: int | None = None) -> bool:
        if generation is not None and generation != self._generation:
            return False
        self._generation += 1
        self._loading = False
        selected = self.selected_id()
        self.model.set_rows(listing.entries, prepared)
        self._loaded = True
        self._failures = len(listing.failures)
        if selected is not None:
            self._select(selected, reveal=False)
        self._update_state()
        return True

    def refresh_from_elsewhere(self) -> None:
        """Another window (or user) changed the vault: show it here and in open editors."""
        self.refresh_rows()
        for editor in list(self._editors):
            record_id = editor.record_id()
            if record_id is None:
                continue
            try:
                entry: Entry[Person] | None = self._service.get_person(record_id)
            except RecordNotFoundError:
                entry = None
            except StorageError:
                continue  # e.g. busy: the next refresh will catch up
            editor.changed_elsewhere(entry)

    def refresh_rows(self) -> None:
        """Read only the contacts that changed (see ui/rows_sync.py), or everything again in
        the background when many did."""
        if self._loading or not self._loaded:
            return  # the load under way (or the first one) brings the current state
        try:  # the selection follows its row (persistent indexes)
            done = bring_up_to_date(self.model, self._service.versions(PERSON),
                                    self._service.get_person)
        except StorageError:
            return  # e.g. busy: the next change check tries again
        if done is None:
            self.reload_in_background()
        elif done:
            self._update_state()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return str(value) if value else None

    def select(self, person_id: str) -> bool:
        """Select a contact, clearing search and filter if they hide it."""
        return self._select(person_id, reveal=True)

    def _select(self, person_id: str, reveal: bool) -> bool:
        row = self.model.row_of(person_id)
        if row < 0 and reveal and self.model.find(person_id) is not None:  # hidden by a filter
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            row = self.model.row_of(person_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _selected_entry(self) -> Entry[Person] | None:
        selected = self.selected_id()
        row = self.model.row_of(selected) if selected else -1
        return self.model.row_at(row) if row >= 0 else None

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_state()

    def _filter_changed(self) -> None:
        self.model.set_predicate(FILTERS[str(self.kind_filter.currentData())])
        self._update_state()

    def _update_state(self) -> None:
        has_selection = self.selected_id() is not None
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        total, shown = self.model.total(), self.proxy.rowCount()
        if not self._loaded:
            text = ""
        elif total == 0:
            text = self.tr("Noch keine Kontakte. Legen Sie mit „Neuer Kontakt“ einen an.")
        elif total == 1 and shown == 1:
            text = self.tr("1 Kontakt")
        elif shown == total:
            text = self.tr("{0} Kontakte").format(total)
        else:
            text = self.tr("{0} von {1} Kontakten").format(shown, total)
        if self._failures:
            text += " – " + self.tr("{0} Kontakte konnten nicht geöffnet werden (bitte die "
                                    "Prüfung ausführen).").format(self._failures)
        self.status.setText(text)
        present = self.loaded_persons()
        self.offer_button.setVisible(bool(present is not None
                                          and missing_support_contacts(present)))

    # -- editors ------------------------------------------------------------------------
    def new_contact(self, kind: PersonKind | None = None) -> ContactEditor:
        return self.show_editor(ContactEditor(self._service, self._dialogs, None, self,
                                              initial_kind=kind))

    def open_contact(self, person_id: str) -> ContactEditor | None:
        """Open (or bring forward) the editor of a contact; None if it cannot be read."""
        for editor in self._editors:
            if editor.record_id() == person_id:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            entry = self._service.get_person(person_id)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            return None
        return self.show_editor(ContactEditor(self._service, self._dialogs, entry, self))

    def editors(self) -> list[ContactEditor]:
        return list(self._editors)

    def open_editor_ids(self) -> list[str]:
        return [i for i in (e.record_id() for e in self._editors) if i is not None]

    def show_editor(self, editor: ContactEditor) -> ContactEditor:
        self._editors.append(editor)
        editor.saved.connect(self._editor_saved)
        editor.closed.connect(lambda: self._forget(editor))
        editor.show()
        editor.raise_()
        return editor

    def _forget(self, editor: ContactEditor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def _editor_saved(self, person_id: str) -> None:
        self.refresh_rows()
        self._select(person_id, reveal=False)
        self.changed.emit()

    def _open_selected(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.open_contact(selected)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value:
            self.open_contact(str(value))

    # -- delete -------------------------------------------------------------------------
    def _delete_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        editor = next((e for e in self._editors if e.record_id() == entry.id), None)
        text = self.tr("Den Kontakt „{0}“ löschen? Er verschwindet aus der Liste; frühere "
                       "Fassungen bleiben im Verlauf des Tresors erhalten.").format(
            entry.value.display_name)
        text += deletion_note(self.linking_titles(entry.id), contact=True)
        if editor is not None and editor.has_unsaved_changes():
            text += "\n" + self.tr("Das geöffnete Fenster mit ungespeicherten Änderungen wird "
                                   "geschlossen.")
        if not self._dialogs.confirm(self, text, self.tr("Löschen")):
            return
        try:
            self._service.delete_person(entry.id, entry.version)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            self.refresh_from_elsewhere()
            return
        if editor is not None:
            editor.discard_and_close()
        self.model.remove(entry.id)
        self._update_state()
        self.changed.emit()

    # -- shipped support contacts -------------------------------------------------------
    def loaded_persons(self) -> list[Person] | None:
        """The contacts the list holds, None before a load has succeeded."""
        return [row.value for row in self.model.rows()] if self._loaded else None

    def offer_support_contacts(self) -> bool:
        """Ask once whether to add the shipped Saxony contacts that are missing; returns
        whether any were added. Nothing is asked when all are present."""
        added = ask_and_add_support_contacts(self._service, self._dialogs, self,
                                             self.loaded_persons())
        if added is None:
            return False
        self.refresh_rows()
        if added:
            self.changed.emit()
        return added

    # -- locking ------------------------------------------------------------------------
    def plan_lock(self, plan: ClosePlan) -> bool:
        """A manual lock's questions about unsaved input, answers into `plan` (see
        ui/close_plan.py); False: one was cancelled, nothing was changed."""
        return all(editor.plan_close(plan) for editor in self._editors)

    def clear_for_lock(self, ask: bool) -> bool:
        """Drop every decrypted value and close the editors. Asking: all questions first, so
        a cancel leaves everything as it was. Not asking (auto-lock): valid changes are saved,
        invalid ones kept as drafts with a note for pending_notes()."""
        if ask and not ClosePlan().ask(self.plan_lock):
            return False
        self.drop_for_lock(ask)
        return True

    def drop_for_lock(self, ask: bool) -> None:
        """Close the editors (`ask`: plan_lock's answers were carried out), empty the list."""
        close_editors_for_lock(self._editors, ask, self._notes)
        self._editors.clear()
        self.search.clear()  # the search words may name a person
        self._generation += 1  # a load still running must not bring the data back
        self._loading = False
        self.model.clear()
        self._loaded = False
        self._failures = 0
        self._update_state()

    def pending_notes(self) -> list[str]:
        """Notes left by an auto-lock (for the main window to show after unlocking); they are
        handed over once."""
        notes, self._notes = self._notes, []
        return notes
