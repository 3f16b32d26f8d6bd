"""Runtime hook of the frozen build (build.spec), in place of PyInstaller's pyi_rth_pyside6.

That hook imports PySide6.QtCore at every start, only to register a qt.conf that PySide6's
wheels register themselves when QtCore is first imported. It made every command-line call and
every intake sandbox child load Qt and shiboken (~0.1 s, and Qt in the process that parses
hostile files), and it loaded Qt before cli/launcher.py's preimport_for_gui, whose point is
that the modules the unlock dialog needs are imported before PySide6's import hook is active.
This hook sets what the other one set in the environment, and imports nothing."""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]  # frozen only
if sys.platform != "win32":
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if sys.platform == "win32":  # Qt's plugins find the Qt DLLs beside them
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")  # type: ignore[attr-defined]
del _qt
