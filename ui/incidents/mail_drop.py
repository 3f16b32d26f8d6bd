"""E-mail files (.eml, .msg) dropped on the incident list open a NEW incident editor pre-filled
from the mail (IntakeService.prefill: title from the subject, date, channel e-mail, the sender
as person involved). Nothing is stored until the user saves; then the mail is filed as the
incident's attachment, and the sender, when not yet a contact, is created and linked if the
user kept the tick. The facts are read off the GUI thread, in the intake sandbox."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from app.domain import Incident
from app.domain.enums import Role
from app.intake.prefill import IncidentDraft
from app.intake.service import IntakeService, PreparedFile
from app.progress import CancelFn, Progress
from app.service import VaultService
from ui.attachments.display import alive
from ui.dialogs import Dialogs
from ui.file_drop import FileDropTarget, local_files
from ui.messages import describe
from ui.notices import notice_text
from ui.worker import Job

if TYPE_CHECKING:
    from ui.incidents.editor import IncidentEditor

MAIL_SUFFIXES = (".eml", ".msg")
NOTE_STYLE = "background:#e8f1fb; border:1px solid #5b8fc7; padding:4px;"


def tr(text: str) -> str:
    return QCoreApplication.translate("MailDrop", text)


def mail_files(mime: QMimeData | None) -> list[Path]:
    """Local e-mail files only; a link to a web page is never fetched."""
    return [p for p in local_files(mime) if p.suffix.lower() in MAIL_SUFFIXES]


class MailDrop(QObject):
    """Watches drops on the incident list (`pane`); one mail is read at a time. The list
    opens the editor for the new incident (`new_incident`) and shows it once it is filed
    (`filed`, with its id)."""

    def __init__(self, service: VaultService, dialogs: Dialogs, pane: QWidget,
                 new_incident: Callable[[], IncidentEditor],
                 filed: Callable[[str], None]) -> None:
        super().__init__(pane)
        self._service = service
        self._dialogs = dialogs
        self._pane = pane
        self._new_incident = new_incident
        self._filed = filed
        self._job: Job | None = None
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        self._drop = FileDropTarget(pane, self.start, mail_files)

    def is_busy(self) -> bool:
        return self._job is not None

    def start(self, paths: list[Path]) -> None:
        """Read the mails in the sandbox, then open the pre-filled editor."""
        if self._job is not None:
            self.status.setText(tr("Bitte warten: eine E-Mail wird noch gelesen."))
            return
        intake = IntakeService(self._service)

        def work(_progress: Progress,
                 cancelled: CancelFn) -> tuple[list[PreparedFile], IncidentDraft]:
            prepared = intake.prepare(paths, cancel=cancelled)
            return prepared, intake.prefill(prepared)

        job = Job(work, self)
        job.succeeded.connect(lambda result: self._read(job, *result))
        job.failed.connect(lambda exc: self._failed(job, exc))
        self._job = job
        self.status.setText(tr("Die E-Mail wird gelesen (in einem abgeschotteten Prozess) …"))
        self.status.show()
        job.start()

    def clear(self) -> None:
        """Lock: a mail still being read is forgotten, and nothing opens."""
        if self._job is not None:
            self._job.cancel()
        self._job = None
        self.status.clear()
        self.status.hide()

    def _failed(self, job: Job, exc: BaseException) -> None:
        if self._job is not job or not alive(self):
            return
        self.clear()
        self._dialogs.error(self._pane, tr("Die E-Mail konnte nicht gelesen werden: {0}").format(
            describe(exc)))

    def _read(self, job: Job, prepared: list[PreparedFile], draft: IncidentDraft) -> None:
        if self._job is not job or not alive(self):
            return  # locked or cleared meanwhile: nothing decrypted or read comes back
        self.clear()
        try:
            incident = Incident.model_validate(draft.incident)
        except ValueError as exc:
            self._dialogs.error(self._pane, describe(exc))
            return
        editor = self._new_incident()
        editor.title_edit.setText(incident.title)
        for section in editor.sections:
            section.load(incident)
        note, create = self._notice(prepared, draft)
        layout = editor.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, note)
        editor.saved.connect(partial(self._file, editor, prepared, draft, note, create),
                             Qt.ConnectionType.SingleShotConnection)

    def _notice(self, prepared: list[PreparedFile],
                draft: IncidentDraft) -> tuple[QFrame, QCheckBox | None]:
        frame = QFrame()
        frame.setObjectName("mail_intake_note")
        frame.setStyleSheet(NOTE_STYLE)
        box = QVBoxLayout(frame)
        names = ", ".join(f"„{p.name}“" for p in prepared)
        lines = [tr("Aus {0} vorausgefüllt. Beim Speichern wird die E-Mail unverändert als "
                    "Anhang gespeichert.").format(names)]
        lines += [notice_text(n) for n in draft.notes]
        text = QLabel("\n".join(lines))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        box.addWidget(text)
        create = None
        if draft.new_person is not None:
            create = QCheckBox(tr("Absender „{0}“ als neuen Kontakt anlegen und als Täter/in "
                                  "verknüpfen").format(draft.new_person.get("name", "")))
            create.setChecked(True)
            box.addWidget(create)
        return frame, create

    def _file(self, editor: IncidentEditor, prepared: list[PreparedFile], draft: IncidentDraft,
              note: QWidget, create: QCheckBox | None, incident_id: str) -> None:
        """After the first save: the contact (if kept), then the mail as attachment."""
        try:
            if create is not None and create.isChecked() and draft.new_person is not None:
                person = self._service.add_person(draft.new_person)
                entry = self._service.get_incident(incident_id)
                data = entry.value.model_dump(mode="json")
                data["persons"].append({"person_id": person.id,
                                        "role": Role.PERPETRATOR.value})
                self._service.update_incident(incident_id, data, entry.version)
            IntakeService(self._service).file(prepared, incident_id)
        except Exception as exc:  # the incident is saved; say what is missing
            self._dialogs.error(editor, tr("Der Vorfall ist gespeichert, aber die E-Mail oder "
                                           "der Kontakt nicht: {0}").format(describe(exc)))
        note.hide()
        note.deleteLater()
        if alive(editor) and editor.record_id() == incident_id:
            editor.reload_from_vault()
        self._filed(incident_id)
