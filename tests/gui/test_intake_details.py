"""The attachment details window with real widgets (offscreen) over a real vault: online facts
of a screenshot saved and read back, police warnings, URL checks, GPS choice per attachment,
facts of an e-mail and a photo, a pasted screenshot, conflicts, hostile input, and the lock."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.domain import AttachmentKind
from app.service import VaultService
from tests.conftest import USER
from tests.gui.support import ScriptedDialogs
from ui.attachments import AttachmentsPanel
from ui.attachments.details import AttachmentDetails
from ui.attachments.display import monospace
from ui.clipboard import ClipboardGuard
from ui.dialogs import Choice
from ui.main_window import MainWindow

TIMEOUT = 10_000
CONFLICT = "Dieser Eintrag wurde inzwischen an anderer Stelle geändert,"


@pytest.fixture
def incident_id(service: VaultService) -> str:
    return service.add_incident({"title": "Hasskommentar", "occurred": {"date": "2026-11-20"}}).id


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs,
          incident_id: str) -> Iterator[AttachmentsPanel]:
    widget = AttachmentsPanel(service, dialogs, incident_id)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    yield widget
    widget.clear()


def attach(service: VaultService, incident_id: str, name: str, data: bytes = b"x",
           kind: AttachmentKind | None = None, **extra: Any) -> str:
    return service.add_attachment_stream(incident_id, io.BytesIO(data), name, kind,
                                         extra=extra or None).id


def details(qtbot: QtBot, panel: AttachmentsPanel, attachment_id: str) -> AttachmentDetails:
    panel.reload()
    assert panel.select(attachment_id)
    window = panel.open_details_selected()
    assert window is not None
    qtbot.waitExposed(window)
    return window


def fill_online(window: AttachmentDetails, **values: str) -> None:
    for key, value in values.items():
        if key == "context":
            window.online.context.setPlainText(value)
        else:
            window.online.lines[key].setText(value)


def visible_warnings(window: AttachmentDetails) -> list[str]:
    return [k for k, label in window.online.warning_labels.items() if not label.isHidden()]


# -- online facts -----------------------------------------------------------------------
def test_online_fields_round_trip_through_the_vault(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        dialogs: ScriptedDialogs) -> None:
    attachment_id = attach(service, incident_id, "post.png", kind=AttachmentKind.SCREENSHOT)
    window = details(qtbot, panel, attachment_id)
    assert window.online.lines["captured_by"].text() == USER  # the default
    fill_online(window, url="https://www.facebook.com/gemeinde/posts/123",
                platform="Facebook", author_handle="@wutbuerger_1988",
                author_profile_url="https://www.facebook.com/wutbuerger_1988",
                context="Antwort auf den Beitrag zur Windkraft, gerichtet an die Bürgermeisterin.")
    posted = dt.datetime(2026, 3, 14, 19, 42, 5).astimezone()
    window.online.times["posted_at"].set_value(posted)
    assert window.isWindowModified()
    assert window.save()
    assert dialogs.errors == []
    stored = service.get_attachment(attachment_id)
    online = stored.value.online
    assert online is not None and stored.version == 2
    assert online.url == "https://www.facebook.com/gemeinde/posts/123"
    assert online.platform == "Facebook" and online.author_handle == "@wutbuerger_1988"
    assert online.author_profile_url == "https://www.facebook.com/wutbuerger_1988"
    assert online.posted_at == posted and online.captured_by == USER
    assert online.captured_at is not None
    assert online.context.startswith("Antwort auf den Beitrag")
    assert stored.value.sha256 == hashlib.sha256(b"x").hexdigest()  # the original untouched
    assert not window.isWindowModified()
    window.close()
    again = details(qtbot, panel, attachment_id)
    assert again is not window
    assert again.online.lines["url"].text() == online.url
    assert again.online.times["posted_at"].value() == posted


def test_kind_source_and_note_are_saved_and_the_list_follows(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    attachment_id = attach(service, incident_id, "scan.pdf")
    window = details(qtbot, panel, attachment_id)
    window.kind.set_value(AttachmentKind.DOCUMENT)
    window.source.setText("eingescannt")
    window.note.setPlainText("Brief lag im Briefkasten.\nOhne Absender.")
    assert window.save()
    value = service.get_attachment(attachment_id).value
    assert value.kind == AttachmentKind.DOCUMENT and value.source == "eingescannt"
    assert value.note == "Brief lag im Briefkasten.\nOhne Absender."
    assert value.online is None  # not a screenshot and nothing typed: no online record
    assert panel.entries()[0].value.source == "eingescannt"  # the list reloaded


def test_police_warnings_for_empty_fields_go_away_when_filled(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    shot = attach(service, incident_id, "shot.png", kind=AttachmentKind.SCREENSHOT)
    window = details(qtbot, panel, shot)
    window.show_online()
    assert visible_warnings(window) == ["url", "author_handle", "posted_at", "context"]
    summary = window.online.summary
    assert not summary.isHidden() and "4 Angaben" in summary.text()
    captured = window.online.times["captured_at"].entry.text()
    window.online.times["captured_at"].entry.line.clear()
    assert "captured_at" in visible_warnings(window) and "5 Angaben" in summary.text()
    window.online.times["captured_at"].entry.line.setText(captured)
    fill_online(window, url="https://x.com/a/status/1", author_handle="@a", context="Antwort")
    assert visible_warnings(window) == ["posted_at"]
    assert summary.text().startswith("Für eine Anzeige fehlt noch eine Angabe: Veröffentlicht am.")
    window.online.times["posted_at"].entry.line.setText("14.3.26 19:42")
    assert visible_warnings(window) == [] and summary.isHidden()
    assert window.save()  # warnings never block: saved with or without them
    window.close()

    photo = attach(service, incident_id, "foto.jpg", kind=AttachmentKind.PHOTO)
    other = details(qtbot, panel, photo)
    assert visible_warnings(other) == [] and other.online.summary.isHidden()
    other.online.lines["url"].setText("https://example.org/p/1")  # filled in: now it counts
    assert "author_handle" in visible_warnings(other)


@pytest.mark.parametrize("url", ["www.facebook.com/post/1", "ftp://example.org/x",
                                 "javascript:alert(1)", "https://", "https://exa mple.org/"])
def test_a_bad_url_is_refused_in_german_and_kept(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        dialogs: ScriptedDialogs, url: str) -> None:
    attachment_id = attach(service, incident_id, "shot.png", kind=AttachmentKind.SCREENSHOT)
    window = details(qtbot, panel, attachment_id)
    window.online.lines["url"].setText(url)
    assert not window.save()
    (message,) = dialogs.errors
    assert message.startswith("Adresse (URL) ")
    assert "http://" in message or "vollständige Internetadresse" in message
    assert window.online.lines["url"].text() == url  # nothing lost
    assert service.get_attachment(attachment_id).version == 1  # nothing stored
    assert window.online.lines["url"].hasFocus() or not window.isActiveWindow()


def test_version_conflict_gives_the_editors_message_and_keeps_input(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        dialogs: ScriptedDialogs) -> None:
    attachment_id = attach(service, incident_id, "shot.png", kind=AttachmentKind.SCREENSHOT)
    window = details(qtbot, panel, attachment_id)
    service.update_attachment(attachment_id, {"note": "von der Kommandozeile"}, 1)
    window.online.lines["url"].setText("https://example.org/post/9")
    assert not window.save()
    assert len(dialogs.errors) == 1 and dialogs.errors[0].startswith(CONFLICT)
    assert window.online.lines["url"].text() == "https://example.org/post/9"
    assert service.get_attachment(attachment_id).value.note == "von der Kommandozeile"


# -- hostile input ------------------------------------------------------------------------
def test_hostile_values_give_a_clear_message_and_lose_nothing(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        dialogs: ScriptedDialogs) -> None:
    attachment_id = attach(service, incident_id, "shot.png", kind=AttachmentKind.SCREENSHOT)
    window = details(qtbot, panel, attachment_id)
    long_url = "https://example.org/" + "a" * (10_000 - 20)
    window.online.lines["url"].setText(long_url)
    assert not window.save()
    assert dialogs.errors[-1] == ("Adresse (URL) ist zu lang: höchstens 1.000 Zeichen, "
                                  "eingegeben sind 10.000.")
    assert window.online.lines["url"].text() == long_url

    window.online.lines["url"].setText("https://example.org/ok")
    window.online.lines["author_handle"].setText("@a\x07b\x1b[31m")
    assert not window.save()
    assert "Steuerzeichen" in dialogs.errors[-1] and "Benutzername" in dialogs.errors[-1]
    assert window.online.lines["author_handle"].text() == "@a\x07b\x1b[31m"
    window.online.lines["author_handle"].setText("@ab")

    window.online.context.setPlainText("x" * 200_001)
    assert not window.save()
    assert dialogs.errors[-1] == ("Zusammenhang ist zu lang: höchstens 200.000 Zeichen, "
                                  "eingegeben sind 200.001.")
    window.note.setPlainText("Notiz\x00mit Nullbyte")
    window.online.context.setPlainText("„Hetze“ " * 25_000)  # exactly 200,000 characters
    assert not window.save()
    assert dialogs.errors[-1] == "Die Notiz enthält Steuerzeichen; bitte entfernen."
    assert window.note.toPlainText() == "Notiz\x00mit Nullbyte"
    assert service.get_attachment(attachment_id).version == 1  # nothing half-saved

    window.note.setPlainText("Notiz")
    assert window.save()
    stored = service.get_attachment(attachment_id).value
    assert stored.online is not None and stored.online.context == "„Hetze“ " * 25_000
    assert len(stored.online.context) == 200_000 and stored.online.author_handle == "@ab"


# -- extracted facts ----------------------------------------------------------------------
MAIL_FACTS = {
    "email": {
        "sender": "Wut Bürger <wut@example.org>", "sender_address": "wut@example.org",
        "to": "buergermeisterin@musterstadt.de", "cc": "presse@example.org",
        "date": "2026-03-14T19:42:00+01:00", "date_raw": "Sat, 14 Mar 2026 19:42:00 +0100",
        "subject": "Wir wissen, wo du wohnst", "message_id": "<abc@mail.example.org>",
        "received": ["from mx.example.org by mail.musterstadt.de; Sat, 14 Mar 2026",
                     "from [10.0.0.7] by mx.example.org; Sat, 14 Mar 2026"],
        "raw_headers": "Received: from mx.example.org\nFrom: Wut Bürger <wut@example.org>\n"
                       "Subject: Wir wissen, wo du wohnst\nX-Mailer: <b>Hass</b>",
        "body_text": "<script>alert(1)</script>\nTritt zurück.",
        "parts": [{"index": 0, "name": "drohung.pdf", "media_type": "application/pdf",
                   "size": 2048}],
    },
}


def test_email_facts_are_shown_as_plain_text(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    attachment_id = attach(service, incident_id, "drohung.eml", b"From: x\n\nHallo",
                           metadata=MAIL_FACTS)
    window = details(qtbot, panel, attachment_id)
    facts = window.facts
    assert not facts.email_box.isHidden()
    shown = {label.text() for label in facts.findChildren(QLabel)}
    for value in ("Wut Bürger <wut@example.org>", "buergermeisterin@musterstadt.de",
                  "presse@example.org", "Wir wissen, wo du wohnst", "<abc@mail.example.org>"):
        assert value in shown
    assert "14.03.2026" in " ".join(shown)
    labels = [lb for lb in facts.findChildren(QLabel)
              if lb.text() == "Wut Bürger <wut@example.org>"]
    assert labels and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)
    assert facts.raw_headers.toPlainText().endswith("X-Mailer: <b>Hass</b>")
    assert facts.raw_headers.isReadOnly() and facts.raw_headers.font() == monospace()
    assert facts.body.toPlainText() == "<script>alert(1)</script>\nTritt zurück."
    assert "mx.example.org by mail.musterstadt.de" in facts.received.toPlainText()
    assert facts.parts.rowCount() == 1 and facts.parts.item(0, 0).text() == "drohung.pdf"
    assert facts.gps_check.isHidden()


def exif_facts(gps: bool = True) -> dict[str, Any]:
    image: dict[str, Any] = {"format": "JPEG", "width": 4000, "height": 3000,
                             "taken_at": "2026-03-14T19:45:10", "camera": "Apple iPhone 13",
                             "orientation": 6}
    if gps:
        image["gps"] = {"latitude": 51.0504, "longitude": 13.7373, "altitude_m": 112.0}
    return {"image": image}


def test_photo_facts_and_the_gps_choice_saved_per_attachment(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    first = attach(service, incident_id, "a.jpg", metadata=exif_facts())
    second = attach(service, incident_id, "b.jpg", metadata=exif_facts())
    window = details(qtbot, panel, first)
    shown = " | ".join(label.text() for label in window.facts.findChildren(QLabel))
    assert "14.03.2026 19:45:10" in shown and "Apple iPhone 13" in shown
    assert "90° im Uhrzeigersinn gedreht" in shown
    assert "51,050400° N, 13,737300° O, Höhe 112,0 m" in shown
    check = window.facts.gps_check
    assert not check.isHidden() and not check.isChecked()  # default: no
    check.setChecked(True)
    assert window.isWindowModified()
    assert window.save()
    assert service.get_attachment(first).value.gps_in_exports is True
    assert service.get_attachment(second).value.gps_in_exports is False
    window.close()
    assert details(qtbot, panel, first).facts.gps_check.isChecked()
    assert not details(qtbot, panel, second).facts.gps_check.isChecked()


def test_pages_duration_and_an_unreadable_file(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    pdf = attach(service, incident_id, "brief.pdf", metadata={"document": {"pages": 3}})
    audio = attach(service, incident_id, "anruf.mp3",
                   metadata={"media": {"duration_s": 754.4, "format": "MP3"}})
    broken = attach(service, incident_id, "kaputt.jpg",
                    metadata={"unreadable": {"code": "image_damaged", "params": {}}})
    locked = attach(service, incident_id, "gesperrt.pdf", metadata={
        "document": {"pages": None}, "notices": [{"code": "pdf_password", "params": {}}]})
    texts = {}
    for attachment_id in (pdf, audio, broken, locked):
        window = details(qtbot, panel, attachment_id)
        texts[attachment_id] = " | ".join(lb.text() for lb in window.facts.findChildren(QLabel)
                                          if not lb.isHidden())
        window.close()
    assert "Seiten: | 3" in texts[pdf]
    assert "12:34 (Minuten:Sekunden)" in texts[audio]
    assert ("Das Bild ist beschädigt und konnte nicht gelesen werden. Das Original ist "
            "unverändert gespeichert.") in texts[broken]
    assert ("Hinweise: | Das PDF ist passwortgeschützt; seine Seiten konnten nicht gezählt "
            "werden.") in texts[locked]


def test_a_saved_web_page_shows_its_address_title_and_save_time(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str,
        tmp_path: Path) -> None:
    """Through the real intake child: an MHTML page as Edge saves it."""
    from app.intake.service import IntakeService
    from tests import web_capture_samples as web

    path = tmp_path / "Beitrag.mhtml"
    path.write_bytes(web.mhtml())
    [entry] = IntakeService(service).intake([path], incident_id=incident_id).attachments
    window = details(qtbot, panel, entry.id)
    shown = " | ".join(lb.text() for lb in window.facts.findChildren(QLabel)
                       if not lb.isHidden())
    assert "Gespeicherte Webseite: | MHTML" in shown
    assert f"Adresse (laut Datei): | {web.URL}" in shown
    assert f"Titel der Seite: | {web.TITLE}" in shown
    assert "Gespeichert (laut Datei): | 14.03.2025, 09:41 Uhr (UTC+00:00)" in shown
    assert "Die Aufnahme zeigt, was der Browser angezeigt hat; sie belegt nicht" in shown
    address = next(lb for lb in window.facts.findChildren(QLabel) if lb.text() == web.URL)
    assert address.textFormat() == Qt.TextFormat.PlainText  # never a link the page chose
    window.close()


# -- paste, copy, close, lock -------------------------------------------------------------
def test_a_pasted_screenshot_is_captured_now_by_the_user_and_opens_the_online_form(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService) -> None:
    picture = QImage(80, 60, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    QGuiApplication.clipboard().setImage(picture)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        qtbot.keyClick(panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    after = dt.datetime.now(dt.UTC)
    (entry,) = panel.entries()
    assert entry.value.kind == AttachmentKind.SCREENSHOT
    online = entry.value.online
    assert online is not None and online.captured_by == USER
    assert online.captured_at is not None and before <= online.captured_at <= after
    (window,) = panel.detail_windows()
    assert window.attachment_id == entry.id
    assert window.tabs.currentWidget() is window.online_tab
    assert window.online.lines["captured_by"].text() == USER
    assert "url" in visible_warnings(window)
    assert not window.isWindowModified()  # the stored facts are what the form shows


def test_copy_sha256_is_guarded_by_the_clipboard_timer(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService, incident_id: str) -> None:
    guard = ClipboardGuard(30, QApplication.instance())  # as the app controller holds it
    attachment_id = attach(service, incident_id, "x.txt", b"Beweis")
    window = details(qtbot, panel, attachment_id)
    assert window.sha.isReadOnly() and window.sha.text() == hashlib.sha256(b"Beweis").hexdigest()
    window.copy_button.click()
    assert QGuiApplication.clipboard().text() == window.sha.text()
    assert guard.pending()
    guard.clear_if_ours()  # what the timer does after 30 seconds
    assert QGuiApplication.clipboard().text() == ""
    guard.setParent(None)


def test_closing_with_changes_asks(qtbot: QtBot, panel: AttachmentsPanel,
                                   service: VaultService, incident_id: str,
                                   dialogs: ScriptedDialogs) -> None:
    attachment_id = attach(service, incident_id, "x.txt")
    window = details(qtbot, panel, attachment_id)
    window.note.setPlainText("wichtig")
    dialogs.answer(Choice.CANCEL)
    assert not window.close()
    assert window.isVisible() and window.note.toPlainText() == "wichtig"
    dialogs.answer(Choice.SAVE)
    assert window.close()
    assert service.get_attachment(attachment_id).value.note == "wichtig"
    assert panel.detail_windows() == []


def test_lock_closes_the_details_and_drops_their_content(
        qtbot: QtBot, service: VaultService, incident_id: str, dialogs: ScriptedDialogs,
        settings_path: Any) -> None:
    attach(service, incident_id, "a.jpg", metadata=exif_facts())
    attachment_id = attach(service, incident_id, "b.eml", metadata=MAIL_FACTS)
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    window.incidents.reload()
    editor = window.incidents.open_incident(incident_id)
    assert editor is not None and editor.attachments_panel is not None
    panel = editor.attachments_panel
    shown = details(qtbot, panel, attachment_id)
    assert "Wir wissen" in shown.facts.raw_headers.toPlainText()
    shown.note.setPlainText("beim Sperren ungespeichert")

    dialogs.answer(Choice.CANCEL)  # a manual lock asks; cancel keeps everything open
    assert not window.clear_for_lock(ask=True)
    assert panel.detail_windows() == [shown] and shown.isVisible()

    assert window.clear_for_lock(ask=False)  # auto-lock: valid changes are saved
    assert panel.detail_windows() == [] and not shown.isVisible()
    assert service.get_attachment(attachment_id).value.note == "beim Sperren ungespeichert"
    assert shown.facts.raw_headers.toPlainText() == "" and shown.sha.text() == ""
    assert shown.online.lines["captured_by"].text() == "" and shown.entry() is None
    assert all("Wir wissen" not in lb.text() for lb in shown.findChildren(QLabel))
    window.close_for_lock()


def test_a_cancelled_lock_keeps_the_details_answered_before(
        qtbot: QtBot, service: VaultService, incident_id: str, dialogs: ScriptedDialogs) -> None:
    """The details window is asked first, then the editor's form: a cancel at the form leaves
    the details window open with its input, though it was answered "discard"."""
    attachment_id = attach(service, incident_id, "brief.txt")
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    window.incidents.reload()
    editor = window.incidents.open_incident(incident_id)
    assert editor is not None and editor.attachments_panel is not None
    shown = details(qtbot, editor.attachments_panel, attachment_id)
    shown.note.setPlainText("Notiz zum Brief")
    editor.title_edit.setText("Hasskommentar, ergänzt")

    dialogs.answer(Choice.DISCARD, Choice.CANCEL)
    assert not window.clear_for_lock(ask=True)
    assert len(dialogs.questions) == 2
    assert shown.isVisible() and shown.note.toPlainText() == "Notiz zum Brief"
    assert editor.attachments_panel.detail_windows() == [shown]
    assert editor.isVisible() and editor.title_edit.text() == "Hasskommentar, ergänzt"
    assert window.incidents.model.rowCount() == 1

    dialogs.answer(Choice.SAVE, Choice.DISCARD)
    assert window.clear_for_lock(ask=True)
    assert service.get_attachment(attachment_id).value.note == "Notiz zum Brief"
    assert service.get_incident(incident_id).value.title == "Hasskommentar"
    assert not shown.isVisible() and not editor.isVisible()
    window.close_for_lock()
