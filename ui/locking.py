"""When to lock by itself: after a while without input, and — where Qt or the system reports
it — when the screen locks or the machine goes to sleep."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from ui.session_windows import WindowsSessionHook

_MAX_TIMER_MS = 2**31 - 1  # QTimer takes a signed 32-bit interval
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or touch input in the app."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_minutes_to_ms(minutes))
        self._timer.timeout.connect(self.idle)
        self._active = False

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def set_minutes(self, minutes: float) -> None:
        """A new delay, counted from now if the watcher is running."""
        self._timer.setInterval(_minutes_to_ms(minutes))
        if self._active:
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._timer.start()
        return False


def _minutes_to_ms(minutes: float) -> int:
    return min(max(int(minutes * 60_000), 1), _MAX_TIMER_MS)


class SessionWatcher(QObject):
    """Emits `session_locked` when the screen locks, the session is switched or the machine
    sleeps. Sources: Qt's application state (suspended), and on Linux the freedesktop
    ScreenSaver and login1 D-Bus signals when QtDBus and a bus are there; on Windows the WTS
    session notifications and the suspend broadcast (ui/session_windows.py). Where nothing
    reports it, the idle timer still locks."""

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
            self.sources.append("qt-application-state")
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        self.windows_hook: WindowsSessionHook | None = None
        if sys.platform == "win32":  # pragma: no cover - needs Windows
            self.watch_windows_messages()

    def watch_windows_messages(self) -> None:
        """Read Windows' session and power messages (on Windows also registers for them)."""
        from ui.session_windows import WindowsSessionHook

        self.windows_hook = hook = WindowsSessionHook(self.session_locked.emit)
        self.destroyed.connect(hook.close)
        if hook.registered:  # pragma: no cover - needs Windows
            self.sources.append("windows-session")

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.session_locked.emit()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                # PySide6's stubs type the slot as bytes; SLOT() gives the str Qt takes.
                if session.connect(service, path, service, "ActiveChanged", self,  # type: ignore[call-overload]
                                   SLOT("on_screensaver(bool)")):
                    self.sources.append(service)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(  # type: ignore[call-overload]  # as above
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self, SLOT("on_sleep(bool)")):
            self.sources.append("login1")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.session_locked.emit()
