"""Windows' session messages lock the app: the native event filter reads the MSG structure
(built here with ctypes exactly as Windows lays it out) and the watcher turns a session
lock, disconnect, log-off or suspend into `session_locked`."""

from __future__ import annotations

import ctypes
from ctypes import wintypes

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from ui.locking import SessionWatcher
from ui.session_windows import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    WTS_SESSION_LOGOFF,
    WindowsSessionFilter,
)

WTS_SESSION_UNLOCK = 0x8
WTS_SESSION_LOGON = 0x5
PBT_APMRESUMEAUTOMATIC = 0x12
WM_PAINT = 0x000F


def deliver(filter_: WindowsSessionFilter, message: int, wparam: int,
            event_type: bytes = b"windows_generic_MSG") -> tuple[bool, int]:
    msg = wintypes.MSG(hWnd=None, message=message, wParam=wparam, lParam=1)
    pointer = shiboken6.VoidPtr(ctypes.addressof(msg))
    return filter_.nativeEventFilter(event_type, pointer)


@pytest.mark.parametrize(("message", "wparam"), [
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK), (WM_WTSSESSION_CHANGE, WTS_SESSION_LOGOFF),
    (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT), (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT),
    (WM_POWERBROADCAST, PBT_APMSUSPEND),
])
def test_locking_messages_lock(message: int, wparam: int) -> None:
    calls: list[int] = []
    filter_ = WindowsSessionFilter(lambda: calls.append(1))
    assert deliver(filter_, message, wparam) == (False, 0)  # never swallowed
    assert calls == [1]


@pytest.mark.parametrize(("message", "wparam", "event_type"), [
    (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, b"windows_generic_MSG"),
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOGON, b"windows_generic_MSG"),
    (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, b"windows_generic_MSG"),
    (WM_PAINT, WTS_SESSION_LOCK, b"windows_generic_MSG"),
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"xcb_generic_event_t"),
])
def test_other_messages_do_not(message: int, wparam: int, event_type: bytes) -> None:
    calls: list[int] = []
    filter_ = WindowsSessionFilter(lambda: calls.append(1))
    assert deliver(filter_, message, wparam, event_type) == (False, 0)
    assert calls == []


def test_watcher_emits_session_locked_for_a_windows_lock(qtbot: QtBot) -> None:
    watcher = SessionWatcher()
    watcher.watch_windows_messages()
    with qtbot.waitSignal(watcher.session_locked, timeout=1000):
        deliver(watcher.windows_hook.filter, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    watcher.windows_hook.close()
