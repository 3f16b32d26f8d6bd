"""One app per vault (ui/single_instance.py): a second start on an open vault brings the running
window to the front and opens nothing of its own; the claim goes when the app closes or its
process dies; switching to a vault open elsewhere is refused with one sentence. Tried in one
process (two controllers) and with the real program started twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.paths import RUNTIME_DIR_ENV, instance_name
from storage.vault import Vault
from tests.cli.support import ROOT, command_env
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import started, unlock
from tests.gui.support import ScriptedDialogs
from ui.single_instance import Claim, VaultClaim

TIMEOUT = 60


def made(folder: Path) -> Path:
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    return folder


def test_a_second_start_on_the_same_vault_raises_the_first(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> None:
    folder = made(tmp_path / "vault")
    first = started(folder, dialogs, tmp_path / "one.json")
    try:
        assert first.refused is None and first.unlock_dialog is not None
        with qtbot.waitSignal(first.instance.activation_requested, timeout=10_000):
            # The same folder written another way is the same vault.
            second = started(folder / ".." / "vault", dialogs, tmp_path / "two.json")
        assert second.refused is Claim.RAISED_OTHER
        assert second.unlock_dialog is None and second.wizard is None  # opened nothing
        second.close()
        assert dialogs.errors == [] and dialogs.infos == []
        # The first is still the one with the vault, and works on.
        unlock(qtbot, first)
        assert first.window is not None and first.window.isVisible()
    finally:
        first.close()
    # Closed, it gives the vault up: the next start has it.
    third = started(folder, dialogs, tmp_path / "three.json")
    try:
        assert third.refused is None and third.unlock_dialog is not None
    finally:
        third.close()


def test_another_vault_is_not_affected(qtbot: QtBot, tmp_path: Path,
                                       dialogs: ScriptedDialogs) -> None:
    one, two = made(tmp_path / "one"), made(tmp_path / "two")
    assert instance_name(one) != instance_name(two)
    first = started(one, dialogs, tmp_path / "one.json")
    second = started(two, dialogs, tmp_path / "two.json")
    try:
        assert first.refused is None and second.refused is None
    finally:
        first.close()
        second.close()


def test_switching_to_a_vault_open_elsewhere_is_refused_and_keeps_this_one(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> None:
    mine, theirs = made(tmp_path / "mine"), made(tmp_path / "theirs")
    other = started(theirs, dialogs, tmp_path / "theirs.json")
    me = started(mine, dialogs, tmp_path / "mine.json")
    try:
        unlock(qtbot, me)
        assert not me.switch_to(theirs)
        assert dialogs.infos == ["Dieser Tresor ist schon in einem anderen Vorfallbuch-Fenster "
                                 "geöffnet; es wurde nach vorn geholt."]
        assert me.window is not None and me.service is not None  # still unlocked, on mine
        assert me.folder == mine and me.instance.folder == mine
    finally:
        me.close()
        other.close()


def _claim_and_wait(folder: Path, runtime: Path) -> subprocess.Popen[bytes]:
    code = ("import sys, time\n"
            "from pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from ui.single_instance import VaultClaim\n"
            "app = QCoreApplication([])\n"
            f"claim = VaultClaim(folder_dir=Path({str(runtime)!r}))\n"
            f"print(claim.claim(Path({str(folder)!r})).value, flush=True)\n"
            "time.sleep(600)\n")
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_an_app_that_died_leaves_no_claim_behind(qtbot: QtBot, tmp_path: Path) -> None:
    folder, runtime = tmp_path / "vault", tmp_path / "run"
    child = _claim_and_wait(folder, runtime)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"claimed"
        # Alive but not answering (its event loop never runs): said so, not taken over.
        assert VaultClaim(folder_dir=runtime).claim(folder) is Claim.OTHER_SILENT
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=TIMEOUT)
    finally:
        if child.poll() is None:
            child.kill()
    assert (runtime / f"{instance_name(folder)}.lock").exists()  # left behind by the kill
    claim = VaultClaim(folder_dir=runtime)
    try:
        assert claim.claim(folder) is Claim.CLAIMED
    finally:
        claim.release()
    assert not (runtime / f"{instance_name(folder)}.lock").exists()


@pytest.mark.parametrize("name", ["a b", "ÄÖÜ", "x" * 300, "..", "con"])
def test_odd_folder_names_give_a_safe_name(tmp_path: Path, name: str) -> None:
    given = instance_name(tmp_path / name)
    assert given.startswith("vorfallbuch-") and len(given) <= 80
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in given)


def test_the_real_program_started_twice_raises_the_first(tmp_path: Path) -> None:
    folder = made(tmp_path / "vault")
    env = command_env(None, {"QT_QPA_PLATFORM": "offscreen",
                             RUNTIME_DIR_ENV: str(tmp_path / "run"),
                             "VORFALLBUCH_LOG_DIR": str(tmp_path / "logs-first"),
                             "VORFALLBUCH_CONFIG": str(tmp_path / "first.json")})
    command = [sys.executable, "-m", "cli.launcher", "--vault", str(folder)]
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
    try:
        lock = tmp_path / "run" / f"{instance_name(folder)}.lock"
        deadline = time.monotonic() + TIMEOUT
        while not lock.exists():
            assert first.poll() is None, first.communicate()[0].decode()
            assert time.monotonic() < deadline, "the first start never claimed the vault"
            time.sleep(0.2)
        time.sleep(1)  # its event loop running
        second = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=TIMEOUT,
                                env={**env, "VORFALLBUCH_LOG_DIR": str(tmp_path / "logs-2"),
                                     "VORFALLBUCH_CONFIG": str(tmp_path / "second.json")})
        # Exit 0 and this line only once the first app answered (ui/single_instance.py).
        assert second.returncode == 0, second.stderr.decode()
        assert second.stderr.decode("utf-8").strip() == (
            "Dieser Tresor ist schon in einem anderen Vorfallbuch-Fenster geöffnet; es wurde "
            "nach vorn geholt.")
        assert first.poll() is None  # the first runs on
    finally:
        first.terminate()
        try:
            first.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            first.kill()
