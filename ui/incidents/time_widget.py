"""Date and time inputs for the editor: a point in time that says how precisely it is known
(the police want absolute dates; "ungefähr" is honest, not vague). The day and time are typed
into one DateEntry ("15.03.2026 19:30"; no time typed: only the day is known)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.date_input import Moment
from app.domain import Precision, TimePoint
from ui.date_entry import DateEntry

if TYPE_CHECKING:
    from ui.incidents.form import TimePointForm

# The time the field shows, "ungefähr", "Zeitpunkt unbekannt".
Controls = tuple[dt.time | None, bool, bool]


class TimePointEdit(QWidget):
    """Date with an optional time ("15.03.2026 19:30") and how precise the point is:
    "ungefähr" or "Zeitpunkt unbekannt" (they exclude each other), otherwise exact with a time
    and only the day without one. A loaded point keeps its stored time and precision until the
    user changes the time or one of those boxes: a save never rewrites what nobody touched (a
    precision the command line set, "unbekannt" with a time, "genau" without one, seconds).
    `optional`: an empty field is no point at all (an incident's end)."""

    changed = Signal()

    def __init__(self, label: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = DateEntry(label, optional=optional, with_time=True)
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
        layout.addWidget(self.entry, 1)
        layout.addWidget(self.approximate_check)
        layout.addWidget(self.unknown_check)
        self.approximate_check.toggled.connect(self._approximate_toggled)
        self.unknown_check.toggled.connect(self._unknown_toggled)
        for signal in (self.entry.changed, self.approximate_check.toggled,
                       self.unknown_check.toggled):
            signal.connect(self.changed)
        self.setFocusProxy(self.entry)

    def _approximate_toggled(self, on: bool) -> None:
        if on:
            self.unknown_check.setChecked(False)

    def _unknown_toggled(self, on: bool) -> None:
        if on:
            self.approximate_check.setChecked(False)

    def _controls(self) -> Controls:
        """The state of the controls that say the time and the precision."""
        moment = self.entry.moment()
        return (moment.time if moment is not None else None, self.approximate_check.isChecked(),
                self.unknown_check.isChecked())

    def value(self) -> TimePointForm | None:
        """The point; None for an empty optional field. A text that is no date is kept as
        typed in "date" (the form's finish() refuses it with the field's message)."""
        typed = self.entry.moment_value()
        if typed is None:
            return None
        if isinstance(typed, str):
            precision = self._precision(None)
            return {"date": typed, "time": None, "precision": precision.value}
        stored = self._stored
        if stored is not None and self._controls() == self._stored_controls:
            return {"date": typed.date, "time": stored.time,
                    "precision": (stored.precision or Precision.DAY).value}
        return {"date": typed.date, "time": typed.time,
                "precision": self._precision(typed.time).value}

    def _precision(self, time: dt.time | None) -> Precision:
        if self.unknown_check.isChecked():
            return Precision.UNKNOWN
        if self.approximate_check.isChecked():
            return Precision.APPROXIMATE
        return Precision.EXACT if time is not None else Precision.DAY

    def set_value(self, point: TimePoint | None) -> None:
        self.entry.set_value(point.date if point else None, point.time if point else None)
        precision = point.precision if point is not None else None
        self.approximate_check.setChecked(precision is Precision.APPROXIMATE)
        self.unknown_check.setChecked(precision is Precision.UNKNOWN)
        self._stored = point
        self._stored_controls = self._controls()

    def restore(self, value: TimePointForm | None) -> None:
        """Show a value() again: as loaded, so it comes back the same while untouched."""
        if value is None:
            self.set_value(None)
            return
        day = value["date"]
        if isinstance(day, str):
            self.set_value(None)
            self.entry.set_form_value(day)
            precision = Precision(value["precision"])
            self.approximate_check.setChecked(precision is Precision.APPROXIMATE)
            self.unknown_check.setChecked(precision is Precision.UNKNOWN)
            return
        self.set_value(TimePoint(date=day, time=value["time"],
                                 precision=Precision(value["precision"])))

    def moment(self) -> Moment | None:
        return self.entry.moment()
