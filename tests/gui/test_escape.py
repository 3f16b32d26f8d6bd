"""Esc closes the editors, the viewer and the attachment details, as a person expects, and asks
first when something is unsaved (real windows on a real vault, real key events)."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.gui.controller_support import activate
from tests.gui.support import ScriptedDialogs, fill
from ui.attachments import AttachmentViewer
from ui.attachments.details import AttachmentDetails
from ui.dialogs import Choice
from ui.main_window import MainWindow


def _escape(qtbot: QtBot, window: QWidget) -> None:
    activate(qtbot, window)  # a shortcut of a window works while that window is active
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)


def test_esc_closes_an_unchanged_editor_and_asks_for_a_changed_one(
        qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> None:
    ids = fill(service)
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    window.incidents.reload()
    window.contacts.reload()
    editor = window.incidents.open_incident(ids["incidents"][0])
    assert editor is not None
    qtbot.waitExposed(editor)
    _escape(qtbot, editor)
    assert not editor.isVisible() and dialogs.questions == []

    editor = window.incidents.open_incident(ids["incidents"][1])
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.title_edit, " (neu)")
    dialogs.answer(Choice.CANCEL)
    _escape(qtbot, editor)
    assert editor.isVisible() and "ungespeicherte Änderungen" in dialogs.questions[-1]
    dialogs.answer(Choice.DISCARD)
    _escape(qtbot, editor)
    assert not editor.isVisible()

    contact = window.contacts.open_contact(ids["persons"][0])
    assert contact is not None
    qtbot.waitExposed(contact)
    _escape(qtbot, contact)
    assert not contact.isVisible()
    window.close_for_lock()


def test_esc_closes_the_viewer_and_the_details(qtbot: QtBot, service: VaultService,
                                               dialogs: ScriptedDialogs) -> None:
    incident = service.add_incident({"title": "Brief", "occurred": {"date": "2026-03-14"}})
    attachment = service.add_attachment_stream(incident.id, io.BytesIO(b"Hallo"), "brief.txt")
    for window in (AttachmentViewer(service, dialogs, attachment.id),
                   AttachmentDetails(service, dialogs, attachment.id)):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        _escape(qtbot, window)
        assert not window.isVisible()
