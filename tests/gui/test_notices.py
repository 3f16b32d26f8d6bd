"""The GUI words intake's codes itself, through the shared German templates and Qt's
translate() (ui/notices.py): the placeholders are the code's parameters, and with sample values
each reads as one sentence, in German and, through the translation, in English. ui/messages.py
hands intake's errors to it (its `_other`)."""

from __future__ import annotations

import errno
import string
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator

from app.intake.codes import OS_REASON, IntakeCode
from app.intake.errors import IntakeError, SandboxFailure, UnreadableFileError
from app.texts.notices import TEMPLATES
from tests.app.test_notices import sample_params
from ui.messages import describe
from ui.notices import intake_error, translate, wording


@pytest.fixture
def german_locale() -> Iterator[None]:
    """Numbers as the German app writes them (ui/app.py sets the locale at start)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def allowed(code: IntakeCode) -> set[str]:
    return set(code.params) | ({OS_REASON} if "errno" in code.params else set())


def one_sentence(text: str) -> None:
    assert "{" not in text and "}" not in text and "\n" not in text, text
    assert text.endswith("."), text
    assert ". " not in text.rstrip("."), f"more than one sentence: {text}"


@pytest.mark.parametrize("code", [c for c in IntakeCode if c is not IntakeCode.LEGACY_TEXT],
                         ids=str)
def test_every_intake_code_reads_as_one_german_sentence(code: IntakeCode,
                                                        german_locale: None) -> None:
    one_sentence(wording(code, sample_params(code)))


def test_numbers_and_the_systems_reason_in_german(german_locale: None) -> None:
    assert wording(IntakeCode.READER_TIMEOUT, {"seconds": 2.5}) == (
        "Das Lesen der Datei dauerte länger als 2,5 Sekunden und wurde abgebrochen.")
    assert wording(IntakeCode.TOO_MANY_FILES, {"limit": 10_000}) == (
        "Höchstens 10.000 Dateien auf einmal.")
    assert wording(IntakeCode.PATH_UNREADABLE, {
        "path": "/a/b.pdf", "errno": errno.ENOSPC, "strerror": "No space left on device"}) == (
        "„/a/b.pdf“ kann nicht gelesen werden: der Datenträger ist voll.")


def test_the_english_ui_has_every_intake_text(english: QTranslator) -> None:
    untranslated = [code for code in IntakeCode if code is not IntakeCode.LEGACY_TEXT
                    and translate(TEMPLATES[code]) == TEMPLATES[code]]
    assert untranslated == []
    for code in IntakeCode:
        english_template = translate(TEMPLATES[code])
        assert placeholders(english_template) <= allowed(code), english_template
        assert "{" not in wording(code, sample_params(code))
    assert wording(IntakeCode.EMPTY_FILE, {}) == "The file is empty (0 bytes)."
    assert wording(IntakeCode.UNKNOWN_CHARSET, {"part": "subject", "charset": "x"}) == (
        'Subject: unknown character set "x", read as UTF-8 or Windows-1252.')


@pytest.mark.parametrize(("exc", "expected"), [
    (IntakeError(IntakeCode.PATH_MISSING, path="/tmp/weg.eml"),
     "„/tmp/weg.eml“ existiert nicht oder ist keine Datei."),
    (UnreadableFileError(IntakeCode.EMPTY_FILE), "Die Datei ist leer (0 Byte)."),
    (SandboxFailure(IntakeCode.READER_INVALID),
     "Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war ungültig."),
])
def test_ui_messages_hands_intake_s_errors_to_their_wording(exc: BaseException,
                                                            expected: str) -> None:
    assert describe(exc) == expected
    assert intake_error(exc) == expected
