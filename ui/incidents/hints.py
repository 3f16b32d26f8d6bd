"""Two lines at the top of the editor: the Strafantrag deadline hint (§ 77b StGB, with its
rule: a hint, never advice) and the banner for a record changed elsewhere."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.deadline import RULE, DeadlineHint, DeadlineState, strafantrag_deadline
from app.domain import CaseStatus, Incident, PersonLink, TimePoint
from app.texts import dates
from ui import labels
from ui.date_entry import as_date
from ui.incidents.form import IncidentForm
from ui.widgets import keep_space_when_hidden

# Colours carry no meaning on their own: the state is always spelled out in words.
_STATE_STYLE = {
    DeadlineState.RUNNING: "background:#fff4ce; border:1px solid #c8a200;",
    DeadlineState.PASSED: "background:#fde7e9; border:1px solid #c42b1c;",
}
_CALM_STYLE = "background:palette(alternate-base); border:1px solid palette(mid);"


def deadline_hint(data: IncidentForm, today: dt.date) -> DeadlineHint | None:
    """The hint for the editor's form (`data`, as IncidentEditor.collect gives it). Only the
    fields the rule reads are used, so the hint follows the form even while other fields are
    still invalid (an empty title, say)."""
    links = list(dict.fromkeys((p["person_id"], p["role"]) for p in data["persons"]))
    try:
        sketch = Incident(
            title="-", occurred=TimePoint(date=today), categories=data["categories"],
            discovered_on=as_date(data["discovered_on"]),
            persons=[PersonLink(person_id=p, role=r) for p, r in links],
            perpetrator_unknown=data["perpetrator_unknown"],
            case=CaseStatus(strafantrag_on=as_date(data["case"]["strafantrag_on"])))
    except ValidationError:
        return None
    return strafantrag_deadline(sketch, today)


class DeadlineHintView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: palette(dark); font-size: small;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.rule_label)
        self.hint: DeadlineHint | None = None
        keep_space_when_hidden(self)  # the editor below does not jump when a hint appears

    def show_hint(self, hint: DeadlineHint | None, today: dt.date) -> None:
        self.hint = hint
        if hint is None:
            self.state_label.clear()
            self.rule_label.clear()
            self.hide()
            return
        text = self.tr("Strafantrag: {0}").format(labels.deadline_state(hint.state))
        if hint.deadline is not None:
            days = (hint.deadline - today).days
            date = dates.day(hint.deadline)
            if hint.state is DeadlineState.RUNNING and days == 0:
                text += self.tr(" – Frist endet heute, am {0}").format(date)
            elif hint.state is DeadlineState.RUNNING and days == 1:
                text += self.tr(" – Frist endet morgen, am {0}").format(date)
            elif hint.state is DeadlineState.RUNNING:
                text += self.tr(" – Frist endet am {0} (noch {1} Tage)").format(date, days)
            else:
                text += self.tr(" – Frist endete am {0}").format(date)
        self.state_label.setText(text)
        self.rule_label.setText(self.rule_text(hint.rule))
        self.setStyleSheet(f"DeadlineHintView {{ {_STATE_STYLE.get(hint.state, _CALM_STYLE)} }}")
        self.show()

    def rule_text(self, rule: str) -> str:
        """The rule in the GUI's language: app.deadline keeps it as German data (the CLI prints
        it, and app/ knows no Qt); the GUI translates its own copy of the same sentence."""
        if rule == RULE:
            return self.tr("§ 77b StGB: drei Monate ab dem Tag, an dem die berechtigte Person "
                           "von Tat und Täter Kenntnis erlangt hat (Hinweis, keine "
                           "Rechtsberatung).")
        return rule

    def text(self) -> str:
        return f"{self.state_label.text()}\n{self.rule_label.text()}"


class ChangedElsewhereBanner(QFrame):
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("ChangedElsewhereBanner { background:#fde7e9; "
                           "border:1px solid #c42b1c; }")
        self.label = QLabel(self.tr(
            "Dieser Vorfall wurde an anderer Stelle geändert (anderes Fenster, anderer "
            "Benutzer oder Programm); Ihre Eingaben hier sind noch nicht überschrieben."))
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Neu laden"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.reload_button.clicked.connect(self.reload_requested)
        self.hide()
