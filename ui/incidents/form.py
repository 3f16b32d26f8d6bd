"""Shared pieces of the editor's sections: the section contract, a combo box over an enum, and
the amount-in-euro field (German number format)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Generic, NotRequired, TypedDict, TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from app.domain import Category, Channel, Incident, Motivation, Outcome, PlaceKind, Role
from app.errors import InputCode, InvalidInputError
from ui.messages import describe

E = TypeVar("E", bound=Enum)
V = TypeVar("V")  # what an EnumCombo's value() gives: its enum, or the enum or None


# -- the form state ---------------------------------------------------------------------------
# What IncidentEditor.collect() returns and restore() shows again. In a draft (ui/form_codec.py)
# an enum comes back as its value, which the combo boxes and restore() take as well.
class TimePointForm(TypedDict):
    date: dt.date | str  # a str: the text typed, which is no date (finish() refuses it)
    time: dt.time | None  # None: the time is not known
    precision: str  # a Precision's value


class NoteForm(TypedDict):
    on: dt.date
    text: str


class PersonLinkForm(TypedDict):
    person_id: str
    role: Role | str


class CaseForm(TypedDict):
    reported: bool
    reported_on: dt.date | str | None  # a str: typed, no date (so for every date below)
    police_office: str
    police_case_number: str
    strafantrag_on: dt.date | str | None
    strafantrag_by: str
    prosecutor_office: str
    aktenzeichen: str
    # Added later: a draft kept before lacks them (restore() reads them with a default).
    evidence_handed_on: NotRequired[dt.date | str | None]
    evidence_handed_to: NotRequired[str]
    outcome: Outcome | str
    notes: list[NoteForm]
    # A note typed but not yet added (dated when there is one); finish() files it.
    pending_note: NotRequired[str]
    pending_note_on: NotRequired[dt.date | str | None]


class IncidentForm(TypedDict, total=False):
    """The raw state of the whole form; each section collects its own keys into it."""

    title: str
    # GeneralSection
    occurred: TimePointForm
    occurred_to: TimePointForm | None
    discovered_on: dt.date | str | None  # a str: the text typed, which is no date
    discovery: str
    place_kind: PlaceKind | str | None
    place: str
    municipality: str
    channel: Channel | str | None
    platform: str
    url: str
    tags: list[str]
    review_on: dt.date | str | None
    # ClassificationSection
    categories: list[Category] | list[str]
    motivation: Motivation | str | None
    related: list[str]
    # AccountSection
    verbatim: str
    description: str
    means: str
    context: str
    # PersonsSection
    persons: list[PersonLinkForm]
    perpetrator_unknown: bool
    targeted: str
    # ConsequencesSection
    injury: str
    damage_eur: str | None  # as typed; finish() makes it the amount as "1250.50", or None
    impact: str
    own_reaction: str
    protective_measures: str
    # CaseSection
    case: CaseForm


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentEditor", text)


class FormError(Exception):
    """Input the form itself refuses before the service sees it (a German sentence)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class FormSection(QWidget):
    """One part of the incident form. `collect` writes the raw form state into a dict (equal
    dicts mean "nothing changed"); `restore` is its exact inverse (it shows a collected form
    again, invalid input included: a draft kept at an automatic lock); `finish` turns raw
    values into what the service takes and may raise FormError; `field_widgets` maps field
    paths ("case.aktenzeichen") to the widget that edits them, so a validation error can put
    the cursor there."""

    changed = Signal()

    def load(self, incident: Incident | None) -> None:
        raise NotImplementedError

    def collect(self, data: IncidentForm) -> None:
        raise NotImplementedError

    def restore(self, data: IncidentForm) -> None:
        raise NotImplementedError

    def finish(self, data: IncidentForm) -> None:
        """Default: the raw values are what the service takes."""

    def field_widgets(self) -> dict[str, QWidget]:
        return {}


