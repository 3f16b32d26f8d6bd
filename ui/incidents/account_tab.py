"""The "Schilderung" tab: the exact words, what happened, how, and the context."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain import Incident
from ui.incidents.form import FormSection, IncidentForm, text_box


class AccountSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verbatim = text_box(self.tr(
            "Der genaue Wortlaut, Wort für Wort, mit Fehlern: was geschrieben oder gesagt "
            "wurde. Das Dossier druckt ihn als Zitat."))
        self.verbatim.setAccessibleName(self.tr("Wortlaut"))
        self.description = text_box(self.tr(
            "Was ist passiert? In Ihren eigenen Worten, der Reihe nach."))
        self.means = text_box(self.tr("Wie, womit? z. B. anonymer Brief, Anruf mit "
                                      "unterdrückter Nummer, Kommentar unter einem Beitrag"))
        self.context = text_box(self.tr("Zusammenhang, z. B. der Ratsbeschluss, auf den es "
                                        "sich bezieht"))
        layout = QVBoxLayout(self)
        for label, box, stretch in ((self.tr("&Wortlaut:"), self.verbatim, 2),
                                    (self.tr("Was ist passiert:"), self.description, 3),
                                    (self.tr("Wie / womit:"), self.means, 1),
                                    (self.tr("Zusammenhang:"), self.context, 1)):
            caption = QLabel(label)
            caption.setBuddy(box)
            layout.addWidget(caption)
            layout.addWidget(box, stretch)
            box.textChanged.connect(self.changed)

    def load(self, incident: Incident | None) -> None:
        self.verbatim.setPlainText(incident.verbatim if incident else "")
        self.description.setPlainText(incident.description if incident else "")
        self.means.setPlainText(incident.means if incident else "")
        self.context.setPlainText(incident.context if incident else "")

    def collect(self, data: IncidentForm) -> None:
        data["verbatim"] = self.verbatim.toPlainText()
        data["description"] = self.description.toPlainText()
        data["means"] = self.means.toPlainText()
        data["context"] = self.context.toPlainText()

    def restore(self, data: IncidentForm) -> None:
        self.verbatim.setPlainText(data.get("verbatim", ""))  # none in a draft kept before
        self.description.setPlainText(data["description"])
        self.means.setPlainText(data["means"])
        self.context.setPlainText(data["context"])

    def field_widgets(self) -> dict[str, QWidget]:
        return {"verbatim": self.verbatim, "description": self.description, "means": self.means,
                "context": self.context}
