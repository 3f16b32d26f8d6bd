"""The command line's English for the export's codes (cli/export_messages.py): every code has
a template whose placeholders are the code's parameters and reads as one line; the lines the
command line printed before codes stay as they were. The end-to-end cases are in
test_export.py."""

from __future__ import annotations

import errno
import string
from typing import Any

import pytest

from app.evidence_codes import EvidenceCode
from app.progress import Cancelled
from cli import export_messages
from cli.messages import describe as error_line
from cli.output import one_line
from export.dossier.model import Unshown
from export.errors import ExportCode, ExportError


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def allowed(code: ExportCode) -> set[str]:
    """A code's parameters, and {reason} where it carries an OSError's errno."""
    return set(code.params) | ({"reason"} if "errno" in code.params else set())


def export_sample(code: ExportCode) -> dict[str, Any]:
    values: dict[str, Any] = {"errno": errno.ENOSPC, "strerror": "No space left on device",
                              "limit": 127, "char": "U+0007"}
    return {name: values.get(name, f"<{name}>") for name in code.params}


@pytest.mark.parametrize("code", list(ExportCode), ids=str)
def test_every_export_code_has_english_words(code: ExportCode) -> None:
    template = export_messages.TEMPLATES[code]
    assert placeholders(template) <= allowed(code), template
    text = export_messages.english(code, export_sample(code))
    assert "{" not in text and "\n" not in text and text.endswith("."), text


def test_the_lines_the_command_line_printed_before_codes_stay() -> None:
    disk_full = {"errno": errno.ENOSPC, "strerror": "No space left on device"}
    assert export_messages.english(ExportCode.WRITE_FAILED, disk_full) == (
        "The disk is full; no dossier was written.")
    assert export_messages.english(ExportCode.WRITE_FAILED, {
        "errno": errno.EIO, "strerror": "Input/output error"}) == (
        "A file error occurred (Input/output error); no dossier was written.")
    assert error_line(ExportError(ExportCode.OUT_EXISTS, path="d.pdf")) == (
        "'d.pdf' exists already; choose another name.")
    assert not isinstance(Cancelled(), ExportError)  # main words it: "interrupted"


@pytest.mark.parametrize("code", list(EvidenceCode), ids=str)
def test_every_evidence_code_has_english_words(code: EvidenceCode) -> None:
    template = export_messages.EVIDENCE[code]
    assert placeholders(template) <= set(code.params), template
    text = export_messages.evidence_english(code, {name: 20.0 for name in code.params})
    assert "{" not in text and "\n" not in text and text.endswith("."), text
    assert not any(c in text for c in "äöüß"), text


def test_a_warning_line_names_the_file_its_checksum_and_the_reason() -> None:
    unshown = Unshown("ab" * 16, "brief\nscan.pdf", "cd" * 32, 1234, EvidenceCode.READER_TIMEOUT,
                      {"seconds": 20.0})
    line = one_line(export_messages.unshown_line(unshown))
    assert line == ("vorfallbuch: warning: 'brief\\nscan.pdf' (SHA-256 cdcdcdcdcdcdcdcd…) was "
                    "not shown in the dossier, a page names it instead: reading the file took "
                    "longer than 20 seconds and was stopped; the original is kept unchanged in "
                    "the vault.")
