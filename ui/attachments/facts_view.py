"""The facts intake read out of an attachment, read-only: e-mail headers (with the full raw
header block and the body as plain text, never rendered), photo EXIF with the per-attachment
choice whether GPS may appear in exports, PDF pages, audio/video duration, a saved web page's
address, title and save time, or the note that the
file could not be read, and what intake noticed about it (in the GUI's words, ui/notices.py).
Every value came from an untrusted file, so every widget shows plain text only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Attachment
from app.domain.evidence import EmailFacts, EvidenceFacts, ImageFacts, WebCaptureFacts
from app.texts import dates
from ui.attachments.display import exact_size, german, monospace
from ui.attachments.names import display_name
from ui.attachments.pages import clear_text, plain_label, text_view
from ui.notices import notice_text, notices_text
from ui.widgets import keyboard_list


def tr(text: str) -> str:
    return QCoreApplication.translate("FactsView", text)


def orientation_text(value: int) -> str:
    texts = {1: tr("normal"), 2: tr("gespiegelt"), 3: tr("um 180° gedreht"),
             4: tr("um 180° gedreht und gespiegelt"),
             5: tr("gespiegelt und 90° gegen den Uhrzeigersinn gedreht"),
             6: tr("90° im Uhrzeigersinn gedreht"),
             7: tr("gespiegelt und 90° im Uhrzeigersinn gedreht"),
             8: tr("90° gegen den Uhrzeigersinn gedreht")}
    return texts.get(value, str(value))


def duration_text(seconds: float) -> str:
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return tr("{0} (Stunden:Minuten:Sekunden)").format(clock) if hours else tr(
        "{0} (Minuten:Sekunden)").format(clock)


def moment_text(value: dt.datetime) -> str:
    """Aware times in local time; the camera's naive EXIF time as it is (its own clock)."""
    return dates.local(value, seconds=True)


def gps_text(latitude: float, longitude: float, altitude: float | None) -> str:
    loc = german()
    text = tr("{0}° {1}, {2}° {3}").format(
        loc.toString(abs(latitude), "f", 6), tr("N") if latitude >= 0 else tr("S"),
        loc.toString(abs(longitude), "f", 6), tr("O") if longitude >= 0 else tr("W"))
    if altitude is not None:
        text += tr(", Höhe {0} m").format(loc.toString(altitude, "f", 1))
    return text