class EnumCombo(QComboBox, Generic[V]):
    """A combo box over enum values with German labels; optionally with an empty choice, whose
    value is None (EnumCombo[E | None]; without one, EnumCombo[E]). The values live in a list
    beside the items (Qt would hand a str-based enum back as a str)."""

    @overload
    def __init__(self: EnumCombo[E], values: Iterable[E], label: Callable[[E], str],
                 empty: None = None, parent: QWidget | None = None) -> None: ...

    @overload
    def __init__(self: EnumCombo[E | None], values: Iterable[E], label: Callable[[E], str],
                 empty: str, parent: QWidget | None = None) -> None: ...

    def __init__(self, values: Iterable[E], label: Callable[[E], str], empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Enum | None] = []
        if empty is not None:
            self.addItem(empty)
            self._values.append(None)
        for value in values:
            self.addItem(label(value))
            self._values.append(value)

    def value(self) -> V:
        index = self.currentIndex()
        value = self._values[index] if 0 <= index < len(self._values) else None
        # An E, or None from the empty choice, which only an EnumCombo[E | None] has (see the
        # overloads). None without one would need no item current: Qt makes the first item
        # added current, and set_value falls back to it.
        return cast(V, value)

    def set_value(self, value: V | str) -> None:
        """Select an enum member, or the member with that value (a draft keeps the value)."""
        for index, known in enumerate(self._values):
            if known == value or (isinstance(known, Enum) and known.value == value):
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(0)


def checked_day(value: dt.date | str | None, field: str, label: str,
                with_time: bool = False) -> dt.date | None:
    """A date field's form value as the service takes it; a text that is no date stops the
    save with the field's name and why (ui/date_entry.py words it)."""
    if not isinstance(value, str):
        return value
    from app import date_input
    from ui.date_entry import problem_text

    parsed = date_input.parse_moment(value, dt.date.today(), with_time)
    if isinstance(parsed, date_input.Moment):  # a draft's text that reads as a day today
        return parsed.date
    raise FormError(field, tr("{0}: {1}").format(label, problem_text(parsed)))


def text_box(placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    return box


def parse_euro(text: str) -> Decimal | None:
    """Amounts as people type them: '1.250,50' and '1250,5' (German), '1,250.50' and
    '1250.50 €' (English), '1.250' or '1,250' (thousands). '' -> None; otherwise ValueError.

    With both separators the last one is the decimal mark. With one kind only, a separator
    followed by exactly three digits groups thousands (an amount has at most two decimals);
    otherwise it is the decimal mark."""
    cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole = cleaned.rsplit(decimal_mark, 1)[0].split(group_mark)
        if not all(len(p) == 3 for p in whole[1:]):
            raise ValueError(text)  # '1,25.5': the grouping is not thousands
        cleaned = cleaned.replace(group_mark, "").replace(decimal_mark, ".")
    else:
        mark = "," if "," in cleaned else "." if "." in cleaned else ""
        if mark:
            parts = cleaned.split(mark)
            grouped = len(parts) > 2 or len(parts[-1]) == 3
            if grouped and not all(len(p) == 3 for p in parts[1:]):
                raise ValueError(text)  # '1,2,3': neither a decimal nor thousands
            cleaned = "".join(parts) if grouped else ".".join(parts)
    if cleaned.count(".") > 1:
        raise ValueError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def format_euro(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, _, cents = f"{value:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{cents}"


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def explain_failure(problem: Exception) -> tuple[str, str]:
    """The German sentence for a failed save of the incident form, and the field to put the
    cursor in."""
    if isinstance(problem, FormError):
        return problem.message, problem.field
    if isinstance(problem, InvalidInputError) and problem.code is InputCode.MISSING_LINK:
        # A linked record was deleted meanwhile: say which links to check.
        return tr("Ein verknüpfter Kontakt oder Vorfall existiert nicht mehr; bitte die "
                  "Verknüpfung entfernen."), problem.field
    return describe(problem), str(getattr(problem, "field", ""))


def focus_field(tabs: QTabWidget, fields: dict[str, QWidget], path: str) -> bool:
    """Show the tab of a field named by the core ("case.notes.0.text") and focus it; the
    longest known beginning of the path counts ("case.notes")."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    for length in range(len(parts), 0, -1):
        widget = fields.get(".".join(parts[:length]))
        if widget is None:
            continue
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                tabs.setCurrentIndex(index)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True
    return False
