"""A window with everything said about one attachment: kind, source, note, SHA-256, intake;
the online facts of a screenshot (online_form); the facts read out at intake (facts_view).
What identifies the original (name, size, hash, intake) is shown, never editable. Saving goes
through VaultService.update_attachment with the version shown, so an edit made meanwhile
elsewhere is refused with the same German message the incident editor gives; input is never
lost silently (closing asks; locking saves or asks like the editor)."""

from __future__ import annotations

import re
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Attachment, AttachmentKind
from app.domain.text import BLOCK_PATTERN, LINE_PATTERN, LONG_MAX, SHORT_MAX
from app.entries import Entry
from app.errors import AppError, InvalidInputError, StorageError
from app.intake.service import IntakeService
from app.service import VaultService
from app.texts import dates
from ui import labels
from ui.attachments.display import alive, exact_size, german, monospace
from ui.attachments.facts_view import FactsView
from ui.attachments.names import display_name
from ui.attachments.online_form import FormValue, OnlineForm
from ui.attachments.pages import plain_label
from ui.clipboard import ClipboardGuard
from ui.close_plan import ClosePlan, Purpose
from ui.dialogs import Choice, Dialogs
from ui.incidents.form import EnumCombo, FormError, text_box
from ui.messages import describe
from ui.widgets import fit_to_screen, scrollable
from ui.worker import Job


class DetailsForm(TypedDict):
    """The form as typed (equal forms mean nothing changed)."""

    kind: AttachmentKind
    source: str
    note: str
    gps_in_exports: bool
    online: dict[str, FormValue]


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentDetails", text)


def copy_text(text: str) -> None:
    """Copy through the app's clipboard guard (it clears the text after 30 seconds); the
    guard belongs to the app controller, found among the application's objects."""
    app = QCoreApplication.instance()
    guard = app.findChild(ClipboardGuard) if app is not None else None
    if isinstance(guard, ClipboardGuard):
        guard.copy(text)
    else:  # no controller (a test, the screenshots): still copied
        QGuiApplication.clipboard().setText(text)


