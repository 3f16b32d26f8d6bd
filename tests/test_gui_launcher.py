"""The `vorfallbuch` command starts the GUI without loading the CLI when it is only given
`gui` and `--vault`, and resolves the vault folder exactly as the CLI would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main as cli_main
from ui.launcher import gui_vault_dir

ROOT = Path(__file__).resolve().parent.parent


def cli_folder(argv: list[str]) -> Path | None:
    """The folder the CLI hands to the GUI for `argv`, or None when it does not start it."""
    seen: list[Path] = []

    def gui(folder: Path) -> int:
        seen.append(folder)
        return 0

    try:
        cli_main(argv, gui=gui)
    except SystemExit:
        return None
    return seen[0] if seen else None


@pytest.mark.parametrize("argv", [
    [], ["gui"], ["--vault", "/tmp/tresor"], ["gui", "--vault", "/tmp/tresor"],
    ["--vault", "/tmp/tresor", "gui"], ["--vault=/tmp/mit leerzeichen"], ["--vault="],
    ["gui", "--vault=relativ/ordner"],
])
def test_fast_path_matches_the_cli(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                   tmp_path: Path) -> None:
    monkeypatch.setenv("VORFALLBUCH_VAULT", str(tmp_path / "standard"))
    assert gui_vault_dir(argv) is not None
    assert gui_vault_dir(argv) == cli_folder(argv)


@pytest.mark.parametrize("argv", [
    ["--help"], ["gui", "--help"], ["gui", "gui"], ["--vault"], ["--vault", "--user"],
    ["--vault", "a", "--vault", "b"], ["list"], ["gui", "--user", "anna"], ["--verbose"],
    ["gui", "extra"], ["-h"],
])
def test_everything_else_goes_to_the_cli(argv: list[str]) -> None:
    assert gui_vault_dir(argv) is None


def test_the_gui_path_loads_no_cli_and_no_vault_code(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import ui.launcher as launcher\n"
        "launcher.start_gui = lambda folder: print('folder', folder) or 0\n"
        "launcher.main(['--vault', sys.argv[1]])\n"
        "print('loaded', sorted(m for m in ('app.cli.main', 'sqlalchemy', 'pydantic',"
        " 'storage.vault', 'PySide6') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=60)
    assert f"folder {tmp_path}" in result.stdout
    assert "loaded []" in result.stdout
