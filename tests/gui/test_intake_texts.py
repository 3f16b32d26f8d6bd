"""In the real GUI (offscreen, a real vault, intake through the real sandbox child) the reasons
intake gives in English reach the user in German: an empty file and a decompression-bomb PNG
in the attachment list's tooltip and in the details window, while the vault keeps the English
sentence for the CLI. Also the note field and the problems of an e-mail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.gui.support import ScriptedDialogs, opened_panel
from tests.intake_samples import bomb_png
from ui.attachments import AttachmentsPanel
from ui.attachments.model import KIND, NAME

TIMEOUT = 60_000  # a sandbox child per file on a busy machine
STORED = "Das Original ist unverändert gespeichert."
EMPTY = "Die Datei ist leer (0 Byte)."
BOMB = ("Das Bild ist größer als 100 Megapixel und womöglich eine Dekompressionsbombe; es "
        "wurde gespeichert, ohne es zu entpacken.")


@pytest.fixture
def panel(qtbot: QtBot, service: VaultService,
          dialogs: ScriptedDialogs) -> Iterator[AttachmentsPanel]:
    widget = opened_panel(qtbot, service, dialogs, "Drohbrief")
    yield widget
    widget.clear()


def tooltips(panel: AttachmentsPanel) -> dict[str, str]:
    """The kind column's tooltips as the user reads them (they are escaped rich text)."""
    table = panel.findChild(QTableView)
    assert table is not None
    model = table.model()
    shown = {}
    for row in range(model.rowCount()):
        document = QTextDocument()
        document.setHtml(model.index(row, KIND).data(Qt.ItemDataRole.ToolTipRole))
        shown[model.index(row, NAME).data()] = document.toPlainText()
    return shown


def test_empty_file_and_bomb_show_german_reasons(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    bomb = tmp_path / "bombe.png"
    bomb.write_bytes(bomb_png(12_000, 9_000))
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([empty, bomb])
    assert dialogs.errors == []
    entries = {e.value.original_name: e for e in panel.entries()}
    # the vault keeps the core's English sentence (the CLI shows it)
    assert entries["leer.txt"].value.metadata.unreadable == "The file is empty (0 bytes)."
    assert entries["bombe.png"].value.metadata.unreadable.startswith(
        "The image is larger than 100 megapixels, a possible decompression bomb")

    tips = tooltips(panel)
    assert tips["leer.txt"] == f"{EMPTY} {STORED}"
    assert tips["bombe.png"] == f"{BOMB} {STORED}"
    for name, text in (("leer.txt", EMPTY), ("bombe.png", BOMB)):
        window = panel.open_details(entries[name].id)
        label = window.facts.unreadable
        assert not label.isHidden() and label.text() == f"{text} {STORED}"
        shown = " ".join(lb.text() for lb in window.findChildren(QLabel) if not lb.isHidden())
        assert "The " not in shown and "bytes" not in shown and "pixels" not in shown
        # the note intake wrote is shown in German, and an untouched note stays English
        assert window.note.toPlainText() == text
        window.source.setText("vom Handy")
        assert window.save()
        stored = service.get_attachment(entries[name].id).value
        assert stored.source == "vom Handy"
        assert stored.note == entries[name].value.note and stored.note.startswith("The ")
        window.close()


def test_the_user_s_own_note_lines_stay_and_an_edit_is_saved_as_seen(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService) -> None:
    empty = tmp_path / "leer.bin"
    empty.write_bytes(b"")
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([empty])
    (entry,) = panel.entries()
    window = panel.open_details(entry.id)
    window.note.setPlainText(window.note.toPlainText() + "\nKam per Post.")
    assert window.save()
    assert service.get_attachment(entry.id).value.note == f"{EMPTY}\nKam per Post."
    window.close()


def test_problems_of_an_email_are_listed_in_german(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    pytest.importorskip("app.intake.email_parse")
    mail = tmp_path / "ohne.eml"
    mail.write_bytes(b"Subject: =?x-klingon?q?Hallo?=\nTo: a@example.org\n\nText\n")
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([mail])
    (entry,) = panel.entries()
    assert entry.value.metadata.email is not None
    assert "From header missing" in entry.value.metadata.email.problems
    window = panel.open_details(entry.id)
    shown = " | ".join(lb.text() for lb in window.facts.findChildren(QLabel))
    assert "Die Absenderzeile (From) fehlt." in shown
    assert "Die Datumszeile (Date) fehlt." in shown
    assert "Betreff (Subject): unbekannter Zeichensatz „x-klingon“" in shown
    assert "header" not in shown and "character set" not in shown
    window.close()
