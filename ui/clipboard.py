"""Text copied out of the app is cleared from the clipboard after a while (30 s by default)
if it is still there — so a case number or an address does not linger for the next program."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard.dataChanged.connect(self._on_changed)

    def set_seconds(self, seconds: float) -> None:
        """A new delay; a copy already waiting starts its countdown again with it."""
        self._timer.setInterval(int(seconds * 1000))

    def seconds(self) -> float:
        return self._timer.interval() / 1000

    def copy(self, text: str) -> None:
        self._clipboard.setText(text)
        self._remember(text)

    def _on_changed(self) -> None:
        # Any copy made inside the app (Ctrl+C in a text field too) is ours to clear; text
        # that another program put there is none of our business.
        if self._clipboard.ownsClipboard() or self._clipboard.text() == self._ours:
            self._remember(self._clipboard.text())
        else:
            self._ours = None
            self._timer.stop()

    def _remember(self, text: str) -> None:
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        if self._ours is not None and self._clipboard.text() == self._ours:
            self._clipboard.clear()
        self._ours = None
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()
