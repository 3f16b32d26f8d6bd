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


def _wait(app: object, done: object, seconds: float) -> bool:
    import time

    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication) and callable(done)
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.002)
    return True


def panel_and_viewer(folder: str) -> int:
    """Every file attached to a real vault, the attachments panel with its thumbnails, then
    the viewer of each file: 'name thumb=<size|placeholder|none> view=<kind|message>'."""
    import io
    import tempfile

    from PySide6.QtWidgets import QApplication

    from app.service import VaultService
    from storage.vault import Vault
    from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
    from tests.gui.support import ScriptedDialogs
    from ui.attachments import AttachmentsPanel, thumbnails, viewer

    # Qt's decoders are what runs in this process and what this run is about; the fallback
    # through Pillow in the intake child (a process per file) is tested on a few files in
    # tests/gui/test_viewer_hostile.py.
    thumbnails.render_preview = viewer.render_preview = lambda *a, **k: None  # type: ignore

    app = QApplication([])
    vault, _code = Vault.create(Path(tempfile.mkdtemp()) / "vault", USER, PASSPHRASE,
                                kdf=CHEAP_KDF)
    service = VaultService(vault)
    incident = service.add_incident({"title": "Fax", "occurred": {"date": "2026-11-20"}}).id
    ids = {}
    for path in sorted(Path(folder).iterdir()):
        ids[path.name] = service.add_attachment_stream(
            incident, io.BytesIO(path.read_bytes()), path.name).id
    panel = AttachmentsPanel(service, ScriptedDialogs(), incident)
    panel.resize(1000, 600)
    panel.show()
    print("start panel", flush=True)
    panel.reload()
    names = {v: k for k, v in ids.items()}

    def settled() -> bool:
        return panel._thumbnails.pending() == 0

    if not _wait(app, settled, 120):
        print("thumbnails-hung", flush=True)
        return 3
    print("panel done", flush=True)
    for attachment_id, name in names.items():
        thumb = ("placeholder" if panel.no_preview_reason(attachment_id)
                 else "none" if panel.thumbnail(attachment_id) is None else "thumb")
        print("start", name, flush=True)
        viewer = panel.open_viewer(attachment_id)
        if not _wait(app, viewer.is_loaded, 60):
            print(name, thumb, "view-hung", flush=True)
            return 4
        kind = viewer.content_kind()
        shown = "cannot-show" if viewer.cannot_show() else (kind.value if kind else "none")
        viewer.close()
        app.processEvents()
        print(name, thumb, shown, flush=True)
    panel.clear()
    service.close()
    return 0


def main(argv: list[str]) -> int:
    mode, folder = argv
    if mode == "decode":
        return decode_all(folder)
    if mode == "panel":
        return panel_and_viewer(folder)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
