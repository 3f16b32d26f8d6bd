"""The one date field of the app: a line to type the date into as Germans write it ("15.3.26",
"heute", "15.03.2026 19:30"; app/date_input.py reads it), a calendar for the mouse, and beside
them what was understood ("= Sonntag, 15. März 2026") or one German sentence why not.

It replaces Qt's QDateEdit, whose sections auto-advance and take Tab, so typed dates became
other dates without a word (issue 14). Tab leaves the field; Alt+Down or F4 opens the calendar
(its button takes no Tab stop, so a form is one Tab per date). The label keeps its size while
typing: the form does not jump.

The forms keep a field's form_value() in their state (ui/form_codec.py can keep it in a draft):
the day (or day and time) when the text is one, None when an optional field is empty, and the
text as typed when it is no date, so a draft shows it again and saving names the problem."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import date_input
from app.date_input import DateError, DateProblem, Moment

# What a form keeps for a date field: the value, None (empty), or the text that is no date.
DateValue = dt.date | None | str
MomentValue = Moment | None | str

WEEKDAYS = (QT_TRANSLATE_NOOP("DateEntry", "Montag"), QT_TRANSLATE_NOOP("DateEntry", "Dienstag"),
            QT_TRANSLATE_NOOP("DateEntry", "Mittwoch"),
            QT_TRANSLATE_NOOP("DateEntry", "Donnerstag"),
            QT_TRANSLATE_NOOP("DateEntry", "Freitag"), QT_TRANSLATE_NOOP("DateEntry", "Samstag"),
            QT_TRANSLATE_NOOP("DateEntry", "Sonntag"))
MONTHS = (QT_TRANSLATE_NOOP("DateEntry", "Januar"), QT_TRANSLATE_NOOP("DateEntry", "Februar"),
          QT_TRANSLATE_NOOP("DateEntry", "März"), QT_TRANSLATE_NOOP("DateEntry", "April"),
          QT_TRANSLATE_NOOP("DateEntry", "Mai"), QT_TRANSLATE_NOOP("DateEntry", "Juni"),
          QT_TRANSLATE_NOOP("DateEntry", "Juli"), QT_TRANSLATE_NOOP("DateEntry", "August"),
          QT_TRANSLATE_NOOP("DateEntry", "September"),
          QT_TRANSLATE_NOOP("DateEntry", "Oktober"), QT_TRANSLATE_NOOP("DateEntry", "November"),
          QT_TRANSLATE_NOOP("DateEntry", "Dezember"))
ERROR_STYLE = "QLabel { color: #c42b1c; }"


def tr(text: str) -> str:
    return QCoreApplication.translate("DateEntry", text)


def in_words(day: dt.date, time: dt.time | None = None) -> str:
    """'Sonntag, 15. März 2026' (with ', 19:30 Uhr'), in the GUI's language."""
    text = tr("{weekday}, {day}. {month} {year}").format(
        weekday=tr(str(WEEKDAYS[day.weekday()])), day=day.day,
        month=tr(str(MONTHS[day.month - 1])),
        year=day.year)
    if time is not None:
        text += tr(", {0} Uhr").format(f"{time.hour:02d}:{time.minute:02d}")
    return text


def in_short(day: dt.date, time: dt.time | None = None) -> str:
    """'So., 15.03.2026' (with ' 19:30'), where the words do not fit."""
    text = tr("{weekday}, {date}").format(weekday=tr(str(WEEKDAYS[day.weekday()]))[:2] + ".",
                                          date=date_input.typed_moment(day, time))
    return text


def problem_text(error: DateError) -> str:
    """One German sentence for a date that cannot be read."""
    text = error.text
    if error.problem is DateProblem.EMPTY:
        return tr("Bitte ein Datum eingeben.")
    if error.problem is DateProblem.TOO_LONG:
        return tr("Zu lang für ein Datum.")
    if error.problem is DateProblem.CONTROL:
        return tr("Das Datum enthält Steuerzeichen.")
    if error.problem is DateProblem.NO_SUCH_DAY:
        return tr("Kein gültiges Datum: {0}").format(text)
    if error.problem is DateProblem.YEAR_RANGE:
        return tr("Das Jahr muss zwischen 1900 und 2100 liegen: {0}").format(text)
    if error.problem is DateProblem.NO_SUCH_TIME:
        return tr("Keine gültige Uhrzeit: {0}").format(text)
    if error.problem is DateProblem.TIME_NOT_ALLOWED:
        return tr("Hier bitte nur ein Datum ohne Uhrzeit: {0}").format(text)
    return tr("Nicht als Datum lesbar: {0} (z. B. 15.3.26 oder heute)").format(text)


def as_date(value: DateValue | MomentValue) -> dt.date | None:
    """The day of a form value, None for an empty field or a text that is no date."""
    if isinstance(value, Moment):
        return value.date
    return value if isinstance(value, dt.date) else None


