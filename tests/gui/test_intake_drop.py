"""Files added in the editor go through the real intake (facts read in the sandbox) and their
facts appear in the details window; an unreadable file is stored and marked; an e-mail dropped
on the incident list opens a new, unsaved editor pre-filled from it, and saving files the mail
and creates the sender as a contact."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.domain import AttachmentKind, Channel, Role
from app.service import VaultService
from tests.conftest import storage_of
from tests.gui.support import ScriptedDialogs, opened_panel
from ui.attachments import AttachmentsPanel
from ui.attachments.model import KIND, NAME
from ui.dialogs import Choice
from ui.main_window import MainWindow

TIMEOUT = 30_000  # a sandbox child per file on a busy machine

MAIL = (
    "Received: from mx.example.org by mail.musterstadt.de; Sat, 14 Mar 2026 19:43:01 +0100\n"
    "From: Wut Bürger <WUT@example.org>\n"
    "To: buergermeisterin@musterstadt.de\n"
    "Subject: =?utf-8?q?Wir_wissen=2C_wo_du_wohnst?=\n"
    "Date: Sat, 14 Mar 2026 19:42:00 +0100\n"
    "Message-ID: <abc@mail.example.org>\n"
    "Content-Type: text/html; charset=utf-8\n"
    "\n"
    "<p>Tritt zur&uuml;ck.</p><img src='https://tracker.example.org/x.png'>\n"
).encode()


def gps_jpeg() -> bytes:
    image = Image.new("RGB", (32, 24), "red")
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS 80D"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2026:03:14 19:45:10"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 3.0, 1.44)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (13.0, 44.0, 14.28)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def drop(target: QWidget, paths: list[Path]) -> bool:
    """A real drag-enter and drop, as the window system delivers them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService,
          dialogs: ScriptedDialogs) -> Iterator[AttachmentsPanel]:
    widget = opened_panel(qtbot, service, dialogs, "Hassmail")
    yield widget
    widget.clear()


