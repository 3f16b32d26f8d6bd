"""./run installs the Debian libraries Qt loads (headless for tests, X11's for a window) where
they are missing, and only for commands that start Qt. The real script runs here; only the
system's package tools (dpkg-query, apt-get, sudo, id) are stand-ins that log their calls, since
a test must not install packages on the machine it runs on."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("sh", "cat", "grep", "dirname", "uname")  # the real ones the script needs

DPKG_QUERY = """#!/bin/sh
# dpkg-query -W -f='${Package} ${Status}\\n' PACKAGE...: a line for each one listed in
# $STUB_INSTALLED; exit 1 when any is not (as dpkg-query does)
echo "dpkg-query" >> "$STUB_LOG.dpkg"
rc=0
for arg; do
    case "$arg" in -*) continue ;; esac
    if grep -qx "$arg" "$STUB_INSTALLED"; then echo "$arg install ok installed"
    else echo "dpkg-query: no packages found matching $arg" >&2; rc=1; fi
done
exit $rc
"""
LOGGER = """#!/bin/sh
echo "{name} $*" >> "$STUB_LOG"
exit ${{STUB_{var}_RC:-0}}
"""
SUDO = """#!/bin/sh
echo "sudo $*" >> "$STUB_LOG"
exec "$@"
"""
ID = """#!/bin/sh
echo "$STUB_UID"
"""


def _script(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)


def _packages(var: str) -> list[str]:
    text = (ROOT / "run").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith(f"{var}="))
    words = line.split("=", 1)[1].strip('"').split()
    if words[:1] == ["$QT_HEADLESS_DEBS"]:
        return [*_packages("QT_HEADLESS_DEBS"), *words[1:]]
    return words


class Machine:
    """A PATH of stand-in package tools and the real basic commands."""

    def __init__(self, tmp_path: Path, *, dpkg: bool = True, sudo: bool = True) -> None:
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        for tool in TOOLS:
            real = shutil.which(tool)
            assert real, tool
            (self.bin / tool).symlink_to(real)
        if dpkg:
            _script(self.bin, "dpkg-query", DPKG_QUERY)
            _script(self.bin, "apt-get", LOGGER.format(name="apt-get", var="APT"))
        if sudo:
            _script(self.bin, "sudo", SUDO)
        _script(self.bin, "id", ID)
        self.installed = tmp_path / "installed"
        self.log = tmp_path / "log"
        self.log.write_text("", encoding="utf-8")

    def run(self, *args: str, installed: list[str], uid: int = 0, apt_rc: int = 0,
            platform: str | None = None) -> subprocess.CompletedProcess[str]:
        self.installed.write_text("".join(f"{p}\n" for p in installed), encoding="utf-8")
        env = {"PATH": str(self.bin), "HOME": str(self.installed.parent),
               "STUB_INSTALLED": str(self.installed), "STUB_LOG": str(self.log),
               "STUB_UID": str(uid), "STUB_APT_RC": str(apt_rc)}
        if platform is not None:
            env["QT_QPA_PLATFORM"] = platform
        return subprocess.run([str(ROOT / "run"), *args], env=env, capture_output=True,
                              text=True, timeout=60, check=False)

    def calls(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()


HEADLESS = _packages("QT_HEADLESS_DEBS")
DESKTOP = _packages("QT_DESKTOP_DEBS")


def test_package_lists() -> None:
    assert "libxcb-cursor0" in DESKTOP and "libxcb-cursor0" not in HEADLESS  # Qt >= 6.5's xcb
    assert set(HEADLESS) < set(DESKTOP)
    assert len(set(DESKTOP)) == len(DESKTOP)


def test_nothing_missing_installs_nothing(tmp_path: Path) -> None:
    machine = Machine(tmp_path)
    result = machine.run("libs", "desktop", installed=DESKTOP)
    assert result.returncode == 0, result.stderr
    assert machine.calls() == []
    assert result.stdout == ""
    # One query for all the packages: the check runs at every start of the app.
    assert (machine.log.parent / "log.dpkg").read_text(encoding="utf-8") == "dpkg-query\n"


def test_root_installs_exactly_the_missing_packages(tmp_path: Path) -> None:
    machine = Machine(tmp_path)
    present = [p for p in DESKTOP if p not in ("libxcb-cursor0", "fonts-dejavu-core")]
    result = machine.run("libs", "desktop", installed=present)
    assert result.returncode == 0, result.stderr
    assert machine.calls() == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends fonts-dejavu-core libxcb-cursor0"]
    assert "fonts-dejavu-core libxcb-cursor0" in result.stdout


def test_headless_does_not_ask_for_the_x11_libraries(tmp_path: Path) -> None:
    machine = Machine(tmp_path)
    result = machine.run("libs", "headless", installed=HEADLESS)
    assert result.returncode == 0, result.stderr
    assert machine.calls() == []


def test_a_user_installs_through_sudo(tmp_path: Path) -> None:
    machine = Machine(tmp_path)
    result = machine.run("libs", installed=DESKTOP[1:], uid=1000)  # desktop is the default
    assert result.returncode == 0, result.stderr
    assert machine.calls() == [
        "sudo apt-get update -qq", "apt-get update -qq",
        f"sudo apt-get install -y -qq --no-install-recommends {DESKTOP[0]}",
        f"apt-get install -y -qq --no-install-recommends {DESKTOP[0]}"]
    assert "sudo" in result.stdout and "password" in result.stdout


def test_without_sudo_a_user_is_told_what_to_install(tmp_path: Path) -> None:
    machine = Machine(tmp_path, sudo=False)
    result = machine.run("libs", installed=DESKTOP[:-1], uid=1000)
    assert result.returncode == 1
    assert machine.calls() == []
    assert result.stderr.strip() == ("Please install them as administrator: apt-get install "
                                     f"{DESKTOP[-1]}")


def test_not_debian_nothing_is_checked(tmp_path: Path) -> None:
    machine = Machine(tmp_path, dpkg=False)
    result = machine.run("libs", "desktop", installed=[])
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""


def test_a_failed_install_stops_the_script(tmp_path: Path) -> None:
    machine = Machine(tmp_path)
    result = machine.run("libs", "headless", installed=[], apt_rc=100)
    assert result.returncode == 100
    assert machine.calls() == ["apt-get update -qq"]


@pytest.mark.parametrize("args", [[], ["gui"], ["--vault", "/nowhere"], ["gui", "--vault=/x"]])
def test_starting_the_app_checks_the_x11_libraries_first(tmp_path: Path,
                                                          args: list[str]) -> None:
    """apt-get fails here, so the script stops before the app would start."""
    if os.uname().sysname != "Linux":
        pytest.skip("the check is for Linux")
    machine = Machine(tmp_path)
    result = machine.run("app", *args, installed=HEADLESS, apt_rc=1, platform="")
    assert result.returncode == 1
    assert machine.calls() == ["apt-get update -qq"]
    assert "libxcb-cursor0" in result.stdout
    # Offscreen (tests, screenshots) asks only for the headless ones.
    offscreen = machine.run("app", *args, installed=[], apt_rc=1, platform="offscreen")
    assert offscreen.returncode == 1
    assert offscreen.stdout.splitlines()[0] == ("Qt needs these system libraries, which are "
                                                f"missing: {' '.join(HEADLESS)}")


@pytest.mark.parametrize("args", [["--help"], ["incident", "list"], ["--vault", "/x", "log"]])
def test_command_line_use_needs_no_qt_libraries(tmp_path: Path, args: list[str]) -> None:
    machine = Machine(tmp_path)
    machine.run("app", *args, installed=[], apt_rc=1, platform="")
    assert machine.calls() == []


# -- ./run tests and ./run lint: ruff, mypy, pytest --------------------------------------------
FAKE_PYTHON = """#!/bin/sh
# The venv's python: hashing pyproject.toml (python -c) is real; -m pytest is logged.
if [ "$1" = "-c" ]; then exec {real} "$@"; fi
echo "python $* QT_QPA_PLATFORM=$QT_QPA_PLATFORM" >> "$STUB_LOG"
exit ${{STUB_PYTEST_RC:-0}}
"""


class Checkout:
    """A copy of ./run beside a set-up .venv whose python, ruff and mypy are stand-ins that log
    their calls and exit with the code the test asks for; the Debian libraries are present."""

    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path / "checkout"
        (self.root / ".venv" / "bin").mkdir(parents=True)
        shutil.copy2(ROOT / "run", self.root / "run")
        pyproject = b"[project]\nname = 'stand-in'\n"
        (self.root / "pyproject.toml").write_bytes(pyproject)
        # The stamp of an installed venv: ./run does not reinstall.
        (self.root / ".venv" / ".installed-from").write_text(
            hashlib.sha256(pyproject).hexdigest() + "\n", encoding="utf-8")
        venv = self.root / ".venv" / "bin"
        _script(venv, "python", FAKE_PYTHON.format(real=sys.executable))
        for tool in ("ruff", "mypy"):
            _script(venv, tool, LOGGER.format(name=tool, var=tool.upper()))
        self.machine = Machine(tmp_path)

    def run(self, *args: str, ruff: int = 0, mypy: int = 0,
            pytest_rc: int = 0) -> subprocess.CompletedProcess[str]:
        self.machine.installed.write_text("".join(f"{p}\n" for p in HEADLESS),
                                          encoding="utf-8")
        env = {"PATH": str(self.machine.bin), "HOME": str(self.root),
               "STUB_INSTALLED": str(self.machine.installed), "STUB_LOG": str(self.machine.log),
               "STUB_UID": "0", "STUB_RUFF_RC": str(ruff), "STUB_MYPY_RC": str(mypy),
               "STUB_PYTEST_RC": str(pytest_rc)}
        return subprocess.run([str(self.root / "run"), *args], env=env, capture_output=True,
                              text=True, timeout=60, check=False)

    def calls(self) -> list[str]:
        return self.machine.calls()


PYTEST_CALL = "python -m pytest -k intake tests/app QT_QPA_PLATFORM=offscreen"


def test_tests_run_ruff_then_mypy_then_pytest_with_the_arguments(tmp_path: Path) -> None:
    checkout = Checkout(tmp_path)
    result = checkout.run("tests", "-k", "intake", "tests/app")
    assert result.returncode == 0, result.stderr
    assert checkout.calls() == ["ruff check .", "mypy ", PYTEST_CALL]
    assert result.stderr == ""


@pytest.mark.parametrize(("codes", "failed", "rc"), [
    ({"ruff": 1}, "ruff", 1),
    ({"mypy": 1}, "mypy", 1),
    ({"ruff": 1, "mypy": 2}, "ruff mypy", 1),
    ({"pytest_rc": 1}, "pytest", 1),
    ({"mypy": 1, "pytest_rc": 5}, "mypy pytest", 5),  # pytest's own code when it failed too
])
def test_tests_fail_if_any_step_fails_and_still_run_the_others(
        tmp_path: Path, codes: dict[str, int], failed: str, rc: int) -> None:
    checkout = Checkout(tmp_path)
    result = checkout.run("tests", "-k", "intake", "tests/app", **codes)
    assert result.returncode == rc
    assert checkout.calls() == ["ruff check .", "mypy ", PYTEST_CALL]
    assert result.stderr.splitlines()[-1] == f"./run tests: failed: {failed}"


def test_lint_runs_ruff_and_mypy_only(tmp_path: Path) -> None:
    checkout = Checkout(tmp_path)
    assert checkout.run("lint").returncode == 0
    assert checkout.calls() == ["ruff check .", "mypy "]
    failing = checkout.run("lint", mypy=1)
    assert failing.returncode == 1
    assert failing.stderr.splitlines()[-1] == "./run lint: failed: mypy"
    assert checkout.calls()[2:] == ["ruff check .", "mypy "]


def test_the_ci_script_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line and not line.startswith("#")]
    assert commands[-1] == "./run tests"
    assert not (ROOT / "tests" / "test_quality.py").exists()  # lint is ./run's step, not pytest's
