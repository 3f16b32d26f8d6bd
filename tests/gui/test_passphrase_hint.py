"""The passphrase hint names the rule the typed passphrase breaks (wizard and recovery share
these fields), in German, and the fields are valid only once every rule holds."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui.passphrase import PassphraseFields

GOOD = "Amsel Fahrrad Gewitter Zitrone"


@pytest.mark.parametrize(("first", "hint"), [
    ("", "Die Passphrase muss mindestens 12 Zeichen haben; mehrere Wörter ohne Zusammenhang "
         "sind leicht zu merken und schwer zu erraten."),
    ("kurz", "Die Passphrase muss mindestens 12 Zeichen haben; mehrere Wörter ohne "
             "Zusammenhang sind leicht zu merken und schwer zu erraten."),
    ("abababababababab", "Die Passphrase wiederholt zu wenige verschiedene Zeichen; nehmen Sie "
                         "mehrere Wörter."),
    ("Passwort1234", "Die Passphrase ist zu leicht zu erraten (sehr verbreitet oder Ihr Name); "
                     "nehmen Sie mehrere Wörter, die nichts miteinander zu tun haben."),
    ("anna schmidt", "Die Passphrase ist zu leicht zu erraten (sehr verbreitet oder Ihr Name); "
                     "nehmen Sie mehrere Wörter, die nichts miteinander zu tun haben."),
    (GOOD * 40, "Die Passphrase darf höchstens 1024 Zeichen haben."),
])
def test_the_hint_names_the_broken_rule(qtbot: QtBot, first: str, hint: str) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.user_name = "Anna Schmidt"
    fields.first.setText(first)
    fields.second.setText(first)
    assert fields.hint.text() == hint
    assert not fields.is_valid() and fields.passphrase() is None


def test_a_good_passphrase_must_be_typed_twice(qtbot: QtBot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    changes: list[bool] = []
    fields.validity_changed.connect(changes.append)
    qtbot.keyClicks(fields.first, GOOD)
    assert fields.hint.text() == "Die beiden Eingaben stimmen noch nicht überein."
    qtbot.keyClicks(fields.second, GOOD)
    assert fields.hint.text() == "Die Passphrase erfüllt die Regeln."
    assert fields.is_valid() and fields.passphrase() == GOOD and changes == [True]
    fields.second.backspace()
    assert not fields.is_valid() and changes == [True, False]
