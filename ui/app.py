"""Start the desktop app. Only Qt, the unlock dialog and the standard library load before the
dialog is on screen; the vault code loads in the background while the user types."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import resource_dir
from app.start_settings import read_start_settings, settings_path
from ui.dialogs import Dialogs

if TYPE_CHECKING:
    from app.progress import CancelFn, Progress
    from ui.controller import AppController
    from ui.warmup import QtWarmup

I18N = resource_dir() / "i18n"
# Set (to anything): the app quits as soon as its first window is shown and prints when that
# was (report_first_window); for measuring the start, never needed otherwise.
START_PROBE_ENV = "VORFALLBUCH_START_PROBE"


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """German is the source language; English comes from resources/i18n/vorfallbuch_en.qm."""
    if language != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(I18N / "vorfallbuch_en.qm")):
        app.installTranslator(translator)
        return translator
    return None


_qt_translator: list[QTranslator] = []  # the one installed (start() runs once per test too)


def install_qt_translation(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts (Save/Discard/Cancel, the file and print dialogs) in German from the
    qtbase_de catalogue PySide6 ships; in English they are Qt's source texts already, so a
    German catalogue installed before is removed."""
    if language != "de":
        while _qt_translator:
            app.removeTranslator(_qt_translator.pop())
        return None
    if _qt_translator:
        return _qt_translator[0]
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.German, QLocale.Country.Germany), "qtbase",
                       "_", folder):
        app.installTranslator(translator)
        _qt_translator.append(translator)
        return translator
    return None


def preload() -> QtWarmup:
    """Import what the unlocked app needs, off the GUI thread (imports take most of a second),
    then build Qt's lazy types on the GUI thread in short idle slices (ui/warmup.py)."""
    from ui.warmup import QtWarmup
    from ui.worker import Job  # a fire-and-forget job: Job.start keeps it alive until done

    def work(_progress: Progress, _cancelled: CancelFn) -> None:
        import app.service
        import app.settings  # noqa: F401 (pydantic: the full settings, needed once unlocked)
        import ui.main_window  # noqa: F401

        with contextlib.suppress(ImportError):  # the screen-lock watcher's bus (not on Windows)
            import PySide6.QtDBus  # noqa: F401

    warmup = QtWarmup(QCoreApplication.instance())
    job = Job(work)
    job.finished.connect(warmup.start)
    job.start()
    return warmup


def start(folder: Path) -> AppController:
    """Everything up to the unlock dialog (or the setup wizard) on screen."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Vorfallbuch")
    app.setApplicationDisplayName("Vorfallbuch")
    path = settings_path()
    start_values = read_start_settings(path)  # without pydantic: see app/start_settings.py
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany)
                       if start_values.language == "de" else QLocale(QLocale.Language.English))
    install_translation(app, start_values.language)
    install_qt_translation(app, start_values.language)
    from ui.controller import AppController

    controller = AppController(folder, start_values, path, Dialogs(), parent=app)
    controller.start()
    # Load the rest once the dialog is painted, so the first paint does not share the GIL.
    QTimer.singleShot(150, preload)
    return controller


def run(folder: Path) -> int:
    from ui import qt_log
    from ui.crash import install

    qt_log.install()  # Qt's plugins' warnings to the log file (app/logs.py), not the terminal
    install(Dialogs())  # here, not in start(): tests keep pytest-qt's own hook
    controller = start(folder)
    if controller.refused is not None:  # the vault is open in another Vorfallbuch
        from ui.single_instance import Claim

        if controller.refused is Claim.RAISED_OTHER:
            # For whoever started it from a terminal: why no window opened.
            print(controller.refusal_text(controller.refused), file=sys.stderr)
            return 0
        return 1
    if os.environ.get(START_PROBE_ENV):
        report_first_window()
    return QApplication.exec()


def report_first_window() -> None:
    """Print the wall-clock time (time.time()) at which the first window is on screen, then
    quit: the start measurement of `./run build --check` (tools/frozen_smoke.py), the same for
    the frozen app and the app from source. Checked in the event loop's first turns: start()
    shows the unlock dialog or the wizard before the loop runs."""

    def check() -> None:
        if any(w.isVisible() and w.isWindow() for w in QApplication.topLevelWidgets()):
            print(f"{START_PROBE_ENV} {time.time():.6f}", flush=True)
            QApplication.quit()
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
