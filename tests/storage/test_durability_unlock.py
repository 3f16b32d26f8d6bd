"""Unlock abuse (issue #3, section 5): five wrong passphrases are free; after that each try waits
longer (30 s, 1 min, 2 min, ... at most 15 min), persisted per vault across restarts; the wait
is checked before any key derivation and named in the message; a wrong try changes nothing in
the vault; the right passphrase after the wait starts afresh.

The clock is injected (Vault.open(folder, wall_time=...)), so nothing here sleeps."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from cli.messages import describe
from storage import keyslots
from storage.errors import WrongPassphraseError
from storage.throttle import FILE_NAME, MAX_WAIT, UnlockThrottledError, wait_after
from storage.vault import Vault
from tests.cli.support import InProcess, one_line_error, start
from tests.conftest import PASSPHRASE, USER
from tests.storage.durability_support import new_vault, vault_state

WRONG = "this is not the passphrase 1"
WAIT = re.compile(r"please wait (\d+ min(?: \d+ s)?|\d+ s) before the next try\.$")


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    vault, _code = new_vault(tmp_path / "vault")
    vault.close()
    return tmp_path / "vault"


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the passphrase key derivations (the real one runs)."""
    calls: list[str] = []
    real = keyslots.unwrap_with_passphrase

    def counting(passphrase: str, *args: object, **kwargs: object) -> bytes | None:
        calls.append(passphrase)
        return real(passphrase, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "unwrap_with_passphrase", counting)
    return calls


def attempt(folder: Path, clock: Clock, passphrase: str) -> str:
    """One try as a freshly started program would make it, and what the command line says
    about it; '' when it unlocked."""
    vault = Vault.open(folder, wall_time=clock)
    try:
        vault.unlock(USER, passphrase)
        return ""
    except (WrongPassphraseError, UnlockThrottledError) as exc:
        return f"{type(exc).__name__}: {describe(exc)}"
    finally:
        vault.close()


def test_five_free_tries_then_waits_that_grow_and_persist(
        folder: Path, derivations: list[str]) -> None:
    clock = Clock()
    for number in range(1, 6):  # one right after the other: no wait for the first five
        message = attempt(folder, clock, WRONG)
        assert message.startswith("WrongPassphraseError: The passphrase for user"), message
        assert ("Next try in 30 s." in message) == (number == 5), message
    assert len(derivations) == 5

    # The sixth try waits 30 s, even with the right passphrase, and derives no key.
    message = attempt(folder, clock, PASSPHRASE)
    assert message.startswith("UnlockThrottledError: Too many wrong passphrases"), message
    assert WAIT.search(message) and "wait 30 s" in message, message
    assert len(derivations) == 5
    vault = Vault.open(folder, wall_time=clock)
    try:
        with pytest.raises(UnlockThrottledError) as caught:
            vault.unlock(USER, PASSPHRASE)
        assert caught.value.seconds == pytest.approx(30)
    finally:
        vault.close()

    clock.now += 10  # a restart ten seconds later counts down from the same moment
    assert "wait 20 s" in attempt(folder, clock, PASSPHRASE)
    assert len(derivations) == 5

    # Each further wrong try doubles the wait, up to 15 minutes.
    expected = [60, 120, 240, 480, 900, 900]
    for failures, seconds in enumerate(expected, start=6):
        clock.now += wait_after(failures - 1)  # exactly when the wait is over
        message = attempt(folder, clock, WRONG)
        assert message.startswith("WrongPassphraseError"), (failures, message)
        assert wait_after(failures) == seconds
        refused = attempt(folder, clock, PASSPHRASE)
        assert refused.startswith("UnlockThrottledError") and WAIT.search(refused), refused
        minutes, rest = divmod(seconds, 60)
        assert f"wait {minutes} min" in refused if minutes else f"wait {rest} s" in refused
        clock.now += seconds - 1
        assert "wait 1 s" in attempt(folder, clock, PASSPHRASE)
        clock.now -= seconds - 1
    assert max(expected) == MAX_WAIT
    assert len(derivations) == 5 + len(expected)

    # The right passphrase after the wait unlocks and starts afresh: five free tries again.
    clock.now += MAX_WAIT
    assert attempt(folder, clock, PASSPHRASE) == ""
    assert not (folder / FILE_NAME).exists()
    for _ in range(4):
        assert "Next try" not in attempt(folder, clock, WRONG)
    assert attempt(folder, clock, PASSPHRASE) == ""


