"""Every code the core raises has a German sentence in ui/messages.py: a template for each
member of storage's and app's code enumerations (and a wording for each NotDone), using only
the parameters its code declares, that renders with sample parameters to one German sentence
without a placeholder left, in German and in the English translation. A new code without a
German sentence fails here (the GUI would show only the general sentence); what real errors
look like is tests/gui/test_error_messages.py."""

from __future__ import annotations

import errno
import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.errors import (
    ErrorCode,
    InputCode,
    InvalidInputError,
    NotDone,
    StorageCode,
    StorageError,
)
from tests.error_samples import CODES, sample
from ui import messages
from ui.messages import describe

ONE_SENTENCE = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template)
            if name is not None}


def allowed(code: ErrorCode) -> set[str]:
    """What a template may use: the code's parameters, and for input errors the field."""
    return set(code.params) | ({"field"} if isinstance(code, InputCode) else set())


def test_every_code_has_a_german_template() -> None:
    missing = [code.value for code in CODES if code not in messages.TEMPLATES]
    assert not missing, f"codes without a German sentence in ui/messages.py: {missing}"
    assert set(messages.ACTIONS) == set(NotDone)
    assert set(messages.KINDS) == {"incident", "person", "attachment", ""}


def test_the_check_finds_a_code_without_a_template() -> None:
    class Newer(ErrorCode):
        BRAND_NEW = "brand_new"

    assert Newer.BRAND_NEW not in messages.TEMPLATES
    assert describe(StorageError(Newer.BRAND_NEW)).startswith("Der Tresor konnte")


@pytest.mark.parametrize("code", CODES, ids=[c.value for c in CODES])
def test_templates_use_only_the_declared_parameters(code: ErrorCode) -> None:
    template = messages.TEMPLATES[code]()
    assert placeholders(template) <= allowed(code), (code.value, template)


@pytest.mark.parametrize("code", CODES, ids=[c.value for c in CODES])
def test_each_code_renders_to_one_german_sentence(code: ErrorCode) -> None:
    error = sample(code)
    sentence = describe(error)
    assert sentence == messages.render(error)  # its own template, not the general sentence
    assert "{" not in sentence and "}" not in sentence, sentence
    assert sentence.endswith(".") and "\n" not in sentence, sentence
    assert not ONE_SENTENCE.search(sentence), f"more than one sentence: {sentence!r}"
    assert sentence[:1].isupper() or sentence[:1] in "„", sentence
    if "field" in placeholders(messages.TEMPLATES[code]()):
        assert "Tagebuch-/Vorgangsnummer" in sentence  # the field's German label


def test_the_german_translation_context_is_kept(english: QTranslator) -> None:
    # Old texts keep their translations: the context is still "Messages".
    assert messages.tr("Der Tresor ist gesperrt.") == "The vault is locked."


@pytest.mark.parametrize("code", CODES, ids=[c.value for c in CODES])
def test_each_code_renders_in_english_too(english: QTranslator, code: ErrorCode) -> None:
    template = messages.TEMPLATES[code]()
    assert placeholders(template) <= allowed(code), f"translation of {code.value}: {template}"
    sentence = describe(sample(code))
    assert "{" not in sentence and sentence.endswith("."), sentence
    assert not re.search(r"[äöüß„“]", sentence.replace("Tagebuch-/Vorgangsnummer", "")), sentence


def test_parameters_are_worded_for_german() -> None:
    small = InvalidInputError(InputCode.NUMBER_TOO_SMALL, "damage_eur", kind="incident",
                              limit=0.5)
    assert describe(small) == "Schaden (EUR) ist zu klein (mindestens 0,5)."
    full = StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=1_250_000,
                        needed=350 * 1024 * 1024, action=NotDone.ATTACHMENT_NOT_STORED)
    assert describe(full) == ("Der Datenträger von „/daten“ ist voll (frei: 1,2 MB, gebraucht: "
                              "mindestens 350 MB); schaffen Sie Platz oder wählen Sie einen "
                              "anderen Ort; der Anhang wurde nicht gespeichert.")
    unknown = StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=512, needed=0,
                           action=NotDone.NOTHING_SAVED)
    assert describe(unknown).startswith("Der Datenträger von „/daten“ ist voll (frei: 512 Bytes)")
    gone = StorageError(StorageCode.RECORD_NOT_FOUND, kind="person", record_id="ab" * 16)
    assert describe(gone).startswith("Der Kontakt existiert nicht mehr")
    folder = StorageError(StorageCode.FOLDER_UNUSABLE, folder=Path("/daten/Tresor"),
                          errno=errno.EACCES, strerror="Permission denied")
    assert describe(folder) == ("Der Ordner „/daten/Tresor“ des Tresors kann nicht benutzt "
                                "werden: dafür fehlt die Berechtigung.")
    nested = StorageError(StorageCode.BACKUP_NOT_NOTED, problem=full)
    assert describe(nested) == ("Die Sicherung ist vollständig, aber der Tresor konnte sie nicht "
                                "für die Erinnerung vermerken: " + describe(full))
