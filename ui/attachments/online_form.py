"""The online facts of a screenshot (docs/domain.md, "Evidence"): URL, platform, author handle
and profile, posted at, captured at and by, context. It warns, without blocking, about each
field the police need that is still empty, and refuses what the vault would refuse (too long,
control characters, an address that is not http/https) with a German sentence, keeping the
input as typed."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import OnlineContent
from app.domain.text import BLOCK_PATTERN, LINE_PATTERN, LONG_MAX, SHORT_MAX
from app.evidence_gaps import POLICE_FIELDS
from ui.attachments.display import german
from ui.date_entry import DateEntry
from ui.incidents.form import FormError, text_box
from ui.widgets import keep_space_when_hidden

WARNING_STYLE = "color: #8a5a00;"
SUMMARY_STYLE = "background:#fff4ce; border:1px solid #c8a200; padding:4px;"
LINE_FIELDS = ("url", "platform", "author_handle", "author_profile_url", "captured_by")
URL_FIELDS = ("url", "author_profile_url")
TIME_FIELDS = ("posted_at", "captured_at")
# Filled by the app itself (defaults); they alone do not make an online record.
DEFAULTED = ("captured_at", "captured_by")

# A line's text or a time ("" and None: not filled in).
FormValue = str | dt.datetime | None


def tr(text: str) -> str:
    return QCoreApplication.translate("OnlineForm", text)


def field_names() -> dict[str, str]:
    return {"url": tr("Adresse (URL)"), "platform": tr("Plattform"),
            "author_handle": tr("Benutzername des Verfassers"),
            "author_profile_url": tr("Profil-Adresse des Verfassers"),
            "posted_at": tr("Veröffentlicht am"), "captured_at": tr("Gesichert am"),
            "captured_by": tr("Gesichert von"), "context": tr("Zusammenhang")}


def now_local() -> dt.datetime:
    """The current moment with the computer's UTC offset, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


class OptionalDateTimeEdit(QWidget):
    """A moment that may be unknown (empty field), typed as "15.03.2026 19:30" (a day needs its
    time here: the police ask for both). Values are aware datetimes in the computer's time
    zone. A loaded moment comes back as stored (with its seconds) while its text is untouched."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = DateEntry(label, optional=True, with_time=True)
        self.entry.line.setPlaceholderText(tr("z. B. 15.3.26 19:30"))
        self.entry.line.setToolTip(tr("Datum und Uhrzeit, z. B. 15.3.26 19:30; leer lassen, "
                                      "wenn unbekannt."))
        self._stored: dt.datetime | None = None
        self._stored_text = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        self.entry.changed.connect(self.changed)
        self.setFocusProxy(self.entry)

    def value(self) -> dt.datetime | None:
        """The moment; None when the field is empty or holds no moment (problem() says why)."""
        if self.entry.text() == self._stored_text:
            return self._stored
        moment = self.entry.moment()
        if moment is None or moment.time is None:
            return None
        naive = dt.datetime.combine(moment.date, moment.time)
        return naive.astimezone()  # naive means local time

    def form_value(self) -> dt.datetime | str | None:
        """For the form's state: the moment, None (empty), or the text that is none."""
        value = self.value()
        if value is None and self.problem() is not None:
            return self.entry.text()
        return value

    def problem(self) -> str | None:
        problem = self.entry.problem()
        if problem is not None:
            return problem
        moment = self.entry.moment()
        if moment is not None and moment.time is None and self.entry.text() != self._stored_text:
            return tr("Bitte auch die Uhrzeit angeben, z. B. 15.3.26 19:30.")
        return None

    def set_value(self, value: dt.datetime | None) -> None:
        local = value.astimezone() if value is not None and value.tzinfo else value
        self._stored = value
        if local is None:
            self.entry.set_value(None)
        else:
            self.entry.set_value(local.date(), local.time())
        self._stored_text = self.entry.text()