@pytest.fixture
def window(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs,
           settings_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(service, dialogs)
    qtbot.addWidget(main)
    main.incidents.reload()
    main.show()
    yield main
    main.close_for_lock()


def needs_email_parsing() -> None:
    """The e-mail parser is built by a colleague right now; until it is in the tree, intake
    stores a mail as unreadable and these tests have nothing to check."""
    pytest.importorskip("app.intake.email_parse")


def test_files_added_in_the_editor_carry_their_facts(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    paths = [write(tmp_path, "ort.jpg", gps_jpeg()),
             write(tmp_path, "kaputt.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)]
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files(paths)
    assert dialogs.errors == []
    entries = {e.value.original_name: e for e in panel.entries()}
    for path in paths:
        assert entries[path.name].value.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()

    photo = panel.open_details(entries["ort.jpg"].id)
    assert entries["ort.jpg"].value.kind == AttachmentKind.PHOTO
    text = " | ".join(label.text() for label in photo.facts.findChildren(QLabel))
    assert "51,050400° N, 13,737300° O" in text and "Canon EOS 80D" in text
    assert not photo.facts.gps_check.isChecked()
    photo.facts.gps_check.setChecked(True)
    assert photo.save()
    assert service.get_attachment(entries["ort.jpg"].id).value.gps_in_exports

    broken = entries["kaputt.png"]
    assert broken.value.metadata.unreadable
    table = panel.findChild(QTableView)
    kinds = {table.model().index(r, NAME).data(): table.model().index(r, KIND).data()
             for r in range(table.model().rowCount())}
    assert kinds["kaputt.png"].endswith("⚠ nicht lesbar")
    assert "nicht lesbar" not in kinds["ort.jpg"]
    assert "Original trotzdem gespeichert" in panel.status_text()
    details = panel.open_details(broken.id)
    assert not details.facts.unreadable.isHidden()
    assert "Das Original ist unverändert gespeichert." in details.facts.unreadable.text()


def test_an_email_added_in_the_editor_shows_its_headers_and_text(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    needs_email_parsing()
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([write(tmp_path, "drohung.eml", MAIL)])
    (entry,) = panel.entries()
    assert entry.value.kind == AttachmentKind.EMAIL
    mail = panel.open_details(entry.id)
    shown = {label.text() for label in mail.facts.findChildren(QLabel)}
    assert {"Wut Bürger <WUT@example.org>", "Wir wissen, wo du wohnst",
            "<abc@mail.example.org>"} <= shown
    body = mail.facts.body.toPlainText()
    assert "Tritt zurück." in body and "<p>" not in body  # HTML reduced to text
    assert "mx.example.org" in mail.facts.received.toPlainText()
    assert "Message-ID: <abc@mail.example.org>" in mail.facts.raw_headers.toPlainText()


def test_an_email_dropped_on_the_list_opens_a_prefilled_editor_and_files_it_on_save(
        qtbot: QtBot, tmp_path: Path, window: MainWindow, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    needs_email_parsing()
    pane = window.incidents
    mail = write(tmp_path, "Drohung.EML", MAIL)
    assert not drop(pane, [write(tmp_path, "brief.pdf", b"%PDF-1.4")])  # only e-mails
    assert drop(pane, [mail])
    qtbot.waitUntil(lambda: len(pane.editors()) == 1, timeout=TIMEOUT)
    (editor,) = pane.editors()
    assert editor.record_id() is None and editor.has_unsaved_changes()  # nothing stored yet
    assert service.list_incidents().entries == []
    assert editor.title_edit.text() == "Wir wissen, wo du wohnst"
    data = editor.collect()
    assert data["occurred"]["date"].isoformat() == "2026-03-14"
    assert data["occurred"]["time"].isoformat() == "19:42:00"
    assert data["channel"] == Channel.EMAIL
    note = editor.findChild(QFrame, "mail_intake_note")
    assert note is not None and "„Drohung.EML“" in note.findChild(QLabel).text()
    create = note.findChild(QCheckBox)
    assert create is not None and create.isChecked() and "Wut Bürger" in create.text()

    assert editor.save()
    assert dialogs.errors == []
    incident_id = editor.record_id()
    assert incident_id is not None
    stored = service.get_incident(incident_id).value
    assert stored.title == "Wir wissen, wo du wohnst" and stored.channel == Channel.EMAIL
    (person,) = service.list_persons().entries
    assert person.value.name == "Wut Bürger" and person.value.emails == ["wut@example.org"]
    assert [(p.person_id, p.role) for p in stored.persons] == [(person.id, Role.PERPETRATOR)]
    (attachment,) = service.list_attachments(incident_id).entries
    assert attachment.value.sha256 == hashlib.sha256(MAIL).hexdigest()
    assert attachment.value.kind == AttachmentKind.EMAIL
    assert attachment.value.metadata.email is not None
    assert not editor.has_unsaved_changes() and editor.version() == 2
    panel = editor.attachments_panel
    assert panel is not None and [e.id for e in panel.entries()] == [attachment.id]
    assert pane.selected_id() == incident_id


def test_a_dropped_email_is_stored_nowhere_when_the_editor_is_discarded(
        qtbot: QtBot, tmp_path: Path, window: MainWindow, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    needs_email_parsing()
    pane = window.incidents
    known = service.add_person({"kind": "suspect", "name": "Max", "emails": ["wut@example.org"]})
    assert drop(pane, [write(tmp_path, "mail.eml", MAIL)])
    qtbot.waitUntil(lambda: len(pane.editors()) == 1, timeout=TIMEOUT)
    (editor,) = pane.editors()
    assert [p["person_id"] for p in editor.collect()["persons"]] == [known.id]  # matched
    note = editor.findChild(QFrame, "mail_intake_note")
    assert note is not None and note.findChild(QCheckBox) is None  # no new contact offered
    dialogs.answer(Choice.DISCARD)
    assert editor.close()
    assert service.list_incidents().entries == []
    assert len(service.list_persons().entries) == 1
    assert list(storage_of(service).blobs.folder.iterdir()) == []


def test_a_broken_mail_still_gives_an_editor_and_lock_forgets_a_mail_being_read(
        qtbot: QtBot, tmp_path: Path, window: MainWindow, service: VaultService) -> None:
    pane = window.incidents
    assert drop(pane, [write(tmp_path, "leer.msg", b"")])
    qtbot.waitUntil(lambda: len(pane.editors()) == 1, timeout=TIMEOUT)
    (editor,) = pane.editors()
    assert editor.title_edit.text()  # a title to start from, never an empty form
    editor.drop_data()
    editor.close()
    assert drop(pane, [write(tmp_path, "zweite.eml", MAIL)])
    assert pane.mail_drop.is_busy()
    assert window.clear_for_lock(ask=False)
    assert not pane.mail_drop.is_busy()
    assert QThreadPool.globalInstance().waitForDone(TIMEOUT)  # the reading finished anyway
    QApplication.processEvents()
    assert pane.editors() == []  # ... and nothing opened after the lock


def test_a_file_inside_an_email_is_stored_as_its_own_attachment(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService) -> None:
    needs_email_parsing()
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "wut@example.org"
    message["Subject"] = "Anhang"
    message.set_content("Siehe Anhang.")
    inner = b"%PDF-1.4 Drohschreiben\n"
    message.add_attachment(inner, maintype="application", subtype="pdf",
                           filename="../../drohung.pdf")
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([write(tmp_path, "mit-anhang.eml", message.as_bytes())])
    (mail,) = panel.entries()
    window = panel.open_details(mail.id)
    parts = window.facts.parts
    assert parts.rowCount() == 1
    assert not window.facts.store_button.isHidden()
    assert not window.facts.store_button.isEnabled()  # nothing chosen yet
    parts.selectRow(0)
    with qtbot.waitSignal(window.part_stored, timeout=TIMEOUT) as stored:
        window.facts.store_button.click()
    new = service.get_attachment(stored.args[0])
    assert new.value.sha256 == hashlib.sha256(inner).hexdigest()
    assert "/" not in new.value.original_name and ".." not in new.value.original_name
    assert new.value.incident_id == mail.value.incident_id
    assert {e.id for e in panel.entries()} == {mail.id, new.id}
