"""An exception that escapes the app's own code is shown as one German sentence (once, not in a
loop) and its traceback goes to the log, not to a file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

import pytest

from tests.gui.support import ScriptedDialogs
from ui.crash import QUIET_SECONDS, UnexpectedErrorHook

ROOT = Path(__file__).resolve().parents[2]
GENERAL = ("Ein unerwarteter Fehler ist aufgetreten; bitte versuchen Sie es noch einmal (es "
           "wurde nichts halb gespeichert).")


def fail(exc: BaseException) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        raise exc
    except BaseException as caught:  # the test hands it to the hook
        return type(caught), caught, caught.__traceback__


def test_one_german_sentence_then_quiet_for_a_while(caplog: pytest.LogCaptureFixture) -> None:
    dialogs = ScriptedDialogs()
    now = [100.0]
    hook = UnexpectedErrorHook(dialogs, clock=lambda: now[0])
    with caplog.at_level(logging.ERROR, logger="ui.crash"):
        hook(*fail(KeyError("Bedrohung am Markt")))
        hook(*fail(ValueError("again")))
        now[0] += QUIET_SECONDS + 1
        hook(*fail(ValueError("later")))
    assert dialogs.errors == [GENERAL, GENERAL]
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [KeyError, ValueError,
                                                                      ValueError]
    assert "Traceback" in caplog.text and "Bedrohung am Markt" in caplog.text


def test_a_known_core_error_keeps_its_own_sentence() -> None:
    from storage.errors import NotDone, ReadOnlyError, StorageCode

    dialogs = ScriptedDialogs()
    hook = UnexpectedErrorHook(dialogs)
    hook(*fail(ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.ATTACHMENT_NOT_STORED)))
    assert len(dialogs.errors) == 1 and dialogs.errors[0] != GENERAL
    assert "schreibgeschützt" in dialogs.errors[0]


def test_ctrl_c_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: seen.append(t))
    dialogs = ScriptedDialogs()
    UnexpectedErrorHook(dialogs)(*fail(KeyboardInterrupt()))
    assert seen == [KeyboardInterrupt] and dialogs.errors == []


def test_off_the_gui_thread_only_the_log(caplog: pytest.LogCaptureFixture) -> None:
    dialogs = ScriptedDialogs()
    hook = UnexpectedErrorHook(dialogs)
    with caplog.at_level(logging.ERROR, logger="ui.crash"):
        worker = threading.Thread(target=lambda: hook(*fail(OSError("disk"))))
        worker.start()
        worker.join()
    assert dialogs.errors == []
    assert "OSError" in caplog.text


def test_the_app_shows_a_failing_slot_and_keeps_running(tmp_path: Path) -> None:
    """The real hook in a real Qt event loop: a slot raises, the user gets the sentence, the
    loop goes on to the next event, and the traceback is on stderr only."""
    script = tmp_path / "failing_slot.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.crash import install\n"
        "from ui.dialogs import Dialogs\n"
        "class Shown(Dialogs):\n"
        "    def error(self, parent, text):\n"
        "        print('shown:', text, flush=True)\n"
        "app = QApplication(sys.argv)\n"
        "install(Shown())\n"
        "def boom():\n"
        "    raise ZeroDivisionError('Drohbrief von M.')\n"
        "QTimer.singleShot(0, boom)\n"
        "QTimer.singleShot(20, lambda: (print('still running', flush=True), app.quit()))\n"
        "sys.exit(app.exec())\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"shown: {GENERAL}", "still running"]
    assert "ZeroDivisionError: Drohbrief von M." in result.stderr
    assert list(tmp_path.iterdir()) == [script]  # nothing written beside it
