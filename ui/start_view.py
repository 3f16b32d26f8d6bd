"""The start view ("Übersicht"), the main window's first tab after unlocking: what needs doing
(app/overview.py computes it in a background job, as it decrypts every incident). Each line is
a button that opens what it names: a deadline or an unreported incident opens its editor, an
evidence gap the attachment's details, the backup line the backup dialog. An empty vault gets
"Was tun nach einem Vorfall?" with the first step and the help contacts instead. Tab walks the
lines, Enter or Space opens one."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.deadline import DeadlineState
from app.evidence_gaps import EvidenceGap
from app.overview import BackupLine, DeadlineLine, GapLine, Overview, UnreportedLine, overview
from app.progress import CancelFn, Progress
from app.service import VaultService
from app.support_contacts import support_contacts
from app.texts import QT_TRANSLATE_NOOP, dates
from ui.messages import describe
from ui.widgets import scrollable
from ui.worker import Job

MAX_LINES = 20  # per section; the rest are counted, and the list shows them all
MAX_TITLE = 90  # characters of a title on a line (the editor shows it whole)
REFRESH_DELAY_MS = 300  # several saves in a row (an intake of ten files) refresh once

GAP_NAMES = {
    EvidenceGap.SCREENSHOT_NO_URL: QT_TRANSLATE_NOOP("StartView", "Adresse (URL)"),
    EvidenceGap.SCREENSHOT_NO_POSTED_AT: QT_TRANSLATE_NOOP(
        "StartView", "Datum der Veröffentlichung"),
    EvidenceGap.SCREENSHOT_NO_CAPTURED_AT: QT_TRANSLATE_NOOP(
        "StartView", "Datum der Sicherung"),
    EvidenceGap.MAIL_NO_HEADERS: QT_TRANSLATE_NOOP(
        "StartView", "die Kopfzeilen der E-Mail (als .eml- oder .msg-Datei sichern)"),
}

STEPS = (
    QT_TRANSLATE_NOOP("StartView", "Sichern Sie alles, was Sie erhalten haben: Brief, "
                                   "Nachricht, Foto. Werfen Sie nichts weg."),
    QT_TRANSLATE_NOOP("StartView", "Antworten Sie nicht und löschen Sie nichts, auch keine "
                                   "Kommentare, bevor sie gesichert sind."),
    QT_TRANSLATE_NOOP("StartView", "Machen Sie ein Bildschirmfoto mit der Adresse (URL), dem "
                                   "Datum und der Uhrzeit; speichern Sie E-Mails als Datei mit "
                                   "allen Kopfzeilen."),
    QT_TRANSLATE_NOOP("StartView", "Erstatten Sie Anzeige. Bei Beleidigung und ähnlichen Taten "
                                   "muss der Strafantrag binnen drei Monaten gestellt werden "
                                   "(§ 77b StGB)."),
    QT_TRANSLATE_NOOP("StartView", "Holen Sie sich Hilfe: bei akuter Gefahr die 110, Beratung "
                                   "bei den Stellen unten."),
)

LINE_STYLE = (
    "QPushButton#start_line { text-align: left; border: 1px solid transparent;"
    " border-radius: 3px; padding: 4px 6px; color: #0b4f9c; }"
    "QPushButton#start_line:hover { text-decoration: underline; }"
    "QPushButton#start_line:focus { border: 1px solid #0b4f9c; background: #e8f0fb; }"
    "QPushButton#start_line[warn=\"true\"] { color: #a4262c; }"
    "QPushButton#start_line:disabled { color: #555555; }")


def tr(text: str) -> str:
    return QCoreApplication.translate("StartView", text)


def short(title: str) -> str:
    return title if len(title) <= MAX_TITLE else title[:MAX_TITLE - 1].rstrip() + "…"


def days_left_text(days: int) -> str:
    if days == 0:
        return tr("heute ist der letzte Tag")
    if days == 1:
        return QCoreApplication.translate("StartView", "noch %n Tag", None, days)
    return QCoreApplication.translate("StartView", "noch %n Tage", None, days)


def deadline_text(line: DeadlineLine) -> str:
    title = short(line.title)
    if line.state is DeadlineState.RUNNING and line.days_left is not None:
        return tr("{0}: {1} (Fristende {2})").format(
            title, days_left_text(line.days_left), dates.day(line.deadline))
    if line.state is DeadlineState.PASSED:
        return tr("{0}: abgelaufen ohne Strafantrag (Fristende war {1})").format(
            title, dates.day(line.deadline))
    return tr("{0}: Fristbeginn unbekannt – Täter oder Tag der Kenntnis fehlt").format(title)


def unreported_text(line: UnreportedLine) -> str:
    return tr("{0} (vom {1}): noch nicht angezeigt").format(short(line.title),
                                                          dates.day(line.occurred))


def gap_text(line: GapLine) -> str:
    missing = ", ".join(tr(GAP_NAMES[g]) for g in line.gaps)
    return tr("{0} zu „{1}“ – es fehlt: {2}").format(
        short(line.original_name), short(line.incident_title), missing)


def backup_text(line: BackupLine) -> str:
    if line.last_at is None or line.age_days is None:
        return tr("Letzte Sicherung: noch nie – jetzt sichern")
    day = dates.local_day(line.last_at)
    if line.age_days == 0:
        age = tr("heute")
    elif line.age_days == 1:
        age = QCoreApplication.translate("StartView", "vor %n Tag", None, line.age_days)
    else:
        age = QCoreApplication.translate("StartView", "vor %n Tagen", None, line.age_days)
    if line.due:
        return tr("Letzte Sicherung: {0} ({1}) – eine neue ist fällig").format(day, age)
    return tr("Letzte Sicherung: {0} ({1})").format(day, age)


def more_text(hidden: int) -> str:
    if hidden == 1:
        return QCoreApplication.translate("StartView", "… und %n weiterer: in der Liste",
                                          None, hidden)
    return QCoreApplication.translate("StartView", "… und %n weitere: in der Liste",
                                      None, hidden)


class LineButton(QPushButton):
    """One line that opens what it names: a flat, left-aligned button (Tab reaches it,
    Enter and Space press it) whose accessible name is its whole text."""

    def __init__(self, text: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(text.replace("&", "&&"), parent)  # a title's "&" is no shortcut
        self.key = key  # what it opens, to keep the focus on it over a refresh
        self.setObjectName("start_line")
        self.setAccessibleName(text)
        self.setAutoDefault(True)  # Enter presses it (outside a dialog Qt would not)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class StartView(QWidget):
    """Signals ask the main window to open things; it builds nothing itself."""

    incident_requested = Signal(str)  # incident id
    attachment_requested = Signal(str, str)  # incident id, attachment id
    backup_requested = Signal()
    verify_requested = Signal()
    new_incident_requested = Signal()
    list_requested = Signal()
    loaded = Signal()  # an overview is shown (or its failure)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._pool: QThreadPool | None = None
        self._job: Job | None = None
        self._generation = 0
        self._again = False  # a refresh was asked for while a job ran
        self.overview: Overview | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self._refresh_now)

        self.setStyleSheet(LINE_STYLE)
        heading = QLabel(tr("Übersicht"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.list_button = QPushButton(tr("Alle &Vorfälle anzeigen"))
        self.list_button.setToolTip(tr("Zur Liste aller Vorfälle (Strg+Tab)"))
        self.list_button.clicked.connect(self.list_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.list_button)
        self.status = QLabel(tr("Die Übersicht wird geladen …"))
        self.status.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        content.setMaximumWidth(1000)
        column = QVBoxLayout(content)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addWidget(self.body)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrollable(content))

    # -- loading ------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._job is not None

    def reload_in_background(self, pool: QThreadPool | None = None) -> None:
        """Compute the overview in a job; the old lines stay until the new ones arrive."""
        if pool is not None:
            self._pool = pool
        if self._job is not None:
            self._again = True
            return
        self._generation += 1
        service = self._service

        def work(_progress: Progress, cancelled: CancelFn) -> Overview:
            return overview(service, service.today(), cancelled)

        job = Job(work, self)
        job.succeeded.connect(functools.partial(self._loaded, self._generation))
        job.failed.connect(functools.partial(self._failed, self._generation))
        self._job = job
        job.start(self._pool)

    def show_loading(self) -> None:
        self.status.setText(tr("Die Übersicht wird geladen …"))
        self.status.show()

    def reload(self) -> None:
        """Compute it now, on this thread (screenshots)."""
        self._generation += 1
        try:
            self.show_overview(overview(self._service, self._service.today()))
        except Exception as exc:  # shown as one sentence, never a traceback
            self._show_failure(exc)

    def refresh_later(self) -> None:
        """Something was saved, imported or backed up: read again once it settles."""
        self._later.start()

    def _refresh_now(self) -> None:
        self.reload_in_background()

    def _job_done(self, generation: int) -> bool:
        if generation != self._generation:
            return False
        self._job = None
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.reload_in_background)
        return True

    def _loaded(self, generation: int, result: object) -> None:
        if self._job_done(generation) and isinstance(result, Overview):
            self.show_overview(result)

    def _failed(self, generation: int, exc: object) -> None:
        if self._job_done(generation) and isinstance(exc, BaseException):
            self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        self.status.setText(tr("Die Übersicht kann nicht angezeigt werden: {0}").format(
            describe(exc)))
        self.status.show()
        self.loaded.emit()

    def clear(self) -> None:
        """Drop every decrypted value (a lock): lines, the overview, a job under way."""
        self._later.stop()
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._again = False
        self.overview = None
        self._clear_body()

    # -- showing ------------------------------------------------------------------------
    def lines(self) -> list[LineButton]:
        return self.body.findChildren(LineButton)

    def line(self, key: str) -> LineButton | None:
        return next((b for b in self.lines() if b.key == key), None)

    def _clear_body(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def show_overview(self, view: Overview) -> None:
        focused = QApplication.focusWidget()
        keep = focused.key if isinstance(focused, LineButton) and \
            focused.parent() is self.body else None
        self._clear_body()
        self.overview = view
        self.status.hide()
        if view.empty:
            self._guidance()
        else:
            self._sections(view)
        self._section(tr("Sicherung"))
        backup = self._button(backup_text(view.backup), "backup", self.backup_requested.emit)
        backup.setEnabled(not self._service.read_only)
        if view.backup.due or view.backup.last_at is None:
            backup.setProperty("warn", True)
        if view.empty:
            self._contacts()
        restored = self.line(keep) if keep else None
        if restored is not None:
            restored.setFocus()
        self.loaded.emit()

    def _sections(self, view: Overview) -> None:
        self._section(tr("Strafantragsfristen"), len(view.deadlines),
                      tr("Keine offene Strafantragsfrist."))
        for line in view.deadlines[:MAX_LINES]:
            button = self._button(deadline_text(line), f"deadline:{line.incident_id}",
                                  functools.partial(self.incident_requested.emit,
                                                    line.incident_id))
            if line.state is not DeadlineState.RUNNING or (line.days_left or 0) <= 14:
                button.setProperty("warn", True)
        self._more(len(view.deadlines))
        self._section(tr("Noch nicht angezeigt"), len(view.unreported),
                      tr("Alle Vorfälle sind angezeigt."))
        for unreported in view.unreported[:MAX_LINES]:
            self._button(unreported_text(unreported), f"unreported:{unreported.incident_id}",
                         functools.partial(self.incident_requested.emit,
                                           unreported.incident_id))
        self._more(len(view.unreported))
        self._section(tr("Beweismittel, denen etwas fehlt"), len(view.gaps),
                      tr("Allen Beweismitteln liegt bei, was die Polizei braucht."))
        for gap in view.gaps[:MAX_LINES]:
            self._button(gap_text(gap), f"gap:{gap.attachment_id}",
                         functools.partial(self.attachment_requested.emit, gap.incident_id,
                                           gap.attachment_id))
        self._more(len(view.gaps))
        if view.unreadable:
            self._section(tr("Beschädigte Einträge"))
            text = tr("Ein Vorfall kann nicht gelesen werden: Tresor prüfen") \
                if view.unreadable == 1 else QCoreApplication.translate(
                    "StartView", "%n Vorfälle können nicht gelesen werden: Tresor prüfen",
                    None, view.unreadable)
            self._button(text, "verify", self.verify_requested.emit)

    def _guidance(self) -> None:
        self._section(tr("Was tun nach einem Vorfall?"))
        intro = self._label(tr("Der Tresor ist noch leer. Wenn etwas vorgefallen ist, gehen "
                               "Sie ruhig Schritt für Schritt vor:"))
        intro.setObjectName("start_intro")
        steps = "".join(f"<li>{tr(s)}</li>" for s in STEPS)
        label = self._label(f"<ol style='margin-left:0px'>{steps}</ol>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setObjectName("start_steps")
        button = self._button(tr("Neuen Vorfall erfassen (Strg+N)"), "new",
                              self.new_incident_requested.emit)
        button.setEnabled(not self._service.read_only)

    def _contacts(self) -> None:
        self._section(tr("Hilfe und Beratung in Sachsen"))
        rows = []
        for person in support_contacts():
            reach = ", ".join(person.phones) or ", ".join(person.web)
            what = f" – {person.function}" if person.function else ""
            rows.append(f"<li><b>{_escape(person.organisation)}</b>{_escape(what)}: "
                        f"{_escape(reach)}</li>")
        label = self._label(f"<ul style='margin-left:0px'>{''.join(rows)}</ul>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setObjectName("start_contacts")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label(tr("Angaben ohne Gewähr; bitte vor Gebrauch prüfen. Im Notfall: 110."))

    # -- building blocks ----------------------------------------------------------------
    def _section(self, title: str, count: int | None = None, nothing: str = "") -> None:
        """A heading, with the number of lines below it when `count` is given, and the
        `nothing` sentence when that number is 0."""
        heading = QLabel(title if count is None else f"{title} ({count})")
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 12, 0, 2)
        self.body_layout.addWidget(heading)
        if count == 0 and nothing:
            self._label(nothing)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(6, 0, 0, 0)
        self.body_layout.addWidget(label)
        return label

    def _button(self, text: str, key: str, action: Callable[[], object]) -> LineButton:
        button = LineButton(text, key, self.body)
        button.clicked.connect(action)
        self.body_layout.addWidget(button)
        return button

    def _more(self, total: int) -> None:
        if total > MAX_LINES:
            self._button(more_text(total - MAX_LINES), f"more:{self.body_layout.count()}",
                         self.list_requested.emit)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

