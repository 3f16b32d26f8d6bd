"""The "Verfahren" tab: report to the police, Strafantrag, public prosecutor, outcome, and the
dated follow-up notes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLineEdit, QWidget

from app.domain import Incident, Outcome
from ui import labels
from ui.date_entry import DateEntry
from ui.incidents.form import EnumCombo, FormSection, IncidentForm, checked_day
from ui.incidents.notes_widget import NotesWidget


class CaseSection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reported = QCheckBox(self.tr("bei der Polizei angezeigt"))
        self.reported_on = DateEntry(self.tr("Datum der Anzeige"), optional=True)
        self.reported_on.setEnabled(False)
        self.police_office = QLineEdit()
        self.police_office.setPlaceholderText(self.tr("z. B. Polizeirevier Pirna, Onlinewache"))
        self.police_case_number = QLineEdit()
        self.strafantrag_on = DateEntry(self.tr("Datum des Strafantrags"), optional=True)
        self.strafantrag_by = QLineEdit()
        self.strafantrag_by.setPlaceholderText(self.tr("z. B. selbst, Dienstvorgesetzte/r "
                                                       "(§ 194 Abs. 3 StGB)"))
        self.prosecutor_office = QLineEdit()
        self.prosecutor_office.setPlaceholderText(self.tr("z. B. Staatsanwaltschaft Dresden"))
        self.aktenzeichen = QLineEdit()
        self.evidence_handed_on = DateEntry(self.tr("Beweismittel übergeben am"), optional=True)
        self.evidence_handed_to = QLineEdit()
        self.evidence_handed_to.setPlaceholderText(self.tr("z. B. PHK Müller, Polizeirevier "
                                                           "Pirna"))
        self.outcome = EnumCombo(Outcome, labels.outcome)
        self.notes = NotesWidget()

        police = QGroupBox(self.tr("Anzeige"))
        police_form = QFormLayout(police)
        police_form.addRow(self.reported)
        police_form.addRow(self.tr("Datum:"), self.reported_on)
        police_form.addRow(self.tr("Dienststelle:"), self.police_office)
        police_form.addRow(self.tr("Tagebuch-/Vorgangsnummer:"), self.police_case_number)
        police_form.addRow(self.tr("Beweismittel übergeben:"), self.evidence_handed_on)
        police_form.addRow(self.tr("übergeben an:"), self.evidence_handed_to)
        antrag = QGroupBox(self.tr("Strafantrag"))
        antrag_form = QFormLayout(antrag)
        antrag_form.addRow(self.tr("Datum:"), self.strafantrag_on)
        antrag_form.addRow(self.tr("gestellt durch:"), self.strafantrag_by)
        prosecutor = QGroupBox(self.tr("Staatsanwaltschaft und Ausgang"))
        prosecutor_form = QFormLayout(prosecutor)
        prosecutor_form.addRow(self.tr("Staatsanwaltschaft:"), self.prosecutor_office)
        prosecutor_form.addRow(self.tr("Aktenzeichen:"), self.aktenzeichen)
        prosecutor_form.addRow(self.tr("Verfahrensstand:"), self.outcome)
        notes = QGroupBox(self.tr("Verlauf (datierte Notizen)"))
        notes_layout = QGridLayout(notes)
        notes_layout.addWidget(self.notes)

        grid = QGridLayout(self)
        grid.addWidget(police, 0, 0, 2, 1)
        grid.addWidget(antrag, 0, 1)
        grid.addWidget(prosecutor, 1, 1)
        grid.addWidget(notes, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.reported.toggled.connect(self._reported_toggled)
        for widget in (self.reported_on, self.strafantrag_on, self.evidence_handed_on,
                       self.notes):
            widget.changed.connect(self.changed)
        for line in (self.police_office, self.police_case_number, self.strafantrag_by,
                     self.prosecutor_office, self.aktenzeichen, self.evidence_handed_to):
            line.textChanged.connect(self.changed)
        self.outcome.currentIndexChanged.connect(self.changed)

    def _reported_toggled(self, on: bool) -> None:
        # A report date without "angezeigt" makes no sense (the core would set it anyway).
        self.reported_on.setEnabled(on)
        self.changed.emit()

    def load(self, incident: Incident | None) -> None:
        case = incident.case if incident else None
        self.reported.setChecked(bool(case and case.reported))
        self.reported_on.setEnabled(self.reported.isChecked())
        self.reported_on.set_value(case.reported_on if case else None)
        self.police_office.setText(case.police_office if case else "")
        self.police_case_number.setText(case.police_case_number if case else "")
        self.strafantrag_on.set_value(case.strafantrag_on if case else None)
        self.strafantrag_by.setText(case.strafantrag_by if case else "")
        self.prosecutor_office.setText(case.prosecutor_office if case else "")
        self.aktenzeichen.setText(case.aktenzeichen if case else "")
        self.evidence_handed_on.set_value(case.evidence_handed_on if case else None)
        self.evidence_handed_to.setText(case.evidence_handed_to if case else "")
        self.outcome.set_value(case.outcome if case else Outcome.OPEN)
        self.notes.set_value(case.notes if case else [])

    def collect(self, data: IncidentForm) -> None:
        reported = self.reported.isChecked()
        pending = self.notes.pending_text()
        data["case"] = {
            "reported": reported,
            "reported_on": self.reported_on.form_value() if reported else None,
            "police_office": self.police_office.text(),
            "police_case_number": self.police_case_number.text(),
            "strafantrag_on": self.strafantrag_on.form_value(),
            "strafantrag_by": self.strafantrag_by.text(),
            "prosecutor_office": self.prosecutor_office.text(),
            "aktenzeichen": self.aktenzeichen.text(),
            "evidence_handed_on": self.evidence_handed_on.form_value(),
            "evidence_handed_to": self.evidence_handed_to.text(),
            "outcome": self.outcome.value(),
            "notes": self.notes.value(),
            # A note typed but not yet added counts as a change, and saving keeps it.
            "pending_note": pending,
            "pending_note_on": self.notes.pending_date() if pending else None,
        }

    def restore(self, data: IncidentForm) -> None:
        case = data["case"]
        self.reported.setChecked(case["reported"])
        self.reported_on.setEnabled(case["reported"])
        self.reported_on.set_form_value(case["reported_on"])
        self.police_office.setText(case["police_office"])
        self.police_case_number.setText(case["police_case_number"])
        self.strafantrag_on.set_form_value(case["strafantrag_on"])
        self.strafantrag_by.setText(case["strafantrag_by"])
        self.prosecutor_office.setText(case["prosecutor_office"])
        self.aktenzeichen.setText(case["aktenzeichen"])
        self.evidence_handed_on.set_form_value(case.get("evidence_handed_on"))  # old drafts: none
        self.evidence_handed_to.setText(case.get("evidence_handed_to", ""))
        self.outcome.set_value(case["outcome"])
        self.notes.restore(case["notes"], case["pending_note"], case["pending_note_on"])

    def finish(self, data: IncidentForm) -> None:
        case = data["case"]
        case["reported_on"] = checked_day(case["reported_on"], "case.reported_on",
                                          self.tr("Datum der Anzeige"))
        case["strafantrag_on"] = checked_day(case["strafantrag_on"], "case.strafantrag_on",
                                             self.tr("Datum des Strafantrags"))
        case["evidence_handed_on"] = checked_day(case.get("evidence_handed_on"),
                                                 "case.evidence_handed_on",
                                                 self.tr("Beweismittel übergeben am"))
        pending = data["case"].pop("pending_note")
        on = checked_day(data["case"].pop("pending_note_on"), "case.notes",
                         self.tr("Datum der Notiz"))
        if pending:
            assert on is not None  # collect() dates a pending note
            notes = data["case"]["notes"]
            notes.insert(sum(1 for n in notes if n["on"] <= on), {"on": on, "text": pending})

    def field_widgets(self) -> dict[str, QWidget]:
        return {"case": self.reported, "case.reported": self.reported,
                "case.reported_on": self.reported_on, "case.police_office": self.police_office,
                "case.police_case_number": self.police_case_number,
                "case.strafantrag_on": self.strafantrag_on,
                "case.strafantrag_by": self.strafantrag_by,
                "case.prosecutor_office": self.prosecutor_office,
                "case.aktenzeichen": self.aktenzeichen,
                "case.evidence_handed_on": self.evidence_handed_on,
                "case.evidence_handed_to": self.evidence_handed_to, "case.outcome": self.outcome,
                "case.notes": self.notes.table}
