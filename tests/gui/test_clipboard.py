"""Copies leave no trace in clipboard histories, and locking clears the PRIMARY selection too
(ui/clipboard.py). The marks are read back from the clipboard's own mime data; PRIMARY needs a
real X11 server (Xvfb), in a child process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ui.clipboard import ClipboardGuard

ROOT = Path(__file__).resolve().parents[2]


def _formats() -> dict[str, bytes]:
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None
    return {name: bytes(data.data(name).data()) for name in data.formats()}


def test_a_copy_carries_the_history_and_cloud_exclusions(qtbot: QtBot) -> None:
    guard = ClipboardGuard(30)
    guard.copy("Az. 123 Js 4567/26")
    formats = _formats()
    assert QGuiApplication.clipboard().text() == "Az. 123 Js 4567/26"
    dword_zero = b"\x00\x00\x00\x00"
    assert formats['application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'] \
        == dword_zero
    assert formats['application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'] \
        == dword_zero
    assert 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"' \
        in formats
    assert formats["x-kde-passwordManagerHint"] == b"secret"
    guard.clear_for_lock()
    assert QGuiApplication.clipboard().text() == ""


PRIMARY_CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from ui.clipboard import ClipboardGuard, is_marked

    app = QApplication(sys.argv)
    clipboard = QGuiApplication.clipboard()
    if not clipboard.supportsSelection():
        print("NO-SELECTION"); sys.exit(0)

    def settle():
        QTest.qWait(300)

    guard = ClipboardGuard(30)
    field = QLineEdit("Max Muster, Drohbrief vom 14.03.")
    field.resize(400, 30)
    field.show()
    field.activateWindow()
    QTest.qWaitForWindowExposed(field)
    # A user's mouse selection: press, drag across the text, release: the text goes to PRIMARY.
    middle = field.height() // 2
    QTest.mousePress(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(2, middle))
    QTest.mouseMove(field, QPoint(395, middle))
    QTest.mouseRelease(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(395, middle))
    settle()
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # and Ctrl+C
    settle()
    print(repr(clipboard.text(QClipboard.Mode.Selection)))
    print(repr(clipboard.text()), is_marked(clipboard.mimeData()), guard.pending())
    guard.clear_for_lock()
    settle()
    print(repr(clipboard.text(QClipboard.Mode.Selection)), repr(clipboard.text()))
""")


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("Xvfb") is None,
                    reason="PRIMARY is X11's: needs Xvfb (./run libs desktop)")
def test_a_fields_copy_is_marked_and_locking_clears_the_primary_selection() -> None:
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x720x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        if server.poll() is not None:
            pytest.skip("Xvfb did not start")
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "PYTHONPATH": str(ROOT)}
        child = subprocess.run([sys.executable, "-c", PRIMARY_CHILD], env=env, cwd=ROOT,
                               capture_output=True, text=True, timeout=60)
        if "could not load the Qt platform plugin" in child.stderr or \
                "Could not load the Qt platform plugin" in child.stderr:
            pytest.skip("the xcb plugin's libraries are missing (./run libs desktop)")
        assert child.returncode == 0, child.stderr
        lines = child.stdout.splitlines()
        assert lines and lines[0] != "NO-SELECTION", child.stdout
        text = repr("Max Muster, Drohbrief vom 14.03.")
        assert lines[0] == text, child.stdout  # selected: in PRIMARY
        assert lines[1] == f"{text} True True", child.stdout  # Ctrl+C: marked, guarded
        assert lines[2] == "'' ''", child.stdout  # locked: both cleared
    finally:
        server.kill()
        server.wait()
