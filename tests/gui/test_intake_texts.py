"""In the real GUI (offscreen, a real vault, intake through the real sandbox child) what intake
reports reaches the user in German: why an empty file and a decompression-bomb PNG could not
be read, in the attachment list's tooltip and in the details window, the problems of an
e-mail, the notices about a PDF. The vault keeps codes, never a sentence, and the user's own
note field stays the user's. A vault of an earlier version keeps English sentences there: they
are shown as they were written."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.domain.notice import Notice
from app.intake.codes import IntakeCode
from app.service import VaultService
from tests.gui.support import ScriptedDialogs, opened_panel
from tests.intake_samples import bomb_png, pdf
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


def facts_shown(window: object) -> str:
    labels = window.facts.findChildren(QLabel)  # type: ignore[attr-defined]
    return " | ".join(label.text() for label in labels if not label.isHidden())


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
    # the vault keeps the code and its parameters, no sentence in any language
    assert entries["leer.txt"].value.metadata.unreadable == Notice.of(IntakeCode.EMPTY_FILE)
    reason = entries["bombe.png"].value.metadata.unreadable
    assert reason is not None and reason.code is IntakeCode.IMAGE_BOMB

    tips = tooltips(panel)
    assert tips["leer.txt"] == f"{EMPTY} {STORED}"
    assert tips["bombe.png"] == f"{BOMB} {STORED}"
    for name, text in (("leer.txt", EMPTY), ("bombe.png", BOMB)):
        window = panel.open_details(entries[name].id)
        label = window.facts.unreadable
        assert not label.isHidden() and label.text() == f"{text} {STORED}"
        shown = " ".join(lb.text() for lb in window.findChildren(QLabel) if not lb.isHidden())
        assert "The " not in shown and "bytes" not in shown and "pixels" not in shown
        # intake writes nothing into the user's note; saving other fields keeps it so
        assert window.note.toPlainText() == ""
        window.source.setText("vom Handy")
        assert window.save()
        stored = service.get_attachment(entries[name].id).value
        assert stored.source == "vom Handy" and stored.note == ""
        assert stored.metadata.unreadable == entries[name].value.metadata.unreadable
        window.close()


def test_the_user_s_note_is_the_user_s_and_saved_as_typed(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, service: VaultService) -> None:
    empty = tmp_path / "leer.bin"
    empty.write_bytes(b"")
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([empty])
    (entry,) = panel.entries()
    window = panel.open_details(entry.id)
    window.note.setPlainText("Kam per Post.")
    assert window.save()
    stored = service.get_attachment(entry.id).value
    assert stored.note == "Kam per Post."
    assert stored.metadata.unreadable == Notice.of(IntakeCode.EMPTY_FILE)
    window.close()


def test_problems_of_an_email_are_listed_in_german(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel) -> None:
    mail = tmp_path / "ohne.eml"
    mail.write_bytes(b"Subject: =?x-klingon?q?Hallo?=\nTo: a@example.org\n\nText\n")
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([mail])
    (entry,) = panel.entries()
    assert entry.value.metadata.email is not None
    assert Notice.of(IntakeCode.FROM_MISSING) in entry.value.metadata.email.problems
    window = panel.open_details(entry.id)
    shown = facts_shown(window)
    assert "Die Absenderzeile (From) fehlt." in shown
    assert "Die Datumszeile (Date) fehlt." in shown
    assert "Betreff (Subject): unbekannter Zeichensatz „x-klingon“" in shown
    assert "header" not in shown and "character set" not in shown
    window.close()


def test_a_notice_about_a_pdf_is_german_and_english_in_the_english_ui(
        qtbot: QtBot, tmp_path: Path, panel: AttachmentsPanel, english: QTranslator) -> None:
    locked = tmp_path / "gesperrt.pdf"
    locked.write_bytes(pdf(2, password="geheim"))
    with qtbot.waitSignal(panel.intake_finished, timeout=TIMEOUT):
        panel.add_files([locked])
    (entry,) = panel.entries()
    assert entry.value.metadata.notices == [Notice.of(IntakeCode.PDF_PASSWORD)]
    window = panel.open_details(entry.id)
    assert "The PDF is password-protected; its pages could not be counted." in facts_shown(
        window)
    window.close()


def test_an_old_vault_s_english_sentences_are_shown_as_written(
        qtbot: QtBot, panel: AttachmentsPanel, service: VaultService) -> None:
    # What an earlier version stored: the reason, an e-mail's problems and the note intake
    # wrote, all English. No table translates them any more; they are shown as they are.
    incident_id = service.list_incidents().entries[0].id
    entry = service.add_attachment_stream(
        incident_id, io.BytesIO(b""), "alt.eml", None, extra={
            "metadata": {"unreadable": "The file is empty (0 bytes).",
                         "email": {"problems": ["From header missing"]}},
            "note": "The file changed between reading and storing; the facts were read from "
                    "the earlier version."})
    panel.reload()
    assert tooltips(panel)["alt.eml"] == f"The file is empty (0 bytes). {STORED}"
    window = panel.open_details(entry.id)
    shown = facts_shown(window)
    assert "The file is empty (0 bytes). " + STORED in shown
    assert "From header missing" in shown
    assert window.note.toPlainText().startswith("The file changed between reading")
    window.close()
