"""'Verlauf': the vault's history chain as a table (when, who, what, which entry), filterable by
kind and by text, with the chain's state above it: "lückenlos geprüft" once every link has been
recomputed from the first, or the link where it breaks. The same entries as the command line's
`vorfallbuch log`; record contents are never shown (the chain holds none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.progress import CancelFn, Progress
from app.service import VaultService
from app.texts import dates
from ui.messages import describe
from ui.widgets import fit_to_screen, keyboard_list
from ui.worker import JobDialog

RECORD_KINDS = {"incident": QT_TRANSLATE_NOOP("HistoryDialog", "Vorfall"),
                "person": QT_TRANSLATE_NOOP("HistoryDialog", "Kontakt"),
                "attachment": QT_TRANSLATE_NOOP("HistoryDialog", "Anhang")}
EVENTS = {"create": QT_TRANSLATE_NOOP("HistoryDialog", "angelegt"),
          "update": QT_TRANSLATE_NOOP("HistoryDialog", "geändert"),
          "delete": QT_TRANSLATE_NOOP("HistoryDialog", "gelöscht")}
USER_ACTIONS = {"vault-created": QT_TRANSLATE_NOOP("HistoryDialog", "Tresor angelegt"),
                "user-added": QT_TRANSLATE_NOOP("HistoryDialog", "Benutzer hinzugefügt"),
                "user-removed": QT_TRANSLATE_NOOP("HistoryDialog", "Benutzer entfernt"),
                "role-changed": QT_TRANSLATE_NOOP("HistoryDialog", "Rolle geändert"),
                "passphrase-changed": QT_TRANSLATE_NOOP("HistoryDialog",
                                                        "Passphrase geändert"),
                "recovery-renewed": QT_TRANSLATE_NOOP("HistoryDialog",
                                                      "Wiederherstellungscode erneuert"),
                "recovered": QT_TRANSLATE_NOOP("HistoryDialog",
                                               "Passphrase mit dem Wiederherstellungscode "
                                               "neu gesetzt")}
ROLES = {"owner": QT_TRANSLATE_NOOP("HistoryDialog", "Inhaber"),
         "clerk": QT_TRANSLATE_NOOP("HistoryDialog", "Mitarbeiter")}
# The filter's groups: the chain's kinds each belongs to.
GROUPS = [(QT_TRANSLATE_NOOP("HistoryDialog", "alle Einträge"), ()),
          (QT_TRANSLATE_NOOP("HistoryDialog", "Vorfälle, Kontakte, Anhänge"),
           ("revision", "tombstone", "purge")),
          (QT_TRANSLATE_NOOP("HistoryDialog", "Exporte"), ("export",)),
          (QT_TRANSLATE_NOOP("HistoryDialog", "Sicherungen"), ("backup",)),
          (QT_TRANSLATE_NOOP("HistoryDialog", "Benutzer und Schlüssel"), ("user",))]
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def describe_entry(entry: dict[str, Any], names: dict[str, str]) -> tuple[str, str]:
    """(what happened, which entry it concerns) in German, from one chain entry."""
    kind = str(entry.get("kind", ""))
    if isinstance(entry.get("error"), StorageError):
        return describe(entry["error"]), ""
    target = ""
    if entry.get("record_kind"):
        kind_name = str(entry["record_kind"])
        target = f"{tr(str(RECORD_KINDS.get(kind_name, kind_name)))} " \
                 f"{str(entry.get('record_id', ''))[:8]}"
    if kind in ("revision", "tombstone"):
        event = str(entry.get("event", ""))
        return tr(str(EVENTS.get(event, event))), target
    if kind == "purge":
        return tr("endgültig gelöscht ({0} Fassungen geleert)").format(
            entry.get("revisions_removed", 0)), target
    if kind == "user":
        action = str(entry.get("action", ""))
        who = str(entry.get("user_name") or names.get(str(entry.get("user_id", "")), ""))
        what = tr(str(USER_ACTIONS.get(action, action)))
        role = entry.get("role")
        if role in ROLES:
            what = tr("{0} als {1}").format(what, tr(str(ROLES[str(role)])))
        return what, who
    if kind == "backup":
        return tr("Sicherung angelegt (Einträge: {0}; Anhänge: {1})").format(
            entry.get("records", 0), entry.get("attachments", 0)), ""
    if kind == "export":
        profile = str(entry.get("profile", ""))
        recipient = str(entry.get("recipient", "")) or tr("ohne Empfänger")
        return tr("Dossier exportiert: „{0}“, Profil {1}, für {2}, {3} Seiten").format(
            entry.get("file_name", ""), profile.capitalize(), recipient,
            entry.get("pages", 0)), ""
    return kind, target


class HistoryDialog(JobDialog):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(tr("Verlauf"))
        fit_to_screen(self, 980, 560)
        self.state = QLabel(tr("Der Verlauf wird Glied für Glied nachgerechnet …"),
                            wordWrap=True)
        self.state.setObjectName("chain_state")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QComboBox()
        self.group.setAccessibleName(tr("Welche Einträge"))
        for label, kinds in GROUPS:
            self.group.addItem(tr(str(label)), kinds)
        self.search = QLineEdit(placeholderText=tr("Suchen (Name, Empfänger, Kennung) …"))
        self.search.setAccessibleName(tr("Im Verlauf suchen"))
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([tr("Nr."), tr("Wann"), tr("Wer"), tr("Was"),
                                              tr("Betrifft")])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        keyboard_list(self.table, tr("Einträge des Verlaufs"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Verlauf des Tresors"))
        self.count = QLabel()
        close_button = QPushButton(tr("Schließen"))
        close_button.clicked.connect(self.reject)
        close_button.setDefault(True)
        filters = QHBoxLayout()
        filters.addWidget(self.group)
        filters.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.group.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self._fill()
        self._check_chain()

    def _fill(self) -> None:
        try:
            entries = self._service.log()
            names = self._service.user_names()
        except StorageError as exc:
            self.state.setText(describe(exc))
            return
        for entry in entries:
            what, target = describe_entry(entry, names)
            at = str(entry.get("at", ""))
            seq = QStandardItem()
            seq.setData(int(entry.get("seq", 0)), Qt.ItemDataRole.DisplayRole)
            seq.setData(str(entry.get("kind", "")), KIND_ROLE)
            cells = [seq, QStandardItem(dates.local(at, seconds=True) if at else ""),
                     QStandardItem(str(entry.get("author_name", ""))), QStandardItem(what),
                     QStandardItem(target)]
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self._filter()

    def _filter(self, *_args: object) -> None:
        self.proxy.set_filter(tuple(self.group.currentData() or ()), self.search.text())
        self.count.setText(tr("{0} von {1} Einträgen").format(self.proxy.rowCount(),
                                                             self.model.rowCount()))

    def _check_chain(self) -> None:
        service = self._service

        def work(_progress: Progress, _cancelled: CancelFn) -> object:
            return service.verify_chain()

        self.run_job(work, self._chain_checked, self._chain_failed)

    def _chain_failed(self, exc: BaseException) -> None:
        self.state.setText(describe(exc))

    def _chain_checked(self, report: Any) -> None:
        broken = [f for f in report.failures]
        if not broken:
            self.state.setText(tr("Der Verlauf ist lückenlos geprüft: {0} Glieder, jedes mit "
                                  "dem vorigen verkettet; nichts wurde nachträglich geändert, "
                                  "entfernt oder eingefügt.").format(report.chain_length))
            return
        problem = broken[0].problem
        self.state.setText(tr("Der Verlauf ist bis Glied {0} lückenlos; danach ist er "
                              "unterbrochen: {1}").format(
            report.chain_length, describe(problem) if problem is not None else ""))

    def reject(self) -> None:
        self.let_job_go()  # the check changes nothing: close at once
        super().reject()


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._kinds: tuple[str, ...] = ()
        self._text = ""

    def set_filter(self, kinds: tuple[str, ...], text: str) -> None:
        self.beginFilterChange()  # Qt 6.10's replacement of invalidateFilter()
        self._kinds, self._text = kinds, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        model = self.sourceModel()
        if self._kinds and model.index(row, 0, parent).data(KIND_ROLE) not in self._kinds:
            return False
        if not self._text:
            return True
        return any(self._text in str(model.index(row, column, parent).data() or "").casefold()
                   for column in range(model.columnCount()))
