"""What goes into a dossier: period, categories, the incidents marked in the list, profile,
recipient and an optional password (typed twice)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Category
from app.query import IncidentQuery
from export.dossier.model import DossierRequest, Profile
from export.errors import ExportError
from export.pipeline import MAX_RECIPIENT, check_recipient
from export.protect import MAX_PASSWORD_CHARS, prepare_password
from ui import labels
from ui.date_entry import DateEntry
from ui.export.messages import wording
from ui.widgets import keyboard_list


class FormError(Exception):
    """A German sentence about what to correct in the form."""


class ExportForm(QWidget):
    selection_changed = Signal()  # period, categories or "only the marked ones"

    def __init__(self, marked_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marked = tuple(marked_ids)

        # Empty: no bound on that side (the whole history by default).
        self.from_date = DateEntry(self.tr("Zeitraum von"), optional=True)
        self.from_date.line.setPlaceholderText(self.tr("leer = von Anfang an"))
        self.to_date = DateEntry(self.tr("Zeitraum bis"), optional=True)
        self.to_date.line.setPlaceholderText(self.tr("leer = bis heute"))

        self.categories = QListWidget()
        keyboard_list(self.categories, self.tr("Kategorien"))
        self.categories.setMaximumHeight(150)
        for category in Category:
            item = QListWidgetItem(labels.category(category))
            item.setData(Qt.ItemDataRole.UserRole, category.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)

        self.only_marked = QCheckBox(
            self.tr("Nur die in der Liste markierten Vorfälle ({0})").format(len(self._marked)))
        self.only_marked.setEnabled(bool(self._marked))
        # Offered, never the default: a dossier takes every incident unless the user narrows
        # it (one marked row had made a police dossier of a single incident without a word).
        self.only_marked.setChecked(False)

        selection = QGroupBox(self.tr("Auswahl"))
        rows = QFormLayout(selection)
        rows.addRow(self.tr("Zeitraum von:"), self.from_date)
        rows.addRow(self.tr("bis:"), self.to_date)
        rows.addRow(self.tr("Kategorien\n(keine = alle):"), self.categories)
        rows.addRow("", self.only_marked)
        self.only_marked.toggled.connect(self.selection_changed)
        for edit in (self.from_date, self.to_date):
            edit.changed.connect(self.selection_changed)
        self.categories.itemChanged.connect(self.selection_changed)

        self.profile = QComboBox()
        for profile, name in ((Profile.POLIZEI, self.tr("Polizei")),
                              (Profile.BERATUNG, self.tr("Beratung")),
                              (Profile.STATISTIK, self.tr("Statistik"))):
            self.profile.addItem(name, profile.value)
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.profile.currentIndexChanged.connect(self._explain_profile)
        self.recipient = QLineEdit()
        self.recipient.setMaxLength(MAX_RECIPIENT)
        self.recipient.setPlaceholderText(self.tr("z. B. Polizeirevier Pirna, ZASTEX des LKA"))
        self.annex = QCheckBox(self.tr("Seiten angehängter PDF-Dateien als Anlage beifügen"))
        self.annex.setChecked(True)
        content = QGroupBox(self.tr("Inhalt"))
        rows = QFormLayout(content)
        rows.addRow(self.tr("Profil:"), self.profile)
        rows.addRow("", self.profile_note)
        rows.addRow(self.tr("Empfänger:"), self.recipient)
        rows.addRow("", self.annex)

        self.protect = QCheckBox(self.tr("Mit Passwort schützen (AES-256)"))
        self.password = self._password_edit()
        self.repeat = self._password_edit()
        self.protect.toggled.connect(self._protect_toggled)
        note = QLabel(self.tr("Das Passwort muss auf anderem Weg übermittelt werden als die "
                              "Datei (z. B. per Telefon)."))
        note.setWordWrap(True)
        self.password_box = QGroupBox(self.tr("Schutz"))
        rows = QFormLayout(self.password_box)
        rows.addRow("", self.protect)
        rows.addRow(self.tr("Passwort:"), self.password)
        rows.addRow(self.tr("Wiederholen:"), self.repeat)
        rows.addRow("", note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (selection, content, self.password_box):
            layout.addWidget(box)
        self._explain_profile()
        self._protect_toggled(False)

    def _password_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(MAX_PASSWORD_CHARS)
        return edit

    def _explain_profile(self) -> None:
        notes = {
            Profile.POLIZEI.value: self.tr(
                "Vollständig: alle Angaben, Namen und Beweismittel – für die Polizei."),
            Profile.BERATUNG.value: self.tr(
                "Beteiligte Personen erscheinen nur mit ihrer Rolle (z. B. „Person A "
                "(Tatverdächtiger)“), ohne Kontaktdaten – für Beratungsstellen."),
            Profile.STATISTIK.value: self.tr(
                "Nur Anzahlen und Daten, keine Namen und keine Freitexte – für Statistiken."),
        }
        self.profile_note.setText(notes[str(self.profile.currentData())])

    def _protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        if not on:
            self.clear_password()

    def clear_password(self) -> None:
        self.password.clear()
        self.repeat.clear()

    # -- reading the form -----------------------------------------------------------------
    def chosen_categories(self) -> tuple[Category, ...]:
        items = (self.categories.item(i) for i in range(self.categories.count()))
        return tuple(Category(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def request(self) -> DossierRequest:
        """The request as the form says it, or FormError with a German sentence."""
        for label, edit in ((self.tr("Zeitraum von"), self.from_date),
                            (self.tr("Zeitraum bis"), self.to_date)):
            problem = edit.problem()
            if problem is not None:
                raise FormError(self.tr("{0}: {1}").format(label, problem))
        date_from, date_to = self.from_date.value(), self.to_date.value()
        if date_from and date_to and date_from > date_to:
            raise FormError(self.tr("Der Zeitraum beginnt nach seinem Ende."))
        recipient = self.recipient.text().strip()
        try:
            check_recipient(recipient)
        except ExportError as exc:
            raise FormError(wording(exc.code, exc.params)) from None
        selection = IncidentQuery(
            date_from=date_from, date_to=date_to, categories=self.chosen_categories(),
            incident_ids=self._marked if self.only_marked.isChecked() else ())
        return DossierRequest(
            profile=Profile(str(self.profile.currentData())), selection=selection,
            recipient=recipient, include_annex=self.annex.isChecked())

    def chosen_password(self) -> str | None:
        if not self.protect.isChecked():
            return None
        first, second = self.password.text(), self.repeat.text()
        if first != second:
            raise FormError(self.tr("Die beiden Passwörter stimmen nicht überein."))
        try:
            prepare_password(first)
        except ExportError as exc:
            raise FormError(wording(exc.code, exc.params)) from None
        return first

