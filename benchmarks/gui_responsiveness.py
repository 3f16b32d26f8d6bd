"""How long the GUI thread is blocked by the app's own work, on the 10,000-incident benchmark
vault: a timer ticks every 5 ms on the GUI thread and the longest gap between ticks is taken
for each phase (unlock, loading the list, searching as you type, sorting, locking).
Target: no phase blocks the GUI thread for more than 100 ms.

Usage: python -m benchmarks.gui_responsiveness VAULT_DIR  (./run bench runs it)"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0


def measure(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.settings import Settings
    from benchmarks.generate import PASSPHRASE, USER
    from ui.controller import AppController
    from ui.dialogs import Dialogs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0, "max": 0}

    def tick() -> None:
        now = clock.elapsed()
        state["max"] = max(state["max"], now - state["last"])
        state["last"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()

    def phase(run: object, until: object, timeout_s: float = 60.0) -> float:
        for _ in range(3):
            app.processEvents()
        state["last"], state["max"] = clock.elapsed(), 0
        run()  # type: ignore[operator]
        deadline = time.monotonic() + timeout_s
        while not until() and time.monotonic() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)
        for _ in range(20):  # let the last queued work land
            app.processEvents()
            time.sleep(0.002)
        return float(state["max"])

    settings = Settings(offer_support_contacts=False, last_user=USER)
    controller = AppController(folder, settings, None, Dialogs())
    results: dict[str, float] = {}
    results["start to unlock dialog"] = phase(controller.start,
                                              lambda: controller.unlock_dialog is not None)
    dialog = controller.unlock_dialog
    assert dialog is not None
    # As in the app: the modules of the unlocked window load in the background while the
    # user types the passphrase.
    from ui.app import preload

    warmup = preload()
    import ui.main_window  # noqa: F401 - waits for the background import to finish

    # Typing a passphrase takes seconds; the app builds Qt's lazy types meanwhile, in slices.
    results["idle warm-up while the passphrase is typed"] = phase(
        lambda: None, lambda: warmup.done, timeout_s=10.0)
    dialog.passphrase.setText(PASSPHRASE)
    moments: dict[str, float] = {}

    # "Shown" is the end of the first paint of the list's rows: the loaded signal says the rows
    # are in the model, the next paint of the table's viewport after it draws them.
    painted = first_paint_after(moments, "list shown")

    def watch() -> None:
        pane = controller.window.incidents
        pane.loaded.connect(painted.arm)
        pane.view.viewport().installEventFilter(painted)

    controller.unlocked.connect(watch)
    moments["unlock"] = time.perf_counter()
    results["unlock (key derivation in a job)"] = phase(
        dialog.try_unlock, lambda: controller.window is not None)
    pane = controller.window.incidents
    contacts = controller.window.contacts
    results["loading 10,000 incidents, 2,000 contacts"] = phase(
        lambda: None, lambda: not pane.is_loading() and not contacts.is_loading())
    # Issue 4: unlock to the list of 10,000 incidents shown (the KDF is minimal here). This
    # harness polls the event loop every millisecond, which costs the loader some GIL turns.
    results["unlock to list of 10,000 incidents shown (s)"] = (
        moments["list shown"] - moments["unlock"])
    rows = pane.model.rowCount()
    for label, text in (("search: first letters typed", "Dro"),
                        ("search: a word", "Drohung"), ("search: cleared", "")):
        results[label] = phase(lambda t=text: pane.filters.search.setText(t), lambda: True)
    results["keystroke to filtered list, median (ms)"] = keystrokes(app, pane)
    results["sorting by title"] = phase(
        lambda: pane.view.sortByColumn(1, Qt.SortOrder.AscendingOrder), lambda: True)
    results.update(editing(phase, controller, pane, folder))
    results["adding a 500 MB file (intake job)"] = add_big_file(phase, controller, pane)
    def released() -> bool:
        # The window's deletion (deferred) then hands the frozen objects back to the collector
        # (app.entries.release_frozen): part of locking. (Forcing the deferred deletes with
        # sendPostedEvents here made the interpreter abort at exit: a refcount error.)
        return controller.window is None and gc.get_freeze_count() == 0

    results["locking (drops every decrypted value)"] = phase(
        lambda: controller.lock(ask=False), released)
    controller.close()
    results["rows"] = float(rows)
    return results


def first_paint_after(moments: dict[str, float], key: str) -> Any:
    """An event filter that notes in `moments[key]` when the first paint after `arm()` has
    been done (a zero timer fires once the paint event is through)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Filter(QObject):
        armed = False

        def arm(self) -> None:
            self.armed = True

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.armed and key not in moments and event.type() == QEvent.Type.Paint:
                self.armed = False
                QTimer.singleShot(0, lambda: moments.setdefault(key, time.perf_counter()))
            return False

    return Filter()