def test_a_wrong_try_changes_nothing_in_the_vault(folder: Path) -> None:
    clock = Clock()
    before = vault_state(folder)
    for _ in range(5):
        attempt(folder, clock, WRONG)
    for failures in range(5, 9):
        assert "wait" in attempt(folder, clock, PASSPHRASE)  # refused while waiting
        clock.now += wait_after(failures)
        assert "Next try" in attempt(folder, clock, WRONG)
    after = vault_state(folder)
    assert after["rows"] == before["rows"]
    assert set(after["files"]) - set(before["files"]) == {FILE_NAME}  # only the counter
    clock.now += MAX_WAIT
    assert attempt(folder, clock, PASSPHRASE) == ""
    assert vault_state(folder) == before


def test_each_vault_counts_for_itself(folder: Path, tmp_path: Path) -> None:
    clock = Clock()
    other, _code = new_vault(tmp_path / "other")
    other.close()
    for _ in range(5):
        attempt(folder, clock, WRONG)
    assert "wait" in attempt(folder, clock, PASSPHRASE)
    assert attempt(tmp_path / "other", clock, PASSPHRASE) == ""


@pytest.mark.parametrize("content", [
    b"", b"\xff\xfe garbage", b"null", b"[]", b"{}", b'{"failures": "many", "last": 0}',
    b'{"failures": 1e400, "last": 0}', b'{"failures": 99, "last": Infinity}',
    b'{"failures": 99, "last": NaN}', b'{"failures": 99, "last": 1e300}',
])
def test_a_damaged_counter_never_locks_anyone_out_for_long(folder: Path,
                                                          content: bytes) -> None:
    clock = Clock()
    counter = folder / FILE_NAME
    counter.write_bytes(content)
    message = attempt(folder, clock, PASSPHRASE)
    if message:
        match = WAIT.search(message)
        assert message.startswith("UnlockThrottledError") and match, message
    clock.now += MAX_WAIT + 1
    assert attempt(folder, clock, PASSPHRASE) == ""
    assert not counter.exists()


def test_a_damaged_counter_is_not_a_reset_to_zero(folder: Path) -> None:
    clock = Clock()
    (folder / FILE_NAME).write_bytes(b"\x00\x01 not json")
    # Seen as "five failures just now": one try after a short wait, then the waits grow.
    assert "wait" in attempt(folder, clock, PASSPHRASE)
    clock.now += 31
    assert "Next try in 1 min" in attempt(folder, clock, WRONG)


def test_a_clock_set_back_does_not_lengthen_the_wait(folder: Path) -> None:
    clock = Clock()
    clock.now += 86_400  # the computer's clock was a day ahead when the tries were made
    for _ in range(5):
        attempt(folder, clock, WRONG)
    clock.now -= 86_400  # and is then put right
    message = attempt(folder, clock, PASSPHRASE)
    assert "wait 30 s" in message, message
    clock.now += 30
    assert attempt(folder, clock, PASSPHRASE) == ""


def test_the_command_line_says_how_long_to_wait(
        folder: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(folder, capsys, monkeypatch)
    before = vault_state(folder)
    for number in range(1, 6):
        line = one_line_error(cli("incident", "list", passphrase=WRONG), "wrong")
        assert ("Next try in 30 s" in line) == (number == 5), line
    # The sixth and seventh tries come from new processes: the count survived the restart.
    sixth, right = (s.finish() for s in [start(folder, ["incident", "list"], WRONG),
                                         start(folder, ["incident", "list"], PASSPHRASE)])
    for result in (sixth, right):
        line = one_line_error(result, "too many wrong passphrases")
        assert WAIT.search(line), line
        seconds = int(re.search(r"wait (\d+) s", line).group(1))  # type: ignore[union-attr]
        assert 1 <= seconds <= 30
    line = one_line_error(cli("incident", "list"), "wait")  # the right one waits too
    assert vault_state(folder)["rows"] == before["rows"]
