"""The "Einordnung" tab: offence categories with their StGB hints, the suspected political
motivation, and related incidents of a series."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain import Category, Incident, Motivation
from app.service import VaultService
from ui import labels
from ui.dialogs import Dialogs
from ui.incidents.categories_widget import CategoryList
from ui.incidents.form import EnumCombo, FormSection, IncidentForm
from ui.incidents.related_widget import RelatedWidget


class ClassificationSection(FormSection):
    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories = CategoryList()
        self.motivation = EnumCombo(Motivation, labels.motivation,
                                    self.tr("– nicht angegeben –"))
        self.related = RelatedWidget(service, dialogs)
        caption = QLabel(self.tr("Kategorien (mehrere möglich; Hinweise, keine "
                                 "Rechtsberatung):"))
        caption.setBuddy(self.categories)
        form = QFormLayout()
        form.addRow(self.tr("Vermutete politische Motivation:"), self.motivation)
        form.addRow(self.tr("Zusammenhängende Vorfälle:"), self.related)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.categories, 1)
        layout.addLayout(form)
        self.categories.changed.connect(self.changed)
        self.motivation.currentIndexChanged.connect(self.changed)
        self.related.changed.connect(self.changed)

    def load(self, incident: Incident | None) -> None:
        self.categories.set_value(incident.categories if incident else [])
        self.motivation.set_value(incident.motivation if incident else None)
        self.related.set_value(incident.related if incident else [])

    def collect(self, data: IncidentForm) -> None:
        data["categories"] = self.categories.value()
        data["motivation"] = self.motivation.value()
        data["related"] = self.related.value()

    def restore(self, data: IncidentForm) -> None:
        self.categories.set_value([Category(c) for c in data["categories"]])
        self.motivation.set_value(data["motivation"])
        self.related.set_value(data["related"])

    def field_widgets(self) -> dict[str, QWidget]:
        return {"categories": self.categories, "motivation": self.motivation,
                "related": self.related.list}