BIG_FILE_MIB = 500


def big_file() -> Path:
    """A 500 MiB file of random bytes, made once and kept in benchmarks/out/."""
    path = Path(__file__).resolve().parent / "out" / f"intake-{BIG_FILE_MIB}mib.bin"
    if not path.exists() or path.stat().st_size != BIG_FILE_MIB << 20:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            for _ in range(BIG_FILE_MIB):
                out.write(os.urandom(1 << 20))
    return path


def add_big_file(phase: Any, controller: Any, pane: Any) -> float:
    """Add the big file in the editor's attachment panel (an intake job: facts read in the
    sandbox, then streamed into the vault) and take the longest GUI-thread stall meanwhile.
    The attachment is purged afterwards, so the cached benchmark vault stays as it was."""
    from app.entries import ATTACHMENT
    from ui.attachments.panel import AttachmentsPanel
    from ui.dialogs import Dialogs

    path = big_file()
    service = controller.service
    incident_id = pane.model.row_at(0).id
    before = {e.id for e in service.list_attachments(incident_id).entries}
    panel = AttachmentsPanel(service, Dialogs(), incident_id)
    panel.show()
    try:
        stall = phase(lambda: panel.add_files([path]), lambda: not panel.is_busy(),
                      timeout_s=600.0)
    finally:
        added = [e.id for e in service.list_attachments(incident_id).entries
                 if e.id not in before]
        for attachment_id in added:
            service.purge(ATTACHMENT, attachment_id)
        panel.close()
        panel.deleteLater()
    if len(added) != 1:
        raise RuntimeError(f"adding the {BIG_FILE_MIB} MiB file did not store it ({added})")
    return float(stall)


def editing(phase: Any, controller: Any, pane: Any, folder: Path) -> dict[str, float]:
    """Work in an editor over the list of 10,000: saving (the list shows the saved row),
    opening the pickers of related incidents and of contacts (read in jobs), and a save made
    by another process arriving through the change check. Every change is undone after, so
    the cached vault keeps its content (it gains a few revisions)."""
    from app.service import VaultService
    from benchmarks.generate import PASSPHRASE, USER
    from storage.vault import Vault

    results: dict[str, float] = {}
    incident_id = pane.model.row_at(0).id
    editor = pane.open_incident(incident_id)
    title = editor.title_edit.text()
    editor.title_edit.setText(title + " (geprüft)")
    results["saving an incident in its editor"] = phase(editor.save, lambda: True)
    editor.title_edit.setText(title)
    editor.save()
    related = editor.classification.related
    results["opening the related-incident picker"] = phase(
        related.open_picker, lambda: related.picker is not None)
    related.picker.reject()
    persons = editor.persons
    results["opening the contact picker"] = phase(
        persons.open_picker, lambda: persons.picker is not None)
    persons.picker.reject()
    editor.close()

    other = Vault.open(folder)
    other.unlock(USER, PASSPHRASE)
    elsewhere = VaultService(other)
    entry = elsewhere.get_incident(incident_id)
    changed = elsewhere.update_incident(
        incident_id, entry.value.model_copy(update={"title": title + " (anderswo)"}),
        entry.version)
    results["a save made elsewhere appears (change check)"] = phase(
        controller.check_for_changes,
        lambda: (row := pane.model.find(incident_id)) is not None
        and row.version == changed.version)
    elsewhere.update_incident(incident_id, entry.value, changed.version)
    controller.check_for_changes()
    other.close()
    return results


def keystrokes(app: Any, pane: Any) -> float:
    """Type words letter by letter (and delete them again) into the search box: the time from
    the key press to the filtered list painted, median over all keystrokes."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    box = pane.filters.search
    box.setFocus()
    times: list[float] = []
    for word in ("Drohung", "Muller", "Plakat", "zzz"):  # QTest types ASCII only
        strokes = [*word, *["\b"] * len(word)]
        for char in strokes:
            began = time.perf_counter()
            if char == "\b":
                QTest.keyClick(box, Qt.Key.Key_Backspace)
            else:
                QTest.keyClicks(box, char)
            app.processEvents()  # layout and paint of the filtered rows
            times.append((time.perf_counter() - began) * 1000)
    return float(statistics.median(times))


if __name__ == "__main__":
    from benchmarks.report import compile_project

    compile_project(Path(__file__).resolve().parent.parent)  # as an installed app has it
    print(json.dumps(measure(Path(sys.argv[1]))))
