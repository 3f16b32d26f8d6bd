"""Text copied out of the app is cleared from the clipboard after a while (30 s by default)
if it is still there — so a case number or an address does not linger for the next program.

Every copy of ours, also Ctrl+C in a text field, is marked so that clipboard histories keep no
copy of it: Windows' history (Win+V) and cloud clipboard read the formats
"CanIncludeInClipboardHistory" and "CanUploadToCloudClipboard" (a DWORD 0 says no) and
"ExcludeClipboardContentFromMonitorProcessing"; KDE's Klipper reads
"x-kde-passwordManagerHint" ("secret"), as KeePassXC marks its copies. Locking clears both the
clipboard and, on X11, the PRIMARY selection (text selected in a field), when they hold ours."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
NO = b"\x00\x00\x00\x00"  # a DWORD 0
EXCLUSION_FORMATS: dict[str, bytes] = {
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): NO,
    _WINDOWS.format("CanIncludeInClipboardHistory"): NO,
    _WINDOWS.format("CanUploadToCloudClipboard"): NO,
    "x-kde-passwordManagerHint": b"secret",
}


def marked(text: str) -> QMimeData:
    """The text, with the formats that keep it out of clipboard histories."""
    data = QMimeData()
    data.setText(text)
    for name, value in EXCLUSION_FORMATS.items():
        data.setData(name, QByteArray(value))
    return data


def is_marked(data: QMimeData | None) -> bool:
    return data is not None and all(data.hasFormat(name) for name in EXCLUSION_FORMATS)


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
        self._clipboard.setMimeData(marked(text))
        self._remember(text)

    def _on_changed(self) -> None:
        # Any copy made inside the app (Ctrl+C in a text field too) is ours to clear; text
        # that another program put there is none of our business.
        if self._clipboard.ownsClipboard() or self._clipboard.text() == self._ours:
            text = self._clipboard.text()
            if text and self._clipboard.ownsClipboard() and not self._is_marked():
                # A field's own copy: put it back marked, once this signal is over (replacing
                # the data inside its own change signal crashes PySide); the change comes
                # again, marked.
                QTimer.singleShot(0, self, lambda: self._mark(text))
            self._remember(text)
        else:
            self._ours = None
            self._timer.stop()

    def _is_marked(self) -> bool:
        return all(self._clipboard.mimeData().hasFormat(name) for name in EXCLUSION_FORMATS)

    def _mark(self, text: str) -> None:
        if self._clipboard.ownsClipboard() and self._clipboard.text() == text and \
                not self._is_marked():
            self._clipboard.setMimeData(marked(text))

    def _remember(self, text: str) -> None:
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        if self._ours is not None and self._clipboard.text() == self._ours:
            self._clipboard.clear()
        self._ours = None
        self._timer.stop()

    def clear_for_lock(self) -> None:
        """At locking: our clipboard text, and the PRIMARY selection if this app holds it
        (X11 keeps selected text there, readable by any program, until another selection)."""
        self.clear_if_ours()
        mode = QClipboard.Mode.Selection
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(mode)

    def pending(self) -> bool:
        return self._timer.isActive()
