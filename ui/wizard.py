"""First start: create the vault. User name, passphrase twice (with strength hint and the
policy), the recovery code shown once with a print button, and a typed-back group of it."""

from __future__ import annotations

import html
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import access
from app.progress import CancelFn, Progress
from ui.dialogs import Dialogs
from ui.passphrase import PassphraseFields
from ui.unlock import native_path
from ui.worker import Job

if TYPE_CHECKING:
    from app.access import KdfParams
    from app.service import VaultService

VAULT_FOLDER_NAME = "Vorfallbuch-Tresor"  # made inside a folder the user chooses


def location_problem(chosen: Path, target: Path) -> str:
    """"vault" if `chosen` or `target` already holds a vault, "taken" if `target` is a file or
    a folder with something in it, "" if the vault can be made at `target`."""
    if access.user_names(chosen) or access.has_vault_file(target):
        return "vault"
    try:
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            return "taken"
    except OSError:
        return "taken"
    return ""


class NamePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Willkommen bei Vorfallbuch"))
        self.setSubTitle(self.tr("Hier dokumentieren Sie Anfeindungen sicher und verschlüsselt. "
                                 "Zuerst legen wir Ihren Zugang an."))
        self.name = QLineEdit()
        self.name.setObjectName("user_name")
        self.problem = QLabel(wordWrap=True)
        self.notice = QLabel(wordWrap=True)
        self.notice.setObjectName("location_notice")
        self.notice.setVisible(False)
        self.location = QLabel(wordWrap=True)
        self.location.setObjectName("location")
        self.change_location = QPushButton(self.tr("Anderen Speicherort wählen…"))
        self.change_location.clicked.connect(wizard.choose_location)
        self.open_existing = QPushButton(self.tr("Vorhandenen Tresor öffnen…"))
        self.open_existing.clicked.connect(wizard.open_requested.emit)
        form = QFormLayout(self)
        form.addRow(self.notice)
        form.addRow(self.tr("Ihr Name (Benutzer):"), self.name)
        form.addRow(self.problem)
        form.addRow(self.tr("Speicherort:"), self.location)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_location)
        buttons.addWidget(self.open_existing)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.name.textChanged.connect(self._check)

    def _check(self) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        try:
            access.check_user_name(self.name.text())
        except Exception:
            self.problem.setText(self.tr("Bitte einen Namen ohne Steuerzeichen eingeben "
                                         "(höchstens 100 Zeichen).") if self.name.text() else "")
            return False
        self.problem.clear()
        return True


