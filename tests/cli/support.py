"""Helpers shared by the CLI tests (tests/cli/): running `vorfallbuch` as a process or
in-process, and the checks every user mistake must pass (one line on stderr, no traceback).

It holds no tests itself; test_support.py checks the helpers, so a broken helper cannot
make the CLI tests pass vacuously."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120
EXIT_INTERNAL = 70
# Kept from the test session's environment: the log folder (tests/conftest.py), so no CLI run
# of a test writes to the real user's log.
KEPT_ENV = ("VORFALLBUCH_LOG_DIR", "VORFALLBUCH_RUNTIME_DIR")

Arg = str | bytes | Path


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def make_vault(folder: Path) -> Path:
    """A vault with the cheap KDF: it unlocks in milliseconds (the slot keeps its parameters)."""
    vault, _code = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    return folder


# -- as a process -----------------------------------------------------------------------------
def command_env(passphrase: str | None, extra: dict[str, str] | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("VORFALLBUCH_") or k in KEPT_ENV}
    env["PYTHONUTF8"] = "1"  # the tests decode output as UTF-8 whatever the host locale is
    if passphrase is not None:
        env["VORFALLBUCH_PASSPHRASE"] = passphrase
    env.update(extra or {})
    return env


@dataclass
class Started:
    process: subprocess.Popen[bytes]
    stdin: bytes

    def finish(self) -> Result:
        out, err = self.process.communicate(self.stdin, timeout=TIMEOUT)
        return Result(self.process.returncode, out.decode("utf-8"), err.decode("utf-8"))


def start(vault: Path, args: Sequence[Arg], passphrase: str | None = PASSPHRASE,
          env: dict[str, str] | None = None, stdin: bytes = b"") -> Started:
    """Start `python -m cli --vault VAULT ARGS...`; stdin is a pipe, never a terminal."""
    command: list[Arg] = [sys.executable, "-m", "cli", "--vault", vault, *args]
    process = subprocess.Popen(command, cwd=ROOT, env=command_env(passphrase, env),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    return Started(process, stdin)


def run(vault: Path, *args: Arg, passphrase: str | None = PASSPHRASE,
        env: dict[str, str] | None = None, stdin: bytes = b"") -> Result:
    return start(vault, args, passphrase, env, stdin).finish()


def run_many(vault: Path, *commands: Sequence[Arg], passphrase: str | None = PASSPHRASE
             ) -> list[Result]:
    """Independent commands side by side (a process start costs about a second)."""
    started = [start(vault, command, passphrase) for command in commands]
    return [s.finish() for s in started]


# -- in-process (fast: for the many bad-input cases) ------------------------------------------
class InProcess:
    """Calls cli.main.main() as the entry point does, with its own environment and a
    standard input that is never a terminal."""

    def __init__(self, vault: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.vault = vault
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        for name in list(os.environ):
            if name.startswith("VORFALLBUCH_") and name not in KEPT_ENV:
                monkeypatch.delenv(name)

    def __call__(self, *args: str, passphrase: str | None = PASSPHRASE,
                 env: dict[str, str] | None = None, stdin: bytes = b"",
                 vault: Path | None = None) -> Result:
        mp = self._monkeypatch
        if passphrase is None:
            mp.delenv("VORFALLBUCH_PASSPHRASE", raising=False)
        else:
            mp.setenv("VORFALLBUCH_PASSPHRASE", passphrase)
        for name in ("VORFALLBUCH_NEW_PASSPHRASE", "VORFALLBUCH_RECOVERY_CODE"):
            mp.delenv(name, raising=False)
        for name, value in (env or {}).items():
            mp.setenv(name, value)
        mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        self._capsys.readouterr()
        try:
            code = main(["--vault", str(vault or self.vault), *args])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = self._capsys.readouterr()
        return Result(code, out, err)

    def state(self) -> tuple[str, int, list[str]]:
        """What an error must leave unchanged: the incident list, the length of the history
        chain (every save of any record adds a link) and the files in the attachment store."""
        incidents = ok(self("incident", "list", "--json")).out
        chain = len(ok(self("log", "--json")).json())
        store = sorted(str(p.relative_to(self.vault)) for p in
                       (self.vault / "attachments").rglob("*"))
        return incidents, chain, store


# -- checks -----------------------------------------------------------------------------------
def ok(result: Result) -> Result:
    assert result.code == 0, (result.code, result.err)
    assert "Traceback" not in result.err
    return result


def one_line_error(result: Result, *words: str, code: int | None = None) -> str:
    """A user mistake: a non-zero exit that is not the internal-error code, exactly one line
    on stderr, no traceback, nothing on stdout; the line names what was wrong."""
    assert result.code not in (0, EXIT_INTERNAL), (result.code, result.out, result.err)
    if code is not None:
        assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1 and result.err.endswith("\n"), result.err
    assert lines[0].startswith("vorfallbuch: error: "), result.err
    assert result.out == "", result.out
    for word in words:
        assert word.lower() in result.err.lower(), (word, result.err)
    return lines[0]
