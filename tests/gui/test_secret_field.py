"""Passphrase fields with real key events: the eye shows and hides what was typed, a hint
appears while Caps Lock seems to be on (a capital letter typed without Shift), in the unlock
dialog on a real vault and in the wizard's fields; a wrong passphrase and Enter only says so,
with the text hidden again and the cursor back in the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from ui.passphrase import PassphraseFields
from ui.secret_field import SecretField, caps_lock_hint
from ui.unlock import UnlockDialog

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_the_eye_shows_and_hides_the_text(qtbot: QtBot) -> None:
    field = SecretField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "geheim")
    assert field.echoMode() == QLineEdit.EchoMode.Password and not field.is_revealed()
    assert field.reveal.text() == "Passphrase anzeigen"
    field.reveal.trigger()
    assert field.echoMode() == QLineEdit.EchoMode.Normal and field.text() == "geheim"
    assert field.reveal.text() == "Passphrase verbergen"
    field.hide_text()
    assert field.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize(("keys", "caps"), [
    ([("abc", None)], False),
    ([("ABC", None)], True),            # capitals without Shift
    ([("A", SHIFT)], False),            # Shift-A: an ordinary capital
    ([("a", SHIFT)], True),             # Shift with Caps Lock gives a small letter
    ([("ABC", None), ("d", None)], False),
    ([("123!", None)], False),          # no letter: no guess
])
def test_caps_lock_is_guessed_from_what_is_typed(qtbot: QtBot, keys: list[tuple[str, object]],
                                                 caps: bool) -> None:
    box = QWidget()
    field = SecretField()
    hint = caps_lock_hint(field)
    layout = QVBoxLayout(box)
    layout.addWidget(field)
    layout.addWidget(hint)
    qtbot.addWidget(box)
    box.show()
    for text, modifier in keys:
        for char in text:
            if modifier is None:
                qtbot.keyClicks(field, char)
            else:
                qtbot.keyClick(field, char, modifier=modifier)  # type: ignore[arg-type]
    assert field.caps_lock() is caps
    assert bool(hint.text()) is caps


def test_the_caps_lock_key_flips_a_known_guess(qtbot: QtBot) -> None:
    field = SecretField()
    qtbot.addWidget(field)
    qtbot.keyClick(field, Qt.Key.Key_CapsLock)
    assert not field.caps_lock()  # no letter yet: nothing known
    qtbot.keyClicks(field, "A")
    assert field.caps_lock()
    qtbot.keyClick(field, Qt.Key.Key_CapsLock)
    assert not field.caps_lock()


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)[0].close()
    return vault_dir


def test_unlock_shows_the_caps_hint_and_enter_with_a_wrong_passphrase_only_says_so(
        qtbot: QtBot, closed_vault: Path) -> None:
    dialog = UnlockDialog(closed_vault, [USER], USER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    forgotten: list[str] = []
    dialog.forgot.connect(forgotten.append)
    assert dialog.caps_hint.text() == ""
    qtbot.keyClicks(dialog.passphrase, "FALSCH")
    assert dialog.caps_hint.text() == "Die Feststelltaste (Caps Lock) ist eingeschaltet."
    dialog.passphrase.reveal.trigger()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.status.text() == "Die Passphrase ist falsch."
    assert forgotten == [] and dialog.isVisible()
    assert dialog.passphrase.text() == "" and not dialog.passphrase.is_revealed()
    assert dialog.passphrase.hasFocus()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # empty: asks, opens nothing
    assert forgotten == [] and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery staple")
    assert dialog.caps_hint.text() == ""
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    unlocked.args[0].close()


def test_the_new_passphrase_fields_have_the_eye_and_the_hint(qtbot: QtBot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    assert isinstance(fields.first, SecretField) and isinstance(fields.second, SecretField)
    fields.resize(600, 300)
    qtbot.wait(10)
    below = fields.hint.geometry().top()
    qtbot.keyClicks(fields.second, "LILA")
    assert fields.caps_hint.text() and fields.caps_hint.isVisible()
    qtbot.wait(10)
    assert fields.hint.geometry().top() == below  # the hint had its space: nothing jumps
    qtbot.keyClicks(fields.second, "kuh")
    assert fields.caps_hint.text() == ""
    qtbot.keyClicks(fields.first, "X")
    assert fields.caps_hint.text()