class PassphrasePage(QWizardPage):
    """Its commit button creates the vault (off the GUI thread: the key derivation is
    calibrated first). The wizard moves on only once that has succeeded; a failure (a folder
    that cannot be written, a full disk) is shown here, and the user can try again or go back."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Passphrase festlegen"))
        self.setSubTitle(self.tr("Die Passphrase schützt alle Aufzeichnungen. Niemand – auch "
                                 "nicht der Hersteller – kann sie zurücksetzen; dafür gibt es "
                                 "gleich einen Wiederherstellungscode."))
        self._wizard = wizard
        # Once the vault exists there is no way back to change the passphrase.
        self.setCommitPage(True)
        self.fields = PassphraseFields()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("create_status")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout = QVBoxLayout(self)
        for widget in (self.fields, self.status, self.busy):
            layout.addWidget(widget)
        self.fields.validity_changed.connect(lambda _valid: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.fields.user_name = self._wizard.name_page.name.text().strip()

    def isComplete(self) -> bool:
        return self.fields.is_valid() and self._wizard.job is None

    def validatePage(self) -> bool:
        """Called by the commit button: starts the creation and stays; the wizard moves on
        when it has succeeded (see _created)."""
        if self._wizard.code is not None:
            return True
        if self._wizard.job is None:
            self.status.setText(self.tr("Der Tresor wird angelegt …"))
            self._wizard.create_vault(self._created, self._failed)
            self._set_busy(True)
        return False

    def _set_busy(self, busy: bool) -> None:
        self.fields.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.completeChanged.emit()  # the commit button follows isComplete
        if busy:
            # QWizard enables Back again on every completeChanged; while the vault is being
            # made the user stays here, where the result arrives.
            self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _created(self, _code: str) -> None:
        self._set_busy(False)
        self.status.clear()
        self._wizard.next()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.setText(message + "\n" + self.tr(
            "Bitte beheben Sie die Ursache und klicken Sie erneut auf „Tresor anlegen“, oder "
            "gehen Sie zurück und wählen Sie einen anderen Speicherort."))


class CodePage(QWizardPage):
    """Shows the recovery code of the vault just created, once."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Ihr Wiederherstellungscode"))
        self._wizard = wizard
        self.status = QLabel(self.tr("Der Tresor ist angelegt."), wordWrap=True)
        self.code_label = QLabel()
        self.code_label.setObjectName("recovery_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.print_button = QPushButton(self.tr("Drucken …"))
        self.print_button.clicked.connect(self.print_code)
        self.kept = QCheckBox(self.tr("Ich habe den Code ausgedruckt oder aufgeschrieben und "
                                      "bewahre ihn verschlossen auf."))
        self.kept.toggled.connect(lambda _on: self.completeChanged.emit())
        explanation = QLabel(self.tr(
            "Mit diesem Code können Sie eine neue Passphrase setzen, falls Sie Ihre vergessen. "
            "Er wird nur jetzt angezeigt. Bewahren Sie ihn getrennt vom Computer auf, z. B. im "
            "Tresor der Verwaltung."), wordWrap=True)
        layout = QVBoxLayout(self)
        for widget in (self.status, explanation, self.code_label, self.print_button, self.kept):
            layout.addWidget(widget)
        self._show_code(None)

    def _show_code(self, code: str | None) -> None:
        ready = code is not None
        self.code_label.setText(code or "")
        self.print_button.setEnabled(ready)
        self.kept.setEnabled(ready)

    def initializePage(self) -> None:
        self._show_code(self._wizard.code)

    def print_code(self) -> None:
        code = self._wizard.code or ""
        document = (
            "<h2>" + html.escape(self.tr("Vorfallbuch – Wiederherstellungscode")) + "</h2>"
            + "<p>" + html.escape(self.tr("Benutzer: {0}").format(self._wizard.user_name))
            + "</p><p style='font-family: monospace; font-size: 18pt'><b>"
            + html.escape(code) + "</b></p><p>"
            + html.escape(self.tr("Verschlossen aufbewahren. Damit kann eine neue Passphrase "
                                  "gesetzt werden.")) + "</p>")
        self._wizard.dialogs.print_html(self, document)

    def isComplete(self) -> bool:
        return self._wizard.code is not None and self.kept.isChecked()


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Code bestätigen"))
        self._wizard = wizard
        self.group = secrets.randbelow(access.RECOVERY_CODE_GROUPS)
        self.prompt = QLabel(wordWrap=True)
        self.entry = QLineEdit()
        self.entry.setObjectName("confirm_group")
        self.entry.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.entry.textChanged.connect(lambda _text: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)

    def initializePage(self) -> None:
        self.prompt.setText(self.tr("Zur Sicherheit: Bitte tippen Sie Gruppe {0} Ihres "
                                    "Wiederherstellungscodes ab (ohne nachzusehen, wenn Sie "
                                    "können).").format(self.group + 1))
        self.entry.clear()

    def expected(self) -> str:
        code = self._wizard.code or ""
        return code.split("-")[self.group] if code else ""

    def isComplete(self) -> bool:
        typed = access.normalise_recovery_code(self.entry.text())
        return bool(typed) and typed == self.expected()


class SetupWizard(QWizard):
    created = Signal(object)  # the app.service.VaultService of the new vault
    open_requested = Signal()  # "Vorhandenen Tresor öffnen…": the controller asks for it

    def __init__(self, folder: Path, dialogs: Dialogs, kdf: KdfParams | None = None,
                 parent: QWidget | None = None, notice: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vorfallbuch einrichten"))
        self.folder = folder
        # True once the user picked the place (or was told the remembered one is missing):
        # the controller then remembers it for the next start.
        self.location_chosen = bool(notice)
        self.dialogs = dialogs
        self.kdf = kdf  # tests pass cheap parameters; the product calibrates
        self.code: str | None = None
        self.service: VaultService | None = None
        self.job: Job | None = None
        self.user_name = ""
        self.name_page = NamePage(self)
        self.name_page.notice.setText(notice)
        self.name_page.notice.setVisible(bool(notice))
        self._show_location()
        self.passphrase_page = PassphrasePage(self)
        self.code_page = CodePage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.name_page, self.passphrase_page, self.code_page, self.confirm_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fertig"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Tresor anlegen"))

    # -- where the vault goes ----------------------------------------------------------
    def _show_location(self) -> None:
        self.name_page.location.setText(native_path(self.folder))

    def choose_location(self) -> None:
        """A folder of the user's choice (an encrypted drive, a backed-up network folder): the
        vault goes into a new "Vorfallbuch-Tresor" folder inside it."""
        chosen = self.dialogs.choose_folder(self, self.tr("Ordner für den Tresor wählen"))
        if chosen is None:
            return
        target = chosen / VAULT_FOLDER_NAME
        problem = location_problem(chosen, target)
        if problem == "vault":
            self.dialogs.error(self, self.tr(
                "Dort liegt schon ein Tresor; öffnen Sie ihn mit „Vorhandenen Tresor öffnen…“."))
        elif problem == "taken":
            self.dialogs.error(self, self.tr(
                "Dort gibt es schon „{0}“, aber es ist kein leerer Ordner; bitte wählen Sie "
                "einen anderen Ort.").format(VAULT_FOLDER_NAME))
        else:
            self.folder = target
            self.location_chosen = True
            self._show_location()

    def create_vault(self, on_done: Callable[[str], None],
                     on_failed: Callable[[str], None]) -> None:
        self.user_name = self.name_page.name.text().strip()
        passphrase = self.passphrase_page.fields.passphrase() or ""
        folder, name, kdf = self.folder, self.user_name, self.kdf

        def work(_progress: Progress, _cancelled: CancelFn) -> tuple[VaultService, str]:
            return access.create_vault(folder, name, passphrase, kdf=kdf)

        def done(result: tuple[VaultService, str]) -> None:
            self.job = None
            self.service, self.code = result
            self.passphrase_page.fields.clear()
            on_done(self.code)

        def failed(exc: BaseException) -> None:
            from ui.messages import describe

            self.job = None
            on_failed(describe(exc))

        self.job = Job(work, self)
        self.job.succeeded.connect(done)
        self.job.failed.connect(failed)
        self.job.start()

    def accept(self) -> None:
        if self.service is not None:
            self.code = None  # shown once; not kept in memory longer than needed
            service, self.service = self.service, None  # the app's now
            self.created.emit(service)
        super().accept()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button. While the vault is being made, the
        wizard stays (its recovery code comes next). Once it exists, leaving asks first: the
        code is shown only here. Leaving anyway closes the vault (its key is dropped); it
        opens with the passphrase at the next start."""
        if self.job is not None:
            return
        if self.service is not None:
            if not self.dialogs.confirm_risky(self, self.tr(
                    "Der Wiederherstellungscode wird nur jetzt angezeigt. Ohne ihn sind Ihre "
                    "Aufzeichnungen verloren, wenn Sie die Passphrase vergessen. Trotzdem "
                    "beenden?"), self.tr("Zurück zum Code"), self.tr("Trotzdem beenden")):
                if self.currentPage() is not self.code_page:
                    self.back()  # from the confirmation, where the code is not shown
                return
            self.abandon()
        super().reject()

    def abandon(self) -> None:
        """Forget the vault made here, without asking (the app is closing)."""
        self.code = None
        if self.service is not None:
            self.service.close()
            self.service = None
