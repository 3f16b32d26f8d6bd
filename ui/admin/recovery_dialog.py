"""'Wiederherstellungscode…': whether the vault has a recovery code, and a new one on request,
with the wizard's printing and confirmation (kept, and one group typed back). The new code is
put in force only after that confirmation (then the old one stops working): broken off before
(a lock, the window closed), the old code stays the one that works, so a code nobody saw to
the end never replaces one somebody keeps."""

from __future__ import annotations

import html
import secrets

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.access import RECOVERY_CODE_GROUPS, normalise_recovery_code
from app.errors import StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from ui.dialogs import Dialogs
from ui.messages import describe
from ui.widgets import button_row
from ui.worker import JobDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryCodeDialog", text)


class RecoveryCodeDialog(JobDialog):
    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.code: str | None = None
        self.in_force = False  # the code shown is the vault's (committed)
        self._owner = False  # known once the state is read
        self.setWindowTitle(tr("Wiederherstellungscode"))
        self.setMinimumWidth(680)  # the checkbox line does not wrap
        self.state = QLabel(wordWrap=True)
        self.state.setObjectName("recovery_state")
        explanation = QLabel(tr("Mit dem Wiederherstellungscode kann jeder Benutzer eine neue "
                                "Passphrase setzen, wenn er seine vergessen hat. Ein neuer Code "
                                "ersetzt den bisherigen in diesem Tresor; Sicherungen, die "
                                "vorher angelegt wurden, öffnen sich weiter mit dem alten Code. "
                                "Legen Sie danach eine neue Sicherung an und vernichten Sie "
                                "ältere, wenn der alte Code in falsche Hände geraten sein "
                                "kann."), wordWrap=True)
        self.code_label = QLabel()
        self.code_label.setObjectName("recovery_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setVisible(False)
        self.print_button = QPushButton(tr("&Drucken …"))
        self.print_button.clicked.connect(self.print_code)
        self.print_button.setVisible(False)
        self.kept = QCheckBox(tr("Ich habe den Code ausgedruckt oder aufgeschrieben und "
                                 "bewahre ihn verschlossen auf."))
        self.kept.toggled.connect(self._update)
        self.group = secrets.randbelow(RECOVERY_CODE_GROUPS)
        self.prompt = QLabel(tr("Zur Sicherheit: Bitte tippen Sie Gruppe {0} des neuen Codes "
                                "ab.").format(self.group + 1), wordWrap=True)
        self.entry = QLineEdit()
        self.entry.setObjectName("confirm_group")
        self.entry.setAccessibleName(tr("Gruppe {0} des neuen Codes").format(self.group + 1))
        self.entry.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.entry.textChanged.connect(self._update)
        for widget in (self.print_button, self.kept, self.prompt, self.entry):
            widget.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("recovery_status")
        self.new_button = QPushButton(tr("&Neuen Code erzeugen …"))
        self.new_button.clicked.connect(self.renew)
        self.commit_button = QPushButton(tr("Neuen Code in &Kraft setzen"))
        self.commit_button.setObjectName("commit_code")
        self.commit_button.clicked.connect(self.commit)
        self.commit_button.setVisible(False)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.state, explanation, self.code_label, self.print_button, self.kept,
                       self.prompt, self.entry, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(button_row([self.new_button, self.commit_button], self.close_button))
        self._show_state()

    def _show_state(self) -> None:
        try:
            has_code = self._service.has_recovery_code()
            self._owner = self._service.is_owner
        except StorageError as exc:
            self.state.setText(describe(exc))
            return
        state = (tr("Für diesen Tresor ist ein Wiederherstellungscode hinterlegt.") if has_code
                 else tr("Für diesen Tresor ist kein Wiederherstellungscode hinterlegt."))
        if not self._owner:
            state += " " + tr("Einen neuen Code erzeugen nur Inhaber des Tresors.")
        self.state.setText(state)
        self._update()

    def _update(self, *_args: object) -> None:
        proposed = self.code is not None and not self.in_force
        self.close_button.setEnabled(self.job is None)
        self.new_button.setEnabled(self.job is None and self.code is None and self._owner
                                   and not self._service.read_only)
        self.commit_button.setEnabled(self.job is None and proposed and self.confirmed())

    def confirmed(self) -> bool:
        """The code is kept (the box) and one group of it typed back correctly."""
        if self.code is None or not self.kept.isChecked():
            return False
        typed = normalise_recovery_code(self.entry.text())
        return bool(typed) and typed == self.code.split("-")[self.group]

    def renew(self) -> bool:
        """Make a new code and show it; it is not in force until commit()."""
        if self.job is not None or self.code is not None:
            return False
        if not self._dialogs.confirm(self, tr(
                "Einen neuen Wiederherstellungscode erzeugen? Er gilt erst, wenn Sie ihn "
                "aufbewahrt und bestätigt haben; danach funktioniert der bisherige nicht mehr."),
                tr("Neuen Code erzeugen")):
            return False
        try:
            code = self._service.propose_recovery_code()
        except StorageError as exc:
            self.status.setText(describe(exc))
            return False
        self.code = code
        self.code_label.setText(code)
        for widget in (self.code_label, self.print_button, self.kept, self.prompt, self.entry,
                       self.commit_button):
            widget.setVisible(True)
        self.status.setText(tr("Der neue Code gilt noch nicht: Drucken oder notieren Sie ihn, "
                               "bestätigen Sie ihn und setzen Sie ihn dann in Kraft. Bis dahin "
                               "gilt der bisherige."))
        self.commit_button.setDefault(True)
        self._update()
        return True

    def commit(self) -> bool:
        """Put the confirmed code in force (in a job: a key slot is written)."""
        code = self.code
        if self.job is not None or code is None or self.in_force or not self.confirmed():
            return False
        service = self._service

        def work(_progress: Progress, _cancelled: CancelFn) -> str:
            return service.renew_recovery_code(code)

        self.status.setText(tr("Der neue Code wird gespeichert …"))
        self.run_job(work, self._renewed, self._failed)
        return True

    def job_changed(self) -> None:
        self._update()

    def _renewed(self, _code: object) -> None:
        self.in_force = True
        for widget in (self.prompt, self.entry, self.commit_button, self.kept):
            widget.setVisible(False)
        self.status.setText(tr("Der neue Code gilt ab jetzt; der bisherige funktioniert nicht "
                               "mehr. Legen Sie eine neue Sicherung an."))
        self._show_state()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))

    def print_code(self) -> None:
        document = (
            "<h2>" + html.escape(tr("Vorfallbuch – Wiederherstellungscode")) + "</h2>"
            + "<p style='font-family: monospace; font-size: 18pt'><b>"
            + html.escape(self.code or "") + "</b></p><p>"
            + html.escape(tr("Verschlossen aufbewahren. Damit kann eine neue Passphrase "
                             "gesetzt werden.")) + "</p>")
        self._dialogs.print_html(self, document)

    def reject(self) -> None:
        """Close; a code shown but not put in force is dropped (the old one still works)."""
        if self.job is not None:  # a key slot being written is not broken off
            return
        self._forget()
        super().reject()

    def abandon(self) -> None:
        """For locking: the code goes from the screen; not yet in force, it never will be."""
        self.let_job_go()
        self._forget()
        super().reject()

    def _forget(self) -> None:
        self.code = None
        self.code_label.clear()
        self.entry.clear()
