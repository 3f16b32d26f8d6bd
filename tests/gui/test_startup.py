"""First start and unlocking, against the real dialogs (offscreen): the setup wizard with its
recovery-code confirmation, unlock right/wrong/throttled, and recovery."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.access import open_vault
from storage import recovery
from storage.throttle import FILE_NAME
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.support import ScriptedDialogs
from ui.clipboard import ClipboardGuard
from ui.locking import IdleWatcher
from ui.recovery import RecoveryDialog
from ui.unlock import UnlockDialog
from ui.wizard import SetupWizard


def test_setup_wizard_creates_the_vault_and_confirms_the_code(
    qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    folder = tmp_path / "vault"
    wizard = SetupWizard(folder, dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no name yet
    qtbot.keyClicks(wizard.name_page.name, "Anna Schmidt")
    assert next_button.isEnabled()
    next_button.click()

    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, "kurz")
    assert not next_button.isEnabled()
    assert "12" in fields.hint.text()
    fields.first.clear()
    qtbot.keyClicks(fields.first, "Anna Schmidt")  # her own name: refused
    qtbot.keyClicks(fields.second, "Anna Schmidt")
    assert not next_button.isEnabled()
    fields.first.clear()
    fields.second.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.second, PASSPHRASE + "x")
    assert not next_button.isEnabled()
    assert "überein" in fields.hint.text()
    fields.second.clear()
    qtbot.keyClicks(fields.second, PASSPHRASE)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.isEnabled() and commit.text() == "Tresor anlegen"
    commit.click()

    code_page = wizard.code_page
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or \
        not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.code is not None, timeout=20_000)
    code = wizard.code
    assert code is not None and code_page.code_label.text() == code
    recovery.parse(code)  # a valid code with its checksums
    assert not next_button.isEnabled()  # must confirm it was kept
    code_page.print_button.click()
    assert dialogs.printed and code in dialogs.printed[0]
    code_page.kept.setChecked(True)
    assert next_button.isEnabled()
    next_button.click()

    confirm = wizard.confirm_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    wrong_group = (confirm.group + 1) % recovery.GROUPS
    qtbot.keyClicks(confirm.entry, code.split("-")[wrong_group])
    assert not finish.isEnabled()
    confirm.entry.clear()
    qtbot.keyClicks(confirm.entry, code.split("-")[confirm.group].lower())
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.created) as created:
        finish.click()
    vault = created.args[0]
    assert vault.user_name == "Anna Schmidt"
    vault.close()
    # the passphrase from the wizard unlocks it, and the code recovers it
    reopened = Vault.open(folder)
    reopened.unlock("Anna Schmidt", PASSPHRASE)
    reopened.lock()
    reopened.recover(code, None, "a completely new passphrase", kdf=CHEAP_KDF)
    reopened.close()


@pytest.fixture
def closed_vault(vault_dir: Path) -> tuple[Path, str]:
    vault, code = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.add_user("Bernd Weber", "bernds eigene passphrase", kdf=CHEAP_KDF)
    vault.close()
    return vault_dir, code


def test_unlock_right_and_wrong(qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    dialog = UnlockDialog(folder, [USER, "Bernd Weber"], "Bernd Weber")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.currentText() == "Bernd Weber"
    qtbot.keyClicks(dialog.passphrase, "falsche passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "falsch" in dialog.status.text()
    assert dialog.passphrase.text() == ""
    qtbot.keyClicks(dialog.passphrase, "bernds eigene passphrase")
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    vault = unlocked.args[0]
    assert vault.user_name == "Bernd Weber"
    vault.close()


def test_unlock_waits_after_five_wrong_tries(qtbot: QtBot,
                                             closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / FILE_NAME).write_text(json.dumps({"failures": 5, "last": time.time()}))
    dialog = UnlockDialog(folder, [USER], USER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.unlock_button.isEnabled()
    assert dialog.status.text().startswith("Zu viele falsche Passphrasen; nächster Versuch in ")
    assert dialog.status.text().endswith(" Sekunden.")
    seconds = int("".join(c for c in dialog.status.text() if c.isdigit()))
    assert 25 <= seconds <= 30
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.try_unlock()  # even the right passphrase waits
    assert not dialog.is_busy()
    # once the wait is over, the button comes back by itself
    (folder / FILE_NAME).write_text(json.dumps({"failures": 5, "last": time.time() - 31}))
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        dialog.try_unlock()
    unlocked.args[0].close()
    assert not (folder / FILE_NAME).exists()  # success resets the count


def test_recovery_dialog_names_typos_and_sets_a_new_passphrase(
    qtbot: QtBot, closed_vault: tuple[Path, str]
) -> None:
    folder, code = closed_vault
    vault = open_vault(folder)
    dialog = RecoveryDialog(vault, [USER, "Bernd Weber"], USER, kdf=CHEAP_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()
    groups = code.split("-")
    broken = groups.copy()
    broken[2] = ("0" if broken[2][0] != "0" else "1") + broken[2][1:]
    qtbot.keyClicks(dialog.code, " ".join(broken))
    assert "Gruppe 3" in dialog.code_hint.text()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code.lower())
    assert "gültig" in dialog.code_hint.text()
    qtbot.keyClicks(dialog.fields.first, "eine ganz neue passphrase")
    qtbot.keyClicks(dialog.fields.second, "eine ganz neue passphrase")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.recovered, timeout=10_000):
        dialog.ok.click()
    vault.close()
    again = Vault.open(folder)
    again.unlock(USER, "eine ganz neue passphrase")
    again.close()


def test_clipboard_is_cleared_only_if_still_ours(qtbot: QtBot) -> None:
    guard = ClipboardGuard(0.2)
    clipboard = QGuiApplication.clipboard()
    guard.copy("Aktenzeichen 123 Js 456/24")
    assert clipboard.text() == "Aktenzeichen 123 Js 456/24"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    guard.copy("geheim")
    clipboard.setText("etwas anderes")  # replaced meanwhile: left alone
    guard.clear_if_ours()
    assert clipboard.text() == "etwas anderes"


def test_idle_watcher_fires_without_input_and_input_postpones_it(qtbot: QtBot) -> None:
    """Real input events (a key press, a mouse move, a click) to a widget each restart the
    delay; once the input stops, `idle` fires a full delay after the last of them."""
    delay = 2.0  # seconds: an event-loop stall of over 1.2 s (a loaded machine) stays harmless
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    fired: list[float] = []
    watcher = IdleWatcher(delay / 60)
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    started = time.monotonic()
    watcher.start()
    inputs = (lambda: qtbot.keyClick(widget, Qt.Key.Key_A),
              lambda: qtbot.mouseMove(widget, QPoint(5, 5)),
              lambda: qtbot.mouseMove(widget, QPoint(20, 8)),
              lambda: qtbot.mouseClick(widget, Qt.MouseButton.LeftButton))
    last_input = started
    for send in inputs:  # each well before the delay since the one before runs out
        qtbot.wait(int(delay * 400))
        assert not fired
        before = watcher.remaining_ms()
        send()
        last_input = time.monotonic()
        assert watcher.remaining_ms() > before  # the countdown started again
    assert widget.text() == "a"  # the key really reached the widget
    # Without the inputs it would have fired after `delay`; they kept it back until past it.
    with qtbot.waitSignal(watcher.idle, timeout=10_000):
        pass
    assert fired[0] - started > 1.5 * delay
    assert fired[0] - last_input >= 0.9 * delay  # a coarse timer may be up to 5 % early
    watcher.stop()
    qtbot.keyClick(widget, Qt.Key.Key_B)  # a stopped watcher no longer listens
    assert watcher.remaining_ms() == -1


def test_enter_after_a_wrong_passphrase_never_opens_another_dialog(
        qtbot: QtBot, closed_vault: tuple[Path, str]) -> None:
    """Enter in the passphrase field tries to unlock, and only that: while the try runs the
    Entsperren button is disabled, and Qt then gives Enter to the dialog's next button
    ("Passphrase vergessen?" opened the recovery dialog under a real X server)."""
    folder, _ = closed_vault
    dialog = UnlockDialog(folder, [USER], USER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked: list[str] = []
    dialog.forgot.connect(asked.append)
    dialog.other_vault.connect(lambda: asked.append("other vault"))
    for _ in range(2):
        qtbot.keyClicks(dialog.passphrase, "falsche passphrase")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # pressed again while it checks
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        assert "falsch" in dialog.status.text()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Enter)  # the keypad's Enter, field empty
    assert dialog.status.text() == "Bitte geben Sie Ihre Passphrase ein."
    assert asked == [] and dialog.isVisible()


def test_enter_in_the_wizard_and_the_recovery_dialog_presses_only_their_main_button(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs,
        closed_vault: tuple[Path, str]) -> None:
    wizard = SetupWizard(tmp_path / "new", dialogs, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    opened: list[str] = []
    wizard.open_requested.connect(lambda: opened.append("open"))
    qtbot.keyClick(wizard.name_page.name, Qt.Key.Key_Return)  # no name yet: Weiter is disabled
    assert opened == [] and dialogs.questions == []
    assert wizard.currentPage() is wizard.name_page

    folder, _ = closed_vault
    recovery = RecoveryDialog(open_vault(folder), [USER], USER, kdf=CHEAP_KDF)
    qtbot.addWidget(recovery)
    recovery.show()
    qtbot.waitExposed(recovery)
    qtbot.keyClicks(recovery.code, "12345")
    qtbot.keyClick(recovery.code, Qt.Key.Key_Return)  # the code is incomplete: nothing happens
    assert recovery.isVisible() and recovery.result() == 0


def test_windows_fit_the_screen_they_open_on(qtbot: QtBot) -> None:
    """The main window asks for 1200 x 760; on a smaller screen (a 1280 x 720 laptop, the
    offscreen test screen) it takes what the screen has free, so its status bar is visible."""
    from PySide6.QtWidgets import QWidget

    from ui.widgets import fit_to_screen

    window = QWidget()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    fit_to_screen(window, 1200, 760)
    assert window.width() <= min(1200, free.width() - 40)
    assert window.height() <= min(760, free.height() - 40)
    fit_to_screen(window, 300, 200)
    assert (window.width(), window.height()) == (300, 200)
