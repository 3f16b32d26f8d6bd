"""The incident list: a sortable, searchable table with filters, and the buttons to create,
open, delete and show the history. It owns the editor windows it opens, so locking can close
them all without losing input silently."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.service import VaultService
from ui.close_plan import ClosePlan, ask_about_adding
from ui.dialogs import Dialogs
from ui.incidents.editor import IncidentEditor
from ui.incidents.filter_bar import IncidentFilterBar
from ui.incidents.history import HistoryDialog
from ui.incidents.links import deletion_note, linking_titles
from ui.incidents.list_sync import IncidentListSync
from ui.incidents.mail_drop import MailDrop
from ui.incidents.model import IncidentTableModel, Row, row_filter
from ui.messages import describe
from ui.table_model import ID_ROLE
from ui.table_view import RecordFilterProxy, record_table_view


class IncidentsPane(QWidget):
    changed = Signal()  # after any save or delete made here
    loaded = Signal()  # a background load has been applied
    search_ready = Signal()  # ... and its search texts are in place (the list is idle)

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._editors: list[IncidentEditor] = []
        self._notes: list[str] = []
        self.history_dialog: HistoryDialog | None = None

        self.model = IncidentTableModel()
        self.proxy = RecordFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.filters = IncidentFilterBar()
        self.view = record_table_view(self.proxy, IncidentTableModel.DATE,
                                      Qt.SortOrder.DescendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Vorfälle"))
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(IncidentTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((IncidentTableModel.DATE, 170),
                              (IncidentTableModel.CATEGORIES, 220),
                              (IncidentTableModel.CHANNEL, 130), (IncidentTableModel.STATUS, 150),
                              (IncidentTableModel.ATTACHMENTS, 70)):
            header.resizeSection(column, width)

        self._pending_selection: str | None = None
        self.loading = QLabel(self.tr("Die Vorfälle werden geladen und entschlüsselt …"))
        self.loading.hide()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background:#fff4ce; border:1px solid #c8a200; padding:4px;")
        self.warning.hide()
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("Neuer Vorfall"))
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.delete_button = QPushButton(self.tr("Löschen…"))
        self.history_button = QPushButton(self.tr("Verlauf…"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button,
                       self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.loading)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        # An .eml/.msg dropped on the list: a new incident, shown once it is filed.
        self.mail_drop = MailDrop(service, dialogs, self, self.new_incident, self._mail_filed)
        layout.addWidget(self.mail_drop.status)
        layout.addLayout(buttons)

        self.sync = IncidentListSync(service, self.model, self.view.viewport(), self)
        self.sync.loading_changed.connect(self.loading.setVisible)
        self.sync.loaded.connect(self._loaded)
        self.sync.search_ready.connect(self._update_buttons)
        self.sync.search_ready.connect(self.search_ready)
        self.sync.failures_changed.connect(self._show_failures)
        self.sync.failed.connect(self._load_failed)
        self.sync.refreshed.connect(self._flag_stale_editors)
        self._attachments_seen: dict[str, dict[str, int]] = {}  # see _follow_attachments
        self.sync.watch_attachments = self._attachment_owners
        self.sync.attachments_read.connect(self._follow_attachments)
        self.filters.search_changed.connect(self._search)
        self.filters.filter_changed.connect(self._filter)
        self.view.doubleClicked.connect(lambda _index: self._open_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_incident)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self._open_selected)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._filter()

    # -- list -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again now, on this thread; keeps selection, sort and filters."""
        selected = self.selected_id()
        self.sync.reload()
        if selected is not None:
            self.select(selected)

    def reload_in_background(self, pool: QThreadPool | None = None) -> None:
        """Like reload(), with decrypting off the GUI thread (a second for a big vault); the
        list shows a loading line meanwhile."""
        self.sync.reload_in_background(pool)

    def is_loading(self) -> bool:
        return self.sync.is_loading()

    def expect_load(self) -> None:
        """A background load will follow (the window queues it): until it lands, a selection
        asked for is kept and applied then, and the list says it is loading."""
        self.sync.expect_load()

    def _loaded(self) -> None:
        self._flag_stale_editors()
        if self._pending_selection is not None:
            self.select(self._pending_selection)
            self._pending_selection = None
        self._update_buttons()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._dialogs.error(self, describe(exc))

    def _show_failures(self, count: int) -> None:
        if count == 0:
            self.warning.hide()
            self.warning.clear()
            return
        if count == 1:
            text = self.tr("Ein Vorfall konnte nicht geöffnet werden (beschädigt oder von einer "
                           "neueren Programmversion); bitte führen Sie die Prüfung aus.")
        else:
            text = self.tr("{0} Vorfälle konnten nicht geöffnet werden (beschädigt oder von "
                           "einer neueren Programmversion); bitte führen Sie die Prüfung "
                           "aus.").format(count)
        self.warning.setText(text)
        self.warning.show()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_buttons()

    def _filter(self) -> None:
        self.model.set_predicate(row_filter(self.filters.current()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.delete_button, self.history_button):
            button.setEnabled(chosen)
        shown, total = self.proxy.rowCount(), self.model.total()
        if self.model.searching_pending():
            self.count_label.setText(self.tr("Suche wird vorbereitet …"))
        else:
            # "1 Vorfall", "2 Vorfälle": two German sources, each with its English forms.
            self.count_label.setText(
                (self.tr("%n Vorfall", None, total) if total == 1
                 else self.tr("%n Vorfälle", None, total)) if shown == total
                else self.tr("{0} von {1} Vorfällen").format(shown, total))

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return str(value) if value else None

    def _mail_filed(self, incident_id: str) -> None:
        self.sync.saved(incident_id)  # one row, not the whole list
        self.select(incident_id)
        self.changed.emit()

    def select(self, incident_id: str) -> bool:
        """Select and show a row; False if it is not in the list or filtered out."""
        row = self.model.row_of(incident_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            self.view.clearSelection()
            if self.is_loading():
                self._pending_selection = incident_id  # selected when the list arrives
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _selected_entry(self) -> Row | None:
        incident_id = self.selected_id()
        return self.model.entry(incident_id) if incident_id is not None else None

    # -- editors ----------------------------------------------------------------------------
    def new_incident(self) -> IncidentEditor:
        return self.show_editor(IncidentEditor(self._service, self._dialogs, None, self))

    def open_incident(self, incident_id: str) -> IncidentEditor | None:
        """Bring its editor forward, or open one (reading the current version)."""
        for editor in self._editors:
            if editor.record_id() == incident_id:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            entry = self._service.get_incident(incident_id)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            return None
        return self.show_editor(IncidentEditor(self._service, self._dialogs, entry, self))

    def _open_selected(self) -> None:
        incident_id = self.selected_id()
        if incident_id is not None:
            self.open_incident(incident_id)

    def show_editor(self, editor: IncidentEditor) -> IncidentEditor:
        self._editors.append(editor)
        editor.saved.connect(self._editor_saved)
        editor.attachments_changed.connect(self._editor_saved)  # the counts in the list
        editor.closed.connect(lambda: self._forget(editor))
        editor.show()
        return editor

    def _forget(self, editor: IncidentEditor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def _editor_saved(self, incident_id: str) -> None:
        self.sync.saved(incident_id)
        self.select(incident_id)
        self.changed.emit()

    def editors(self) -> list[IncidentEditor]:
        return list(self._editors)

    def open_editor_ids(self) -> list[str]:
        """Ids of the records open in editors (new, unsaved ones have none yet)."""
        return [i for i in (e.record_id() for e in self._editors) if i is not None]

    # -- delete and history -----------------------------------------------------------------
    def delete_selected(self) -> bool:
        """Delete after confirmation; a tombstone revision, based on the version listed."""
        entry = self._selected_entry()
        if entry is None:
            return False
        text = self.tr(
            "Den Vorfall „{0}“ löschen? Er verschwindet aus der Liste; im Verlauf bleibt "
            "vermerkt, wann und von wem er gelöscht wurde. Ein geöffnetes "
            "Bearbeitungsfenster wird ohne Speichern geschlossen.").format(entry.head.title)
        text += deletion_note(self.titles_linking_to(entry.id), contact=False)
        if not self._dialogs.confirm(self, text, self.tr("Löschen")):
            return False
        try:
            self._service.delete_incident(entry.id, entry.version)
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            self.sync.refresh()
            return False
        for editor in [e for e in self._editors if e.record_id() == entry.id]:
            editor.drop_data()  # nothing left to save: the user chose to delete it
            editor.close()
        self.sync.deleted(entry.id)
        self.changed.emit()
        return True

    def titles_linking_to(self, record_id: str) -> list[str]:
        """Titles of the listed incidents that link to a contact or an incident (from the
        list's heads: nothing is decrypted for it)."""
        return linking_titles(self.model.rows(), record_id)

    def show_history(self) -> HistoryDialog | None:
        entry = self._selected_entry()
        if entry is None:
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
        dialog = HistoryDialog.for_incident(self._service, self._dialogs, entry.id,
                                            entry.head.title, self)
        if dialog is not None:
            self.history_dialog = dialog
            dialog.finished.connect(lambda _code: self._history_closed(dialog))
            dialog.show()
        return dialog

    def _history_closed(self, dialog: HistoryDialog) -> None:
        if self.history_dialog is dialog:
            self.history_dialog = None
        dialog.deleteLater()

    # -- lock and changes elsewhere -----------------------------------------------------------
    def plan_lock(self, plan: ClosePlan) -> bool:
        """A manual lock's questions about this pane's windows, answers into `plan` (see
        ui/close_plan.py): files still being added, then each editor's unsaved input. False:
        one was cancelled (or the user waits for the files); nothing was changed."""
        panels = [e.attachments_panel for e in self._editors if e.attachments_panel is not None]
        return (ask_about_adding(plan, self._dialogs, self, panels, note=True)
                and all(editor.plan_close(plan) for editor in self._editors))

    def clear_for_lock(self, ask: bool) -> bool:
        """Drop every decrypted value. Asking (the user locks): every question first, so a
        cancel leaves everything as it was. Not asking (auto-lock): valid changes are saved,
        the rest kept as drafts (ui/drafts.py) with a note for later."""
        if ask and not ClosePlan().ask(self.plan_lock):
            return False
        self.drop_for_lock(ask)
        return True

    def drop_for_lock(self, ask: bool) -> None:
        """Close the editors (IncidentEditor.close_for_lock; `ask`: plan_lock's answers were
        carried out) and empty the list, the search and the history."""
        for editor in list(self._editors):
            editor.close_for_lock(ask)
            if editor.lock_note:
                self._notes.append(editor.lock_note)
            self._forget(editor)
        if self.history_dialog is not None:
            self.history_dialog.table.setRowCount(0)
            self.history_dialog.close()
        self.filters.search.clear()
        self.mail_drop.clear()
        self._pending_selection = None
        self.sync.clear()  # a load still running must not bring the data back
        self._update_buttons()

    def pending_notes(self) -> list[str]:
        """Notes from the last auto-lock (input kept as a draft, or lost); each is handed out
        once, so the caller shows them after unlocking."""
        notes, self._notes = self._notes, []
        return notes

    def refresh_from_elsewhere(self) -> None:
        """Another window, user or process saved: reload the list and tell each editor whose
        record is now newer (or gone) that it was changed elsewhere (once the versions are
        read: `sync.refreshed`)."""
        self.sync.refresh()

    def _flag_stale_editors(self) -> None:
        for editor in self._editors:
            incident_id = editor.record_id()
            if incident_id is None:
                continue
            current = self.model.entry(incident_id)
            if current is None or current.version != editor.version():
                editor.mark_changed_elsewhere()

    def _attachment_owners(self) -> list[str]:
        return [e.attachments_panel.incident_id for e in self._editors
                if e.attachments_panel is not None]

    def _follow_attachments(self, readings: dict[str, dict[str, int]]) -> None:
        """Attachments added, changed or deleted elsewhere change no incident's version: an
        open editor's attachments tab reads its list again when the versions the change
        check read (in its job) differ from what it shows and from the previous reading (so
        an attachment it cannot open does not make it read on every check). A tab adding
        files right now is left alone: it reads its list when they are in."""
        seen, self._attachments_seen = self._attachments_seen, {}
        for editor in self._editors:
            panel = editor.attachments_panel
            reading = readings.get(panel.incident_id) if panel is not None else None
            if panel is None or reading is None or panel.is_busy():
                continue
            shown = {entry.id: entry.version for entry in panel.entries()}
            if reading not in (shown, seen.get(panel.incident_id)):
                panel.reload()
            self._attachments_seen[panel.incident_id] = reading
