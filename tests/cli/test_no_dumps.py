"""Neither front end leaves a crash dump with its secrets (app/process.py): the launcher turns
dumps off before anything else, and a process that then crashes writes no core file where the
same crash without it does."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _child(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl")
def test_the_launcher_turns_dumps_off_first(tmp_path: Path) -> None:
    result = _child("""
        import resource
        from app import process
        from cli.launcher import main
        try:
            main(["--help"])
        except SystemExit:
            pass
        print(resource.getrlimit(resource.RLIMIT_CORE), process.dumpable())
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "(0, 0) False"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core files")
def test_a_crash_after_forbid_dumps_writes_no_core(tmp_path: Path) -> None:
    crash = """
        import os, resource
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
        {forbid}
        os.abort()
    """
    control = tmp_path / "control"
    control.mkdir()
    _child(crash.format(forbid="pass"), control)
    if not any(p.name.startswith("core") for p in control.iterdir()):
        pytest.skip("this system writes no core file into the working folder at all")
    guarded = tmp_path / "guarded"
    guarded.mkdir()
    _child(crash.format(forbid="from app.process import forbid_dumps; forbid_dumps()"), guarded)
    assert list(guarded.iterdir()) == []
