"""Intake's codes and their notices: every code has a German wording (app/texts/notices.py,
which the GUI and the dossier share) whose placeholders are the code's parameters, and reads as
one German sentence with sample values; a notice holds only what its code declares and what an
untrusted reader may send; a vault of an earlier version, which kept English sentences, still
loads, each sentence a notice that is shown as it was written."""

from __future__ import annotations

import string
from typing import Any

import pytest
from pydantic import ValidationError

from app.domain import EvidenceFacts
from app.domain.notice import UNTRUSTED, Notice
from app.intake.codes import ENUM_PARAMS, NUMBER_PARAMS, OS_REASON, IntakeCode, MailPart
from app.intake.errors import IntakeError
from app.texts.notices import PART_LABELS, TEMPLATES, german, german_number, render

C = IntakeCode


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def allowed(code: IntakeCode) -> set[str]:
    """A code's parameters, and {reason} where it carries an OSError's errno."""
    return set(code.params) | ({OS_REASON} if "errno" in code.params else set())


def sample_params(code: IntakeCode) -> dict[str, Any]:
    """A value of the right kind for each parameter (numbers to show the German comma)."""
    values: dict[str, Any] = {}
    for name in code.params:
        if name == "reason":
            values[name] = Notice.of(C.READER_FLOOD)
        elif NUMBER_PARAMS.get(name) is float:
            values[name] = 2.5
        elif name in NUMBER_PARAMS:
            values[name] = 12_000
        elif name in ENUM_PARAMS:
            values[name] = MailPart.SUBJECT.value
        else:
            values[name] = f"<{name}>"
    return values


@pytest.mark.parametrize("code", list(IntakeCode), ids=str)
def test_every_code_has_a_german_template_with_its_parameters(code: IntakeCode) -> None:
    assert code in TEMPLATES
    assert placeholders(TEMPLATES[code]) <= allowed(code), TEMPLATES[code]


@pytest.mark.parametrize("code", list(IntakeCode), ids=str)
def test_every_code_reads_as_one_german_sentence(code: IntakeCode) -> None:
    text = render(code, sample_params(code))
    assert "{" not in text and "}" not in text, text
    if code is C.LEGACY_TEXT:
        return
    assert text.endswith("."), text
    assert ". " not in text.rstrip(".") and "\n" not in text, f"more than one sentence: {text}"
    for name, value in sample_params(code).items():
        if name in placeholders(TEMPLATES[code]) and isinstance(value, str) and name != "part":
            assert value in text, (name, text)


def test_numbers_are_german_and_mail_parts_have_labels() -> None:
    assert german_number(2.5) == "2,5" and german_number(30.0) == "30"
    assert german_number(12_000) == "12.000" and german_number(-9) == "-9"
    assert german(Notice.of(C.READER_TIMEOUT, seconds=2.5)) == (
        "Das Lesen der Datei dauerte länger als 2,5 Sekunden und wurde abgebrochen.")
    assert german(Notice.of(C.UNKNOWN_CHARSET, part="body", charset="x-klingon")) == (
        "Text der E-Mail: unbekannter Zeichensatz „x-klingon“, als UTF-8 oder Windows-1252 "
        "gelesen.")
    assert set(PART_LABELS) == set(MailPart)
    # where nothing words the system's reason (the dossier), a German clause stands for it
    assert german(Notice.of(C.PATH_UNREADABLE, path="/a", errno=5, strerror="I/O error")) == (
        "„/a“ kann nicht gelesen werden: das Betriebssystem hat einen Fehler gemeldet.")


def test_a_value_that_looks_like_a_placeholder_stays_text() -> None:
    assert german(Notice.of(C.EXIF_DATE_UNREADABLE, raw="{raw} {0}")) == (
        "Das EXIF-Datum konnte nicht gelesen werden: „{raw} {0}“.")


# -- what a notice may hold -----------------------------------------------------------------
@pytest.mark.parametrize(("data", "why"), [
    ({"code": "the_scroll_has_seals", "params": {}}, "unknown code"),
    ({"code": "reader_timeout", "params": {}}, "a parameter missing"),
    ({"code": "empty_file", "params": {"size": 0}}, "a parameter too many"),
    ({"code": "reader_timeout", "params": {"seconds": "soon"}}, "text for a number"),
    ({"code": "reader_crashed", "params": {"exit_code": 2.5}}, "a fraction for a count"),
    ({"code": "reader_crashed", "params": {"exit_code": True}}, "a truth value"),
    ({"code": "reader_timeout", "params": {"seconds": float("nan")}}, "not a number"),
    ({"code": "exif_date_unreadable", "params": {"raw": 17}}, "a number for text"),
    ({"code": "exif_date_unreadable", "params": {"raw": "a\nb"}}, "a line break"),
    ({"code": "exif_date_unreadable", "params": {"raw": ["x"]}}, "a list"),
    ({"code": "encoded_word_broken", "params": {"part": "kitchen"}}, "an unknown mail part"),
])
def test_a_notice_refuses_what_its_code_does_not_declare(data: dict[str, Any], why: str) -> None:
    with pytest.raises(ValidationError):
        Notice.model_validate(data)


def test_an_old_sentence_is_a_notice_from_a_vault_but_never_from_a_reader() -> None:
    old = Notice.model_validate("The file is empty (0 bytes).")
    assert old == Notice.of(C.LEGACY_TEXT, text="The file is empty (0 bytes).")
    assert german(old) == "The file is empty (0 bytes)."  # shown as written
    for answer in ("The file is empty (0 bytes).",
                   {"code": "legacy_text", "params": {"text": "Call 0900 123."}}):
        with pytest.raises(ValidationError):
            Notice.model_validate(answer, context=UNTRUSTED)
    assert Notice.model_validate({"code": "empty_file"}, context=UNTRUSTED) == Notice.of(
        C.EMPTY_FILE)


def test_facts_an_earlier_version_stored_still_load() -> None:
    stored = {"unreadable": "The image is damaged and could not be read.",
              "email": {"problems": ["From header missing", "Date header unreadable"]}}
    facts = EvidenceFacts.model_validate(stored)
    assert facts.unreadable == Notice.of(C.LEGACY_TEXT,
                                         text="The image is damaged and could not be read.")
    assert facts.email is not None
    assert [german(p) for p in facts.email.problems] == ["From header missing",
                                                         "Date header unreadable"]
    assert EvidenceFacts.model_validate({"unreadable": ""}).unreadable is None
    assert EvidenceFacts.model_validate({}).notices == []
    # and they are stored again as they were read: the old text as a legacy notice
    again = EvidenceFacts.model_validate(facts.model_dump(mode="json"))
    assert again == facts


def test_an_error_with_parameters_its_code_does_not_take_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        IntakeError(C.PATH_MISSING)
    with pytest.raises(TypeError):
        IntakeError(C.NO_FILES, path="/x")
    exc = IntakeError(C.PATH_MISSING, path="/home/bm/Drohbrief.pdf")
    assert str(exc) == "path_missing(path)"  # for logs: no value, no sentence
    assert exc.field == "file"