class _ElidedLabel(QLabel):
    """A one-line label that never asks for more room than it has: where the text does not
    fit, its short form is shown ("= So., 15.03.2026"), else it ends in '…'; the whole text
    is the tooltip. Its size does not follow its text, so the form stays put while typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._short = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(self.fontMetrics().height())

    def set_full_text(self, text: str, short: str = "") -> None:
        self._full = text
        self._short = short or text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.width(), 10)
        text = self._full if metrics.horizontalAdvance(self._full) <= width else self._short
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))


class _CalendarPopup(QFrame):
    """The calendar under the field; a click or Enter picks the day, Esc closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumSize(320, 200)  # days large enough to hit with the mouse
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumDate(QDate(date_input.MIN_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(date_input.MAX_YEAR, 12, 31))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateEntry(QWidget):
    """A day, typed or picked. `optional`: an empty field means no date (value() None);
    `with_time`: a time of day may follow the day ("15.03.2026 19:30"; moment()).
    `label`: the field's name for screen readers (the form's row label, without the colon).
    `compact`: no label beside the field (a filter bar); what was understood is the tooltip."""

    changed = Signal()

    def __init__(self, label: str, optional: bool = False, with_time: bool = False,
                 compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.with_time = with_time
        self._today = dt.date.today
        self.line = QLineEdit()
        self.line.setMaxLength(date_input.MAX_LENGTH)
        self.line.setAccessibleName(label)
        self.line.setPlaceholderText(
            (tr("z. B. 15.3.26 19:30") if with_time else tr("z. B. 15.3.26 oder heute"))
            if not optional else tr("leer = kein Datum"))
        # One width for every date field (the longest placeholder fits), so forms line up.
        metrics = self.line.fontMetrics()
        width = max(metrics.horizontalAdvance(sample) for sample in (
            "15.03.2026 19:30", "z. B. 15.3.26 oder heute", "leer = nicht geprüft"))
        self.line.setFixedWidth(width + 16)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)  # opens a picker, as a combo box does
        self.button.setToolTip(tr("Kalender öffnen (Alt+Pfeil nach unten)"))
        self.button.setAccessibleName(tr("Kalender für {0}").format(label))
        # No Tab stop: Tab goes from field to field; Alt+Down or F4 opens the calendar.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shown = _ElidedLabel(self)  # a child even where hidden (compact): no stray window
        self.shown.setAccessibleName(tr("{0}, verstanden als").format(label))
        if compact:
            self.shown.hide()
        else:  # room for the short form at least, wherever the field is placed
            self.shown.setMinimumWidth(self.fontMetrics().horizontalAdvance(
                "= " + in_short(dt.date(2026, 9, 30), dt.time(23, 59) if with_time else None))
                + 4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        if not compact:
            layout.addSpacing(4)
            layout.addWidget(self.shown, 1)
        self.popup: _CalendarPopup | None = None
        self.setFocusProxy(self.line)
        self.line.installEventFilter(self)
        self.line.textChanged.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)
        if optional:
            self._typed()
        else:
            self.set_value(None)  # a field that needs a date starts with today

    # -- values -----------------------------------------------------------------------------
    def set_today(self, today: dt.date) -> None:
        """The day 'heute' means (the service's today, so tests can fix it)."""
        self._today = lambda: today
        self._typed()

    def parsed(self) -> Moment | DateError | None:
        """What the text says: a moment, why it is none, or None for an empty optional field."""
        text = self.line.text()
        if self.optional and not text.strip():
            return None
        return date_input.parse_moment(text, self._today(), self.with_time)

    def value(self) -> dt.date | None:
        """The day typed; None when the field is empty or holds no date."""
        parsed = self.parsed()
        return parsed.date if isinstance(parsed, Moment) else None

    def moment(self) -> Moment | None:
        parsed = self.parsed()
        return parsed if isinstance(parsed, Moment) else None

    def problem(self) -> str | None:
        """The German sentence why the text is no date, None when it is one (or empty and
        optional)."""
        parsed = self.parsed()
        return problem_text(parsed) if isinstance(parsed, DateError) else None

    def form_value(self) -> DateValue:
        """For a form's state: the day, None (empty), or the text that is no date."""
        parsed = self.parsed()
        if isinstance(parsed, Moment):
            return parsed.date
        return None if parsed is None else self.line.text()

    def moment_value(self) -> MomentValue:
        parsed = self.parsed()
        if isinstance(parsed, Moment):
            return parsed
        return None if parsed is None else self.line.text()

    def set_value(self, value: dt.date | None, time: dt.time | None = None) -> None:
        """Show a day (and time); None: empty, or today in a field that needs a date."""
        if value is None and not self.optional:
            value = self._today()
        self.line.setText("" if value is None else date_input.typed_moment(value, time))
        self.line.setCursorPosition(0)

    def set_form_value(self, value: DateValue | MomentValue) -> None:
        """Show a form_value() or moment_value() again."""
        if isinstance(value, str):
            self.line.setText(value)
        elif isinstance(value, Moment):
            self.set_value(value.date, value.time)
        else:
            self.set_value(value)

    def text(self) -> str:
        return self.line.text()

    # -- showing ----------------------------------------------------------------------------
    def _typed(self) -> None:
        parsed = self.parsed()
        short = ""
        if isinstance(parsed, Moment):
            text = "= " + in_words(parsed.date, parsed.time)
            short = "= " + in_short(parsed.date, parsed.time)
            self.shown.setStyleSheet("")
        elif parsed is None:
            text = ""
            self.shown.setStyleSheet("")
        else:
            text = problem_text(parsed)
            self.shown.setStyleSheet(ERROR_STYLE)
        self.shown.set_full_text(text, short)
        if self.shown.isHidden():
            self.line.setToolTip(text)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        day = self.value() or self._today()
        self.popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        self.popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        moment = self.moment()
        self.set_value(dt.date(day.year(), day.month(), day.day()),
                       moment.time if moment is not None else None)
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
