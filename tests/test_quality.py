"""Style and types are checked on every test run: ruff over the tree, mypy strict on the core
and on the part of ui/ that is typed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    if found.exists():
        return str(found)
    located = shutil.which(name)
    assert located, f"{name} is not installed; install the test extra: pip install -e '.[test]'"
    return located


def test_ruff() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_core() -> None:
    # Configuration (strict, files = app, storage, export) lives in pyproject.toml.
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


# ui/ modules still being typed on other branches (issue 12). Once they are strict-clean, "ui"
# joins the files in pyproject.toml and this list and the test below go.
UI_NOT_YET_STRICT = ("ui/messages.py", "ui/file_errors.py", "ui/intake_texts.py",
                     "ui/recovery.py", "ui/passphrase.py", "ui/attachments/", "ui/export/",
                     "ui/incidents/mail_drop.py")


def test_mypy_strict_on_the_typed_ui() -> None:
    # Errors inside the modules not yet typed are not reported (follow-imports=silent); a
    # typed module's wrong use of one of them is.
    files = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "ui").rglob("*.py"))
    typed = [f for f in files if not f.startswith(UI_NOT_YET_STRICT)]
    assert "ui/table_model.py" in typed and "ui/messages.py" in files
    assert "ui/messages.py" not in typed and len(typed) > len(files) // 2
    result = subprocess.run([_tool("mypy"), "--strict", "--follow-imports=silent", *typed],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
