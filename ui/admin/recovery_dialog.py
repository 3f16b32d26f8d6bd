"""'Wiederherstellungscode…': whether the vault has a recovery code, and a new one on request
(the old one stops working at once), shown once with the wizard's printing and the same
confirmation that it was printed or written down before the dialog lets it go."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from ui.dialogs import Dialogs
from ui.messages import describe
from ui.worker import Job


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryCodeDialog", text)


class RecoveryCodeDialog(QDialog):
    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.job: Job | None = None
        self.code: str | None = None
        self._owner = False  # known once the state is read
        self.setWindowTitle(tr("Wiederherstellungscode"))
        self.setMinimumWidth(560)
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
        self.kept.setVisible(False)
        self.kept.toggled.connect(self._update)
        self.status = QLabel(wordWrap=True)
        self.new_button = QPushButton(tr("&Neuen Code erzeugen …"))
        self.new_button.clicked.connect(self.renew)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.state, explanation, self.code_label, self.print_button, self.kept,
                       self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
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
        waiting = self.code is not None and not self.kept.isChecked()
        self.close_button.setEnabled(self.job is None and not waiting)
        self.new_button.setEnabled(self.job is None and self.code is None and self._owner
                                   and not self._service.read_only)

    def renew(self) -> bool:
        if self.job is not None or self.code is not None:
            return False
        if not self._dialogs.confirm(self, tr("Einen neuen Wiederherstellungscode erzeugen? Der "
                                              "bisherige funktioniert dann nicht mehr."),
                                     tr("Neuen Code erzeugen")):
            return False
        service = self._service

        def work(_progress: Progress, _cancelled: CancelFn) -> str:
            return service.renew_recovery_code()

        self.job = Job(work, self)
        self.job.succeeded.connect(self._renewed)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._stopped)
        self.status.setText(tr("Der neue Code wird erzeugt …"))
        self.job.start()
        self._update()
        return True

    def is_busy(self) -> bool:
        return self.job is not None

    def _stopped(self) -> None:
        self.job = None
        self._update()

    def _renewed(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code)
        for widget in (self.code_label, self.print_button, self.kept):
            widget.setVisible(True)
        self.status.setText(tr("Der neue Code gilt ab jetzt; er wird nur jetzt angezeigt."))
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
        if self.job is not None or (self.code is not None and not self.kept.isChecked()):
            return  # the code is shown only now: not gone before it is kept
        self.code = None
        self.code_label.clear()
        super().reject()

    def abandon(self) -> None:
        """For locking: the code goes from the screen whether kept or not."""
        if self.job is not None:
            for signal in (self.job.succeeded, self.job.failed, self.job.finished):
                signal.disconnect()
            self.job = None
        self.code = None
        self.code_label.clear()
        super().reject()
