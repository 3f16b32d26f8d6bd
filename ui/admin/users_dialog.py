"""'Benutzer verwalten…': the vault's users with their roles. Owners add a user (her own name
and passphrase, typed by her, with the wizard's strength rules; in a job: the key derivation
takes a second or two), remove one after a question that names whom, and make a user an owner
or a clerk. Clerks see the list and why they cannot change it. The rules themselves (only
owners, never the last owner or the last user) are app/users.py's: the dialog asks the service
before it asks the user, and words the service's refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from app.texts import dates
from app.users import UserRole, UserView
from ui.dialogs import Dialogs
from ui.messages import describe
from ui.passphrase import PassphraseFields
from ui.worker import JobDialog

if TYPE_CHECKING:
    from app.access import KdfParams


def tr(text: str) -> str:
    return QCoreApplication.translate("UsersDialog", text)


def role_text(role: UserRole) -> str:
    return tr("Inhaber") if role is UserRole.OWNER else tr("Mitarbeiter")


class AddUserDialog(JobDialog):
    """A new user: name, role, and her passphrase twice (she types it herself)."""

    def __init__(self, service: VaultService, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._kdf = kdf
        self.added = ""
        self.setWindowTitle(tr("Benutzer hinzufügen"))
        self.setMinimumWidth(520)
        intro = QLabel(tr("Die neue Person tippt ihre Passphrase selbst ein; niemand sonst muss "
                          "sie kennen. Mitarbeiter erfassen Vorfälle und exportieren Dossiers; "
                          "Inhaber verwalten außerdem die Benutzer und den "
                          "Wiederherstellungscode."), wordWrap=True)
        self.name = QLineEdit()
        self.name.setObjectName("new_user_name")
        self.name.setMaxLength(100)
        self.name.setAccessibleName(tr("Name der neuen Person"))
        self.role = QComboBox()
        self.role.setObjectName("new_user_role")
        self.role.setAccessibleName(tr("Rolle"))
        self.role.addItem(role_text(UserRole.CLERK), UserRole.CLERK.value)
        self.role.addItem(role_text(UserRole.OWNER), UserRole.OWNER.value)
        self.fields = PassphraseFields()
        form = self.fields.layout()  # one form, one column of labels
        assert isinstance(form, QFormLayout)
        form.insertRow(0, tr("&Name:"), self.name)
        form.insertRow(1, tr("&Rolle:"), self.role)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("add_user_status")
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        self.add_button = QPushButton(tr("&Hinzufügen"))
        self.add_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Abbrechen"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.cancel_button.setAutoDefault(False)
        self.add_button.setDefault(True)
        self.name.textChanged.connect(self._name_changed)
        self.fields.validity_changed.connect(self._update)
        self._update()
        self.name.setFocus()

    def _name_changed(self, text: str) -> None:
        self.fields.set_user_name(text.strip())  # the passphrase must not be her name
        self._update()

    def _update(self, *_args: object) -> None:
        self.add_button.setEnabled(self.job is None and not self.added
                                   and bool(self.name.text().strip()) and self.fields.is_valid())

    def start(self) -> bool:
        passphrase = self.fields.passphrase()
        name = self.name.text()
        if self.job is not None or passphrase is None or not name.strip():
            return False
        role = UserRole(self.role.currentData())
        service, kdf = self._service, self._kdf

        def work(_progress: Progress, _cancelled: CancelFn) -> str:
            return service.add_user(name, passphrase, kdf, role=role)

        self.status.setText(tr("Die Passphrase wird gesichert; das dauert ein, zwei Sekunden …"))
        self.run_job(work, self._succeeded, self._failed)
        return True

    def job_changed(self) -> None:
        self._update()

    def _succeeded(self, name: object) -> None:
        self.added = str(name)
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))
        self.name.setFocus()

    def reject(self) -> None:
        if self.job is not None:  # a key slot being written is not broken off
            return
        self.fields.clear()
        super().reject()


class UsersDialog(QDialog):
    # The unlocked user chose to remove herself (confirmed): the main window closes what is
    # open (asking about unsaved changes), removes her and locks, since her passphrase then
    # opens the vault no more.
    remove_self_requested = Signal(str)

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None, kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._kdf = kdf
        self.views: list[UserView] = []
        self.add_dialog: AddUserDialog | None = None
        self.setWindowTitle(tr("Benutzer verwalten"))
        self.setMinimumWidth(620)
        self.who = QLabel(wordWrap=True)
        self.who.setObjectName("users_who")
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setObjectName("users_table")
        self.table.setAccessibleName(tr("Benutzer des Tresors"))
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Rolle"), tr("Benutzer seit")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("users_status")
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        self.add_button = QPushButton(tr("Benutzer &hinzufügen …"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(tr("Zum &Inhaber machen"))
        self.role_button.setObjectName("role_button")
        self.role_button.clicked.connect(self.toggle_role)
        self.remove_button = QPushButton(tr("&Entfernen …"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.add_button, self.role_button, self.remove_button,
                       self.close_button):
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.role_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.reload()
        self.table.setFocus()

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.views = self._service.user_views()
        except StorageError as exc:  # a damaged history: say so, change nothing
            self.views = []
            self.status.setText(describe(exc))
        me = self._service.user_id
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            name = view.name + (tr(" (Sie)") if view.id == me else "")
            since = dates.local_day(view.created_at) if view.created_at else ""
            for column, text in enumerate((name, role_text(view.role), since)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mine = next((v for v in self.views if v.id == me), None)
        if mine is not None and mine.is_owner:
            self.who.setText(tr("Sie sind als {0} angemeldet und Inhaber dieses Tresors: Sie "
                                "können Benutzer hinzufügen, entfernen und ihre Rolle ändern. "
                                "Mitarbeiter erfassen Vorfälle und exportieren Dossiers.")
                             .format(self._service.user_name))
        else:
            self.who.setText(tr("Sie sind als {0} angemeldet (Mitarbeiter). Benutzer und den "
                                "Wiederherstellungscode verwalten nur Inhaber des Tresors.")
                             .format(self._service.user_name))
        if self.table.currentRow() < 0 and self.views:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.views[row] if 0 <= row < len(self.views) else None

    def _is_owner(self) -> bool:
        me = self._service.user_id
        return any(v.id == me and v.is_owner for v in self.views)

    def _update(self) -> None:
        owner = self._is_owner() and not self._service.read_only
        view = self.selected()
        self.add_button.setEnabled(owner)
        self.role_button.setEnabled(owner and view is not None)
        self.remove_button.setEnabled(owner and view is not None)
        if view is not None and view.is_owner:
            self.role_button.setText(tr("Zum &Mitarbeiter machen"))
        else:
            self.role_button.setText(tr("Zum &Inhaber machen"))

    # -- changing -----------------------------------------------------------------------
    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._service, self._kdf, self)
        self.add_dialog = dialog
        dialog.finished.connect(self._add_finished)
        dialog.open()
        return dialog

    def _add_finished(self) -> None:
        dialog, self.add_dialog = self.add_dialog, None
        if dialog is None:
            return
        if dialog.added:
            self.reload()
            self._select(dialog.added)
            self.status.setText(tr("„{0}“ kann den Tresor jetzt mit der eigenen Passphrase "
                                   "öffnen.").format(dialog.added))
        dialog.deleteLater()

    def toggle_role(self) -> bool:
        view = self.selected()
        if view is None:
            return False
        role = UserRole.CLERK if view.is_owner else UserRole.OWNER
        if role is UserRole.OWNER:
            text = tr("„{0}“ zum Inhaber machen? Inhaber können Benutzer hinzufügen und "
                      "entfernen, auch Sie, und einen neuen Wiederherstellungscode erzeugen."
                      ).format(view.name)
            if not self._dialogs.confirm(self, text, tr("Zum Inhaber machen")):
                return False
        try:
            self._service.set_role(view.name, role)
        except StorageError as exc:
            self.status.setText(describe(exc))
            return False
        self.reload()
        self._select(view.name)
        self.status.setText(tr("„{0}“ ist jetzt {1}.").format(view.name, role_text(role)))
        return True

    def remove_selected(self) -> bool:
        view = self.selected()
        if view is None:
            return False
        try:  # a refusal (the last owner, the last user) comes before the question
            self._service.removal_target(view.name)
        except StorageError as exc:
            self.status.setText(describe(exc))
            return False
        yourself = view.id == self._service.user_id
        text = tr("„{0}“ ({1}) entfernen? Die Passphrase dieser Person öffnet den Tresor dann "
                  "nicht mehr; was sie erfasst hat, bleibt unter ihrem Namen erhalten."
                  ).format(view.name, role_text(view.role))
        if yourself:
            text += " " + tr("Sie entfernen sich selbst: Der Tresor wird danach gesperrt, und "
                             "Ihre Passphrase öffnet ihn nicht mehr.")
        if not self._dialogs.confirm(self, text, tr("Entfernen")):
            return False
        if yourself:
            self.remove_self_requested.emit(view.name)
            return True
        try:
            self._service.remove_user(view.name)
        except StorageError as exc:
            self.status.setText(describe(exc))
            return False
        self.reload()
        self.status.setText(tr("„{0}“ wurde entfernt.").format(view.name))
        return True

    def _select(self, name: str) -> None:
        for row, view in enumerate(self.views):
            if view.name == name:
                self.table.selectRow(row)

    def abandon(self) -> None:
        """A lock: the add dialog (with a passphrase typed into it) goes too."""
        if self.add_dialog is not None:
            self.add_dialog.fields.clear()
        self.reject()
