"""Run by tests in a child process, so that a crash in an image decoder fails a test instead of
killing pytest: decodes every file of a folder with ui.attachments.images, offscreen, as a
thumbnail and at full size, and prints one line per file: 'start <name>' before, then
'<name> <result>' (the image's size, or the problem) after. The last 'start' line without
its result names the file that crashed the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, timeout: float = 240) -> dict[str, list[str]]:
    """Run this file as a child (in the parent, a test) and return each file's result line;
    fails naming the file that crashed it, and when it printed a traceback."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH"))
                                         if p)}
    try:
        result = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else ""
        last = [line for line in out.splitlines() if line.startswith("start ")][-1:]
        raise AssertionError(f"the child hung for {timeout} s at {last}") from None
    lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
    started = [line[1] for line in lines if line[0] == "start"]
    done = {line[0]: line[1:] for line in lines if line[0] != "start"}
    crashed = [name for name in started if name not in done]
    assert result.returncode == 0 and not crashed, (
        f"the child ended with {result.returncode} at {crashed or lines[-1:]}: "
        f"{result.stderr[-2000:]}")  # a hang: its last line, '<name> <thumb> view-hung'
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return done


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
    from ui.attachments import thumbnails, viewer

    # Qt's decoders are what runs in this process and what this run is about; the fallback
    # through Pillow in the intake child (a process per file) is tested on a few files in
    # tests/gui/test_viewer_hostile.py.
    thumbnails.render_preview = viewer.render_preview = lambda *a, **k: None  # type: ignore

    app = QApplication([])
    vault, _code = Vault.create(Path(tempfile.mkdtemp()) / "vault", USER, PASSPHRASE,
                                kdf=CHEAP_KDF)
    service = VaultService(vault)
    incident = service.add_incident({"title": "Fax", "occurred": {"date": "2026-11-20"}}).id
    for path in sorted(Path(folder).iterdir()):
        service.add_attachment_stream(incident, io.BytesIO(path.read_bytes()), path.name)
    code = _show_incident(app, service, incident)
    service.close()
    return code


def vault_panels(folder: str) -> int:
    """The same for a vault that intake filled (tests/test_hostile_corpus.py), incident by
    incident, with Pillow's fallback in the intake child as the app runs it; each result line
    ends with the seconds its viewer took."""
    from PySide6.QtWidgets import QApplication

    from app.service import VaultService
    from storage.vault import Vault
    from tests.conftest import PASSPHRASE, USER

    app = QApplication([])
    vault = Vault.open(Path(folder))
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    try:
        for incident in service.list_incidents().entries:
            code = _show_incident(app, service, incident.id)
            if code:
                return code
    finally:
        service.close()
    return 0


def _show_incident(app: object, service: object, incident: str) -> int:
    import time

    from PySide6.QtWidgets import QApplication

    from app.service import VaultService
    from tests.gui.support import ScriptedDialogs
    from ui.attachments import AttachmentsPanel

    assert isinstance(app, QApplication) and isinstance(service, VaultService)
    names = {e.id: e.value.original_name for e in service.list_attachments(incident).entries}
    panel = AttachmentsPanel(service, ScriptedDialogs(), incident)
    panel.resize(1000, 600)
    panel.show()
    print("start panel", flush=True)
    panel.reload()

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
        began = time.monotonic()
        viewer = panel.open_viewer(attachment_id)
        if not _wait(app, viewer.is_loaded, 60):
            print(name, thumb, "view-hung", flush=True)
            return 4
        kind = viewer.content_kind()
        shown = "cannot-show" if viewer.cannot_show() else (kind.value if kind else "none")
        viewer.close()
        app.processEvents()
        print(name, thumb, shown, f"{time.monotonic() - began:.3f}", flush=True)
    panel.clear()
    return 0


def main(argv: list[str]) -> int:
    mode, folder = argv
    if mode == "decode":
        return decode_all(folder)
    if mode == "panel":
        return panel_and_viewer(folder)
    if mode == "vault":
        return vault_panels(folder)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
