"""The "Wann und wo" tab: when it happened, when it became known, where and by which channel,
tags and the data-protection review date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain import Channel, Incident, PlaceKind
from ui import labels
from ui.date_entry import DateEntry
from ui.incidents.form import (
    EnumCombo,
    FormError,
    FormSection,
    IncidentForm,
    TimePointForm,
    checked_day,
    split_tags,
    text_box,
)
from ui.incidents.time_widget import TimePointEdit


def _moment(point: TimePointForm) -> tuple[dt.date | str, dt.time]:
    return point["date"], point["time"] or dt.time.min


class GeneralSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurred = TimePointEdit(self.tr("Zeitpunkt"))
        self.occurred_to = TimePointEdit(self.tr("Ende"), optional=True)
        self.occurred_to.entry.line.setPlaceholderText(self.tr("leer = kein Ende"))
        self.discovered_on = DateEntry(self.tr("Kenntnis am"), optional=True)
        self.discovered_on.setToolTip(self.tr(
            "Der Tag, an dem Sie von der Tat erfahren haben. Mit ihm (und einem bekannten "
            "Täter) beginnt die Frist für den Strafantrag."))
        self.discovery = text_box(self.tr("z. B. selbst im Briefkasten gefunden; von einer "
                                          "Mitarbeiterin im Postfach des Rathauses bemerkt"))
        self.discovery.setAccessibleName(self.tr("Wie und durch wen bemerkt"))
        self.discovery.setMaximumHeight(self.discovery.fontMetrics().lineSpacing() * 4)
        self.place_kind = EnumCombo(PlaceKind, labels.place_kind, self.tr("– nicht angegeben –"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("z. B. Rathaus, Sitzungssaal; Straße"))
        self.municipality = QLineEdit()
        self.channel = EnumCombo(Channel, labels.channel, self.tr("– nicht angegeben –"))
        self.platform = QLineEdit()
        self.platform.setPlaceholderText(self.tr("z. B. Facebook, Telegram, Website der Zeitung"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("Adresse des Beitrags, z. B. https://…"))
        self.url.setToolTip(self.tr("Die genaue Adresse (URL) eines Beitrags oder Profils: "
                                    "mit ihr kann die Polizei ihn sichern lassen."))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("durch Kommas getrennt, z. B. Serie A, Wahlkampf"))
        self.review_on = DateEntry(self.tr("Prüfen am"), optional=True)
        self.review_on.setToolTip(self.tr(
            "Datenschutz: an diesem Tag prüfen, ob der Eintrag noch gebraucht wird."))

        form = QFormLayout(self)
        form.addRow(self.tr("Zeitpunkt:"), self.occurred)
        form.addRow(self.tr("Ende:"), self.occurred_to)
        form.addRow(self.tr("Kenntnis am:"), self.discovered_on)
        form.addRow(self.tr("Wie, durch wen bemerkt:"), self.discovery)
        form.addRow(self.tr("Art des Ortes:"), self.place_kind)
        form.addRow(self.tr("Ort:"), self.place)
        form.addRow(self.tr("Gemeinde:"), self.municipality)
        form.addRow(self.tr("Kanal:"), self.channel)
        form.addRow(self.tr("Plattform:"), self.platform)
        form.addRow(self.tr("Adresse (URL):"), self.url)
        form.addRow(self.tr("Schlagworte:"), self.tags)
        form.addRow(self.tr("Prüfen am:"), self.review_on)
        hint = QLabel(self.tr("Bitte immer absolute Daten angeben, nie „letzte Woche“."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a field
        form.addRow(hint)

        for widget in (self.occurred, self.occurred_to, self.discovered_on, self.review_on):
            widget.changed.connect(self.changed)
        for combo in (self.place_kind, self.channel):
            combo.currentIndexChanged.connect(self.changed)
        for line in (self.place, self.municipality, self.platform, self.url, self.tags):
            line.textChanged.connect(self.changed)
        self.discovery.textChanged.connect(self.changed)

    def load(self, incident: Incident | None) -> None:
        self.occurred.set_value(incident.occurred if incident else None)
        self.occurred_to.set_value(incident.occurred_to if incident else None)
        self.discovered_on.set_value(incident.discovered_on if incident else None)
        self.discovery.setPlainText(incident.discovery if incident else "")
        self.place_kind.set_value(incident.place_kind if incident else None)
        self.place.setText(incident.place if incident else "")
        self.municipality.setText(incident.municipality if incident else "")
        self.channel.set_value(incident.channel if incident else None)
        self.platform.setText(incident.platform if incident else "")
        self.url.setText(incident.url if incident else "")
        self.tags.setText(", ".join(incident.tags) if incident else "")
        self.review_on.set_value(incident.review_on if incident else None)

    def collect(self, data: IncidentForm) -> None:
        occurred = self.occurred.value()
        assert occurred is not None  # not optional: an empty field is a text that is no date
        data["occurred"] = occurred
        data["occurred_to"] = self.occurred_to.value()
        data["discovered_on"] = self.discovered_on.form_value()
        data["discovery"] = self.discovery.toPlainText()
        data["place_kind"] = self.place_kind.value()
        data["place"] = self.place.text()
        data["municipality"] = self.municipality.text()
        data["channel"] = self.channel.value()
        data["platform"] = self.platform.text()
        data["url"] = self.url.text()
        data["tags"] = split_tags(self.tags.text())
        data["review_on"] = self.review_on.form_value()

    def restore(self, data: IncidentForm) -> None:
        self.occurred.restore(data["occurred"])
        self.occurred_to.restore(data["occurred_to"])
        self.discovered_on.set_form_value(data["discovered_on"])
        self.discovery.setPlainText(data.get("discovery", ""))  # none in a draft kept before
        self.place_kind.set_value(data["place_kind"])
        self.place.setText(data["place"])
        self.municipality.setText(data["municipality"])
        self.channel.set_value(data["channel"])
        self.platform.setText(data["platform"])
        self.url.setText(data.get("url", ""))
        self.tags.setText(", ".join(data["tags"]))
        self.review_on.set_form_value(data["review_on"])

    def finish(self, data: IncidentForm) -> None:
        # Said here in German; the core's cross-field check speaks English for the CLI.
        start, end = data["occurred"], data["occurred_to"]
        start["date"] = self._day(start, "occurred", self.tr("Zeitpunkt"))
        if end is not None:
            end["date"] = self._day(end, "occurred_to", self.tr("Ende"))
        data["discovered_on"] = checked_day(data["discovered_on"], "discovered_on",
                                            self.tr("Kenntnis am"))
        data["review_on"] = checked_day(data["review_on"], "review_on", self.tr("Prüfen am"))
        if end is not None and _moment(end) < _moment(start):
            raise FormError("occurred_to", self.tr(
                "Das Ende des Vorfalls liegt vor seinem Beginn; bitte die Zeitpunkte prüfen."))

    @staticmethod
    def _day(point: TimePointForm, field: str, label: str) -> dt.date:
        day = checked_day(point["date"], field, label, with_time=True)
        assert day is not None  # a point's date is a day or the text typed, never None
        return day

    def field_widgets(self) -> dict[str, QWidget]:
        return {"occurred": self.occurred, "occurred_to": self.occurred_to,
                "discovered_on": self.discovered_on, "discovery": self.discovery,
                "url": self.url, "place_kind": self.place_kind,
                "place": self.place, "municipality": self.municipality,
                "channel": self.channel, "platform": self.platform, "tags": self.tags,
                "review_on": self.review_on}
