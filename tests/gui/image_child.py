"""Run by tests in a child process, so that a crash in an image decoder fails a test instead of
killing pytest: decodes every file of a folder with ui.attachments.images, offscreen, as a
thumbnail and at full size, and prints one line per file: 'start <name>' before, then
'<name> <result>' (the image's size, or the problem) after. The last 'start' line without
its result names the file that crashed the process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def decode_all(folder: str) -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from ui.attachments.images import decode_image

    app = QApplication([])
    for path in sorted(Path(folder).iterdir()):
        data = path.read_bytes()
        print("start", path.name, flush=True)
        results = []
        for box in (QSize(48, 48), None):
            found = decode_image(data, box)
            results.append(f"{found.width()}x{found.height()}" if isinstance(found, QImage)
                           else found.value)
        print(path.name, *results, flush=True)
    del app
    return 0


def main(argv: list[str]) -> int:
    mode, folder = argv
    if mode == "decode":
        return decode_all(folder)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
