"""Closing an incident editor while files are still being added to it: the user is asked
(wait for them, or stop adding them, naming the files not stored yet); waiting closes the
window once they are stored, stopping breaks off the file being stored and leaves nothing
half-written referenced. (Locking meanwhile: tests/gui/test_locking.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.gui.support import HeldCopy, ScriptedDialogs, fill
from tests.gui.test_attachments import blob_files, opaque, write
from ui.attachments import AttachmentsPanel
from ui.incidents.editor import IncidentEditor
from ui.incidents.pane import IncidentsPane

TIMEOUT = 20_000
NAMES = ["a.bin", "b.bin", "c.bin"]


def stored_names(service: VaultService, incident_id: str) -> list[str]:
    return sorted(e.value.original_name for e in service.list_attachments(incident_id).entries)


@pytest.fixture
def incident_id(service: VaultService) -> str:
    return fill(service)["incidents"][0]  # with one attachment, brief.txt


@pytest.fixture
def editor(qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs,
           incident_id: str) -> IncidentEditor:
    pane = IncidentsPane(service, dialogs)
    qtbot.addWidget(pane)
    pane.reload()
    opened = pane.open_incident(incident_id)
    assert opened is not None and opened.attachments_panel is not None
    return opened


def add_held(qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, held: HeldCopy) -> None:
    """Add three files of 3 MiB; the first is held half-written in the vault."""
    panel.add_files([write(tmp_path, name, opaque(3 * 1024 * 1024)) for name in NAMES])
    qtbot.waitUntil(held.reached.is_set, timeout=TIMEOUT)
    assert panel.is_busy()


def test_closing_can_wait_for_the_files_and_then_closes_by_itself(
        qtbot: QtBot, tmp_path: Path, editor: IncidentEditor, service: VaultService,
        dialogs: ScriptedDialogs, incident_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = editor.attachments_panel
    assert panel is not None
    held = HeldCopy(monkeypatch, service, "a.bin")
    add_held(qtbot, tmp_path, panel, held)

    dialogs.answer(False)  # wait
    assert editor.close() is False
    (question,) = dialogs.questions
    assert "noch nicht gespeichert: „a.bin“, „b.bin“, „c.bin“." in question
    assert "das Fenster schließt sich dann von selbst" in question
    assert editor.isVisible() and panel.is_busy()
    assert editor.status_label.text() == ("Das Fenster schließt sich, sobald die Dateien "
                                          "hinzugefügt sind.")

    with qtbot.waitSignal(editor.closed, timeout=TIMEOUT):  # by itself, once they are in
        held.release.set()
    assert stored_names(service, incident_id) == ["a.bin", "b.bin", "brief.txt", "c.bin"]
    assert dialogs.errors == [] and len(dialogs.questions) == 1
    assert service.verify().ok


def test_stopping_breaks_off_the_file_being_stored_and_leaves_nothing_referenced(
        qtbot: QtBot, tmp_path: Path, editor: IncidentEditor, service: VaultService,
        dialogs: ScriptedDialogs, incident_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = editor.attachments_panel
    assert panel is not None
    blobs = blob_files(service)
    held = HeldCopy(monkeypatch, service, "a.bin")
    add_held(qtbot, tmp_path, panel, held)

    dialogs.answer(True)  # stop adding them
    assert editor.close() is True
    assert "„a.bin“, „b.bin“, „c.bin“" in dialogs.questions[0]
    assert not editor.isVisible()
    qtbot.waitUntil(held.finished.is_set, timeout=TIMEOUT)  # broken off, half-written
    assert not held.release.is_set()
    assert stored_names(service, incident_id) == ["brief.txt"]
    assert blob_files(service) == blobs  # no stray, temporary or half-written file
    assert service.verify().ok
    assert dialogs.errors == []
