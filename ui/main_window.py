"""The main window: incidents and contacts, lock button and Ctrl+L. It is built after each
unlock and destroyed at each lock, so no decrypted value outlives the session in a widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict, TypeVar, cast

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QPushButton, QTabWidget, QWidget

from app.domain import AttachmentKind
from app.errors import StorageError
from app.service import VaultService
from app.texts import dates
from ui.admin.backup_dialog import BackupDialog
from ui.admin.history_dialog import HistoryDialog
from ui.admin.passphrase_dialog import PassphraseDialog
from ui.admin.recovery_dialog import RecoveryCodeDialog
from ui.admin.restore_dialog import RestoreDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.verify_dialog import VerifyDialog
from ui.attachments.details import AttachmentDetails
from ui.close_plan import ClosePlan, Purpose
from ui.contacts.pane import ContactsPane
from ui.dialogs import Dialogs
from ui.export.dialog import ExportDialog
from ui.incidents.editor import IncidentEditor
from ui.incidents.pane import IncidentsPane
from ui.messages import describe
from ui.start_view import StartView
from ui.table_model import ID_ROLE
from ui.widgets import fit_to_screen

ADDING_POLL_MS = 200


class WindowState(TypedDict, total=False):
    """Where the user is, kept over a lock: ids only, no content (empty: nothing to restore)."""

    tab: int
    incident: str | None
    contact: str | None
    editors: list[str]  # incidents open in editors
    contact_editors: list[str]


# The windows of one tool each (MainWindow._show_tool): at most one of each, all closed by a lock.
TOOL_DIALOGS = ("export_dialog", "backup_dialog", "verify_dialog", "recovery_dialog",
                "restore_dialog", "history_dialog", "users_dialog")
D = TypeVar("D", bound=QDialog)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    backup_folder_chosen = Signal(str)  # where the last backup went, for the settings
    switch_vault_requested = Signal(object)  # a restored vault's folder, to open instead

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Vorfallbuch"))
        fit_to_screen(self, 1200, 760)
        self.incidents = IncidentsPane(service, dialogs)
        self.contacts = ContactsPane(service, dialogs)
        self.contacts.linking_titles = self.incidents.titles_linking_to
        # The first tab, selected at the first unlock of a session: what needs doing.
        self.start_view = StartView(service)
        self.start_view.incident_requested.connect(self.open_incident)
        self.start_view.attachment_requested.connect(self.open_attachment)
        self.start_view.backup_requested.connect(self.back_up)
        self.start_view.verify_requested.connect(self.verify_vault)
        self.start_view.new_incident_requested.connect(self._new_incident)
        self.start_view.list_requested.connect(self.show_incident_list)
        self.incidents.changed.connect(self.start_view.refresh_later)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.start_view, self.tr("Übersicht"))
        self.tabs.addTab(self.incidents, self.tr("Vorfälle"))
        self.tabs.addTab(self.contacts, self.tr("Kontakte"))
        self.setCentralWidget(self.tabs)
        self._closing_for_lock = False
        self._waiting_for = Purpose.LOCK
        self._adding = QTimer(self)  # watches files being added that a lock or quit waits for
        self._adding.setInterval(ADDING_POLL_MS)
        self._adding.timeout.connect(self._check_files_added)
        self._loader = QThreadPool(self)
        self._loader.setMaxThreadCount(1)

        self.lock_action = QAction(self.tr("&Sperren"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # From every window of the app (editors and viewers are windows of their own), not
        # only while the main window is active; no other shortcut uses Ctrl+L.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Sperren (Strg+L): alle Daten ausblenden"))
        self.lock_action.triggered.connect(self.lock_requested)
        new_incident = QAction(self.tr("&Neuer Vorfall"), self)
        new_incident.setShortcut(QKeySequence("Ctrl+N"))
        new_incident.triggered.connect(self._new_incident)
        new_contact = QAction(self.tr("Neuer &Kontakt"), self)
        new_contact.triggered.connect(self._new_contact)
        export_action = QAction(self.tr("&Dossier exportieren…"), self)
        export_action.triggered.connect(self.export_dossier)
        self.export_dialog: ExportDialog | None = None
        self.settings_action = QAction(self.tr("&Einstellungen…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        toolbar = self.addToolBar(self.tr("Werkzeuge"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for action in (new_incident, new_contact, export_action, self.lock_action):
            toolbar.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Datei"))
        for action in (new_incident, new_contact, export_action, self.lock_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.backup_action = QAction(self.tr("&Sicherung anlegen…"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.backup_dialog: BackupDialog | None = None
        self.last_backup_folder = ""  # the controller fills it in from the settings
        self.verify_action = QAction(self.tr("Tresor &prüfen…"), self)
        self.verify_action.triggered.connect(self.verify_vault)
        self.verify_dialog: VerifyDialog | None = None
        self.passphrase_action = QAction(self.tr("Passphrase ä&ndern…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.history_action = QAction(self.tr("&Verlauf…"), self)
        self.history_action.triggered.connect(self.show_history)
        self.history_dialog: HistoryDialog | None = None
        self.restore_action = QAction(self.tr("Sicherung &wiederherstellen…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.restore_dialog: RestoreDialog | None = None
        vault_menu = self.menuBar().addMenu(self.tr("&Tresor"))
        self.recovery_action = QAction(self.tr("Wiederherstellungs&code…"), self)
        self.recovery_action.triggered.connect(self.show_recovery_code)
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.users_action = QAction(self.tr("&Benutzer verwalten…"), self)
        self.users_action.triggered.connect(self.manage_users)
        self.users_dialog: UsersDialog | None = None
        entries: tuple[QAction | None, ...] = (
            self.backup_action, self.restore_action, None, self.verify_action,
            self.history_action, None, self.users_action, self.passphrase_action,
            self.recovery_action)
        for entry in entries:
            if entry is None:
                vault_menu.addSeparator()
            else:
                vault_menu.addAction(entry)

        self.user_label = QLabel(self.tr("Angemeldet: {0}").format(service.user_name))
        self.statusBar().addPermanentWidget(self.user_label)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice")
        self.statusBar().addWidget(self.notice_label, 1)
        self.backup_button = QPushButton(self.tr("Jetzt sichern"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up)
        self.statusBar().addWidget(self.backup_button)
        self._show_notices()

    def _show_notices(self) -> None:
        service = self.service
        notes = []
        if service.read_only:
            notes.append(self.tr("Schreibgeschützt: Der Tresor liegt auf einem "
                                 "schreibgeschützten Datenträger; Änderungen sind nicht möglich."))
        else:
            status = service.backup_status()
            if status.due:
                notes.append(self.tr("Eine Sicherung ist fällig (letzte: {0}).").format(
                    dates.local_day(status.last_backup_at) if status.last_backup_at
                    else self.tr("nie")))
        self.backup_button.setVisible(bool(notes) and not service.read_only)
        self.backup_action.setEnabled(not service.read_only)
        self.passphrase_action.setEnabled(not service.read_only)
        self.notice_label.setText("  ".join(notes))

    def back_up(self) -> BackupDialog:
        """'Sicherung anlegen…' (the menu and the status bar's 'Jetzt sichern')."""
        def make() -> BackupDialog:
            dialog = BackupDialog(self.service, self.dialogs, self.last_backup_folder, self)
            dialog.written.connect(self._backup_written)
            dialog.folder_chosen.connect(self.backup_folder_chosen)
            return dialog
        return self._show_tool("backup_dialog", make)

    def change_passphrase(self) -> bool:
        """'Passphrase ändern…' (modal: nothing else should happen while a key slot changes);
        True if it was changed."""
        import shiboken6

        dialog = PassphraseDialog(self.service, parent=self)
        dialog.exec()
        if not shiboken6.isValid(dialog):  # a lock took the window (and the dialog) away
            return False
        changed = dialog.changed
        dialog.deleteLater()
        return changed

    def restore_backup(self) -> RestoreDialog:
        """'Sicherung wiederherstellen…': into a new folder, then offered to switch to it."""
        def make() -> RestoreDialog:
            dialog = RestoreDialog(self.service, self.dialogs, self)
            dialog.switch_requested.connect(self.switch_vault_requested)
            return dialog
        return self._show_tool("restore_dialog", make)

    def show_recovery_code(self) -> RecoveryCodeDialog:
        """'Wiederherstellungscode…': whether one is set, and a new one."""
        return self._show_tool("recovery_dialog",
                               lambda: RecoveryCodeDialog(self.service, self.dialogs, self))

    def manage_users(self) -> UsersDialog:
        """'Benutzer verwalten…': the users and their roles; owners add, remove, promote."""
        def make() -> UsersDialog:
            dialog = UsersDialog(self.service, self.dialogs, self)
            dialog.remove_self_requested.connect(self._remove_self)
            return dialog
        return self._show_tool("users_dialog", make)

    def _remove_self(self, name: str) -> None:
        """The unlocked user removes herself: everything open closes first (unsaved changes
        asked about and saved while her key still works), then she goes and the vault locks."""
        if not self.clear_for_lock(ask=True):
            return
        try:
            self.service.remove_user(name)
        except StorageError as exc:
            self.dialogs.error(self, describe(exc))
        self.lock_requested.emit()

    def show_history(self) -> HistoryDialog:
        """'Verlauf…': the history chain as a table, with its state."""
        return self._show_tool("history_dialog", lambda: HistoryDialog(self.service, self))

    def verify_vault(self) -> VerifyDialog:
        """'Tresor prüfen…': the check starts at once."""
        def make() -> VerifyDialog:
            dialog = VerifyDialog(self.service, self)
            dialog.start()
            return dialog
        return self._show_tool("verify_dialog", make)

    def _backup_written(self, _result: object) -> None:
        self._show_notices()
        self.start_view.refresh_later()

    def _show_tool(self, name: str, make: Callable[[], D]) -> D:
        """One window per tool (the export and the Tresor menu's dialogs): made on first use,
        brought to the front after that, gone (deleted) once closed or locked away."""
        dialog = getattr(self, name)
        if dialog is None:
            dialog = make()
            dialog.finished.connect(self._tool_finished)
            setattr(self, name, dialog)
        dialog.show()
        dialog.raise_()
        return cast(D, dialog)

    def _tool_finished(self) -> None:
        for name in TOOL_DIALOGS:
            if getattr(self, name) is self.sender():
                self._drop_tool(name)

    def _drop_tool(self, name: str) -> None:
        dialog = getattr(self, name)
        if dialog is not None:
            dialog.deleteLater()
            setattr(self, name, None)

    def show_incident_list(self) -> None:
        self.tabs.setCurrentWidget(self.incidents)
        self.incidents.view.setFocus()

    def open_incident(self, incident_id: str) -> IncidentEditor | None:
        """The editor of an incident the start view names."""
        return self.incidents.open_incident(incident_id)

    def open_attachment(self, incident_id: str, attachment_id: str) -> AttachmentDetails | None:
        """The details of an attachment the start view names (where its URL, dates and note
        are filled in), over its incident's editor showing the attachments."""
        editor = self.incidents.open_incident(incident_id)
        panel = editor.attachments_panel if editor is not None else None
        if editor is None or panel is None:
            return None
        editor.tabs.setCurrentWidget(editor.attachments)
        if not panel.select(attachment_id):  # deleted meanwhile: the list shows what is left
            return None
        details = panel.open_details(attachment_id)
        entry = panel.selected_entry()
        if entry is not None and entry.value.kind is AttachmentKind.SCREENSHOT:
            details.show_online()
        details.show()
        details.raise_()
        details.activateWindow()
        return details

    def _new_incident(self) -> None:
        self.tabs.setCurrentWidget(self.incidents)
        self.incidents.new_incident()

    def export_dossier(self) -> ExportDialog:
        """The export dialog, with the incidents marked in the list preselected."""
        def make() -> ExportDialog:
            rows = self.incidents.view.selectionModel().selectedRows()
            marked = [str(r.data(ID_ROLE)) for r in rows if r.data(ID_ROLE)]
            return ExportDialog(self.service, self.dialogs, marked, self)
        return self._show_tool("export_dialog", make)

    def _new_contact(self) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.new_contact()

    # -- called by the controller -------------------------------------------------------
    def reload(self) -> None:
        """Fill both lists, one step after the other so that no two compete for the GIL (a
        busy Python thread makes every Qt-to-Python call of the GUI thread wait its turn):
        the incident list first and quickly (only what is on screen), its search texts after
        its first paint, then the contacts (see ui/incidents/loading.py), then the start
        view. The incidents' job starts once the window is painted: painting it beside the
        job took up to 100 ms."""
        from ui.worker import after_first_paint

        self.contacts.expect_load()
        self.incidents.expect_load()
        self.incidents.search_ready.connect(self._load_contacts,
                                            Qt.ConnectionType.SingleShotConnection)
        self.start_view.show_loading()
        # The tab widget paints whichever page is shown (the start view first, the list
        # when a lock kept it): waiting for the list's own paint would wait for nothing.
        after_first_paint(self.tabs,
                          lambda: self.incidents.reload_in_background(self._loader))

    def _load_contacts(self) -> None:
        self.contacts.reload_in_background(self._loader)
        # The start view's job reads every incident in full: last on the loader's one
        # thread, so that the lists load as fast as without it.
        self.start_view.reload_in_background(self._loader)

    def refresh_from_elsewhere(self) -> None:
        """The vault changed (here or in another process): each list reads what changed, one
        per event-loop turn (together they came near the 100 ms a turn may take)."""
        self.incidents.refresh_from_elsewhere()
        QTimer.singleShot(0, self.contacts, self.contacts.refresh_from_elsewhere)
        self.start_view.refresh_later()

    def state(self) -> WindowState:
        """Where the user is, to restore it after unlocking (ids only, no content)."""
        return {"tab": self.tabs.currentIndex(), "incident": self.incidents.selected_id(),
                "contact": self.contacts.selected_id(),
                "editors": self.incidents.open_editor_ids(),
                "contact_editors": self.contacts.open_editor_ids()}

    def restore(self, state: WindowState) -> None:
        self.tabs.setCurrentIndex(int(state.get("tab", 0)))
        incident, contact = state.get("incident"), state.get("contact")
        if incident:
            self.incidents.select(incident)
        if contact:
            self.contacts.select(contact)
        for incident_id in state.get("editors", []):
            self.incidents.open_incident(incident_id)
        for person_id in state.get("contact_editors", []):
            self.contacts.open_contact(person_id)

    def clear_for_lock(self, ask: bool, purpose: Purpose = Purpose.LOCK) -> bool:
        """Close editors and drop every decrypted value. Asking (the user locks or quits):
        every question in every window first (see ui/close_plan.py), then the answers are
        carried out, and only then does anything close. False if the user cancelled (all is
        as it was), or chose to wait for files still being added: the lock (or quit) then
        follows by itself once they are stored. Not asking (auto-lock): valid changes are
        saved, the rest is kept as drafts with a note (pending_notes)."""
        if ask:
            plan = ClosePlan(purpose)
            if not plan.ask(self.incidents.plan_lock, self.contacts.plan_lock):
                if plan.waiting:
                    self._when_files_added(purpose)
                return False
        self._adding.stop()
        self.start_view.clear()
        self.incidents.drop_for_lock(ask)
        self.contacts.drop_for_lock(ask)
        # A running export or backup stops and leaves nothing (storage cleans up); a verify
        # report, a recovery code, the secrets typed into a restore, the history's names and
        # recipients and the user list go with the lock.
        for name in TOOL_DIALOGS:
            dialog = getattr(self, name)
            if dialog is not None:
                getattr(dialog, "abandon", dialog.reject)()
                self._drop_tool(name)
        return True

    def pending_notes(self) -> list[str]:
        return self.incidents.pending_notes() + self.contacts.pending_notes()

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_for_lock:
            event.accept()
            return
        if not self.clear_for_lock(ask=True, purpose=Purpose.QUIT):
            event.ignore()
            return
        event.accept()
        self.quit_requested.emit()

    def adding_files(self) -> bool:
        """Whether an incident editor is still adding files."""
        return any(e.attachments_panel is not None and e.attachments_panel.is_busy()
                   for e in self.incidents.editors())

    def _when_files_added(self, purpose: Purpose) -> None:
        """The user chose to wait for files still being added: lock (or quit) once they are
        stored, asking again about whatever is unsaved then."""
        self._waiting_for = purpose
        self.statusBar().showMessage(
            self.tr("Vorfallbuch wird beendet, sobald die Dateien hinzugefügt sind.")
            if purpose is Purpose.QUIT
            else self.tr("Vorfallbuch wird gesperrt, sobald die Dateien hinzugefügt sind."))
        self._adding.start()

    def _check_files_added(self) -> None:
        if self.adding_files():
            return
        self._adding.stop()
        self.statusBar().clearMessage()
        if self._waiting_for is Purpose.QUIT:
            self.close()
        else:
            self.lock_requested.emit()
