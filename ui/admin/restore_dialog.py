"""'Sicherung wiederherstellen…': choose a backup file (its header is read at once: a file that
is no Vorfallbuch backup, or is damaged before its header ends, is refused before any secret is
asked for), open it with a passphrase or the recovery code, and restore it into a new folder,
never over the open vault. storage/backup.py verifies the unpacked copy before it is put in
place, so a damaged, truncated or foreign file creates nothing. Afterwards the dialog offers to
switch to the restored vault."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backups import Credentials, read_backup_info, restore_backup
from app.errors import StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from app.texts import dates
from ui.admin.backup_dialog import SUFFIX
from ui.dialogs import Dialogs, documents_folder, file_dialog
from ui.messages import describe
from ui.secret_field import SecretField
from ui.worker import JobDialog

if TYPE_CHECKING:
    from app.backups import RestoreResult


def tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def default_target(today: dt.date | None = None) -> Path:
    day = (today or dt.date.today()).isoformat()
    return documents_folder() / f"Vorfallbuch-Tresor wiederhergestellt {day}"


class RestoreDialog(JobDialog):
    switch_requested = Signal(object)  # the restored vault's folder (a Path)

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.restored: Path | None = None
        self.setWindowTitle(tr("Sicherung wiederherstellen"))
        self.setMinimumWidth(600)
        intro = QLabel(tr("Die Sicherung wird in einen neuen Ordner wiederhergestellt und dort "
                          "geprüft; der geöffnete Tresor bleibt unverändert."), wordWrap=True)
        self.source = QLineEdit()
        self.source.setObjectName("restore_source")
        self.source.setAccessibleName(tr("Sicherungsdatei"))
        choose_source = QPushButton(tr("&Wählen…"))
        choose_source.clicked.connect(self._choose_source)
        self.info = QLabel(wordWrap=True)
        self.info.setObjectName("restore_info")
        self.with_passphrase = QRadioButton(tr("mit der &Passphrase eines Benutzers"))
        self.with_code = QRadioButton(tr("mit dem Wiederherstellungs&code"))
        self.with_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.with_passphrase)
        group.addButton(self.with_code)
        self.user = QLineEdit(service.user_name)
        self.user.setAccessibleName(tr("Benutzer"))
        self.passphrase = SecretField()
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.code = QLineEdit()
        self.code.setAccessibleName(tr("Wiederherstellungscode"))
        self.target = QLineEdit(str(default_target()))
        self.target.setAccessibleName(tr("Neuer Ordner"))
        choose_target = QPushButton(tr("Ordner w&ählen…"))
        choose_target.clicked.connect(self._choose_target)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(choose_source)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(choose_target)
        form = QFormLayout()
        form.addRow(tr("Sicherung:"), source_row)
        form.addRow("", self.info)
        form.addRow(tr("Öffnen:"), self.with_passphrase)
        form.addRow(tr("Benutzer:"), self.user)
        form.addRow(tr("Passphrase:"), self.passphrase)
        form.addRow("", self.with_code)
        form.addRow(tr("Code:"), self.code)
        form.addRow(tr("Neuer Ordner:"), target_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("restore_status")
        self.restore_button = QPushButton(tr("&Wiederherstellen"))
        self.restore_button.clicked.connect(self.start)
        self.switch_button = QPushButton(tr("Zum wiederhergestellten Tresor &wechseln"))
        self.switch_button.setVisible(False)
        self.switch_button.clicked.connect(self._switch)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for other in self.findChildren(QPushButton):
            other.setAutoDefault(other is self.restore_button)
        self.restore_button.setDefault(True)
        self.source.editingFinished.connect(self.read_info)
        self.with_passphrase.toggled.connect(self._mode)
        self._mode()

    def _mode(self, *_args: object) -> None:
        by_passphrase = self.with_passphrase.isChecked()
        self.user.setEnabled(by_passphrase)
        self.passphrase.setEnabled(by_passphrase)
        self.code.setEnabled(not by_passphrase)

    def _choose_source(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = file_dialog(self, tr("Sicherung wählen"), QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([tr("Vorfallbuch-Sicherungen (*{0})").format(SUFFIX),
                               tr("Alle Dateien (*)")])
        if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.source.setText(dialog.selectedFiles()[0])
            self.read_info()

    def _choose_target(self) -> None:
        chosen = self._dialogs.choose_folder(self, tr("Ordner für den wiederhergestellten "
                                                      "Tresor wählen"))
        if chosen is not None:
            self.target.setText(str(chosen / default_target().name))

    def read_info(self) -> bool:
        """The backup's header: when it was made, or why it is refused (no secret asked)."""
        text = self.source.text().strip()
        if not text:
            self.info.clear()
            return False
        try:
            info = read_backup_info(Path(text).expanduser())
        except StorageError as exc:
            self.info.setText(describe(exc))
            return False
        except OSError as exc:  # a name the system cannot look up
            self.info.setText(describe(exc))
            return False
        made = dates.local(info.created_at) if info.created_at else tr("unbekannt")
        same = info.vault_id == self._service.vault_id
        self.info.setText(tr("Sicherung vom {0}{1}.").format(
            made, tr(", von diesem Tresor") if same else tr(", von einem anderen Tresor")))
        return True

    # -- the work -------------------------------------------------------------------------
    def start(self) -> bool:
        if self.job is not None:
            return False
        if not self.read_info():
            self.status.setText(self.info.text() or tr("Bitte wählen Sie die Sicherungsdatei."))
            return False
        source = Path(self.source.text().strip()).expanduser()
        target = Path(self.target.text().strip()).expanduser()
        if not self.target.text().strip():
            self.status.setText(tr("Bitte wählen Sie einen neuen Ordner für den Tresor."))
            return False
        if target.absolute() == self._service.folder.absolute():
            self.status.setText(tr("Das ist der Ordner des geöffneten Tresors; bitte wählen Sie "
                                   "einen neuen Ordner."))
            return False
        if self.with_passphrase.isChecked():
            if not self.passphrase.text():
                self.status.setText(tr("Bitte geben Sie die Passphrase ein, mit der die "
                                       "Sicherung angelegt wurde."))
                return False
            credentials = Credentials(user=self.user.text().strip() or None,
                                      passphrase=self.passphrase.text())
        else:
            if not self.code.text().strip():
                self.status.setText(tr("Bitte geben Sie den Wiederherstellungscode ein."))
                return False
            credentials = Credentials(recovery_code=self.code.text())

        def work(_progress: Progress, _cancelled: CancelFn) -> RestoreResult:
            return restore_backup(source, target, credentials)

        self.status.setText(tr("Die Sicherung wird entpackt und geprüft …"))
        self.run_job(work, self._succeeded, self._failed)
        return True

    def job_changed(self) -> None:
        busy = self.is_busy()
        self.progress.setVisible(busy)
        self.restore_button.setEnabled(not busy and self.restored is None)
        if not busy:  # the secrets were needed for this one run
            self.passphrase.clear()
            self.code.clear()

    def _succeeded(self, result: RestoreResult) -> None:
        self.restored = result.folder
        self.status.setText(tr("Der Tresor ist wiederhergestellt und geprüft: {0} (Einträge: "
                               "{1}).").format(str(result.folder), result.records))
        self.switch_button.setVisible(True)
        self.switch_button.setDefault(True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))

    def _switch(self) -> None:
        if self.restored is not None:
            folder = self.restored
            self.accept()
            self.switch_requested.emit(folder)

    def reject(self) -> None:
        if self.job is not None:  # a restore is not broken off half-way
            return
        self.passphrase.clear()
        self.code.clear()
        super().reject()

    def abandon(self) -> None:
        """For locking: the secrets typed here go; a running restore finishes by itself (it
        writes only into its new folder) and nothing is shown any more."""
        self.let_job_go()
        self.passphrase.clear()
        self.code.clear()
        super().reject()
