"""The app's flow: setup wizard or unlock dialog, the main window while unlocked, and locking
(button, Ctrl+L, idle, screen lock or sleep), which drops every decrypted value. Also the
settings dialog, the drafts an automatic lock kept (offered after unlocking) and the
once-per-vault offer of the shipped support contacts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import access
from app.settings_file import AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, StartSettings
from ui.dialogs import Dialogs
from ui.single_instance import Claim, VaultClaim
from ui.unlock import UnlockDialog, native_path

if TYPE_CHECKING:
    from app.access import KdfParams
    from app.service import LockedVault, VaultService
    from app.settings import Settings
    from ui.clipboard import ClipboardGuard
    from ui.locking import IdleWatcher, SessionWatcher
    from ui.main_window import MainWindow, WindowState
    from ui.recovery import RecoveryDialog
    from ui.settings_dialog import SettingsDialog
    from ui.wizard import SetupWizard

CHANGE_POLL_MS = 2000


def _release_memory() -> None:
    """Once every list's rows are let go (ui.worker.release_in_slices), collect what was made
    since the last freeze and hand the frozen objects back to the collector (app.entries.
    release_frozen). Waiting for the rows keeps 10,000 incidents out of the generation the
    unfreeze fills, which a later full collection would otherwise have to look at."""
    from app.entries import release_frozen
    from ui.worker import after_releases

    after_releases(release_frozen)


class AppController(QObject):
    locked = Signal()
    unlocked = Signal()
    finished = Signal()

    def __init__(self, folder: Path, settings: Settings | StartSettings,
                 settings_path: Path | None,
                 dialogs: Dialogs, kdf: KdfParams | None = None,
                 parent: QObject | None = None, runtime: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        # What the first window needs; the full settings (pydantic) are loaded at first use,
        # after it is on screen (app/start_settings.py says why).
        self._start_values = settings if isinstance(settings, StartSettings) else StartSettings(
            settings.language, settings.last_user, settings.vault_folder)
        self._settings: Settings | None = None if isinstance(settings, StartSettings) else settings
        self.settings_path = settings_path
        self.dialogs = dialogs
        self.kdf = kdf
        # The opened vault while nobody is unlocked (the one the service came from while
        # someone is), and the service while unlocked.
        self.vault: LockedVault | None = None
        self.service: VaultService | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: SetupWizard | None = None
        self.recovery: RecoveryDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._state: WindowState = {}
        self._notes: list[str] = []
        self._marker = 0
        # Watchers are made at the first unlock: nothing needs them before, and start-up to
        # the unlock dialog should cost little more than Qt itself.
        self.clipboard: ClipboardGuard | None = None
        self.idle: IdleWatcher | None = None
        self.session_watcher: SessionWatcher | None = None
        self.changes = QTimer(self)
        self.changes.setInterval(CHANGE_POLL_MS)
        self.changes.timeout.connect(self.check_for_changes)
        # One app per vault (ui/single_instance.py); `refused` says why this one did not
        # start: the vault is open in another Vorfallbuch, which came to the front.
        self.instance = VaultClaim(self, runtime)
        self.instance.activation_requested.connect(self.bring_to_front)
        self.refused: Claim | None = None

    @property
    def settings(self) -> Settings:
        """The user's settings, read from the file at first use."""
        if self._settings is None:
            from app.settings import Settings

            self._settings = (Settings.load(self.settings_path) if self.settings_path is not None
                              else Settings())
        return self._settings

    def _current_start_values(self) -> StartSettings:
        """The last user and the chosen folder as they are now: this run's changes once the
        settings are loaded, else the file's."""
        if self._settings is None:
            return self._start_values
        return StartSettings(self._settings.language, self._settings.last_user,
                             self._settings.vault_folder)

    # -- start --------------------------------------------------------------------------
    def start(self) -> None:
        claim = self.instance.claim(self.folder)
        if claim is not Claim.CLAIMED:
            self.refused = claim
            if claim is Claim.OTHER_SILENT:
                self.dialogs.error(None, self.refusal_text(claim))
            self.finished.emit()
            return
        users = access.user_names(self.folder)
        if users:
            self.show_unlock(users)
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from ui.wizard import SetupWizard

        folder, notice = self.folder, ""
        chosen = self._current_start_values().vault_folder
        if chosen and Path(chosen) == self.folder:
            # The vault the user chose last is not there (a network drive or USB stick not
            # connected?): never offer to make a new, empty one in its place unannounced.
            from app.paths import default_vault_dir

            folder = default_vault_dir()
            notice = self.tr(
                "Der zuletzt benutzte Tresor in {0} ist nicht erreichbar (etwa ein Netzlaufwerk "
                "oder USB-Stick, der nicht verbunden ist); öffnen Sie ihn mit „Vorhandenen "
                "Tresor öffnen…“, sobald er erreichbar ist, oder legen Sie einen neuen an."
            ).format(native_path(self.folder))
        self.wizard = SetupWizard(folder, self.dialogs, kdf=self.kdf, notice=notice)
        self.wizard.created.connect(self._created)
        self.wizard.open_requested.connect(self.choose_other_vault)
        self.wizard.rejected.connect(self._quit_if_locked)
        self.wizard.show()

    def show_unlock(self, users: list[str] | None = None) -> None:
        names = users if users is not None else (
            [u.name for u in self.vault.users()] if self.vault
            else access.user_names(self.folder))
        last_user = self._current_start_values().last_user
        self.unlock_dialog = UnlockDialog(self.folder, names, last_user, vault=self.vault)
        if self.vault is not None and self.vault.read_only:
            self.unlock_dialog.show_notice(self.tr(
                "Dieser Tresor liegt auf einem schreibgeschützten Datenträger oder in einem "
                "schreibgeschützten Ordner: Er ist nur zum Lesen geöffnet, und es kann nichts "
                "gespeichert werden."))
        self.unlock_dialog.unlocked.connect(self._on_unlocked)
        self.unlock_dialog.forgot.connect(self.show_recovery)
        self.unlock_dialog.other_vault.connect(self.choose_other_vault)
        self.unlock_dialog.rejected.connect(self._quit_if_locked)
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()

    # -- one app per vault ---------------------------------------------------------------
    def bring_to_front(self) -> None:
        """Another start asked for this vault: show the window it would have opened."""
        for window in (self.window, self.unlock_dialog, self.wizard, self.recovery):
            if window is not None and window.isVisible():
                if window.isMinimized():
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return

    def refusal_text(self, claim: Claim) -> str:
        """Why this app does not open the vault: another one has it (and came to the front,
        or does not answer)."""
        if claim is Claim.RAISED_OTHER:
            return self.tr("Dieser Tresor ist schon in einem anderen Vorfallbuch-Fenster "
                           "geöffnet; es wurde nach vorn geholt.")
        return self.tr("Dieser Tresor ist schon in einem anderen Vorfallbuch-Fenster geöffnet, "
                       "das nicht antwortet; schließen Sie es (oder melden Sie sich ab und "
                       "wieder an) und starten Sie Vorfallbuch dann erneut.")

    def _claim(self, folder: Path, parent: QWidget | None) -> bool:
        """Take the vault in `folder` for this app; False (and said) if another has it."""
        claim = self.instance.claim(folder)
        if claim is Claim.CLAIMED:
            return True
        self.dialogs.info(parent, self.refusal_text(claim))
        return False

    # -- another vault ------------------------------------------------------------------
    def choose_other_vault(self) -> None:
        """"Anderen Tresor öffnen…" (unlock dialog, setup wizard): the folder of an existing
        vault (or the folder holding the wizard's "Vorfallbuch-Tresor"), then its unlock
        dialog. The choice is remembered for the next start, the CLI's too."""
        from ui.wizard import VAULT_FOLDER_NAME

        parent = self.unlock_dialog if self.unlock_dialog is not None else self.wizard
        chosen = self.dialogs.choose_folder(parent, self.tr("Ordner des Tresors wählen"))
        if chosen is None:
            return
        folder, users = chosen, access.user_names(chosen)
        if not users and access.user_names(chosen / VAULT_FOLDER_NAME):
            folder = chosen / VAULT_FOLDER_NAME
            users = access.user_names(folder)
        if not users:
            self.dialogs.error(parent, self.tr(
                "In diesem Ordner liegt kein Tresor, den Vorfallbuch öffnen kann."))
            return
        if self.unlock_dialog is not None and folder.absolute() == self.folder.absolute():
            self._remember_folder(folder)
            return  # the vault already asked for
        if not self._claim(folder, parent):
            return
        self._remember_folder(folder)
        self._close_start_dialogs()
        if self.vault is not None:
            self.vault.close()  # locked, or opened by a try
            self.vault = None
        self._state = {}  # the place in another vault means nothing here
        self.folder = folder
        self.show_unlock(users)

    def switch_to(self, folder: Path) -> bool:
        """Open the vault in `folder` instead (a restored backup): lock this one (asking about
        unsaved changes), then its unlock dialog; remembered for the next start. False if
        the user kept the open vault."""
        users = access.user_names(folder)
        if not users:
            return False
        if not self._claim(folder, self.window):
            return False
        if not self.lock(ask=True):
            self.instance.claim(self.folder)  # kept the open vault: and its claim
            return False
        self._remember_folder(folder)
        self._close_start_dialogs()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self._state = {}
        self.folder = folder
        self.show_unlock(users)
        return True

    def _close_start_dialogs(self) -> None:
        """Close the unlock dialog or the wizard without taking it as "quit"."""
        if self.recovery is not None:
            self.recovery.close()
            self.recovery = None
        for dialog in (self.unlock_dialog, self.wizard):
            if dialog is None:
                continue
            dialog.rejected.disconnect(self._quit_if_locked)
            opened = dialog.opened_vault() if isinstance(dialog, UnlockDialog) else None
            if opened is not None and opened is not self.vault:
                opened.close()
            dialog.close()
            dialog.deleteLater()
        self.unlock_dialog = self.wizard = None

    def _drop_start_dialogs(self) -> None:
        """Unlocked: the dialog that did it (unlock, wizard, recovery) is done. Deleted, not
        kept for the next lock: its fields and its job held the passphrase."""
        for dialog in (self.recovery, self.unlock_dialog, self.wizard):
            if dialog is not None:
                if dialog is not self.recovery:
                    dialog.rejected.disconnect(self._quit_if_locked)
                dialog.hide()
                dialog.deleteLater()
        self.unlock_dialog = self.wizard = self.recovery = None

    def _remember_folder(self, folder: Path) -> None:
        from app.paths import default_vault_dir

        folder = folder.absolute()
        value = "" if folder == default_vault_dir().absolute() else str(folder)
        if self.settings.vault_folder != value:
            self.settings.vault_folder = value
            self._save_settings()  # a convenience: the app goes on if it cannot be written

    def _created(self, service: VaultService) -> None:
        if self.wizard is not None:
            self.folder = self.wizard.folder
            if self.wizard.location_chosen:
                self._remember_folder(self.folder)
            self.instance.claim(self.folder)  # the folder the wizard made it in
        self._on_unlocked(service)

    def show_recovery(self, user: str) -> None:
        from ui.recovery import RecoveryDialog

        if self.vault is None and self.unlock_dialog is not None:
            self.vault = self.unlock_dialog.opened_vault()  # opened by a try: not twice
        if self.vault is None:
            self.vault = access.open_vault(self.folder)
        names = [u.name for u in self.vault.users()]
        self.recovery = RecoveryDialog(self.vault, names, user, kdf=self.kdf,
                                       parent=self.unlock_dialog)
        self.recovery.recovered.connect(self._recovered)
        self.recovery.show()

    def _recovered(self, service: VaultService) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.done(1)
        self._on_unlocked(service)

    # -- unlocked -----------------------------------------------------------------------
    def _make_watchers(self) -> IdleWatcher:
        """The clipboard guard and the idle and session watchers (made once); returns the
        idle watcher, to be started."""
        if self.idle is not None:
            return self.idle
        from ui.clipboard import ClipboardGuard
        from ui.locking import IdleWatcher, SessionWatcher

        self.clipboard = ClipboardGuard(self.settings.clipboard_clear_seconds, self)
        self.idle = IdleWatcher(self.settings.auto_lock_minutes, self)
        self.idle.idle.connect(lambda: self.lock(ask=False))
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.session_locked.connect(lambda: self.lock(ask=False))
        return self.idle

    def _on_unlocked(self, service: VaultService) -> None:
        from ui.main_window import MainWindow

        idle = self._make_watchers()
        if self.vault is not None and self.vault is not service.locked_vault:
            self.vault.close()  # opened for "Passphrase vergessen?", then unlocked otherwise
        self.vault = service.locked_vault
        self.service = service
        user = service.user_name
        if self.settings.last_user != user:
            self.settings.last_user = user
            self._save_settings()
        self.window = window = MainWindow(service, self.dialogs)
        window.lock_requested.connect(lambda: self.lock(ask=True))
        window.quit_requested.connect(self.quit)
        window.settings_requested.connect(self.show_settings)
        window.last_backup_folder = self.settings.last_backup_folder
        window.backup_folder_chosen.connect(self._remember_backup_folder)
        window.switch_vault_requested.connect(self.switch_to)
        window.reload()
        window.restore(self._state)
        window.show()
        self._drop_start_dialogs()
        self._marker = service.change_marker()
        self.changes.start()
        idle.start()
        self._offer_drafts(service, window)
        if self.window is window:  # not locked again while a question was open
            self._offer_support_contacts(service, window)
        self.unlocked.emit()

    def _offer_drafts(self, service: VaultService, window: MainWindow) -> None:
        """The notes the last lock left, then the question about the drafts the automatic
        lock kept for this user (ui/draft_offer.py)."""
        from ui.draft_offer import offer_drafts, pending_drafts

        found, notes = pending_drafts(service)
        notes, self._notes = self._notes + notes, []
        if notes:
            self.dialogs.info(window, "\n".join(notes))
        if found and self.window is window:
            offer_drafts(window, service, self.dialogs, found, lambda: self.window is window)

    def _offer_support_contacts(self, service: VaultService, window: MainWindow) -> None:
        """Offer the shipped Saxony contacts on a vault's first unlock in the app, however the
        vault was made (wizard or `vorfallbuch init`), if it has none of them yet. The answer
        is remembered by vault id, so the user is asked once per vault."""
        if (not self.settings.offer_support_contacts or service.read_only
                or service.vault_id in self.settings.support_offer_answered):
            return
        from PySide6.QtCore import Qt

        from app.support_contacts import missing_support_contacts, support_contacts

        contacts = window.contacts
        if contacts.is_loading():  # read in a job after the incident list: ask once it is in

            def when_loaded() -> None:
                if self.window is window:  # not locked meanwhile
                    self._offer_support_contacts(service, window)

            contacts.loaded.connect(when_loaded, Qt.ConnectionType.SingleShotConnection)
            return
        present = contacts.loaded_persons()
        if present is None:
            return  # the load failed (the pane said so): asked at the next unlock
        if len(missing_support_contacts(present)) == len(support_contacts()):
            contacts.offer_support_contacts()
        self.settings.remember_support_offer(service.vault_id)
        self._save_settings()

    # -- settings -----------------------------------------------------------------------
    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.settings, self.window)
            self.settings_dialog.chosen.connect(self.apply_timing)
            self.settings_dialog.language_chosen.connect(self.apply_language)
            self.settings_dialog.finished.connect(self._settings_closed)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def apply_timing(self, minutes: int, seconds: int) -> None:
        """New auto-lock and clipboard delays: in force at once, and saved."""
        self.settings.auto_lock_minutes = AUTO_LOCK_MINUTES.clamp(minutes)
        self.settings.clipboard_clear_seconds = CLIPBOARD_CLEAR_SECONDS.clamp(seconds)
        if self.idle is not None:
            self.idle.set_minutes(self.settings.auto_lock_minutes)
        if self.clipboard is not None:
            # ClipboardGuard has no setter; its timer is the whole of its delay.
            self.clipboard.set_seconds(self.settings.clipboard_clear_seconds)
        if not self._save_settings():
            self.dialogs.error(self.window, self.tr(
                "Die Einstellungen gelten ab sofort, konnten aber nicht gespeichert werden; "
                "beim nächsten Start gelten wieder die bisherigen."))

    def apply_language(self, language: str) -> None:
        """The language for the next start (Deutsch or English), saved at once."""
        if language not in ("de", "en"):
            return
        self.settings.language = language  # type: ignore[assignment]
        if not self._save_settings():
            self.dialogs.error(self.window, self.tr(
                "Die Sprache konnte nicht gespeichert werden; beim nächsten Start gilt wieder "
                "die bisherige."))

    def check_for_changes(self) -> None:
        """Saves made by another process (the CLI, a second window) appear without a restart."""
        if self.window is None or self.service is None:
            return
        try:
            marker = self.service.change_marker()
        except Exception:
            return  # busy or locked meanwhile: the next tick tries again
        if marker != self._marker:
            self._marker = marker
            self.window.refresh_from_elsewhere()

    # -- locking ------------------------------------------------------------------------
    def lock(self, ask: bool = True) -> bool:
        """Close editors (saving or asking), drop every decrypted value, show the unlock
        dialog. Returns False when the user cancelled."""
        window, service = self.window, self.service
        if window is None or service is None:
            return True
        state = window.state()  # before clearing: the selection goes with the data
        if not window.clear_for_lock(ask):
            # Cancelled; or an automatic lock came while a question was open and is done.
            return self.window is None
        self._state = state
        self._notes = window.pending_notes()
        self.changes.stop()
        if self.idle is not None:
            self.idle.stop()
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        window.close_for_lock()
        # Once the window is gone and its rows are let go (in slices), nothing stays frozen.
        window.destroyed.connect(lambda: QTimer.singleShot(0, _release_memory))
        window.deleteLater()
        self.window = self.service = None
        if self.clipboard is not None:
            self.clipboard.clear_for_lock()
        self.vault = service.lock()
        self.locked.emit()
        self.show_unlock()
        return True

    def close(self) -> None:
        """Stop watching, close every window without asking (after the main window's own
        close has asked), forget the keys and close the vault."""
        self.changes.stop()
        if self.idle is not None:
            self.idle.stop()
        if self.clipboard is not None:
            self.clipboard.clear_for_lock()
        if self.settings_dialog is not None:  # a child of the window: closed before it goes
            self.settings_dialog.close()
        if self.window is not None:
            self.window.clear_for_lock(ask=False)
            self.window.close_for_lock()
            self.window = None
        self.service = None  # closed with its vault below
        if self.wizard is not None:
            self.wizard.abandon()  # a vault it made, its code not yet confirmed: key dropped
        for dialog in (self.unlock_dialog, self.wizard, self.recovery):
            if dialog is not None:
                dialog.close()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.instance.release()
        self.finished.emit()

    def quit(self) -> None:
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _quit_if_locked(self) -> None:
        if self.window is None:
            self.quit()

    def _remember_backup_folder(self, folder: str) -> None:
        if self.settings.last_backup_folder != folder:
            try:
                self.settings.last_backup_folder = folder
            except ValueError:  # a folder the settings cannot hold (too long): not remembered
                return
            self._save_settings()
            if self.window is not None:
                self.window.last_backup_folder = folder

    def _save_settings(self) -> bool:
        """False if the file could not be written. Preferences are a convenience: the app
        goes on either way."""
        if self.settings_path is None:
            return True
        try:
            self.settings.save(self.settings_path)
        except OSError:
            return False
        return True
