"""'Tresor prüfen…': the integrity check (verify) of the whole vault in a job, its report in
German: every damaged incident, contact, attachment or history link named (an attachment by
its file name and incident, as its record still opens), and what to do about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.progress import CancelFn, Progress
from app.service import VaultService
from ui.messages import describe
from ui.widgets import fit_to_screen, keyboard_list
from ui.worker import JobDialog

if TYPE_CHECKING:
    from app.service import Finding, VerifyReport

KINDS = {"incident": QT_TRANSLATE_NOOP("VerifyDialog", "Vorfall"),
         "person": QT_TRANSLATE_NOOP("VerifyDialog", "Kontakt"),
         "attachment": QT_TRANSLATE_NOOP("VerifyDialog", "Anhang"),
         "database": QT_TRANSLATE_NOOP("VerifyDialog", "Datenbank"),
         "chain": QT_TRANSLATE_NOOP("VerifyDialog", "Verlauf")}


def tr(text: str) -> str:
    return QCoreApplication.translate("VerifyDialog", text)


def kind_label(kind: str) -> str:
    return tr(str(KINDS[kind])) if kind in KINDS else kind


class VerifyDialog(JobDialog):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.report: VerifyReport | None = None
        self.setWindowTitle(tr("Tresor prüfen"))
        fit_to_screen(self, 760, 460)
        intro = QLabel(tr("Die Prüfung öffnet jeden Eintrag und jede Datei des Tresors, "
                          "vergleicht jede Datei mit ihrer SHA-256-Prüfsumme und rechnet den "
                          "Verlauf Glied für Glied nach. Sie ändert nichts."), wordWrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("verify_result")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3)
        keyboard_list(self.table, tr("Beschädigte Einträge"))
        self.table.setHorizontalHeaderLabels([tr("Art"), tr("Was"), tr("Befund")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(tr("Gefundene Schäden"))
        self.table.setVisible(False)
        self.advice = QLabel(wordWrap=True)
        self.advice.setVisible(False)
        self.again_button = QPushButton(tr("&Erneut prüfen"))
        self.again_button.clicked.connect(self.start)
        self.close_button = QPushButton(tr("Schließen"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)

    def start(self) -> None:
        if self.job is not None:
            return
        service = self._service

        def work(_progress: Progress, _cancelled: CancelFn) -> VerifyReport:
            return service.verify()

        self.report = None
        self.table.setVisible(False)
        self.advice.setVisible(False)
        self.progress.setVisible(True)
        self.again_button.setEnabled(False)
        self.summary.setText(tr("Der Tresor wird geprüft …"))
        self.run_job(work, self._show, self._failed)

    def job_changed(self) -> None:
        self.progress.setVisible(self.is_busy())
        self.again_button.setEnabled(not self.is_busy())

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(describe(exc))
        self._advise()

    def _show(self, report: VerifyReport) -> None:
        self.report = report
        checked = len(report.findings)
        if report.ok:
            self.summary.setText(tr("Der Tresor ist unversehrt: {0} Einträge und Dateien sind "
                                   "geprüft, der Verlauf ist lückenlos ({1} Glieder).")
                                .format(checked, report.chain_length))
            return
        failures = report.failures
        self.summary.setText(tr("Beschädigt: {0} von {1} geprüften Einträgen und Dateien; "
                               "alles andere ist lesbar.").format(len(failures), checked))
        self.table.setRowCount(len(failures))
        for row, finding in enumerate(failures):
            cells = (kind_label(finding.kind), self._what(finding),
                     describe(finding.problem) if finding.problem is not None else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, min(self.table.sizeHintForColumn(1), 300))
        self.table.setVisible(True)
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)  # once laid out
        self._advise()

    def _what(self, finding: Finding) -> str:
        """An attachment by its name and incident, where its record still opens; else the
        short id that the command line's verify also prints."""
        if finding.kind == "attachment":
            try:
                attachment = self._service.get_attachment(finding.id).value
                title = self._service.get_incident(attachment.incident_id).value.title
            except Exception:  # the record itself is damaged: its id is all there is
                return finding.id[:8]
            return tr("„{0}“ im Vorfall „{1}“").format(attachment.original_name, title)
        return finding.id[:8] if finding.kind in ("incident", "person", "attachment") \
            else finding.id

    def _advise(self) -> None:
        self.advice.setText(tr("Was tun: Stellen Sie die letzte Sicherung in einem neuen "
                               "Ordner wieder her und prüfen Sie sie; vergleichen Sie, was "
                               "hier noch lesbar ist, mit der Sicherung, und behalten Sie "
                               "diesen Tresor, bis nichts mehr fehlt."))
        self.advice.setVisible(True)

    def reject(self) -> None:
        # verify cannot stop half-way, and it changes nothing: the dialog closes at once and
        # what the check still finds goes nowhere.
        self.let_job_go()
        super().reject()
