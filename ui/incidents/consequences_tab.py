"""The "Folgen" tab: injury, damage in euro, impact, own reaction, protective measures."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.domain import Incident
from ui.incidents.form import (
    FormError,
    FormSection,
    IncidentForm,
    format_euro,
    parse_euro,
    text_box,
)


class ConsequencesSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.injury = text_box(self.tr("Verletzungen, ärztliche Behandlung"))
        self.damage = QLineEdit()
        self.damage.setPlaceholderText(self.tr("Betrag in Euro, z. B. 1.250,00 (leer: keiner)"))
        self.damage.setMaximumWidth(340)
        self.impact = text_box(self.tr("z. B. Angst, Schlafstörungen, Rückzug der Familie"))
        self.own_reaction = text_box(self.tr("Was haben Sie unternommen?"))
        self.protective_measures = text_box(self.tr(
            "z. B. Polizeistreife, Sicherheitsgespräch mit dem LKA, Auskunftssperre"))
        form = QFormLayout(self)
        form.addRow(self.tr("Verletzungen:"), self.injury)
        form.addRow(self.tr("Schaden (EUR):"), self.damage)
        form.addRow(self.tr("Folgen für Sie:"), self.impact)
        form.addRow(self.tr("Eigene Reaktion:"), self.own_reaction)
        form.addRow(self.tr("Schutzmaßnahmen:"), self.protective_measures)
        for box in (self.injury, self.impact, self.own_reaction, self.protective_measures):
            box.textChanged.connect(self.changed)
        self.damage.textChanged.connect(self.changed)

    def load(self, incident: Incident | None) -> None:
        self.injury.setPlainText(incident.injury if incident else "")
        self.damage.setText(format_euro(incident.damage_eur) if incident else "")
        self.impact.setPlainText(incident.impact if incident else "")
        self.own_reaction.setPlainText(incident.own_reaction if incident else "")
        self.protective_measures.setPlainText(incident.protective_measures if incident else "")

    def collect(self, data: IncidentForm) -> None:
        data["injury"] = self.injury.toPlainText()
        data["damage_eur"] = self.damage.text().strip()  # raw; finish() parses it
        data["impact"] = self.impact.toPlainText()
        data["own_reaction"] = self.own_reaction.toPlainText()
        data["protective_measures"] = self.protective_measures.toPlainText()

    def restore(self, data: IncidentForm) -> None:
        self.injury.setPlainText(data["injury"])
        self.damage.setText(data["damage_eur"])  # as typed, "12,3,4" too
        self.impact.setPlainText(data["impact"])
        self.own_reaction.setPlainText(data["own_reaction"])
        self.protective_measures.setPlainText(data["protective_measures"])

    def finish(self, data: IncidentForm) -> None:
        typed = data["damage_eur"]
        try:
            amount = parse_euro(typed) if typed is not None else None
        except ValueError:
            raise FormError("damage_eur", self.tr(
                "Schaden (EUR): bitte einen Betrag wie 1.250,00 eingeben oder das Feld "
                "leer lassen.")) from None
        data["damage_eur"] = None if amount is None else str(amount)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"injury": self.injury, "damage_eur": self.damage, "impact": self.impact,
                "own_reaction": self.own_reaction,
                "protective_measures": self.protective_measures}
