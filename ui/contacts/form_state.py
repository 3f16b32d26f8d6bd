"""The contact editor's form as data: every widget's raw state as a dict (collect; equal dicts
mean "nothing changed"), shown again exactly (fill_form: a stored contact, or a draft kept at
an automatic lock, invalid input included), the core's input (form_data), and the widget that
edits a field."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain import Person, PersonKind
from ui.contacts.editor_parts import ContactInput
from ui.contacts.fields import HandlesTable, KindCombo, LinesEdit
from ui.date_entry import DateEntry


class ContactForm(TypedDict):
    """Every widget's raw value, as typed. In a draft (ui/form_codec.py) the kind comes back as
    its value, which the kind chooser takes as well."""

    kind: PersonKind | str | None
    name: str
    organisation: str
    function: str
    phones: str  # one per line
    emails: str
    web: str
    address: str
    handles: list[list[str]]  # platform, handle, profile URL; empty rows too
    vehicle_plates: str
    notes: str
    source: str
    checked_on: dt.date | str | None  # a str: typed, but no date
    needs_check: bool


def person_form(person: Person | None, kind: PersonKind | None = None) -> ContactForm:
    """What collect() returns once `person` is shown (None: an empty form of `kind`)."""
    if person is None:
        return {"kind": kind, "name": "", "organisation": "", "function": "", "phones": "",
                "emails": "", "web": "", "address": "", "handles": [], "vehicle_plates": "",
                "notes": "", "source": "", "checked_on": None, "needs_check": False}
    return {"kind": person.kind, "name": person.name, "organisation": person.organisation,
            "function": person.function, "phones": "\n".join(person.phones),
            "emails": "\n".join(person.emails), "web": "\n".join(person.web),
            "address": person.address,
            "handles": [[h.platform, h.handle, h.profile_url] for h in person.handles],
            "vehicle_plates": "\n".join(person.vehicle_plates), "notes": person.notes,
            "source": person.source, "checked_on": person.checked_on,
            "needs_check": person.needs_check}


class ContactFormState:
    """Mixed into ContactEditor, which builds these widgets."""

    kind: KindCombo
    name: QLineEdit
    organisation: QLineEdit
    function: QLineEdit
    phones: LinesEdit
    emails: LinesEdit
    web: LinesEdit
    address: QPlainTextEdit
    handles: HandlesTable
    vehicle_plates: LinesEdit
    notes: QPlainTextEdit
    source: QLineEdit
    checked_on: DateEntry
    needs_check: QCheckBox

    def collect(self) -> ContactForm:
        """Every widget's raw value, as typed (lists one per line, empty handle rows too)."""
        return {
            "kind": self.kind.kind(), "name": self.name.text(),
            "organisation": self.organisation.text(), "function": self.function.text(),
            "phones": self.phones.toPlainText(), "emails": self.emails.toPlainText(),
            "web": self.web.toPlainText(), "address": self.address.toPlainText(),
            "handles": [list(row) for row in self.handles.rows()],
            "vehicle_plates": self.vehicle_plates.toPlainText(),
            "notes": self.notes.toPlainText(), "source": self.source.text(),
            "checked_on": self.checked_on.form_value(),
            "needs_check": self.needs_check.isChecked(),
        }

    def fill_form(self, form: ContactForm, today: dt.date) -> None:
        """Show a form collect() returned: its exact inverse."""
        self.kind.set_kind(form["kind"])
        self.name.setText(form["name"])
        self.organisation.setText(form["organisation"])
        self.function.setText(form["function"])
        self.phones.setPlainText(form["phones"])
        self.emails.setPlainText(form["emails"])
        self.web.setPlainText(form["web"])
        self.address.setPlainText(form["address"])
        self.handles.set_rows(form["handles"])
        self.vehicle_plates.setPlainText(form["vehicle_plates"])
        self.notes.setPlainText(form["notes"])
        self.source.setText(form["source"])
        self.checked_on.set_form_value(form["checked_on"])
        self.needs_check.setChecked(form["needs_check"])

    def form_data(self) -> ContactInput:
        """The form as the core's input; the core validates it (one set of rules)."""
        kind = self.kind.kind()
        data: ContactInput = {
            "name": self.name.text(), "organisation": self.organisation.text(),
            "function": self.function.text(), "phones": self.phones.values(),
            "emails": self.emails.values(), "web": self.web.values(),
            "address": self.address.toPlainText().strip(), "handles": self.handles.values(),
            "vehicle_plates": self.vehicle_plates.values(),
            "notes": self.notes.toPlainText().rstrip(), "source": self.source.text(),
            "checked_on": self.checked_on.value(),  # _store refuses a text that is no date
            "needs_check": self.needs_check.isChecked(),
        }
        if kind is not None:
            data["kind"] = kind.value
        return data

    def field_widget(self, field: str) -> QWidget | None:
        """The widget editing a field the core names ("emails.1")."""
        widgets: dict[str, QWidget] = {
            "kind": self.kind, "name": self.name, "organisation": self.organisation,
            "function": self.function, "phones": self.phones, "emails": self.emails,
            "web": self.web, "address": self.address, "handles": self.handles.table,
            "vehicle_plates": self.vehicle_plates, "notes": self.notes, "source": self.source,
            "checked_on": self.checked_on,
        }
        return widgets.get(field.split(".")[0])
