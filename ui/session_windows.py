"""Screen lock, session switch and sleep on Windows: WTS session notifications and power
broadcasts, read by a native event filter (the Windows part of ui.locking.SessionWatcher).

Windows sends WM_WTSSESSION_CHANGE only to windows registered with
WTSRegisterSessionNotification; a hidden native window (never shown) is registered for the
app's lifetime. WM_POWERBROADCAST/PBT_APMSUSPEND arrives at every top-level window without
registration. The filter itself is plain ctypes over the MSG structure, so it is tested on
every platform; only the registration needs Windows.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from ctypes import wintypes
from typing import SupportsInt

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
# Each means nobody is at this screen any more: lock.
LOCKING_SESSION_EVENTS = frozenset(
    {WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOGOFF, WTS_SESSION_LOCK})
MESSAGE_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


def is_locking_message(message: int, wparam: int) -> bool:
    if message == WM_WTSSESSION_CHANGE:
        return wparam in LOCKING_SESSION_EVENTS
    return message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Calls `on_lock` for a session lock, disconnect, log-off or suspend; never swallows the
    message (Qt and other filters still see it)."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: QByteArray | bytes | bytearray | memoryview,
                          message: SupportsInt | None) -> tuple[bool, int]:
        # `message` is a shiboken VoidPtr without a size (the stubs say int): test it by
        # address, not by truth. A QByteArray is a buffer, which the stubs do not declare.
        name = bytes(event_type)  # type: ignore[arg-type]
        if name in MESSAGE_TYPES and message is not None and int(message):
            msg = wintypes.MSG.from_address(int(message))
            if is_locking_message(int(msg.message), int(msg.wParam)):
                self._on_lock()
        return False, 0


class WindowsSessionHook:
    """Installs the filter and, on Windows, registers a hidden window for session changes."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        self.filter = WindowsSessionFilter(on_lock)
        self.registered = False
        self._window: QWidget | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
        if sys.platform == "win32":  # pragma: no cover - needs Windows
            self._register()

    def _register(self) -> None:  # pragma: no cover - needs Windows
        self._window = QWidget()
        hwnd = wintypes.HWND(int(self._window.winId()))
        wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        self.registered = bool(wtsapi.WTSRegisterSessionNotification(
            hwnd, NOTIFY_FOR_THIS_SESSION))

    def close(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
        if self.registered and self._window is not None:  # pragma: no cover - needs Windows
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            wtsapi.WTSUnRegisterSessionNotification(wintypes.HWND(int(self._window.winId())))
            self.registered = False
        if self._window is not None:
            self._window.deleteLater()
            self._window = None
