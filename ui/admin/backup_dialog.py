"""'Sicherung anlegen…': choose where the encrypted backup goes (a USB stick, a folder on
another disk), write it in a job, read it back and verify it (storage/backup.py does both),
then say in German what was written: the file, its size, how long it took. A target on the
same disk as the vault gets a warning first: a broken or stolen disk would take both."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.progress import CancelFn, Cancelled, Progress
from app.service import VaultService
from ui.attachments.display import human_size
from ui.dialogs import Dialogs, documents_folder
from ui.messages import describe
from ui.widgets import enter_presses_only
from ui.worker import JobDialog

if TYPE_CHECKING:
    from app.backups import BackupResult

SUFFIX = ".vfbackup"
# What storage/backup.py says at each step, in the dialog's words. A test runs a real backup
# and checks that every step it reports is in this table.
STEPS = {
    "Taking a consistent snapshot": QT_TRANSLATE_NOOP(
        "BackupDialog", "Schritt 1 von 3: Der Stand des Tresors wird festgehalten …"),
    "Writing": QT_TRANSLATE_NOOP(
        "BackupDialog", "Schritt 2 von 3: Vorfälle und Anhänge werden verschlüsselt "
        "geschrieben …"),
    "Reading the backup back": QT_TRANSLATE_NOOP(
        "BackupDialog", "Schritt 3 von 3: Die Sicherung wird zurückgelesen und geprüft …"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


def step_text(reported: str) -> str:
    for prefix, text in STEPS.items():
        if reported.startswith(prefix):
            return tr(str(text))
    return tr("Die Sicherung wird geschrieben …")


def same_disk(vault_folder: Path, target: Path) -> bool:
    """Whether `target` (a file to be written) lies on the device that holds the vault."""
    folder = target.parent
    while not _is(folder, Path.exists) and folder != folder.parent:
        folder = folder.parent
    try:
        return os.stat(folder).st_dev == os.stat(vault_folder).st_dev
    except OSError:
        return False


def _is(path: Path, test: Callable[[Path], bool]) -> bool:
    """`test(path)`, False where the system cannot even look (a name too long): the backup
    itself then says what is wrong with the target."""
    try:
        return test(path)
    except (OSError, ValueError):
        return False


def suggested_name(today: dt.date | None = None) -> str:
    return f"Vorfallbuch-Sicherung-{(today or dt.date.today()).isoformat()}{SUFFIX}"


class BackupDialog(JobDialog):
    written = Signal(object)  # the BackupResult, once written and verified
    folder_chosen = Signal(str)  # the target's folder, to be suggested next time

    def __init__(self, service: VaultService, dialogs: Dialogs, last_folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._started = 0.0
        self.setWindowTitle(tr("Sicherung anlegen"))
        self.setMinimumWidth(560)
        folder = Path(last_folder) if last_folder and Path(last_folder).is_dir() \
            else documents_folder()
        intro = QLabel(tr("Die Sicherung ist eine verschlüsselte Datei mit allen Vorfällen, "
                          "Kontakten, Anhängen und dem Verlauf. Sie öffnet sich nur mit einer "
                          "Passphrase dieses Tresors oder dem Wiederherstellungscode. Legen "
                          "Sie sie auf einen USB-Stick oder eine andere Festplatte und "
                          "bewahren Sie sie getrennt von diesem Computer auf."), wordWrap=True)
        self.target = QLineEdit(str(folder / suggested_name()))
        self.target.setObjectName("backup_target")
        self.target.setAccessibleName(tr("Ziel der Sicherung"))
        self.choose_button = QPushButton(tr("&Wählen…"))
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Ziel:")))
        row.addWidget(self.target, 1)
        row.addWidget(self.choose_button)
        self.warning = QLabel(wordWrap=True)
        self.warning.setObjectName("backup_warning")
        self.warning.setStyleSheet("color: #8a4b00;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("backup_status")
        self.start_button = QPushButton(tr("Sicherung &anlegen"))
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self._close_or_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        enter_presses_only(self, self.start_button)
        self.target.textChanged.connect(self._check_target)
        self._check_target()

    def chosen(self) -> Path:
        text = self.target.text().strip()
        path = Path(text).expanduser()
        if _is(path, Path.is_dir):  # a stick or a folder: the file goes into it
            return path / suggested_name()
        return path if path.suffix or not path.name else path.with_name(path.name + SUFFIX)

    def _check_target(self) -> None:
        if self.target.text().strip() and same_disk(self._service.folder, self.chosen()):
            self.warning.setText(tr("Das Ziel liegt auf demselben Datenträger wie der Tresor: "
                                    "Geht der Computer kaputt oder verloren, ist die Sicherung "
                                    "mit weg. Nehmen Sie besser einen USB-Stick."))
        else:
            self.warning.clear()

    def _choose(self) -> None:
        current = self.chosen()
        path = self._dialogs.save_file(self, tr("Sicherung speichern unter"), current.name,
                                       [tr("Vorfallbuch-Sicherungen (*{0})").format(SUFFIX)])
        if path is not None:
            self.target.setText(str(path if path.suffix else path.with_name(path.name + SUFFIX)))

    # -- the work -------------------------------------------------------------------------
    def start(self) -> bool:
        if self.job is not None:
            return False
        if not self.target.text().strip():
            self.status.setText(tr("Bitte wählen Sie, wohin die Sicherung geschrieben wird."))
            return False
        target = self.chosen()
        overwrite = False
        if _is(target, Path.exists):
            if _is(target, Path.is_dir):
                self.status.setText(tr("„{0}“ ist ein Ordner; bitte einen Dateinamen "
                                       "angeben.").format(str(target)))
                return False
            if not self._dialogs.confirm(self, tr("Die Datei „{0}“ gibt es schon. Ersetzen?")
                                         .format(target.name), tr("Ersetzen")):
                return False
            overwrite = True
        service = self._service

        def work(progress: Progress, cancelled: CancelFn) -> BackupResult:
            def say(text: str) -> None:
                if cancelled():
                    raise Cancelled()  # between steps: the backup leaves nothing behind
                progress(0, 0, text)

            return service.create_backup(target, overwrite=overwrite, progress=say)

        self._started = time.monotonic()
        self.status.setText(tr("Die Sicherung wird vorbereitet …"))
        self.run_job(work, self._succeeded, self._failed, progress=self._step)
        return True

    def _step(self, _done: int, _total: int, text: str) -> None:
        self.status.setText(step_text(text))

    def job_changed(self) -> None:
        busy = self.is_busy()
        self.progress.setVisible(busy)
        self.start_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.target.setEnabled(not busy)
        self.close_button.setText(tr("Abbrechen") if busy else tr("Schließen"))

    def _succeeded(self, result: BackupResult) -> None:
        seconds = max(time.monotonic() - self._started, 0.0)
        text = tr("Die Sicherung ist geschrieben und geprüft: {0} ({1}; Einträge: {2}; "
                  "Anhänge: {3}; Dauer: {4} s).").format(
            str(result.path), human_size(result.size), result.records, result.attachments,
            f"{seconds:.0f}")
        if result.warning is not None:
            text += " " + describe(result.warning)
        self.status.setText(text)
        self.folder_chosen.emit(str(result.path.parent))
        self.written.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(tr("Die Sicherung wurde abgebrochen; es wurde nichts "
                                   "geschrieben."))
        else:
            self.status.setText(describe(exc))

    def abandon(self) -> None:
        """For locking: a running backup is cancelled at its next step (it leaves no file,
        storage/backup.py removes its temporaries) and the dialog closes."""
        self.let_job_go(cancel=True)
        self.close()

    def _close_or_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(tr("Wird abgebrochen …"))
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None:  # Esc or the window's close button while it runs
            self.job.cancel()
            return
        super().reject()
