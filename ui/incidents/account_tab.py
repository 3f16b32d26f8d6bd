"""The "Schilderung" tab: what happened (verbatim quotes), how, and the context."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain import Incident
from ui.incidents.form import FormSection, IncidentForm, text_box


class AccountSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = text_box(self.tr(
            "Was ist passiert? Wörtliche Zitate in Anführungszeichen, so genau wie möglich."))
        self.means = text_box(self.tr("Wie, womit? z. B. anonymer Brief, Anruf mit "
                                      "unterdrückter Nummer, Kommentar unter einem Beitrag"))
        self.context = text_box(self.tr("Zusammenhang, z. B. der Ratsbeschluss, auf den es "
                                        "sich bezieht"))
        layout = QVBoxLayout(self)
        for label, box, stretch in ((self.tr("Was ist passiert:"), self.description, 3),
                                    (self.tr("Wie / womit:"), self.means, 1),
                                    (self.tr("Zusammenhang:"), self.context, 1)):
            caption = QLabel(label)
            caption.setBuddy(box)
            layout.addWidget(caption)
            layout.addWidget(box, stretch)
            box.textChanged.connect(self.changed)

    def load(self, incident: Incident | None) -> None:
        self.description.setPlainText(incident.description if incident else "")
        self.means.setPlainText(incident.means if incident else "")
        self.context.setPlainText(incident.context if incident else "")

    def collect(self, data: IncidentForm) -> None:
        data["description"] = self.description.toPlainText()
        data["means"] = self.means.toPlainText()
        data["context"] = self.context.toPlainText()

    def restore(self, data: IncidentForm) -> None:
        self.description.setPlainText(data["description"])
        self.means.setPlainText(data["means"])
        self.context.setPlainText(data["context"])

    def field_widgets(self) -> dict[str, QWidget]:
        return {"description": self.description, "means": self.means, "context": self.context}
