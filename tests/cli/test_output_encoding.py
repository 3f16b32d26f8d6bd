"""The command line writes UTF-8 whatever the console's code page says: on a German Windows,
`incident list --json > list.json` used to come out in cp1252 with backslash escapes for what
cp1252 lacks (emoji), which is neither UTF-8 nor valid JSON. PYTHONIOENCODING=cp1252 makes
Python pick that code page here, as Windows would for a redirected stream."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import ROOT, TIMEOUT, command_env, make_vault

TITLE = "Drohung 😡 an Bürgermeisterin Ääß – «Feindesliste» 🗡"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_machine_output_is_utf8_in_any_code_page(tmp_path: Path, encoding: str) -> None:
    vault = make_vault(tmp_path / "vault")
    env = {**_env_with_passphrase(), "PYTHONIOENCODING": encoding}
    subprocess.run([sys.executable, "-m", "cli", "--vault", str(vault), "incident", "add",
                    "--title", TITLE, "--occurred", "2026-03-14"], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=TIMEOUT)
    out = tmp_path / "list.json"
    with out.open("wb") as sink:  # `> list.json`: stdout is a file, not a console
        done = subprocess.run([sys.executable, "-m", "cli", "--vault", str(vault), "incident",
                               "list", "--json"], cwd=ROOT, env=env, stdout=sink,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    listed = json.loads(raw.decode("utf-8"))  # strict: any cp1252 byte or escape fails here
    assert [i["title"] for i in listed] == [TITLE]
    assert TITLE.encode("utf-8") in raw and b"\\U0001f621" not in raw and b"\\x" not in raw


def test_an_error_line_is_utf8_too(tmp_path: Path) -> None:
    missing = tmp_path / "Tresor 😡 Äußeres"
    env = {**_env_with_passphrase(), "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run([sys.executable, "-m", "cli", "--vault", str(missing), "incident",
                           "list"], cwd=ROOT, env=env, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 1
    line = done.stderr.decode("utf-8")  # strict
    assert line.startswith("vorfallbuch: error: ") and str(missing) in line
    assert line.count("\n") == 1


def _env_with_passphrase() -> dict[str, str]:
    from tests.conftest import PASSPHRASE

    return command_env(PASSPHRASE, None)
