"""Every test has a time limit (pyproject.toml: pytest-timeout, 300 s, the thread method), so a
test that waits on a real dialog or a hung child fails and names itself instead of stalling CI.
Proven on a tiny test file in a child pytest with a short limit: a sleep and a modal dialog's
exec() (which never returns to Python, so only the thread method ends it)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

STUCK = '''
import time

def test_sleeps_past_the_limit():
    time.sleep(60)

def test_never_reached():
    pass
'''

DIALOG = '''
from PySide6.QtWidgets import QMessageBox

def test_waits_on_a_real_dialog(qtbot):
    box = QMessageBox()
    box.setText("nobody will answer")
    box.exec()
'''


def run_child(tmp_path: Path, source: str) -> tuple[subprocess.CompletedProcess[str], float]:
    (tmp_path / "test_stuck.py").write_text(source, encoding="utf-8")
    # The project's own pytest settings (timeout method, qt_api), read from its pyproject.toml;
    # only the limit is shortened for the proof.
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
               "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path),
               "--timeout=2", str(tmp_path / "test_stuck.py")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    return done, time.monotonic() - start


def test_the_configured_limit_is_300_seconds_with_the_thread_method(
        pytestconfig: pytest.Config) -> None:
    assert pytestconfig.getini("timeout") == "300"
    assert pytestconfig.getini("timeout_method") == "thread"


def test_a_test_that_sleeps_past_the_limit_fails_with_timeout(tmp_path: Path) -> None:
    done, seconds = run_child(tmp_path, STUCK)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out
    assert "Timeout" in out, out
    assert "test_sleeps_past_the_limit" in out, out
    assert seconds < 50, seconds


def test_a_test_stuck_in_a_modal_dialog_fails_with_timeout(tmp_path: Path) -> None:
    done, seconds = run_child(tmp_path, DIALOG)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out
    assert "Timeout" in out, out
    assert "box.exec()" in out, out
    assert seconds < 50, seconds
