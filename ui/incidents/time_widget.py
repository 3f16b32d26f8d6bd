"""Date and time inputs for the editor: an optional date, and a point in time that says how
precisely it is known (the police want absolute dates; "ungefähr" is honest, not vague)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QTimeEdit, QWidget

from app.domain import Precision, TimePoint

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


class TimePointEdit(QWidget):
    """Date, an optional time ("Uhrzeit bekannt") and an "ungefähr" flag. The precision is
    derived: approximate if flagged, otherwise exact with a time and day without one. A stored
    "unknown" precision is kept as long as the user does not give a time or the flag."""

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
        self._unknown = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.date_edit, self.time_check, self.time_edit, self.approximate_check):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.time_check.toggled.connect(self.time_edit.setEnabled)
        for signal in (self.date_edit.dateChanged, self.time_edit.timeChanged,
                       self.time_check.toggled, self.approximate_check.toggled):
            signal.connect(self.changed)
        self.setFocusProxy(self.date_edit)

    def value(self) -> dict[str, Any]:
        time = self.time_edit.time().toPython() if self.time_check.isChecked() else None
        if self.approximate_check.isChecked():
            precision = Precision.APPROXIMATE
        elif time is not None:
            precision = Precision.EXACT
        else:
            precision = Precision.UNKNOWN if self._unknown else Precision.DAY
        return {"date": to_date(self.date_edit.date()), "time": time,
                "precision": precision.value}

    def set_value(self, point: TimePoint | None) -> None:
        self.date_edit.setDate(to_qdate(point.date) if point else QDate.currentDate())
        has_time = point is not None and point.time is not None
        self.time_edit.setTime(QTime(point.time.hour, point.time.minute, point.time.second)
                               if point is not None and point.time is not None
                               else QTime(12, 0))
        self.time_check.setChecked(has_time)
        self.approximate_check.setChecked(
            point is not None and point.precision is Precision.APPROXIMATE)
        self._unknown = point is not None and point.precision is Precision.UNKNOWN


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

    def value(self) -> dict[str, Any] | None:
        return self.point.value() if self.check.isChecked() else None

    def set_value(self, point: TimePoint | None) -> None:
        self.point.set_value(point)
        self.check.setChecked(point is not None)
