"""Create PySide6's lazily built types while the user types the passphrase.

PySide6 builds a Qt class (with its Python enums) the first time Python touches it, at about
0.5 ms per enum. Showing the main window after unlocking touched some 120 of them at once and
froze the GUI thread for 50-90 ms on top of building the window (measured with
benchmarks/gui_responsiveness.py). The unlock dialog is idle for seconds while a passphrase is
typed, so this walks the loaded Qt modules in slices of a few milliseconds on the GUI thread
(type creation is not something to do from another thread) and leaves nothing for later.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

SLICE_S = 0.006


def _qt_names() -> Iterator[tuple[object, str]]:
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt") and module is not None:
            for attr in dir(module):
                if not attr.startswith("_"):
                    yield module, attr


class QtWarmup(QObject):
    """Walks the Qt modules imported so far, one short slice per event-loop turn."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: Iterator[tuple[object, str]] | None = None
        self.longest_slice_s = 0.0
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        if self._names is None:
            self._names = _qt_names()
            self._timer.start()

    def _step(self) -> None:
        assert self._names is not None
        began = time.perf_counter()
        while time.perf_counter() - began < SLICE_S:
            item = next(self._names, None)
            if item is None:
                self._timer.stop()
                self.done = True
                self.finished.emit()
                break
            try:
                getattr(*item)
            except Exception:  # noqa: S112 - a name that cannot be built is simply skipped
                continue
        self.longest_slice_s = max(self.longest_slice_s, time.perf_counter() - began)
