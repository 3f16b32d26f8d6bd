"""Date and time inputs for the editor: an optional date, and a point in time that says how
precisely it is known (the police want absolute dates; "ungefähr" is honest, not vague)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QTimeEdit, QWidget

from app.domain import Precision, TimePoint

if TYPE_CHECKING:
    from ui.incidents.form import TimePointForm

DATE_FORMAT = "dd.MM.yyyy"


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate.currentDate())
    return edit


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_time(value: QTime) -> dt.time:
    time = value.toPython()  # typed `object` in PySide6's stubs; a QTime gives a datetime.time
    assert isinstance(time, dt.time)
    return time


class OptionalDateEdit(QWidget):
    """A date that may be absent: a checkbox switches the date on."""

    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.date_edit = make_date_edit()
        self.date_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return to_date(self.date_edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        # The date first: switching the box on then shows the right day at once.
        self.date_edit.setDate(to_qdate(value) if value else QDate.currentDate())
        self.check.setChecked(value is not None)


# Time known, the time shown, "ungefähr", "Zeitpunkt unbekannt".
Controls = tuple[bool, dt.time, bool, bool]


class TimePointEdit(QWidget):
    """Date, an optional time ("Uhrzeit bekannt") and how precise the point is: "ungefähr" or
    "Zeitpunkt unbekannt" (they exclude each other), otherwise exact with a time and only the
    day without one. A loaded point keeps its stored time and precision until the user changes
    one of those controls: a save never rewrites what nobody touched (a precision the command
    line set, "unbekannt" with a time, "genau" without one)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = make_date_edit()
        self.time_check = QCheckBox(self.tr("Uhrzeit bekannt"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setEnabled(False)
        self.approximate_check = QCheckBox(self.tr("ungefähr"))
        self.approximate_check.setToolTip(self.tr("Datum oder Uhrzeit sind nur ungefähr bekannt."))
        self.unknown_check = QCheckBox(self.tr("Zeitpunkt unbekannt"))
        self.unknown_check.setToolTip(self.tr(
            "Wann es geschah, ist nicht bekannt; das Datum ist dann nur ein Bezugspunkt (z. B. "
            "der Tag, an dem Sie davon erfahren haben)."))
        self._stored: TimePoint | None = None  # as loaded, while its controls are untouched
        self._stored_controls: Controls | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.date_edit, self.time_check, self.time_edit, self.approximate_check,
                       self.unknown_check):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.time_check.toggled.connect(self.time_edit.setEnabled)
        self.approximate_check.toggled.connect(
            lambda on: self._exclude(on, self.unknown_check))
        self.unknown_check.toggled.connect(
            lambda on: self._exclude(on, self.approximate_check))
        for signal in (self.date_edit.dateChanged, self.time_edit.timeChanged,
                       self.time_check.toggled, self.approximate_check.toggled,
                       self.unknown_check.toggled):
            signal.connect(self.changed)
        self.setFocusProxy(self.date_edit)

    @staticmethod
    def _exclude(checked: bool, other: QCheckBox) -> None:
        if checked:
            other.setChecked(False)

    def _controls(self) -> Controls:
        """The state of the controls that say the time and the precision."""
        return (self.time_check.isChecked(), to_time(self.time_edit.time()),
                self.approximate_check.isChecked(), self.unknown_check.isChecked())

    def value(self) -> TimePointForm:
        day = to_date(self.date_edit.date())
        stored = self._stored
        if stored is not None and self._controls() == self._stored_controls:
            return {"date": day, "time": stored.time,
                    "precision": (stored.precision or Precision.DAY).value}
        time = to_time(self.time_edit.time()) if self.time_check.isChecked() else None
        if self.unknown_check.isChecked():
            precision = Precision.UNKNOWN
        elif self.approximate_check.isChecked():
            precision = Precision.APPROXIMATE
        else:
            precision = Precision.EXACT if time is not None else Precision.DAY
        return {"date": day, "time": time, "precision": precision.value}

    def set_value(self, point: TimePoint | None) -> None:
        self.date_edit.setDate(to_qdate(point.date) if point else QDate.currentDate())
        clock = point.time if point is not None else None
        self.time_edit.setTime(QTime(clock.hour, clock.minute, clock.second)
                               if clock is not None else QTime(12, 0))
        self.time_check.setChecked(clock is not None)
        precision = point.precision if point is not None else None
        self.approximate_check.setChecked(precision is Precision.APPROXIMATE)
        self.unknown_check.setChecked(precision is Precision.UNKNOWN)
        self._stored = point
        self._stored_controls = self._controls()

    def restore(self, value: TimePointForm) -> None:
        """Show a value() again: as loaded, so it comes back the same while untouched."""
        self.set_value(TimePoint(date=value["date"], time=value["time"],
                                 precision=Precision(value["precision"])))


class OptionalTimePointEdit(QWidget):
    """The end of an incident that lasted a while (optional)."""

    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.point = TimePointEdit()
        self.point.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.point, 1)
        self.check.toggled.connect(self.point.setEnabled)
        self.check.toggled.connect(self.changed)
        self.point.changed.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> TimePointForm | None:
        return self.point.value() if self.check.isChecked() else None

    def set_value(self, point: TimePoint | None) -> None:
        self.point.set_value(point)
        self.check.setChecked(point is not None)

    def restore(self, value: TimePointForm | None) -> None:
        """Show a value() again."""
        if value is None:
            self.set_value(None)
        else:
            self.point.restore(value)
            self.check.setChecked(True)
