"""The persons involved: links to contacts as suspect, witness or affected person, picked from
the directory or created on the spot; plus "Täter unbekannt" and who was targeted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Incident, Person, PersonKind, Role
from app.entries import Entry
from app.errors import RecordNotFoundError, StorageError
from app.service import VaultService
from ui import labels
from ui.dialogs import Dialogs
from ui.incidents.form import EnumCombo, FormError, FormSection, IncidentForm, text_box
from ui.incidents.picker import PickerRow, RecordPickerDialog, in_background
from ui.messages import describe
from ui.widgets import keyboard_list
from ui.worker import Job

INVOLVED_KINDS = (PersonKind.SUSPECT, PersonKind.WITNESS, PersonKind.AFFECTED)
ROLE_FOR_KIND = {PersonKind.SUSPECT: Role.PERPETRATOR, PersonKind.WITNESS: Role.WITNESS,
                 PersonKind.AFFECTED: Role.AFFECTED}


class PersonsSection(FormSection):
    NAME, KIND, ROLE = range(3)

    def __init__(self, service: VaultService, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._names: dict[str, tuple[str, str]] = {}  # id -> (display name, kind label)
        self._kinds: dict[str, PersonKind] = {}
        self._ids: list[str] = []  # person id of each table row
        self.picker: RecordPickerDialog | None = None
        self._picker_role: EnumCombo[Role] | None = None
        self._job: Job | None = None

        self.targeted = text_box(self.tr("z. B. die Bürgermeisterin, ihre Familie, "
                                         "Mitarbeitende des Hauptamts"))
        self.targeted.setMaximumHeight(70)
        self.targeted.setAccessibleName(self.tr("Gegen wen gerichtet"))
        self.table = QTableWidget(0, 3)
        keyboard_list(self.table, self.tr("Verknüpfte Personen"))
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Art"),
                                              self.tr("Rolle im Vorfall")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.ROLE, 190)
        self.pick_button = QPushButton(self.tr("Kontakt wählen…"))
        self.new_button = QPushButton(self.tr("Neue Person…"))
        self.remove_button = QPushButton(self.tr("Verknüpfung entfernen"))
        self.perpetrator_unknown = QCheckBox(self.tr("Täter unbekannt"))
        self.perpetrator_unknown.setToolTip(self.tr(
            "Solange der Täter unbekannt ist, beginnt die Strafantragsfrist nicht; ein Antrag "
            "„gegen Unbekannt“ ist trotzdem ratsam."))

        # Creating a person inline: name and kind are enough; the rest is filled in later
        # in the contact directory.
        self.new_frame = QFrame()
        self.new_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name oder Benutzername"))
        self.new_kind = EnumCombo(INVOLVED_KINDS, labels.person_kind)
        self.create_button = QPushButton(self.tr("Anlegen und verknüpfen"))
        self.cancel_new_button = QPushButton(self.tr("Abbrechen"))
        new_row = QHBoxLayout(self.new_frame)
        new_row.addWidget(QLabel(self.tr("Neue Person:")))
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.new_kind)
        new_row.addWidget(self.create_button)
        new_row.addWidget(self.cancel_new_button)
        self.new_frame.hide()

        buttons = QHBoxLayout()
        for button in (self.pick_button, self.new_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.perpetrator_unknown)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Gegen wen richtete es sich?")))
        layout.addWidget(self.targeted)
        layout.addWidget(QLabel(self.tr("Beteiligte Personen (Tatverdächtige, Zeugen, "
                                        "Betroffene):")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.new_frame)

        self.targeted.textChanged.connect(self.changed)
        self.perpetrator_unknown.toggled.connect(self.changed)
        self.pick_button.clicked.connect(self.open_picker)
        self.new_button.clicked.connect(self._show_new_form)
        self.cancel_new_button.clicked.connect(self.new_frame.hide)
        self.create_button.clicked.connect(self.create_person)
        self.new_name.returnPressed.connect(self.create_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- FormSection ----------------------------------------------------------------------
    def load(self, incident: Incident | None) -> None:
        if incident is not None and incident.persons:
            # Only the linked contacts, not the directory (2,000 contacts took 0.13 s); and
            # only then: emptying the form must work while locked.
            self._learn_names([link.person_id for link in incident.persons])
        self._show_links([(link.person_id, link.role) for link in incident.persons]
                         if incident else [])
        self.perpetrator_unknown.setChecked(bool(incident and incident.perpetrator_unknown))
        self.targeted.setPlainText(incident.targeted if incident else "")

    def restore(self, data: IncidentForm) -> None:
        self._learn_names([link["person_id"] for link in data["persons"]])
        self._show_links([(link["person_id"], Role(link["role"])) for link in data["persons"]])
        self.perpetrator_unknown.setChecked(data["perpetrator_unknown"])
        self.targeted.setPlainText(data["targeted"])

    def collect(self, data: IncidentForm) -> None:
        data["persons"] = [{"person_id": pid, "role": role} for pid, role in self.links()]
        data["perpetrator_unknown"] = self.perpetrator_unknown.isChecked()
        data["targeted"] = self.targeted.toPlainText()

    def finish(self, data: IncidentForm) -> None:
        links = self.links()
        if len(set(links)) != len(links):
            raise FormError("persons", self.tr(
                "Dieselbe Person ist zweimal in derselben Rolle verknüpft; bitte eine der "
                "Verknüpfungen entfernen."))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"persons": self.table, "perpetrator_unknown": self.perpetrator_unknown,
                "targeted": self.targeted}

    def drop(self) -> None:
        self._names = {}
        self._kinds = {}
        self.load(None)
        if self.picker is not None:
            self.picker.reject()

    # -- links ----------------------------------------------------------------------------
    def _show_links(self, links: list[tuple[str, Role]]) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for person_id, role in links:
            self._append(person_id, role)
        self.new_frame.hide()
        self.new_name.clear()
        self._update_buttons()

    def links(self) -> list[tuple[str, Role]]:
        return [(person_id, self._role_at(row)) for row, person_id in enumerate(self._ids)]

    def _role_at(self, row: int) -> Role:
        combo = self.table.cellWidget(row, self.ROLE)
        assert isinstance(combo, EnumCombo)  # each row's EnumCombo(Role, ...), see _append
        role: Role = combo.value()
        return role

    def add_link(self, person_id: str, role: Role) -> None:
        if (person_id, role) in self.links():
            self.table.selectRow(self.links().index((person_id, role)))
            return
        self._append(person_id, role)
        self.table.selectRow(len(self._ids) - 1)
        self.changed.emit()

    def _append(self, person_id: str, role: Role) -> None:
        known = self._names.get(person_id)
        name, kind = known or (self.tr("(gelöschter Kontakt)"), "")
        item = QTableWidgetItem(name)
        if known is None:  # deleted after it was linked: the link stays, as history
            item.setToolTip(self.tr("Dieser Kontakt wurde gelöscht; die Verknüpfung bleibt "
                                    "als Teil des Vorfalls erhalten."))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, self.NAME, item)
        self.table.setItem(row, self.KIND, QTableWidgetItem(kind))
        combo = EnumCombo(Role, labels.role)
        combo.set_value(role)
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, self.ROLE, combo)
        self._ids.append(person_id)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        self.table.removeRow(row)
        del self._ids[row]
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    def _learn_names(self, person_ids: list[str]) -> None:
        for person_id in person_ids:
            if person_id not in self._names:
                try:
                    entry = self._service.get_person(person_id)
                except RecordNotFoundError:
                    continue  # deleted since: shown as "(gelöschter Kontakt)"
                self._remember(entry.id, entry.value)

    def _remember(self, person_id: str, person: Person) -> None:
        self._names[person_id] = (person.display_name, labels.person_kind(person.kind))
        self._kinds[person_id] = person.kind

    # -- picking and creating ---------------------------------------------------------------
    def open_picker(self) -> None:
        """The picker opens once the directory is read (in a job)."""
        service = self._service
        self._job = in_background(self, self.pick_button,
                                  lambda: service.list_persons().entries, self._show_picker,
                                  lambda exc: self._dialogs.error(self, describe(exc)))

    def _show_picker(self, entries: list[Entry[Person]]) -> None:
        with labels.remembered():
            for entry in entries:
                self._remember(entry.id, entry.value)
        rows = [PickerRow(e.id, *self._names[e.id]) for e in entries]
        self._picker_role = EnumCombo(Role, labels.role)
        self.picker = RecordPickerDialog(self.tr("Kontakt wählen"), (self.tr("Name"),
                                         self.tr("Art")), rows, self, self._picker_role,
                                         self.tr("Rolle im Vorfall:"))
        self.picker.accepted.connect(self._picked)
        self.picker.finished.connect(self._picker_closed)
        self.picker.view.selectionModel().selectionChanged.connect(self._suggest_role)
        self._suggest_role()
        self.picker.open()

    def _suggest_role(self) -> None:
        # A suspect from the directory is most likely linked as the perpetrator, and so on.
        chosen = self.picker.chosen_id() if self.picker is not None else None
        kind = self._kinds.get(chosen or "")
        if self._picker_role is not None and kind in ROLE_FOR_KIND:
            self._picker_role.set_value(ROLE_FOR_KIND[kind])

    def _picked(self) -> None:
        if self.picker is None or self._picker_role is None:
            return
        person_id = self.picker.chosen_id()
        if person_id is not None:
            self.add_link(person_id, self._picker_role.value())

    def _picker_closed(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = None
        self._picker_role = None

    def _show_new_form(self) -> None:
        self.new_frame.show()
        self.new_name.setFocus()

    def create_person(self) -> None:
        kind = self.new_kind.value()
        if not self.new_name.text().strip():
            self._dialogs.error(self, self.tr("Bitte einen Namen oder Benutzernamen angeben."))
            self.new_name.setFocus()
            return
        try:
            entry = self._service.add_person({"kind": kind, "name": self.new_name.text()})
        except StorageError as exc:
            self._dialogs.error(self, describe(exc))
            self.new_name.setFocus()
            return
        self._remember(entry.id, entry.value)
        self.new_name.clear()
        self.new_frame.hide()
        self.add_link(entry.id, ROLE_FOR_KIND[kind])
