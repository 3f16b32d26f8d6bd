"""The row that shows a running intake: what is being added, how far, and 'Abbrechen'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.attachments.pages import plain_label


def tr(text: str) -> str:
    return QCoreApplication.translate("Attachments", text)


class IntakeProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = plain_label(selectable=False)
        self._bar = QProgressBar()
        self._bar.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Abbrechen"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label, 2)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self) -> None:
        self._label.setText(tr("Dateien werden verschlüsselt hinzugefügt …"))
        self._bar.setRange(0, 1)
        self._bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int, text: str) -> None:
        self._bar.setRange(0, max(1, total))
        self._bar.setValue(done)
        if text and self.cancel_button.isEnabled():
            self._label.setText(text)

    def stop(self) -> None:
        self.hide()
        self._label.clear()  # it named a file: nothing decrypted or private stays behind
        self._bar.reset()

    def text(self) -> str:
        return self._label.text()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self._label.setText(tr("Wird abgebrochen – die Datei, die gerade hinzugefügt wird, "
                               "wird noch fertig gespeichert …"))
        self.cancel_requested.emit()
