"""Locking leaves no decrypted value and no secret behind in Python (docs/security.md, "Threats"):
the whole app is driven through its controller with a real vault — lists searched, editors,
attachment viewer, both pickers, history, contact editor, a password-protected export, the
settings — then locked, and every object Python can still reach (frozen ones too) and every
live widget is searched for the vault's texts, the passphrase (a wrong one too) and the
export password. Also: an idle lock while a question is open counts as its cancel, and an
editor dropping its data closes both of its pickers."""

from __future__ import annotations

import contextlib
import gc
import io
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from app.service import VaultService
from app.settings import Settings
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import unlock
from tests.gui.support import ScriptedDialogs, fill
from ui.controller import AppController
from ui.dialogs import Dialogs
from ui.main_window import MainWindow

# Every secret of this test holds TAG and is built at run time, so none of them is a constant
# of this module that the search below would find.
TAG = "Qx7Zr"


def secret(kind: str) -> str:
    return {"title": f"Titel {TAG} eins", "second": f"Titel {TAG} zwei",
            "description": f"Beschreibung {TAG} Text", "contact": f"Kontakt {TAG} Name",
            "file": f"brief-{TAG}.txt", "content": f"Anhang {TAG} Inhalt",
            "passphrase": f"Pass-{TAG}-phrase lang genug 123",
            "wrong": f"Falsch-{TAG}-geraten",
            "export": f"Export-{TAG}-Grüße"}[kind]


@pytest.fixture
def secret_vault(vault_dir: Path) -> dict[str, str]:
    vault, _ = Vault.create(vault_dir, USER, secret("passphrase"), kdf=CHEAP_KDF)
    service = VaultService(vault)
    person = service.add_person({"kind": "suspect", "name": secret("contact"),
                                 "emails": [f"{TAG.lower()}@example.org"]}).id
    incident = service.add_incident({
        "title": secret("title"), "occurred": {"date": "2026-03-01"},
        "categories": ["bedrohung"], "description": secret("description"),
        "persons": [{"person_id": person, "role": "perpetrator"}]}).id
    service.add_incident({"title": secret("second"), "occurred": {"date": "2026-03-02"}})
    attachment = service.add_attachment_stream(
        incident, io.BytesIO(secret("content").encode()), secret("file")).id
    vault.close()
    return {"incident": incident, "person": person, "attachment": attachment}


@pytest.fixture
def controller(qtbot: QtBot, vault_dir: Path, secret_vault: dict[str, str],
               dialogs: ScriptedDialogs, settings_path: Path) -> Iterator[AppController]:
    ctrl = AppController(vault_dir, Settings(offer_support_contacts=False), settings_path,
                         dialogs, kdf=CHEAP_KDF)
    ctrl.start()
    yield ctrl
    ctrl.close()


# -- looking for residue -------------------------------------------------------------------
def python_residue() -> dict[str, set[str]]:
    """Each str, bytes or bytearray holding TAG that any object Python knows still reaches,
    with the types of its holders. Without a collection first: garbage in reference cycles
    counts too, since the app does not run a full collection at a lock (app.entries.
    release_frozen). Frozen objects (gc.freeze) are not in gc.get_objects(): unfreeze them
    before, to have them searched too."""
    objects = gc.get_objects()
    seen = {id(o) for o in objects}
    stack = list(objects)
    seen.update((id(objects), id(stack)))
    found: dict[str, set[str]] = {}
    needle = TAG.encode()
    while stack:
        holder = stack.pop()
        if isinstance(holder, types.CodeType | types.FrameType):
            continue  # the test's own code and running frames
        for ref in gc.get_referents(holder):
            if isinstance(ref, str):
                if TAG in ref and ref != TAG:
                    found.setdefault(ref[:60], set()).add(type(holder).__qualname__)
            elif isinstance(ref, bytes | bytearray):
                if needle in ref:
                    found.setdefault(repr(bytes(ref[:60])), set()).add(
                        type(holder).__qualname__)
            elif id(ref) not in seen:
                seen.add(id(ref))
                stack.append(ref)
    del objects, stack, seen
    return found


def model_texts(view: QAbstractItemView) -> list[str]:
    model, texts = view.model(), []
    if model is None:
        return texts
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        column = 0
        while (index := model.index(row, column)).isValid():
            texts += [str(index.data(role)) for role in (0, 3)]  # display, tool tip
            column += 1
    return texts


