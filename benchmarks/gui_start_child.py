"""Child process for the GUI start benchmark: starts either the real app (the way the
`vorfallbuch` command does, through ui.launcher, up to the unlock dialog) or a bare PySide6
window, and prints the wall-clock time at which the window was first shown, then quits.

Usage: python -m benchmarks.gui_start_child app VAULT_DIR | bare
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    if sys.argv[1] == "app":  # what the launcher does before Qt is loaded
        from ui.launcher import preimport_for_gui

        preimport_for_gui()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    shown: list[float] = []

    class FirstShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not shown and event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow()):
                shown.append(time.time())
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstShow()
    app.installEventFilter(spy)
    if sys.argv[1] == "bare":
        window = QWidget()
        window.setWindowTitle("bare")
        window.show()
        app.exec()
    else:
        from ui.launcher import main as launch  # the path of `vorfallbuch --vault DIR`

        launch(["--vault", sys.argv[2]])
    print(shown[0] if shown else "nan")


if __name__ == "__main__":
    main()
