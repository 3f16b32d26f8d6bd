"""Issue 13, section 1, in the GUI: after an export with broken evidence the finished dialog
lists each piece the dossier could not show, in German, with the reason the dossier prints;
every EvidenceCode has its German sentence through tr()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from app.evidence_codes import EvidenceCode
from app.service import VaultService
from app.texts.evidence import german
from export.dossier.model import Unshown
from tests.export import hostile_evidence as hostile
from tests.export.dossier_support import add_file, pdf_letter
from tests.gui.support import ScriptedDialogs
from ui.export import messages as export_messages
from ui.main_window import MainWindow


@pytest.mark.parametrize("code", list(EvidenceCode), ids=str)
def test_every_evidence_code_has_its_german_sentence(code: EvidenceCode) -> None:
    params = {name: 20.0 for name in code.params}
    text = export_messages.evidence_wording(code, params)
    assert "{" not in text and "\n" not in text and text.endswith("."), text
    assert text == german(code, params)


def test_the_finished_dialog_lists_what_the_dossier_could_not_show(
        qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs, tmp_path: Path,
        settings_path: Any) -> None:
    incident = service.add_incident({"title": "Briefe", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "gut.pdf", pdf_letter(1))
    add_file(service, tmp_path, incident.id, "kaputt.pdf", hostile.truncated_pdf())
    add_file(service, tmp_path, incident.id, "bombe.png", hostile.pixel_bomb_png())
    main = MainWindow(service, dialogs)
    qtbot.addWidget(main)
    main.incidents.reload()
    try:
        folder = tmp_path / "ausgabe"
        folder.mkdir()
        dialog = main.export_dossier()
        dialogs.answer(folder / "dossier")
        assert dialog.start_export()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)
        assert dialogs.errors == []
        assert (folder / "dossier.pdf").is_file()
        assert dialog.record is not None and len(dialog.record.unshown) == 2
        summary = dialog.summary.text()
        assert "2 Beweismittel konnten nicht dargestellt werden" in summary
        assert ("• kaputt.pdf: " + german(EvidenceCode.PDF_UNREADABLE, {})) in summary
        assert ("• bombe.png: " + german(EvidenceCode.IMAGE_TOO_LARGE, {})) in summary
        dialog.done_button.click()
    finally:
        main.close_for_lock()


def test_the_english_ui_has_every_evidence_text(english: QTranslator) -> None:
    for code in EvidenceCode:
        text = export_messages.evidence_wording(code, {name: 20.0 for name in code.params})
        assert "{" not in text and not any(c in text for c in "äöüß"), text
    unshown = [Unshown("ab" * 16, "brief.pdf", "cd" * 32, 10, EvidenceCode.PDF_ENCRYPTED)]
    assert export_messages.unshown_list(unshown) == (
        "One piece of evidence could not be shown; in the dossier a page with the file name, "
        "SHA-256 checksum and reason stands in its place:\n"
        "• brief.pdf: The PDF file is password-protected; the original is kept unchanged in "
        "the vault.")
