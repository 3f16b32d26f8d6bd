"""The unlock dialog: user, passphrase, "Passphrase vergessen?", and the growing wait after
wrong tries. It needs only the standard library and Qt to appear; the vault code loads in the
background meanwhile, and the key derivation runs off the GUI thread. (It avoids even the Qt
namespace: PySide6 builds that lazily, and the first touch costs ~20 ms of start-up.)"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.access import open_vault, unlock_wait
from ui.secret_field import SecretField, caps_lock_hint
from ui.widgets import button_row, enter_presses_only

if TYPE_CHECKING:
    from app.progress import CancelFn, Progress
    from app.service import LockedVault, VaultService
    from ui.worker import Job

OpenVault = Callable[[Path], "LockedVault"]


def native_path(folder: Path) -> str:
    """The folder as the platform writes it (backslashes on Windows), made absolute."""
    return os.path.normpath(os.path.abspath(folder))


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the app.service.VaultService of the unlocked vault
    forgot = Signal(str)  # the chosen user name
    other_vault = Signal()  # "Anderen Tresor öffnen…": the controller asks for the folder

    def __init__(self, folder: Path, users: list[str], last_user: str,
                 vault: LockedVault | None = None, open_vault: OpenVault = open_vault,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vorfallbuch entsperren"))
        self.setMinimumWidth(440)
        self._folder = folder
        self._vault = vault
        self._open_vault = open_vault
        self._job: Job | None = None  # while the key derivation runs
        self._opened: list[LockedVault] = []

        self.user = QComboBox()
        self.user.setObjectName("user")
        self.user.addItems(users)
        if last_user in users:
            self.user.setCurrentText(last_user)
        self.passphrase = SecretField()
        self.passphrase.setObjectName("passphrase")
        self.caps_hint = caps_lock_hint(self.passphrase)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        self.notice = QLabel(wordWrap=True)
        self.notice.setVisible(False)
        self.forgot_button = QPushButton(self.tr("Passphrase vergessen?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(lambda: self.forgot.emit(self.user.currentText()))
        self.other_button = QPushButton(self.tr("Anderen Tresor öffnen…"))
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self._other_vault)
        # Which vault this is, for a user with more than one (or one on a network drive).
        self.location = QLabel(self.tr("Tresor: {0}").format(native_path(folder)),
                               wordWrap=True)
        self.location.setObjectName("location")
        self.unlock_button = QPushButton(self.tr("Entsperren"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        quit_button = QPushButton(self.tr("Beenden"))
        quit_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Benutzer:"), self.user)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.caps_hint)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ihre Aufzeichnungen sind verschlüsselt. Bitte melden Sie sich "
                               "mit Ihrer Passphrase an."), wordWrap=True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.forgot_button)
        layout.addWidget(self.other_button)
        layout.addWidget(self.location)
        layout.addLayout(button_row([self.unlock_button], quit_button))

        enter_presses_only(self, self.unlock_button)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._tick()
        self.passphrase.setFocus()

    # -- waiting after wrong tries ------------------------------------------------------
    def _tick(self) -> None:
        left = unlock_wait(self._folder)
        if left > 0:
            self.status.setText(self.tr("Zu viele falsche Passphrasen; nächster Versuch in "
                                        "{0} Sekunden.").format(int(left + 0.999)))
            self.unlock_button.setEnabled(False)
            self._countdown.start()
        else:
            self._countdown.stop()
            self.unlock_button.setEnabled(self._job is None)
            if self.status.property("waiting"):
                self.status.clear()
        self.status.setProperty("waiting", left > 0)

    def waiting_seconds(self) -> float:
        return unlock_wait(self._folder)

    # -- unlocking ----------------------------------------------------------------------
    def opened_vault(self) -> LockedVault | None:
        """The vault this dialog has opened (after a try), to be shared, not opened twice."""
        return self._vault

    def try_unlock(self) -> None:
        if self._job is not None or unlock_wait(self._folder) > 0:
            return
        user = self.user.currentText()
        passphrase = self.passphrase.text()
        if not passphrase:
            self.status.setText(self.tr("Bitte geben Sie Ihre Passphrase ein."))
            return
        self.status.setText(self.tr("Prüfe die Passphrase …"))
        self.unlock_button.setEnabled(False)
        opened: list[LockedVault] = [self._vault] if self._vault is not None else []
        opener, folder = self._open_vault, self._folder

        def work(_progress: Progress, _cancelled: CancelFn) -> VaultService:
            if not opened:
                opened.append(opener(folder))
            return opened[0].unlock(user, passphrase)

        self._opened = opened

        from ui.worker import Job

        self._job = Job(work, self)
        self._job.succeeded.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _done(self, service: VaultService) -> None:
        self._job = None
        self._vault = service.locked_vault
        self.passphrase.clear()
        self.passphrase.hide_text()
        self.status.clear()
        self.unlocked.emit(service)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import describe

        self._job = None
        if self._opened:
            self._vault = self._opened[0]  # keep the opened vault for the next try
        self.passphrase.clear()
        self.passphrase.hide_text()
        self.passphrase.setFocus()
        self.status.setText(describe(exc))
        self._tick()

    def _other_vault(self) -> None:
        if self._job is None:  # not while a passphrase is being checked
            self.other_vault.emit()

    def is_busy(self) -> bool:
        return self._job is not None

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
