"""The command line's English for intake's codes (cli/notices.py): every code has a template
whose placeholders are the code's parameters, and each reads as one line without a placeholder
left; an intake error reaches stderr as that line, a cancelled intake as the "interrupted"
line. The end-to-end cases are in test_intake.py."""

from __future__ import annotations

import errno
import string
from pathlib import Path

import pytest

from app.intake.codes import OS_REASON, IntakeCode
from app.intake.errors import IntakeError
from app.intake.service import IntakeService
from app.progress import Cancelled
from cli import notices
from cli.messages import describe as error_line
from tests.app.test_notices import sample_params
from tests.cli.support import InProcess, make_vault


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def allowed(code: IntakeCode) -> set[str]:
    return set(code.params) | ({OS_REASON} if "errno" in code.params else set())


@pytest.mark.parametrize("code", list(IntakeCode), ids=str)
def test_every_intake_code_has_english_words(code: IntakeCode) -> None:
    template = notices.TEMPLATES[code]
    assert placeholders(template) <= allowed(code), template
    text = notices.english(code, sample_params(code))
    assert "{" not in text and "\n" not in text, text
    assert code is IntakeCode.LEGACY_TEXT or text.endswith("."), text


def test_the_english_keeps_the_lines_the_command_line_printed_before_codes() -> None:
    assert notices.english(IntakeCode.READER_TIMEOUT, {"seconds": 30.0}) == (
        "Reading the file took longer than 30 seconds and was stopped.")
    assert notices.english(IntakeCode.PATH_UNREADABLE, {
        "path": "/a/b.eml", "errno": errno.EIO, "strerror": "Input/output error"}) == (
        "'/a/b.eml' cannot be read (Input/output error).")
    assert notices.english(IntakeCode.UNKNOWN_CHARSET, {"part": "attachment_name",
                                                        "charset": "x"}) == (
        'Attachment name: unknown character set "x", read as UTF-8 or Windows-1252.')


def test_a_core_error_becomes_its_english_line() -> None:
    flood = IntakeError(IntakeCode.READER_FLOOD).notice
    assert error_line(IntakeError(IntakeCode.PART_NOT_EXTRACTED, index=3, reason=flood)) == (
        "Part 3 could not be extracted: Reading the file produced far more data than it can "
        "hold; it was stopped.")


def test_a_cancelled_intake_is_the_interrupted_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)
    photo = tmp_path / "a.png"
    photo.write_bytes(b"\x89PNG")

    def cancelled(*_args: object, **_kwargs: object) -> None:
        raise Cancelled()

    monkeypatch.setattr(IntakeService, "intake", cancelled)
    result = cli("intake", str(photo))
    assert result.code == 130
    assert result.err == "vorfallbuch: interrupted; nothing half-saved remains.\n"
