"""The controls above the incident list: search as you type, period, category and status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain import Category, Outcome
from app.query import IncidentQuery
from ui import labels
from ui.date_entry import DateEntry
from ui.incidents.form import EnumCombo


class IncidentFilterBar(QWidget):
    search_changed = Signal(str)
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Vorfälle durchsuchen"))
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Sucht in allen Textfeldern; jedes Wort muss vorkommen, "
                                       "Groß-/Kleinschreibung und Umlaute egal."))
        self.period = QComboBox()
        self.period.addItems([self.tr("alle Zeiträume"), self.tr("Zeitraum:")])
        self.date_from = DateEntry(self.tr("Zeitraum von"), compact=True)
        today = dt.date.today()
        self.date_from.set_value(today.replace(year=today.year - 1, day=min(today.day, 28)))
        self.date_to = DateEntry(self.tr("Zeitraum bis"), compact=True)
        self.category = EnumCombo(Category, labels.category, self.tr("alle Kategorien"))
        self.category.setMaximumWidth(220)
        self.outcome = EnumCombo(Outcome, labels.outcome, self.tr("alle"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.period)
        layout.addWidget(self.date_from)
        self.until_label = QLabel(self.tr("bis"))
        layout.addWidget(self.until_label)
        layout.addWidget(self.date_to)
        layout.addWidget(self.category, 1)
        status_label = QLabel(self.tr("Stand:"))
        status_label.setBuddy(self.outcome)
        layout.addWidget(status_label)
        layout.addWidget(self.outcome)

        self.search.textChanged.connect(self.search_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        for signal in (self.date_from.changed, self.date_to.changed,
                       self.category.currentIndexChanged, self.outcome.currentIndexChanged):
            signal.connect(self.filter_changed)
        self._period_changed()

    def _period_changed(self) -> None:
        on = self.period.currentIndex() == 1
        for widget in (self.date_from, self.until_label, self.date_to):
            widget.setEnabled(on)
        self.filter_changed.emit()

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Choose a period (both None: "alle Zeiträume")."""
        if start is not None:
            self.date_from.set_value(start)
        if end is not None:
            self.date_to.set_value(end)
        self.period.setCurrentIndex(0 if start is None and end is None else 1)

    def current(self) -> IncidentQuery:
        """What the controls choose (the words of the search box are matched by the list)."""
        period = self.period.currentIndex() == 1
        category = self.category.value()
        return IncidentQuery(
            # A side whose text is no date (yet) sets no bound; its field says why.
            date_from=self.date_from.value() if period else None,
            date_to=self.date_to.value() if period else None,
            categories=(category,) if category is not None else (),
            outcome=self.outcome.value())
