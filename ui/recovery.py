""""Passphrase vergessen?": the recovery code sets a new passphrase. Typos are named per group
while typing, before any key derivation runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.access import RECOVERY_CODE_LENGTH, check_recovery_code, normalise_recovery_code
from app.errors import RecoveryCodeError, StorageCode
from ui.passphrase import PassphraseFields
from ui.widgets import button_row
from ui.worker import Job

if TYPE_CHECKING:
    from app.access import KdfParams
    from app.service import LockedVault, VaultService


class RecoveryDialog(QDialog):
    recovered = Signal(object)  # the app.service.VaultService of the unlocked vault

    def __init__(self, vault: LockedVault | None, users: list[str], user: str,
                 open_vault: Callable[[], LockedVault] | None = None,
                 kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Passphrase mit dem Wiederherstellungscode"))
        self._vault = vault
        self._open_vault = open_vault
        self._kdf = kdf
        self._job: Job | None = None
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.user.addItems(users)
        if user in users:
            self.user.setCurrentText(user)
        self.code = QLineEdit()
        self.code.setObjectName("recovery_code")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_hint = QLabel(wordWrap=True)
        self.code_hint.setObjectName("code_hint")
        self.fields = PassphraseFields()
        self.fields.user_name = user
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.ok = QPushButton(self.tr("Passphrase setzen"))
        self.ok.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Benutzer:"), self.user)
        form.addRow(self.tr("Wiederherstellungscode:"), self.code)
        form.addRow(self.code_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Geben Sie den Wiederherstellungscode ein, den Sie beim Einrichten ausgedruckt oder "
            "notiert haben (Groß-/Kleinschreibung und Bindestriche sind egal)."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addLayout(button_row([self.ok], cancel))
        self.code.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        self.user.currentTextChanged.connect(self._set_user)
        self._update()

    def _set_user(self, name: str) -> None:
        self.fields.user_name = name
        self._update()

    def _code_problem(self) -> str:
        text = normalise_recovery_code(self.code.text())
        if not text:
            return self.tr("Bitte den Code eingeben.")
        try:
            check_recovery_code(text)
        except RecoveryCodeError as exc:
            if exc.code is StorageCode.RECOVERY_CODE_GROUP_TYPO:
                return self.tr("In Gruppe {0} ist ein Tippfehler.").format(exc.params["group"])
            if len(text) < RECOVERY_CODE_LENGTH:
                return self.tr("Noch nicht vollständig ({0} von {1} Zeichen).").format(
                    len(text), RECOVERY_CODE_LENGTH)
            return self.tr("Der Code ist nicht gültig; bitte prüfen Sie ihn.")
        return ""

    def _update(self) -> None:
        problem = self._code_problem()
        self.code_hint.setText(problem or self.tr("Der Code ist vollständig und gültig."))
        self.ok.setEnabled(not problem and self.fields.is_valid() and self._job is None)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        code, user = self.code.text(), self.user.currentText()
        passphrase = self.fields.passphrase() or ""
        vault, opener, kdf = self._vault, self._open_vault, self._kdf
        self.status.setText(self.tr("Setze die neue Passphrase …"))
        self.ok.setEnabled(False)

        def work(_progress: object, _cancelled: object) -> VaultService:
            target = vault if vault is not None else opener() if opener else None
            if target is None:
                raise RuntimeError("the recovery dialog was given no vault")
            return target.recover(code, user, passphrase, kdf=kdf)

        self._job = Job(work, self)
        self._job.succeeded.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _done(self, service: VaultService) -> None:
        self._job = None
        self.code.clear()
        self.fields.clear()
        self.recovered.emit(service)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import describe

        self._job = None
        self.status.setText(describe(exc))
        self._update()
