"""The GUI words the export's codes itself (ui/export/messages.py): every ExportCode has a
German sentence whose placeholders are the code's parameters, and an English one through the
translation; a failed export's message (ui/export/failure.py) gives the export's own codes as
they are and any other failure after the fact that no file was written. ui/messages.py hands
the export's errors and a cancelled job to their wording too (its `_other`)."""

from __future__ import annotations

import errno
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from app.progress import Cancelled
from export.errors import ExportCode, ExportError
from tests.cli.test_export_messages import allowed, export_sample, placeholders
from ui.export import messages as export_messages
from ui.export.failure import export_error
from ui.messages import describe


def one_sentence(text: str) -> None:
    assert "{" not in text and "}" not in text and "\n" not in text, text
    assert text.endswith("."), text
    assert ". " not in text.rstrip("."), f"more than one sentence: {text}"


@pytest.mark.parametrize("code", list(ExportCode), ids=str)
def test_every_export_code_has_one_german_sentence(code: ExportCode) -> None:
    assert code in export_messages.TEMPLATES
    template = export_messages.TEMPLATES[code]()
    assert placeholders(template) <= allowed(code), template
    one_sentence(export_messages.wording(code, export_sample(code)))


def test_the_system_s_reason_in_german() -> None:
    assert export_messages.wording(ExportCode.WRITE_FAILED, {
        "errno": errno.EROFS, "strerror": "Read-only file system"}) == (
        "Es wurde kein Dossier geschrieben: der Datenträger ist schreibgeschützt.")


def test_the_english_ui_has_every_export_text(english: QTranslator) -> None:
    for code in ExportCode:
        text = export_messages.wording(code, export_sample(code))
        assert "{" not in text and not any(c in text for c in "äöüß"), text


@pytest.mark.parametrize(("exc", "expected"), [
    (ExportError(ExportCode.OUT_EXISTS, path="/tmp/d.pdf"),
     "Die Datei gibt es schon; bitte wählen Sie einen anderen Namen."),
    (Cancelled(), "Der Vorgang wurde abgebrochen."),
])
def test_ui_messages_hands_these_to_their_wording(exc: BaseException, expected: str) -> None:
    assert describe(exc) == expected


def test_a_failed_export_words_its_own_codes_and_others_after_no_file() -> None:
    disk: dict[str, Any] = {"errno": errno.ENOSPC, "strerror": "No space left on device"}
    assert export_error(ExportError(ExportCode.WRITE_FAILED, **disk)) == (
        "Es wurde kein Dossier geschrieben: der Datenträger ist voll.")
    assert export_error(ExportError(ExportCode.EMPTY_SELECTION)) == (
        "Zu dieser Auswahl gibt es keine Vorfälle; es wurde nichts exportiert.")
    assert export_error(OSError(errno.EIO, "Input/output error")).startswith(
        "Es wurde keine Datei geschrieben: ")