def widget_residue() -> list[str]:
    """Texts holding TAG in any live widget (and the clipboard)."""
    texts = [QApplication.clipboard().text()]
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, QLineEdit | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += model_texts(widget)
    return [t[:60] for t in texts if TAG in t]


def assert_no_residue(qtbot: QtBot) -> None:
    """Nothing may stay frozen (a frozen object is never collected), and no secret may be
    left. Polled: the lock deletes its windows and collects on later event-loop turns, and
    the test must not depend on how fast the machine is."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5000)
    frozen = gc.get_freeze_count()
    gc.unfreeze()  # what is still frozen is searched as well
    residue: dict[str, Any] = {}

    def clean() -> bool:
        residue.clear()
        residue.update(python_residue())
        residue.update({text: {"widget"} for text in widget_residue()})
        return not residue

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(clean, timeout=5000)
    assert (frozen, residue) == (0, {})


# -- the tests -----------------------------------------------------------------------------
# Each step runs in a function of its own: the test's locals must not keep a window alive.
def try_wrong_passphrase(qtbot: QtBot, controller: AppController) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase.setText(secret("wrong"))
    dialog.try_unlock()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=15_000)
    assert "falsch" in dialog.status.text() and dialog.passphrase.text() == ""


def search_both_lists(window: MainWindow) -> None:
    window.incidents.filters.search.setText(TAG)
    assert window.incidents.proxy.rowCount() == 2
    window.incidents.filters.search.clear()
    window.contacts.search.setText(TAG)
    window.contacts.search.clear()


def open_editor_viewer_and_pickers(qtbot: QtBot, window: MainWindow,
                                   ids: dict[str, str]) -> None:
    editor = window.incidents.open_incident(ids["incident"])
    assert editor is not None and editor.attachments_panel is not None
    panel = editor.attachments_panel
    qtbot.waitUntil(lambda: len(panel.entries()) == 1, timeout=10_000)
    viewer = panel.open_viewer(ids["attachment"])
    qtbot.waitUntil(viewer.is_loaded, timeout=10_000)
    editor.persons.open_picker()
    qtbot.waitUntil(lambda: editor.persons.picker is not None, timeout=10_000)
    related = editor.classification.related
    related.open_picker()
    qtbot.waitUntil(lambda: related.picker is not None, timeout=10_000)
    related.picker.search.setText(TAG)
    assert related.picker.proxy.rowCount() == 1


def export_with_password(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs,
                         target: Path) -> None:
    export = window.export_dossier()
    export.form.protect.setChecked(True)
    export.form.password.setText(secret("export"))
    export.form.repeat.setText(secret("export"))
    dialogs.answer(str(target))
    assert export.start_export()
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    assert export.record is not None and export.record.password and not dialogs.errors
    export.accept()


def test_locking_leaves_no_decrypted_value_passphrase_or_export_password(
    qtbot: QtBot, controller: AppController, secret_vault: dict[str, str],
    dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert python_residue() == {}  # nothing of the vault before it is unlocked
    earlier = [w for w in QApplication.topLevelWidgets() if w is not controller.unlock_dialog]
    try_wrong_passphrase(qtbot, controller)
    unlock(qtbot, controller, secret("passphrase"))
    search_both_lists(controller.window)
    open_editor_viewer_and_pickers(qtbot, controller.window, secret_vault)
    assert controller.window.incidents.select(secret_vault["incident"])
    assert controller.window.incidents.show_history() is not None
    assert controller.window.contacts.open_contact(secret_vault["person"]) is not None
    export_with_password(qtbot, controller.window, dialogs, tmp_path / "dossier.pdf")
    controller.show_settings()
    controller.clipboard.copy(secret("title"))

    with qtbot.waitSignal(controller.locked):
        controller.lock(ask=False)
    assert dialogs.errors == []
    assert_no_residue(qtbot)

    # Unlocked (the editor comes back) and locked again: that session leaves nothing either.
    unlock(qtbot, controller, secret("passphrase"))
    assert controller.window.incidents.open_editor_ids() == [secret_vault["incident"]]
    with qtbot.waitSignal(controller.locked):
        controller.lock(ask=False)
    assert_no_residue(qtbot)
    # Only the unlock dialog is left: the one that unlocked before (its job held the
    # passphrase) and every window of the sessions have been deleted.
    qtbot.waitUntil(lambda: [w for w in QApplication.topLevelWidgets()
                             if w.parent() is None and w not in earlier]
                    == [controller.unlock_dialog])


@pytest.fixture
def real_dialogs_controller(qtbot: QtBot, vault_dir: Path,
                            settings_path: Path) -> Iterator[AppController]:
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    fill(VaultService(vault), incidents=3)
    vault.close()
    ctrl = AppController(vault_dir, Settings(offer_support_contacts=False), settings_path,
                         Dialogs(), kdf=CHEAP_KDF)
    ctrl.start()
    yield ctrl
    ctrl.close()


def test_an_idle_lock_during_a_confirmation_counts_as_cancel(
    qtbot: QtBot, real_dialogs_controller: AppController
) -> None:
    """The real message box of Dialogs (no scripted answer): the idle lock comes while the
    user has not answered "Den Vorfall … löschen?". The box goes with the window; the
    question counts as cancelled, and nothing is deleted."""
    ctrl = real_dialogs_controller
    unlock(qtbot, ctrl)
    pane = ctrl.window.incidents
    assert pane.select(pane.model.rows()[0].id)
    seen: list[str] = []

    def arm_idle_lock() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        seen.extend(box.text() for box in boxes)
        ctrl.idle.set_minutes(0.05 / 60)  # the real idle watcher, due in 50 ms

    QTimer.singleShot(0, arm_idle_lock)  # runs inside the box's own event loop
    with qtbot.waitSignal(ctrl.locked, timeout=10_000):
        assert pane.delete_selected() is False
    assert len(seen) == 1 and seen[0].startswith("Den Vorfall „Drohbrief Nr.")
    assert ctrl.window is None
    ctrl.idle.set_minutes(5)
    unlock(qtbot, ctrl)
    assert ctrl.window.incidents.model.total() == 3  # nothing was deleted


def test_an_idle_lock_while_a_manual_lock_asks_saves_and_locks(
    qtbot: QtBot, real_dialogs_controller: AppController
) -> None:
    """The user locks with unsaved input and leaves "… ungespeicherte Änderungen …" open:
    the idle lock that follows saves the valid input (as any automatic lock does) and locks;
    the manual lock, whose box went with the window, reports the app locked."""
    ctrl = real_dialogs_controller
    unlock(qtbot, ctrl)
    incident = ctrl.window.incidents.model.rows()[0].id
    editor = ctrl.window.incidents.open_incident(incident)
    editor.title_edit.setText("Drohbrief, ergänzt")
    seen: list[str] = []

    def arm_idle_lock() -> None:
        seen.extend(w.text() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible())
        ctrl.idle.set_minutes(0.05 / 60)

    QTimer.singleShot(0, arm_idle_lock)
    assert ctrl.lock(ask=True) is True
    assert seen == ["Der Vorfall „Drohbrief, ergänzt“ hat ungespeicherte Änderungen. "
                    "Möchten Sie sie speichern?"]
    assert ctrl.window is None and ctrl.unlock_dialog.isVisible()
    vault = Vault.open(ctrl.folder)
    vault.unlock(USER, PASSPHRASE)
    assert VaultService(vault).get_incident(incident).value.title == "Drohbrief, ergänzt"
    vault.close()


def test_dropping_an_editors_data_closes_and_empties_both_pickers(
    qtbot: QtBot, controller: AppController, secret_vault: dict[str, str]
) -> None:
    unlock(qtbot, controller, secret("passphrase"))
    editor = controller.window.incidents.open_incident(secret_vault["incident"])
    related = editor.classification.related
    related.open_picker()
    qtbot.waitUntil(lambda: related.picker is not None, timeout=10_000)
    editor.persons.open_picker()
    qtbot.waitUntil(lambda: editor.persons.picker is not None, timeout=10_000)
    pickers = [related.picker, editor.persons.picker]
    assert all(p.isVisible() and p.model.total() == 1 for p in pickers)
    editor.drop_data()
    assert related.picker is None and editor.persons.picker is None
    assert all(not p.isVisible() and p.model.total() == 0 for p in pickers)
