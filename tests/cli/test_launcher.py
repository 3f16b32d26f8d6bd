"""The `vorfallbuch` command has one parser: with no command or `gui` it starts the desktop app
without importing any command's module (or the vault, the ORM, pydantic, Qt) before the GUI
itself; everything else is the command line, which imports only the named command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import COMMANDS, build_parser, command_name
from cli.main import main as cli_main

ROOT = Path(__file__).resolve().parents[2]


def gui_folder(argv: list[str]) -> Path | None:
    """The folder the command hands to the GUI for `argv`, or None when it does not start it."""
    seen: list[Path] = []

    def gui(folder: Path) -> int:
        seen.append(folder)
        return 0

    try:
        cli_main(argv, gui=gui)
    except SystemExit:
        return None
    return seen[0] if seen else None


@pytest.mark.parametrize(("argv", "expected"), [
    ([], "standard"), (["gui"], "standard"), (["--vault", "/tmp/tresor"], "/tmp/tresor"),
    (["gui", "--vault", "/tmp/tresor"], "/tmp/tresor"),
    (["--vault", "/tmp/tresor", "gui"], "/tmp/tresor"),
    (["--vault=/tmp/mit leerzeichen"], "/tmp/mit leerzeichen"), (["--vault="], "standard"),
    (["gui", "--vault=relativ/ordner"], "relativ/ordner"),
    (["gui", "--user", "anna"], "standard"), (["--verbose"], "standard"),
    (["gui", "--verbose", "--vault", "/tmp/tresor"], "/tmp/tresor"),
])
def test_the_gui_gets_the_folder_the_cli_would_use(
        argv: list[str], expected: str, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setenv("VORFALLBUCH_VAULT", str(tmp_path / "standard"))
    wanted = tmp_path / "standard" if expected == "standard" else Path(expected)
    assert gui_folder(argv) == wanted


@pytest.mark.parametrize("argv", [
    ["gui", "gui"], ["--vault"], ["--vault", "a", "gui", "extra"], ["--loud"],
    ["gui", "extra"], ["lis"],
])
def test_a_mistake_is_a_usage_error_not_a_start(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli_main(argv, gui=lambda folder: pytest.fail(f"started the GUI on {folder}"))
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("vorfallbuch: error: ") and err.count("\n") == 1


@pytest.mark.parametrize(("argv", "name"), [
    (["incident", "list"], "incident"), (["--vault", "x", "incident", "list"], "incident"),
    (["--user", "gui", "verify"], "verify"), (["--vault=x", "gui"], "gui"), ([], None),
    (["--passphrase-file", "f"], None), (["nonsense", "--vault", "x"], "nonsense"),
])
def test_the_command_is_found_wherever_the_global_options_stand(
        argv: list[str], name: str | None) -> None:
    assert command_name(argv) == name


def test_help_lists_every_command() -> None:
    text = build_parser().format_help()
    for name in [*COMMANDS, "gui"]:
        assert f"    {name} " in text, name


def test_the_gui_path_loads_no_command_and_no_vault_code(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import cli.launcher as launcher\n"
        "launcher.start_gui = lambda folder: print('folder', folder) or 0\n"
        "launcher.main(['--vault', sys.argv[1]])\n"
        "launcher.main(['gui'])\n"
        "heavy = ('sqlalchemy', 'pydantic', 'storage.vault', 'app.service', 'PySide6', 'ui',"
        " *(f'cli.{m}' for m in set(__import__('cli.main').main.COMMANDS.values())))\n"
        "print('loaded', sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=60)
    assert f"folder {tmp_path}" in result.stdout
    assert "loaded []" in result.stdout


def test_a_command_imports_only_its_own_module(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from cli.main import parse\n"
        "parse(['--vault', sys.argv[1], 'user', 'list'])\n"
        "print('loaded', sorted(m for m in sys.modules if m.startswith('cli.')"
        " and m.endswith('_cmds')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=60)
    assert "loaded ['cli.admin_cmds']" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
@pytest.mark.parametrize("platform", [None, "xcb"])
def test_without_a_screen_the_app_says_so_in_one_line(tmp_path: Path,
                                                      platform: str | None) -> None:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-m", "cli", "--vault", str(tmp_path / "v")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Kein Bildschirm gefunden: DISPLAY ist nicht gesetzt" in lines[0]
    assert "plugin" not in result.stderr and not (tmp_path / "v").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_a_screen_or_a_platform_without_one_is_no_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.launcher import missing_display

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert missing_display() is not None
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_display() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    assert missing_display() is not None
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert missing_display() is None
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert missing_display() is None
