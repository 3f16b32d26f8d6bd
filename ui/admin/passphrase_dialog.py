"""'Passphrase ändern…': the current passphrase, the new one twice with the wizard's strength
rules, then (in a job: two key derivations) the check that the current one is right and the
new one differs, and the new key slot. Backups made before keep opening with the passphrase
they were made with; the dialog says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.progress import CancelFn, Progress
from app.service import VaultService
from ui.messages import describe
from ui.passphrase import PassphraseFields
from ui.secret_field import SecretField, caps_lock_hint
from ui.worker import JobDialog

if TYPE_CHECKING:
    from app.access import KdfParams


def tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


class OldPassphraseWrong(Exception):
    """The current passphrase typed into the dialog does not open the user's key slot."""


class PassphraseDialog(JobDialog):
    def __init__(self, service: VaultService, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._kdf = kdf
        self.changed = False
        self.setWindowTitle(tr("Passphrase ändern"))
        self.setMinimumWidth(520)
        intro = QLabel(tr("Die neue Passphrase gilt nur für Sie ({0}). Sicherungen, die vorher "
                          "angelegt wurden, öffnen sich weiter nur mit der Passphrase, mit der "
                          "sie angelegt wurden.").format(service.user_name), wordWrap=True)
        self.old = SecretField()
        self.old.setObjectName("old_passphrase")
        self.old.setAccessibleName(tr("Bisherige Passphrase"))
        old_form = QFormLayout()
        old_form.addRow(tr("Bisherige Passphrase:"), self.old)
        old_form.addRow("", caps_lock_hint(self.old))
        self.fields = PassphraseFields()
        self.fields.user_name = service.user_name
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("passphrase_status")
        self.change_button = QPushButton(tr("Passphrase ä&ndern"))
        self.change_button.clicked.connect(self.start)
        self.close_button = QPushButton(tr("Abbrechen"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(old_form)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for other in self.findChildren(QPushButton):
            other.setAutoDefault(other is self.change_button)
        self.change_button.setDefault(True)
        self.old.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        self._update()
        self.old.setFocus()

    def _update(self, *_args: object) -> None:
        self.change_button.setEnabled(self.job is None and not self.changed
                                      and bool(self.old.text()) and self.fields.is_valid())

    def start(self) -> bool:
        new = self.fields.passphrase()
        old = self.old.text()
        if self.job is not None or new is None or not old:
            return False
        service, kdf = self._service, self._kdf

        def work(_progress: Progress, _cancelled: CancelFn) -> None:
            if not service.is_own_passphrase(old):
                raise OldPassphraseWrong()
            service.change_passphrase(new, kdf)

        self.status.setText(tr("Die Passphrase wird geprüft und geändert …"))
        self.run_job(work, self._succeeded, self._failed)
        return True

    def job_changed(self) -> None:
        self._update()

    def _succeeded(self, _result: object) -> None:
        self.changed = True
        self.old.clear()
        self.fields.clear()
        self.status.setText(tr("Die Passphrase ist geändert; Sicherungen, die vorher angelegt "
                               "wurden, öffnen sich weiter nur mit der bisherigen Passphrase."))
        self.close_button.setText(tr("Schließen"))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OldPassphraseWrong):
            self.status.setText(tr("Die bisherige Passphrase ist falsch; es wurde nichts "
                                   "geändert."))
            self.old.clear()
            self.old.hide_text()
            self.old.setFocus()
        else:
            self.status.setText(describe(exc))

    def reject(self) -> None:
        if self.job is not None:  # a key slot being written is not broken off
            return
        self.old.clear()
        self.fields.clear()
        super().reject()