class FactsView(QWidget):
    """`gps_changed` fires when the user ticks or clears "GPS-Position in Exporte
    übernehmen"; `store_part` (index) when an inner e-mail attachment is to be stored."""

    gps_changed = Signal()
    store_part = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unreadable = plain_label()
        self.unreadable.setStyleSheet("color: #b00020;")
        self.nothing = plain_label(tr("Aus dieser Datei wurden keine Angaben ausgelesen."))
        self.summary = QFormLayout()
        summary_box = QWidget()
        summary_box.setLayout(self.summary)

        self.email_box = QGroupBox(tr("E-Mail"))
        self.email_form = QFormLayout()
        self.received = text_view()
        self.received.setFont(monospace())
        self.raw_headers = text_view()
        self.raw_headers.setFont(monospace())
        self.raw_headers.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.body = text_view()
        self.parts = QTableWidget(0, 3)
        keyboard_list(self.parts, tr("Teile der E-Mail"))
        self.parts.setHorizontalHeaderLabels([tr("Datei"), tr("Typ"), tr("Größe")])
        self.parts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.parts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.parts.horizontalHeader().setStretchLastSection(True)
        self.parts.verticalHeader().hide()
        self.store_button = QPushButton(tr("Als eigenen Anhang speichern"))
        self.store_button.setEnabled(False)
        self.store_button.clicked.connect(self._store_selected_part)
        self.parts.itemSelectionChanged.connect(self._update_store_button)
        self.parts_note = plain_label()
        self._can_store = False
        self._has_gps = False
        self._gps_stored = False  # kept as stored when there is no position to decide on
        email_layout = QVBoxLayout(self.email_box)
        email_layout.addLayout(self.email_form)
        for caption, widget in ((tr("Empfangsweg (Received, neuester zuerst):"), self.received),
                                (tr("Vollständiger Kopfbereich (für die Polizei):"),
                                 self.raw_headers),
                                (tr("Text der Nachricht (als reiner Text, nie als HTML "
                                    "dargestellt):"), self.body),
                                (tr("Enthaltene Anhänge:"), self.parts)):
            email_layout.addWidget(QLabel(caption))
            email_layout.addWidget(widget)
        email_layout.addWidget(self.parts_note)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_button)
        store_row.addStretch(1)
        email_layout.addLayout(store_row)

        self.gps_check = QCheckBox(tr("GPS-Position in Exporte übernehmen"))
        self.gps_check.setToolTip(tr("Standard: nein. Der Aufnahmeort kann die Wohnung oder "
                                     "Wege der Betroffenen verraten."))
        self.gps_check.toggled.connect(self.gps_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.unreadable)
        layout.addWidget(self.nothing)
        layout.addWidget(summary_box)
        layout.addWidget(self.gps_check)
        layout.addWidget(self.email_box, 1)
        layout.addStretch(0)

    # -- content ----------------------------------------------------------------------------
    def load(self, attachment: Attachment | None, *, can_store_parts: bool = False) -> None:
        self.clear()
        if attachment is None:
            return
        self._can_store = can_store_parts
        self._gps_stored = attachment.gps_in_exports
        facts: EvidenceFacts = attachment.metadata
        if facts.unreadable:
            self.unreadable.setText(tr("{0} Das Original ist unverändert gespeichert.").format(
                notice_text(facts.unreadable)))
        self.unreadable.setVisible(bool(facts.unreadable))
        shown = False
        if facts.image is not None:
            self._show_image(facts.image, attachment.gps_in_exports)
            shown = True
        if facts.document is not None and facts.document.pages is not None:
            self._row(tr("Seiten:"), german().toString(facts.document.pages))
            shown = True
        if facts.media is not None:
            if facts.media.format:
                self._row(tr("Format:"), facts.media.format)
            self._row(tr("Dauer:"), duration_text(facts.media.duration_s)
                      if facts.media.duration_s is not None
                      else tr("nicht lesbar (die Datei ist trotzdem vollständig gespeichert)"))
            shown = True
        if facts.email is not None:
            self._show_email(facts.email)
            shown = True
        if facts.web is not None:
            self._show_web(facts.web)
            shown = True
        if facts.notices:
            self._row(tr("Hinweise:"), "\n".join(notice_text(n) for n in facts.notices))
        if facts.parsed_at is not None:
            self._row(tr("Ausgelesen am:"), moment_text(facts.parsed_at))
        self.nothing.setVisible(not shown and not facts.unreadable)

    def clear(self) -> None:
        """Drop every value (lock, or before showing another attachment)."""
        while self.summary.rowCount():
            self.summary.removeRow(0)
        while self.email_form.rowCount():
            self.email_form.removeRow(0)
        for view in (self.received, self.raw_headers, self.body):
            clear_text(view)
        self.parts.setRowCount(0)
        self.parts_note.clear()
        self.unreadable.clear()
        self.unreadable.hide()
        self.nothing.hide()
        self.email_box.hide()
        self.gps_check.blockSignals(True)
        self.gps_check.setChecked(False)
        self.gps_check.blockSignals(False)
        self.gps_check.hide()
        self._gps_stored = False
        self._has_gps = False
        self._can_store = False
        self._update_store_button()

    def gps_in_exports(self) -> bool:
        return self.gps_check.isChecked() if self._has_gps else self._gps_stored

    # -- parts ------------------------------------------------------------------------------
    def _row(self, caption: str, value: str, form: QFormLayout | None = None) -> QLabel:
        label = plain_label(value)
        (form or self.summary).addRow(caption, label)
        return label

    def _show_image(self, image: ImageFacts, gps_in_exports: bool) -> None:
        if image.format or image.width:
            self._row(tr("Bild:"), tr("{0}, {1} × {2} Pixel").format(
                image.format or "?", image.width, image.height))
        self._row(tr("Aufgenommen (EXIF):"), moment_text(image.taken_at)
                  if image.taken_at else tr("nicht angegeben"))
        self._row(tr("Kamera:"), image.camera or tr("nicht angegeben"))
        self._row(tr("Ausrichtung:"), orientation_text(image.orientation)
                  if image.orientation else tr("nicht angegeben"))
        if image.gps is None:
            self._row(tr("GPS-Position:"), tr("keine"))
            return
        gps = image.gps
        self._row(tr("GPS-Position:"), gps_text(gps.latitude, gps.longitude, gps.altitude_m))
        self.gps_check.blockSignals(True)
        self.gps_check.setChecked(gps_in_exports)
        self.gps_check.blockSignals(False)
        self._has_gps = True
        self.gps_check.show()

    def _show_web(self, web: WebCaptureFacts) -> None:
        """A saved web page: what the file says about itself (the saving browser's claim)."""
        self._row(tr("Gespeicherte Webseite:"), web.format or tr("unbekanntes Format"))
        if web.url:
            self._row(tr("Adresse (laut Datei):"), web.url)
        if web.title:
            self._row(tr("Titel der Seite:"), web.title)
        if web.saved_at is not None:
            self._row(tr("Gespeichert (laut Datei):"), dates.as_written(web.saved_at))

    def _show_email(self, mail: EmailFacts) -> None:
        date = moment_text(mail.date) if mail.date else (
            tr("{0} (nicht lesbar)").format(mail.date_raw) if mail.date_raw else "")
        for caption, value in ((tr("Von:"), mail.sender), (tr("An:"), mail.to),
                               (tr("Cc:"), mail.cc), (tr("Datum:"), date),
                               (tr("Betreff:"), mail.subject),
                               (tr("Message-ID:"), mail.message_id)):
            self._row(caption, value, self.email_form)
        if mail.problems:
            self._row(tr("Auffälligkeiten:"), notices_text(mail.problems), self.email_form)
        self.received.setPlainText("\n\n".join(mail.received))
        self.raw_headers.setPlainText(mail.raw_headers)
        body = mail.body_text
        if mail.body_from_html:
            body = tr("[Aus HTML in Text umgewandelt; Bilder und Links wurden nicht geladen.]") \
                + "\n\n" + body
        self.body.setPlainText(body)
        self.parts.setRowCount(len(mail.parts))
        for row, part in enumerate(mail.parts):
            for column, text in enumerate((display_name(part.name), part.media_type,
                                           exact_size(part.size))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, part.index)
                self.parts.setItem(row, column, item)
        self.parts.resizeColumnsToContents()
        notes = []
        if mail.parts_not_listed:
            notes.append(tr("{0} weitere Anhänge sind nicht aufgeführt.").format(
                mail.parts_not_listed))
        if mail.truncated:
            notes.append(tr("Kopfbereich oder Text waren zu lang und sind hier gekürzt; das "
                            "Original ist vollständig gespeichert."))
        self.parts_note.setText(" ".join(notes))
        self.email_box.show()
        self._update_store_button()

    def selected_part(self) -> int | None:
        rows = self.parts.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.parts.item(rows[0].row(), 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if isinstance(value, int) else None

    def _update_store_button(self) -> None:
        self.store_button.setVisible(self._can_store)
        self.store_button.setEnabled(self._can_store and self.selected_part() is not None)

    def _store_selected_part(self) -> None:
        index = self.selected_part()
        if index is not None:
            self.store_part.emit(index)
