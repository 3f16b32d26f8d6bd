"""Forms do not jump while they are filled in: a hint that appears or goes (what the police
would miss on a screenshot, the Strafantrag deadline at the top of the editor) keeps its place,
so the field the user is about to click stays where it was."""

from __future__ import annotations

import io

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import AttachmentKind, Category
from app.service import VaultService
from tests.gui.support import ScriptedDialogs
from tests.gui.test_incidents import check, pane  # noqa: F401 (a fixture)
from ui.attachments.details import AttachmentDetails
from ui.dialogs import Choice
from ui.incidents.pane import IncidentsPane


def _at(widget: object) -> QPoint:
    QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0))  # type: ignore[attr-defined]


def test_the_screenshot_form_keeps_still_while_its_warnings_go(
        qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> None:
    incident = service.add_incident({"title": "Hasskommentar", "occurred": {"date": "2026-03-14"}})
    shot = service.add_attachment_stream(incident.id, io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"0" * 64),
                                         "bildschirmfoto.png", AttachmentKind.SCREENSHOT)
    details = AttachmentDetails(service, dialogs, shot.id)
    qtbot.addWidget(details)
    details.resize(1000, 700)
    details.show()
    details.show_online()
    form = details.online
    last = form.context
    before = _at(last)
    assert any(label.isVisible() for label in form.warning_labels.values())  # URL etc. missing
    QTest.keyClicks(form.lines["url"], "https://social.example/p/1")
    QTest.keyClicks(form.lines["author_handle"], "@jemand")
    assert _at(last) == before  # the hints went, their space stayed
    form.lines["url"].clear()
    assert _at(last) == before
    dialogs.answer(Choice.DISCARD)
    assert details.close()


def test_the_editor_keeps_still_when_the_deadline_hint_appears(
        qtbot: QtBot, pane: IncidentsPane) -> None:  # noqa: F811
    editor = pane.new_incident()
    editor.resize(1000, 700)
    editor.show()
    before = _at(editor.tabs)
    editor.tabs.setCurrentWidget(editor.classification)
    hidden = not editor.deadline.isVisible()
    check(editor, Category.BELEIDIGUNG)  # needs a Strafantrag: the hint changes or appears
    QApplication.processEvents()
    assert editor.deadline.isVisible()
    assert _at(editor.tabs) == before, hidden
    QTest.keyClick(editor.title_edit, Qt.Key.Key_A)
    assert _at(editor.tabs) == before
