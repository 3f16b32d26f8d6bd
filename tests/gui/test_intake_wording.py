"""Every English sentence the intake core can write (found in app/intake/*.py with the ast
module, tools/intake_sentence_scan.py) has German words in ui/intake_texts.py that carry the
same numbers and names; the English UI gets the core's sentence back; unknown texts become a
general German sentence, never the English one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.errors import InputCode, InvalidInputError
from tools import intake_sentence_scan as scanner
from ui.intake_texts import (
    describe_intake,
    german_note,
    german_note_text,
    german_problems,
    german_reason,
)

SITES = scanner.scan()
REASON_FALLBACK = german_reason("")
NOTE_FALLBACK = german_note("")
# `what` in Source.read_all's sentence ("The {what} is larger than ...") is the word its
# callers pass: each gets its own German sentence.
READ_ALL_WHAT = scanner.call_arguments("read_all", 1)
# English words that would betray an untranslated sentence inside the German one.
ENGLISH = re.compile(r"\b(?:the|could|not|file|is|has|and|read|been)\b")  # not "was": German too


def examples() -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, concrete English sentence, values that must reappear), one per variant."""
    found = set()
    for site in SITES:
        extra = {"what": READ_ALL_WHAT} if site.module == "facts.py" else {}
        for template in site.templates:
            for text, values in scanner.samples(template, extra):
                found.add((site.kind, text, tuple(values)))
    return sorted(found)


EXAMPLES = examples()


def translate(kind: str, english: str) -> str:
    return german_reason(english) if kind == "reason" else german_note(english)


def test_the_scan_finds_the_sentences_of_every_kind_of_site() -> None:
    texts = {text for _, text, _ in EXAMPLES}
    assert len(EXAMPLES) >= 70, len(EXAMPLES)
    for known in ("The file is empty (0 bytes).",  # UnreadableFileError in several readers
                  "The file is not an e-mail: it does not start with mail headers.",  # a constant
                  "The image is larger than 4711 megapixels (4712 x 4713 pixels), a possible "
                  "decompression bomb; it was stored without decoding it.",  # a helper's variant
                  "The e-mail is larger than 4712 MB; it was stored without reading it.",
                  "The file could not be read: the reader's answer was not valid.",  # _unreadable
                  "Reading the file took longer than 4711 seconds and was stopped.",  # runner
                  "The file is nested too deeply to be read.",  # the worker's {"error": ...}
                  "'4711' does not exist or is not a file.",  # IntakeService
                  "The e-mail names no sender; no person was linked.",  # prefill
                  "The file changed between reading and storing; the facts were read from the "
                  "earlier version.",  # service.py's note
                  "The EXIF date could not be read: 4711.",
                  "MIME parts nested deeper than 4711 levels were not read",  # imported constant
                  "Further problems were not listed."):
        assert known in texts, known


def test_what_the_scan_cannot_follow_is_only_a_known_hand_over() -> None:
    unresolved = {site.unresolved for site in SITES if site.unresolved}
    assert unresolved <= scanner.PASS_THROUGH, unresolved - scanner.PASS_THROUGH


@pytest.mark.parametrize(("kind", "english", "values"), EXAMPLES,
                         ids=[f"{k}:{t[:60]}" for k, t, _ in EXAMPLES])
def test_every_sentence_of_the_core_has_german_words(kind: str, english: str,
                                                     values: tuple[str, ...]) -> None:
    german = translate(kind, english)
    assert german not in (REASON_FALLBACK, NOTE_FALLBACK), f"no German text for {english!r}"
    assert german != english
    leftover = [v for v in values if v not in german]
    assert not leftover, f"{german!r} lost {leftover}"
    words = ENGLISH.findall(re.sub(r"\d+", "", german))
    assert not words, f"English words {words} in {german!r}"


def test_a_new_sentence_in_the_core_is_found_and_has_no_german_yet(tmp_path: Path) -> None:
    (tmp_path / "newreader.py").write_text(
        "from app.intake.errors import UnreadableFileError\n"
        "LIMIT = 3\n"
        "def read(n: int) -> None:\n"
        "    if n:\n"
        "        raise UnreadableFileError(f'The scroll has {n} seals; it was not opened.')\n"
        "    notes.append('The seal is ' + str(n) + ' years old.')\n"
        "    return {'error': f'Only {LIMIT} seals are allowed.'}\n", encoding="utf-8")
    found = {(s.kind, "".join(p if isinstance(p, str) else "{}" for p in t))
             for s in scanner.scan(tmp_path) for t in s.templates}
    assert found == {("reason", "The scroll has {} seals; it was not opened."),
                     ("note", "The seal is {} years old."),
                     ("reason", "Only {} seals are allowed.")}
    assert german_reason("The scroll has 7 seals; it was not opened.") == REASON_FALLBACK


def test_unknown_texts_fall_back_to_german() -> None:
    assert german_reason("Something new went wrong.") == "Die Datei konnte nicht gelesen werden."
    assert german_note("Something new was noticed.") == NOTE_FALLBACK
    assert "Something" not in NOTE_FALLBACK
    # the pattern must match the whole sentence, not a prefix
    assert german_reason("The file is empty (0 bytes). And more.") == REASON_FALLBACK


def test_values_with_odd_characters_pass_through() -> None:
    assert german_note("The sender is the contact 'O'Neil <b>' (not a person involved); not "
                       "linked as perpetrator.") == (
        "Der Absender ist der Kontakt „O'Neil <b>“ (keine beteiligte Person) und wurde nicht "
        "als Täter/in verknüpft.")
    assert german_reason("Reading the file took longer than 2.5 seconds and was stopped.") == (
        "Das Lesen der Datei dauerte länger als 2,5 Sekunden und wurde abgebrochen.")
    assert german_note('Subject: unknown character set "x-klingon", read as UTF-8 or '
                       "Windows-1252") == ("Betreff (Subject): unbekannter Zeichensatz "
                                           "„x-klingon“, als UTF-8 oder Windows-1252 gelesen.")


def test_a_note_keeps_the_users_lines_and_translates_intakes() -> None:
    note = ("The PDF is password-protected; its pages could not be counted.\n"
            "Lag im Briefkasten.\nThe file changed between reading and storing; the facts were "
            "read from the earlier version.")
    assert german_note_text(note) == (
        "Das PDF ist passwortgeschützt; seine Seiten konnten nicht gezählt werden.\n"
        "Lag im Briefkasten.\nDie Datei hat sich zwischen Lesen und Speichern geändert; die "
        "ausgelesenen Angaben stammen von der früheren Fassung.")
    assert german_note_text("") == ""
    assert german_problems(["From header missing", "Date header unreadable"]) == (
        "Die Absenderzeile (From) fehlt. Die Datumszeile (Date) ist nicht lesbar.")


def test_intake_errors_about_a_path_are_german() -> None:
    exc = InvalidInputError("'/tmp/weg.eml' does not exist or is not a file.", "file")
    assert describe_intake(exc) == "„/tmp/weg.eml“ existiert nicht oder ist keine Datei."
    other = InvalidInputError(InputCode.MISSING, "title", kind="incident")
    assert describe_intake(other) == "Titel fehlt."


# -- the English UI shows the core's own sentence -----------------------------------------
def test_in_english_every_sentence_reads_as_the_core_wrote_it(english: QTranslator) -> None:
    wrong = [(text, translate(kind, text)) for kind, text, _ in EXAMPLES
             if translate(kind, text) != text]
    assert not wrong, wrong[:5]