class AttachmentDetails(QWidget):
    """`saved` (attachment id) after each successful save; `closed` when the window closes
    (its content is dropped then)."""

    saved = Signal(str)
    part_stored = Signal(str)  # the new attachment's id (a file from inside an e-mail)
    closed = Signal()

    def __init__(self, service: VaultService, dialogs: Dialogs, attachment_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._service = service
        self._dialogs = dialogs
        self.attachment_id = attachment_id
        self._entry: Entry[Attachment] | None = None
        self._baseline: DetailsForm | None = None
        self._closing = False
        self._loading = False
        self.lock_note: str | None = None
        self._part_jobs: list[Job] = []
        fit_to_screen(self, 820, 680)
        self._build()
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = plain_label()
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.kind = EnumCombo(list(AttachmentKind), labels.attachment_kind)
        self.source = QLineEdit()
        self.source.setMaxLength(10_000_000)
        self.source.setAccessibleName(tr("Quelle"))
        self.source.setPlaceholderText(tr("z. B. eingescannt, vom Handy, per Post"))
        self.note = text_box(tr("Notiz zu diesem Beweisstück"))
        self.note.setAccessibleName(tr("Notiz"))
        self.sha = QLineEdit()
        self.sha.setReadOnly(True)
        self.sha.setAccessibleName("SHA-256")
        self.sha.setFont(monospace())
        self.copy_button = QPushButton(tr("Kopieren"))
        self.copy_button.setToolTip(tr("SHA-256 in die Zwischenablage kopieren (wird nach 30 "
                                       "Sekunden wieder gelöscht)"))
        self.copy_button.clicked.connect(self.copy_sha256)
        sha_row = QHBoxLayout()
        sha_row.addWidget(self.sha, 1)
        sha_row.addWidget(self.copy_button)
        self.size_label = plain_label()
        self.type_label = plain_label()
        self.intake_label = plain_label()
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(tr("Art:"), self.kind)
        form.addRow(tr("Quelle:"), self.source)
        form.addRow(tr("Notiz:"), self.note)
        form.addRow(tr("SHA-256:"), sha_row)
        form.addRow(tr("Größe:"), self.size_label)
        form.addRow(tr("Dateityp:"), self.type_label)
        form.addRow(tr("Eingang:"), self.intake_label)

        self.online = OnlineForm()
        self.facts = FactsView()
        self.tabs = QTabWidget()
        self.tabs.addTab(general, tr("Allgemein"))
        self.online_tab = scrollable(self.online)
        self.tabs.addTab(self.online_tab, tr("Online-Inhalt"))
        self.tabs.addTab(scrollable(self.facts), tr("Ausgelesene Angaben"))

        self.status_label = plain_label()
        self.save_button = QPushButton(tr("Speichern"))
        self.save_button.setToolTip(tr("Speichern (Strg+S)"))
        self.close_button = QPushButton(tr("Schließen"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._on_changed)
        self.source.textChanged.connect(self._on_changed)
        self.note.textChanged.connect(self._on_changed)
        self.online.changed.connect(self._on_changed)
        self.facts.gps_changed.connect(self._on_changed)
        self.facts.store_part.connect(self.store_part)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Esc closes the window, asking first when something is unsaved (closeEvent).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> bool:
        """Show the stored version (drops unsaved input: callers ask first)."""
        try:
            entry = self._service.get_attachment(self.attachment_id)
        except (StorageError, AppError) as exc:
            self.status_label.setText(describe(exc))
            return False
        self._load(entry)
        return True

    def _load(self, entry: Entry[Attachment]) -> None:
        facts = entry.value
        self._loading = True
        try:
            self._entry = entry
            name = display_name(facts.original_name)
            self.setWindowTitle(tr("Anhang: {0}").format(name) + "[*]")
            self.name_label.setText(name)
            self.kind.set_value(facts.kind)
            self.source.setText(facts.source)
            self.note.setPlainText(facts.note)
            self.note.document().clearUndoRedoStacks()
            self.sha.setText(facts.sha256)
            self.size_label.setText(exact_size(facts.size))
            self.type_label.setText(facts.media_type)
            by = self._user_names().get(facts.intake_by, "")
            when = dates.local(facts.intake_at, seconds=True)
            self.intake_label.setText(tr("{0} von {1}").format(when, by) if by else when)
            self.online.load(facts.online, self._current_user())
            self.facts.load(facts, can_store_parts=True)
        finally:
            self._loading = False
        self._baseline = self.collect()
        self._on_changed()
        self.status_label.setText(tr("Gespeichert: Version {0}").format(entry.version))

    def _user_names(self) -> dict[str, str]:
        try:
            return self._service.user_names()
        except StorageError:
            return {}

    def _current_user(self) -> str:
        try:
            return self._service.user_name
        except StorageError:
            return ""

    # -- state ------------------------------------------------------------------------------
    def entry(self) -> Entry[Attachment] | None:
        return self._entry

    def collect(self) -> DetailsForm:
        return {"kind": self.kind.value(), "source": self.source.text().strip(),
                "note": self.note.toPlainText(), "gps_in_exports": self.facts.gps_in_exports(),
                "online": self.online.collect()}

    def has_unsaved_changes(self) -> bool:
        return self._entry is not None and self.collect() != self._baseline

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.online.set_required(self.kind.value() == AttachmentKind.SCREENSHOT
                                 or self.online.has_content())
        self.setWindowModified(self.has_unsaved_changes())

    def show_online(self) -> None:
        """Show the online form with the cursor in the URL (a screenshot just pasted)."""
        self.tabs.setCurrentWidget(self.online_tab)
        self.online.focus_field("url")

    # -- saving -----------------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """What update_attachment takes, or FormError for input the vault would refuse."""
        data = self.collect()
        baseline = self._baseline
        if baseline is not None and data["note"] == baseline["note"] and self._entry is not None:
            # Untouched, the note stays byte for byte as stored (the box may change line breaks).
            data["note"] = self._entry.value.note
        if len(data["source"]) > SHORT_MAX:
            raise FormError("source", tr("Die Quelle ist zu lang: höchstens {0} Zeichen, "
                                         "eingegeben sind {1}.").format(
                german().toString(SHORT_MAX), german().toString(len(data["source"]))))
        if not re.fullmatch(LINE_PATTERN, data["source"]):
            raise FormError("source", tr("Die Quelle enthält Steuerzeichen oder "
                                         "Zeilenumbrüche; bitte entfernen."))
        if len(data["note"]) > LONG_MAX:
            raise FormError("note", tr("Die Notiz ist zu lang: höchstens {0} Zeichen, "
                                       "eingegeben sind {1}.").format(
                german().toString(LONG_MAX), german().toString(len(data["note"]))))
        if not re.fullmatch(BLOCK_PATTERN, data["note"]):
            raise FormError("note", tr("Die Notiz enthält Steuerzeichen; bitte entfernen."))
        stored = self._entry.value.online if self._entry is not None else None
        keep_online = (data["kind"] == AttachmentKind.SCREENSHOT or self.online.has_content()
                       or stored is not None)
        return {"kind": data["kind"].value, "source": data["source"], "note": data["note"],
                "gps_in_exports": data["gps_in_exports"],
                "online": self.online.finish() if keep_online else None}

    def save(self) -> bool:
        """Save; on failure say why in German, keep every input and put the cursor there."""
        problem = self._store()
        if problem is None:
            return True
        self._dialogs.error(self, self._explain(problem))
        if isinstance(problem, FormError):
            self._focus(problem.field)
        return False

    def _store(self) -> Exception | None:
        if self._entry is None or not self.has_unsaved_changes():
            return None
        try:
            entry = self._service.update_attachment(self.attachment_id, self.changes(),
                                                    self._entry.version)
        except (FormError, StorageError, AppError) as exc:
            return exc
        self._load(entry)
        self.saved.emit(self.attachment_id)
        return None

    @staticmethod
    def _explain(problem: Exception) -> str:
        return problem.message if isinstance(problem, FormError) else describe(problem)

    def _focus(self, field: str) -> None:
        own = {"source": self.source, "note": self.note}
        if field in own:
            self.tabs.setCurrentIndex(0)
            own[field].setFocus()
            return
        self.tabs.setCurrentWidget(self.online_tab)
        self.online.focus_field(field)

    # -- inner files of an e-mail ------------------------------------------------------------
    def store_part(self, index: int) -> Job:
        """Store a file from inside the e-mail as an attachment of the same incident; it is
        extracted in the intake sandbox, off the GUI thread."""
        intake = IntakeService(self._service)
        job = Job(lambda _progress, cancelled: intake.store_inner_part(
            self.attachment_id, index, cancel=cancelled), self)
        job.succeeded.connect(lambda entry: self._part_done(job, entry))
        job.failed.connect(lambda exc: self._part_failed(job, index, exc))
        self._part_jobs.append(job)
        self.status_label.setText(tr("Die Datei wird aus der E-Mail geholt …"))
        job.start()
        return job

    def _part_done(self, job: Job, entry: Entry[Attachment]) -> None:
        if job not in self._part_jobs or not alive(self):
            return  # closed or locked meanwhile
        self._part_jobs.remove(job)
        self.status_label.setText(tr("„{0}“ ist jetzt ein eigener Anhang dieses Vorfalls.").format(
            display_name(entry.value.original_name)))
        self.part_stored.emit(entry.id)

    def _part_failed(self, job: Job, index: int, exc: BaseException) -> None:
        if job not in self._part_jobs or not alive(self):
            return
        self._part_jobs.remove(job)
        self.status_label.clear()
        self._dialogs.error(self, tr(
            "Die Datei Nr. {0} konnte nicht aus der E-Mail geholt werden; die E-Mail selbst "
            "bleibt unverändert.").format(index + 1) if isinstance(exc, InvalidInputError)
            else describe(exc))

    # -- copying ----------------------------------------------------------------------------
    def copy_sha256(self) -> None:
        """The app's clipboard guard (ui/clipboard.py) clears it after 30 seconds."""
        if self._entry is not None:
            copy_text(self._entry.value.sha256)
            self.status_label.setText(tr("SHA-256 in die Zwischenablage kopiert."))

    # -- closing and lock -------------------------------------------------------------------
    def plan_close(self, plan: ClosePlan) -> bool:
        """Closing's question about unsaved changes: save, discard or cancel, noted in `plan`
        (see ui/close_plan.py); False when cancelled."""
        if not self.has_unsaved_changes():
            return True
        name = display_name(self._entry.value.original_name) if self._entry else ""
        choice = self._dialogs.save_discard_cancel(self, tr(
            "Die Angaben zum Anhang „{0}“ haben ungespeicherte Änderungen. Möchten Sie sie "
            "speichern?").format(name))
        if choice is Choice.SAVE:
            plan.saves.append(self.save)
        return choice is not Choice.CANCEL

    def close_for_lock(self, ask: bool) -> None:
        """Close for a lock. A manual lock (`ask`) has asked already (plan_close): what is
        still unsaved, the user discarded. An auto-lock saves valid changes, and discards
        others with a note that names no personal data."""
        self.lock_note = None
        if not ask and self.has_unsaved_changes():
            problem = self._store()
            if problem is not None:
                self.lock_note = tr(
                    "Die Änderungen an einem Anhang (Kennung {0}) konnten beim "
                    "automatischen Sperren nicht gespeichert werden und wurden verworfen: "
                    "{1}").format(self.attachment_id[:8], self._explain(problem))
        self._closing = True
        self.close()

    def drop_data(self) -> None:
        """Empty every widget holding decrypted values and forget the record."""
        self._loading = True
        try:
            self._entry = None
            for line in (self.name_label, self.size_label, self.type_label, self.intake_label,
                         self.status_label):
                line.clear()
            self.source.clear()
            self.note.clear()
            self.note.document().clearUndoRedoStacks()
            self.sha.clear()
            self.online.clear()
            self.facts.clear()
            self.setWindowTitle(tr("Anhang"))
        finally:
            self._loading = False
        self._baseline = None
        self.setWindowModified(False)

    def has_content(self) -> bool:
        return self._entry is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and not ClosePlan(Purpose.CLOSE).ask(self.plan_close):
            event.ignore()
            return
        self._closing = True
        for job in self._part_jobs:
            job.cancel()
        self._part_jobs = []  # a result arriving later is not shown
        self.drop_data()
        event.accept()
        self.closed.emit()
