"""Child process for the GUI start benchmark: starts either the real app (the way the
`vorfallbuch` command does, through cli.launcher, up to the unlock dialog) or a bare PySide6
window, and prints the wall-clock time at which the window was first shown, then quits.

Usage: python -m benchmarks.gui_start_child app VAULT_DIR | bare
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    if sys.argv[1] == "app":  # what the launcher does before Qt is loaded
        from cli.launcher import preimport_for_gui

        preimport_for_gui()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    shown: list[float] = []

    # The first turn of the event loop after a window was shown: the app shows its dialog
    # synchronously before it enters the loop, like the bare window. (An application-wide
    # Python event filter, used here before, sees every event of every widget and made
    # PySide6 build ~175 lazy types for the app's dialog alone: ~50 ms that the real app,
    # which has no such filter before unlocking, does not pay.)
    def first_window() -> None:
        if any(w.isVisible() and w.isWindow() for w in QApplication.topLevelWidgets()):
            shown.append(time.time())
            app.quit()
        else:
            QTimer.singleShot(1, first_window)

    QTimer.singleShot(0, first_window)
    if sys.argv[1] == "bare":
        window = QWidget()
        window.setWindowTitle("bare")
        window.show()
        app.exec()
    else:
        from cli.launcher import main as launch  # the path of `vorfallbuch --vault DIR`

        launch(["--vault", sys.argv[2]])
    print(shown[0] if shown else "nan")


if __name__ == "__main__":
    main()
