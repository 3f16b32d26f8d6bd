"""The unsaved-changes question appears only when something is unsaved: every editor opened on
every record of a filled vault (the demo data, plus records the command line wrote with
values the forms do not produce themselves: seconds, a precision without a time, a long text
of several lines) counts as unchanged and closes without a question; one keystroke later it
asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.cli.support import ok, run
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.attachments.details import AttachmentDetails
from ui.dialogs import Choice
from ui.main_window import MainWindow
from ui.screenshots import fill_demo


def test_every_editor_on_every_record_opens_unchanged(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> None:
    from storage.vault import Vault

    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    service = VaultService(vault)
    fill_demo(service)
    vault.close()
    # What the command line writes as it is given: seconds, "ungefähr" without a time, an
    # unknown time, texts with blank lines and spaces at the ends.
    for args in (["--occurred", "2026-03-14T19:42:17", "--precision", "approximate"],
                 ["--occurred", "14.03.2026", "--precision", "unknown",
                  "--description", "  Zeile eins\n\n\nZeile vier  \n"],
                 ["--occurred", "2026-03-14T08:00", "--occurred-to", "2026-03-14T08:00:30",
                  "--discovered", "2026-03-15", "--review-on", "2030-01-01",
                  "--damage-eur", "1e3", "--tag", " a ", "--tag", "b"]):
        ok(run(folder, "incident", "add", "--title", "von der Kommandozeile", *args))
    ok(run(folder, "contact", "add", "--kind", "suspect", "--name", "  Max  Muster ",
           "--phone", "0351 1234567", "--checked-on", "2026-03-01"))

    vault = Vault.open(folder)
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    window = MainWindow(service, dialogs)
    qtbot.addWidget(window)
    try:
        incidents = [e.id for e in service.list_incidents().entries]
        contacts = [e.id for e in service.list_persons().entries]
        assert len(incidents) >= 5 and len(contacts) >= 3
        for incident_id in incidents:
            editor = window.incidents.open_incident(incident_id)
            assert editor is not None
            assert not editor.has_unsaved_changes(), incident_id
            assert editor.close(), incident_id  # no question (an unexpected one fails)
        for person_id in contacts:
            editor = window.contacts.open_contact(person_id)
            assert editor is not None
            assert not editor.has_unsaved_changes(), person_id
            assert editor.close(), person_id
        attachments = [a.id for i in incidents for a in service.list_attachments(i).entries]
        assert attachments
        for attachment_id in attachments:
            details = AttachmentDetails(service, dialogs, attachment_id)
            qtbot.addWidget(details)
            assert not details.has_unsaved_changes(), attachment_id
            assert details.close(), attachment_id
        assert dialogs.questions == []
        # And a change is noticed: one keystroke, then the question.
        editor = window.incidents.open_incident(incidents[0])
        assert editor is not None
        editor.show()
        QTest.keyClick(editor.title_edit, Qt.Key.Key_X)
        assert editor.has_unsaved_changes()
        dialogs.answer(Choice.CANCEL)
        assert not editor.close()
        assert "ungespeicherte Änderungen" in dialogs.questions[-1]
        dialogs.answer(Choice.DISCARD)
        assert editor.close()
    finally:
        window.clear_for_lock(ask=False)
        service.close()
