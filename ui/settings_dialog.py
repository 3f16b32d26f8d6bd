"""Einstellungen: how soon the app locks itself without input, how long text copied out of
the app stays on the clipboard, and the language (from the next start on: Qt's widgets are
not re-translated while they are on screen). The spin boxes only take values within the
bounds declared in app/settings.py; a half-typed value (an empty box, a 0) is named in German
and cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, Bounds, Settings
from ui.widgets import button_row

# Each language named in itself, as language menus do: whoever cannot read the current one
# still finds her own.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


class SettingsDialog(QDialog):
    chosen = Signal(int, int)  # auto-lock minutes, clipboard clearing seconds
    language_chosen = Signal(str)  # "de" or "en", when it differs from the current one

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(460)
        self.auto_lock = _spin_box(AUTO_LOCK_MINUTES, settings.auto_lock_minutes,
                                   self.tr("Minuten ohne Eingabe"))
        self.auto_lock.setObjectName("auto_lock_minutes")
        self.clipboard = _spin_box(CLIPBOARD_CLEAR_SECONDS, settings.clipboard_clear_seconds,
                                   self.tr("Sekunden"))
        self.clipboard.setObjectName("clipboard_clear_seconds")
        self._language = settings.language
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Sprache"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(wordWrap=True)
        self.language_note.setObjectName("language_note")
        self.language.currentIndexChanged.connect(self._language_changed)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")

        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Standardwerte"))
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Automatisch sperren nach:"), self.auto_lock)
        form.addRow(self.tr("Zwischenablage leeren nach:"), self.clipboard)
        form.addRow(self.tr("&Sprache / Language:"), self.language)
        form.addRow("", self.language_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Vorfallbuch sperrt sich nach {0} bis {1} Minuten ohne Eingabe. Text, den Sie aus "
            "Vorfallbuch kopieren, wird nach {2} bis {3} Sekunden aus der Zwischenablage "
            "gelöscht, wenn er dann noch dort steht.").format(
            *AUTO_LOCK_MINUTES, *CLIPBOARD_CLEAR_SECONDS), wordWrap=True))
        layout.addWidget(self.status)
        layout.addLayout(button_row([self.save_button], cancel, [self.defaults_button]))
        self.auto_lock.lineEdit().textChanged.connect(self._update)
        self.clipboard.lineEdit().textChanged.connect(self._update)
        self._update()

    def problem(self) -> str:
        """What keeps the values from being saved, in German; empty when they can be."""
        if not self.auto_lock.hasAcceptableInput():
            return self.tr("Bitte geben Sie bei „Automatisch sperren“ eine ganze Zahl von {0} "
                           "bis {1} Minuten ein.").format(*AUTO_LOCK_MINUTES)
        if not self.clipboard.hasAcceptableInput():
            return self.tr("Bitte geben Sie bei „Zwischenablage leeren“ eine ganze Zahl von "
                           "{0} bis {1} Sekunden ein.").format(*CLIPBOARD_CLEAR_SECONDS)
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.status.setText(problem)
        self.save_button.setEnabled(not problem)

    def _language_changed(self) -> None:
        changed = self.language.currentData() != self._language
        # Said in both languages: whoever just chose English may not read German.
        self.language_note.setText(self.tr(
            "Die Sprache wechselt beim nächsten Start. / The language changes at the next "
            "start.") if changed else "")

    def restore_defaults(self) -> None:
        defaults = Settings()
        self.auto_lock.setValue(defaults.auto_lock_minutes)
        self.clipboard.setValue(defaults.clipboard_clear_seconds)

    def save(self) -> None:
        if self.problem():
            self._update()
            return
        self.auto_lock.interpretText()
        self.clipboard.interpretText()
        self.chosen.emit(self.auto_lock.value(), self.clipboard.value())
        language = str(self.language.currentData())
        if language != self._language:
            self.language_chosen.emit(language)
        self.accept()


def _spin_box(bounds: Bounds, value: int, unit: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(bounds.low, bounds.high)
    box.setValue(bounds.clamp(value))
    box.setSuffix(" " + unit)
    box.setAccelerated(True)
    return box