def _line_problem(name: str, text: str) -> str | None:
    if len(text) > SHORT_MAX:
        return tr("{0} ist zu lang: höchstens {1} Zeichen, eingegeben sind {2}.").format(
            name, german().toString(SHORT_MAX), german().toString(len(text)))
    if not re.fullmatch(LINE_PATTERN, text):
        return tr("{0} enthält Steuerzeichen oder Zeilenumbrüche; bitte entfernen.").format(name)
    return None


def url_problem(name: str, text: str) -> str | None:
    """Light checks only: http or https, a host, no spaces. The page is never fetched."""
    if not text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https"):
        return tr("{0} muss mit http:// oder https:// beginnen, z. B. "
                  "https://www.facebook.com/… (bitte aus der Adresszeile des Browsers "
                  "kopieren).").format(name)
    if not parts.netloc or any(c.isspace() for c in text):
        return tr("{0} ist keine vollständige Internetadresse (Rechnername fehlt oder "
                  "Leerzeichen enthalten).").format(name)
    return None


class OnlineForm(QWidget):
    """`changed` fires on every edit. `set_required` switches the police warnings on (for a
    screenshot, or once anything is filled in)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = field_names()
        self.lines: dict[str, QLineEdit] = {}
        for key in LINE_FIELDS:
            line = QLineEdit()
            line.setMaxLength(10_000_000)  # the default of 32,767 would cut a paste silently
            line.setAccessibleName(names[key])
            self.lines[key] = line
        self.lines["url"].setPlaceholderText(tr("https://… genaue Adresse des Beitrags"))
        self.lines["platform"].setPlaceholderText(tr("z. B. Facebook, X, Instagram, Telegram"))
        self.lines["author_handle"].setPlaceholderText(tr("z. B. @benutzername"))
        self.lines["author_profile_url"].setPlaceholderText(tr("https://… Adresse des Profils"))
        self.times = {key: OptionalDateTimeEdit(names[key]) for key in TIME_FIELDS}
        self.context: QPlainTextEdit = text_box(
            tr("Worauf antwortet der Beitrag? Wen betrifft er? (Zusammenhang)"))
        self.context.setAccessibleName(tr("Zusammenhang"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(SUMMARY_STYLE)
        keep_space_when_hidden(self.summary)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        self.summary.hide()
        self.warning_labels: dict[str, QLabel] = {}
        self._required = False

        form = QFormLayout()
        widgets: dict[str, QWidget] = {**self.lines, **self.times, "context": self.context}
        for key in ("url", "platform", "author_handle", "author_profile_url", "posted_at",
                    "captured_at", "captured_by", "context"):
            widget = widgets[key]
            if key in POLICE_FIELDS:
                box = QWidget()
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(widget)
                warning = QLabel()
                warning.setWordWrap(True)
                warning.setStyleSheet(WARNING_STYLE)
                keep_space_when_hidden(warning)  # the form does not jump as fields are filled
                warning.hide()
                column.addWidget(warning)
                self.warning_labels[key] = warning
                form.addRow(names[key] + ":", box)
            else:
                form.addRow(names[key] + ":", widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        self.fields = widgets

        for line in self.lines.values():
            line.textChanged.connect(self._on_changed)
        for time in self.times.values():
            time.changed.connect(self._on_changed)
        self.context.textChanged.connect(self._on_changed)

    # -- state ----------------------------------------------------------------------------
    def load(self, online: OnlineContent | None, captured_by: str) -> None:
        """Show stored facts; without any, captured at = now and captured by = the user."""
        value = online or OnlineContent(captured_at=now_local(), captured_by=captured_by)
        for key, line in self.lines.items():
            line.setText(getattr(value, key))
        for key, edit in self.times.items():
            edit.set_value(getattr(value, key))
        self.context.setPlainText(value.context)
        self.context.document().clearUndoRedoStacks()
        self._update_warnings()

    def clear(self) -> None:
        """Drop every value (lock)."""
        for line in self.lines.values():
            line.clear()
        for edit in self.times.values():
            edit.set_value(None)
        self.context.clear()
        self.context.document().clearUndoRedoStacks()
        self._update_warnings()

    def collect(self) -> dict[str, FormValue]:
        """The raw form state (equal dicts mean nothing changed)."""
        data: dict[str, FormValue] = {key: line.text().strip() for key, line in self.lines.items()}
        for key, edit in self.times.items():
            data[key] = edit.form_value()
        data["context"] = self.context.toPlainText()
        return data

    def has_content(self) -> bool:
        """Anything filled in beyond the defaults the app puts in itself."""
        return any(v not in ("", None) for k, v in self.collect().items() if k not in DEFAULTED)

    def finish(self) -> dict[str, FormValue]:
        """What the service takes, or FormError naming the first field that is refused."""
        data = self.collect()
        names = field_names()
        for key in LINE_FIELDS:
            text = self.lines[key].text().strip()
            problem = _line_problem(names[key], text)
            if problem is None and key in URL_FIELDS:
                problem = url_problem(names[key], text)
            if problem is not None:
                raise FormError(key, problem)
        for key, edit in self.times.items():
            problem = edit.problem()
            if problem is not None:
                raise FormError(key, tr("{0}: {1}").format(names[key], problem))
        context = self.context.toPlainText()
        if len(context) > LONG_MAX:
            raise FormError("context", tr(
                "{0} ist zu lang: höchstens {1} Zeichen, eingegeben sind {2}.").format(
                names["context"], german().toString(LONG_MAX), german().toString(len(context))))
        if not re.fullmatch(BLOCK_PATTERN, context):
            raise FormError("context", tr("{0} enthält Steuerzeichen; bitte entfernen.").format(
                names["context"]))
        return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in data.items()}

    # -- warnings -------------------------------------------------------------------------
    def set_required(self, required: bool) -> None:
        self._required = required
        self._update_warnings()

    def missing(self) -> list[str]:
        """The police fields still empty (keys), in form order; [] when not required."""
        if not self._required:
            return []
        data = self.collect()
        return [k for k in POLICE_FIELDS if data[k] is None
                or (isinstance(data[k], str) and not str(data[k]).strip())]

    def _on_changed(self) -> None:
        self._update_warnings()
        self.changed.emit()

    def _update_warnings(self) -> None:
        missing = self.missing()
        texts = {
            "url": tr("Fehlt: die genaue Adresse des Beitrags (die Polizei braucht sie, um ihn "
                      "zu finden)."),
            "author_handle": tr("Fehlt: der Benutzername des Verfassers."),
            "posted_at": tr("Fehlt: Datum und Uhrzeit der Veröffentlichung (wie auf dem "
                            "Bildschirmfoto zu sehen)."),
            "captured_at": tr("Fehlt: wann das Bildschirmfoto gemacht wurde."),
            "context": tr("Fehlt: der Zusammenhang (worauf der Beitrag antwortet, wen er "
                          "betrifft)."),
        }
        for key, label in self.warning_labels.items():
            label.setText(texts[key])  # kept while hidden: its space stays the same
            label.setVisible(key in missing)
        if missing:
            names = field_names()
            listed = ", ".join(names[k] for k in missing)
            self.summary.setText(tr(
                "Für eine Anzeige fehlt noch eine Angabe: {0}. Sie können trotzdem speichern "
                "und später ergänzen.").format(listed) if len(missing) == 1 else tr(
                "Für eine Anzeige fehlen noch {0} Angaben: {1}. Sie können trotzdem speichern "
                "und später ergänzen.").format(len(missing), listed))
        self.summary.setVisible(bool(missing))  # its last text kept: the same space

    def focus_field(self, key: str) -> None:
        widget = self.fields.get(key)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
