"""The § 77b rule under the Strafantrag hint comes from app.deadline as German data (the CLI
prints it); the GUI shows its own tr() copy, so the English interface shows English."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from app.deadline import RULE, DeadlineHint, DeadlineState
from ui.incidents.hints import DeadlineHintView

TODAY = dt.date(2026, 3, 20)
HINT = DeadlineHint(DeadlineState.RUNNING, dt.date(2026, 6, 14), RULE)


def test_german_rule_is_the_core_sentence(qtbot: QtBot) -> None:
    view = DeadlineHintView()
    qtbot.addWidget(view)
    view.show_hint(HINT, TODAY)
    assert view.rule_label.text() == RULE  # the GUI's copy has not drifted from app/


def test_english_rule(english: QTranslator, qtbot: QtBot) -> None:
    view = DeadlineHintView()
    qtbot.addWidget(view)
    view.show_hint(HINT, TODAY)
    assert view.rule_label.text().startswith("Section 77b StGB: three months from the day")
    assert "Kenntnis" not in view.text() and "Frist" not in view.text()


def test_other_rules_are_shown_as_given(qtbot: QtBot) -> None:
    view = DeadlineHintView()
    qtbot.addWidget(view)
    view.show_hint(DeadlineHint(DeadlineState.FILED, None, "Eine andere Regel."), TODAY)
    assert view.rule_label.text() == "Eine andere Regel."
