"""Every third-party module the code imports comes from a distribution pyproject.toml declares.

The app's packages (app/, storage/, export/, ui/, cli/) may use [project].dependencies only;
tests/, tools/ and benchmarks/ also the `test` extra. Every import counts, also one inside a
function and `importlib.import_module("name")` with a literal name. A module is mapped to the
distribution that installed it with importlib.metadata (for a package that several wheels
share, as PySide6 is split between PySide6-Essentials and PySide6-Pdf, to the wheel holding
the submodule). Something that works only because another package happens to pull it in
fails here, before it fails on a user's machine or in the frozen build."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import pytest

from tools.dists import declared, normalise

ROOT = Path(__file__).resolve().parent.parent
APP_TREES = ("app", "storage", "export", "ui", "cli")
TEST_TREES = ("tests", "tools", "benchmarks")
FIRST_PARTY = frozenset({*APP_TREES, *TEST_TREES, "resources"})
# Declared but never imported by name, and why.
NOT_IMPORTED = {
    "tzdata": "zoneinfo reads its data files (Windows only)",
}


@dataclass(frozen=True)
class Use:
    module: str  # the dotted name as written
    where: str  # path:line


def imports(path: Path) -> list[Use]:
    """Absolute imports of one file, at any depth, with importlib.import_module("literal")."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    found: list[tuple[int, Use]] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and _is_import_call(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names = [first.value]
            elif (isinstance(first, ast.JoinedStr) and first.values
                  and isinstance(first.values[0], ast.Constant)
                  and "." in str(first.values[0].value)):  # f"cli.{name}": its package
                names = [str(first.values[0].value).split(".")[0]]
        found += [(node.lineno, Use(name, f"{path}:{node.lineno}")) for name in names]
    return [use for _line, use in sorted(found, key=lambda pair: pair[0])]


def _is_import_call(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "import_module"
    return isinstance(func, ast.Name) and func.id in ("import_module", "__import__")


def sources(root: Path, trees: Iterable[str]) -> list[Path]:
    return sorted(path for tree in trees for path in (root / tree).rglob("*.py")
                  if ".venv" not in path.parts)


@cache
def _owners() -> dict[str, list[str]]:
    return metadata.packages_distributions()


def distributions(module: str) -> set[str] | None:
    """The normalised names of the distributions that installed `module`, or None when no
    installed distribution has it. A top-level package split over several wheels (PySide6)
    is narrowed to the wheel that holds the imported submodule."""
    top = module.split(".")[0]
    owners = {normalise(name) for name in _owners().get(top, [])}
    if len(owners) <= 1 or "." not in module:
        return owners or None
    stem = module.replace(".", "/")
    holding = set()
    for owner in owners:
        files = metadata.distribution(owner).files or []
        if any(str(f).startswith((f"{stem}.", f"{stem}/")) for f in files):
            holding.add(owner)
    return holding or owners


# Modules only the type checker sees (imported under TYPE_CHECKING): typeshed's own helpers.
TYPE_ONLY = {"_typeshed"}


def third_party(uses: Iterable[Use]) -> list[Use]:
    return [use for use in uses
            if (top := use.module.split(".")[0]) not in sys.stdlib_module_names
            and top not in FIRST_PARTY and top != "__future__" and top not in TYPE_ONLY]


def undeclared(root: Path, trees: Iterable[str], allowed: set[str]) -> list[str]:
    """One line for each import whose distribution is not in `allowed` (normalised names)."""
    problems: list[str] = []
    for path in sources(root, trees):
        for use in third_party(imports(path)):
            where = use.where.replace(f"{root}/", "")
            owners = distributions(use.module)
            if owners is None:
                problems.append(f"{where}: {use.module} is imported, but no installed "
                                "distribution provides it")
            elif not owners & allowed:
                problems.append(f"{where}: {use.module} comes from {', '.join(sorted(owners))}, "
                                "which pyproject.toml does not declare")
    return problems


def runtime_names() -> set[str]:
    return {normalise(req.name) for req in declared()}


def test_the_app_imports_only_what_its_dependencies_declare() -> None:
    assert undeclared(ROOT, APP_TREES, runtime_names()) == []


def test_tests_tools_and_benchmarks_import_only_declared_or_test_dependencies() -> None:
    allowed = runtime_names() | {normalise(req.name) for req in declared("test")}
    assert undeclared(ROOT, TEST_TREES, allowed) == []


def test_every_declared_dependency_is_imported_by_the_app() -> None:
    """The reverse: nothing stays declared (and bundled) after its last use is gone."""
    used: set[str] = set()
    for path in sources(ROOT, APP_TREES):
        for use in third_party(imports(path)):
            used |= distributions(use.module) or set()
    assert runtime_names() - used - NOT_IMPORTED.keys() == set()


def test_the_guard_finds_an_undeclared_import(tmp_path: Path) -> None:
    """A sample tree: a function-level import of a test tool, importlib with a literal name, an
    unknown module, next to declared, standard-library, first-party and relative imports."""
    package = tmp_path / "app"
    (package / "inner").mkdir(parents=True)
    (package / "inner" / "mod.py").write_text(
        "import json\n"
        "from PIL import Image\n"
        "from . import sibling\n"
        "from storage import vault\n"
        "import PySide6.QtPdf\n"
        "\n"
        "def later():\n"
        "    import pytest\n"
        "    import importlib\n"
        "    importlib.import_module('psutil')\n"
        "    importlib.import_module(f'cli.{later}')\n"
        "    import surely_not_installed_anywhere\n",
        encoding="utf-8")
    problems = undeclared(tmp_path, ["app"], runtime_names())
    assert problems == [
        "app/inner/mod.py:8: pytest comes from pytest, which pyproject.toml does not declare",
        "app/inner/mod.py:10: psutil comes from psutil, which pyproject.toml does not declare",
        "app/inner/mod.py:12: surely_not_installed_anywhere is imported, but no installed "
        "distribution provides it",
    ]
    # Without PySide6-Pdf declared, QtPdf is undeclared although PySide6 (Essentials) is.
    narrower = runtime_names() - {"pyside6-pdf"}
    assert [p for p in undeclared(tmp_path, ["app"], narrower) if "PySide6" in p] == [
        "app/inner/mod.py:5: PySide6.QtPdf comes from pyside6-pdf, which pyproject.toml does "
        "not declare"]


@pytest.mark.parametrize(("module", "owners"), [
    ("PySide6.QtWidgets", {"pyside6-essentials"}),
    ("PySide6.QtDBus", {"pyside6-essentials"}),
    ("PySide6.QtPdfWidgets", {"pyside6-pdf"}),
    ("bidi.algorithm", {"python-bidi"}),
    ("PIL.Image", {"pillow"}),
    ("yaml_not_here", None),
])
def test_modules_map_to_the_wheels_that_hold_them(module: str, owners: set[str] | None) -> None:
    assert distributions(module) == owners


def test_windows_gets_the_time_zone_data_the_intake_needs() -> None:
    """zoneinfo on Windows has no system database: Europe/Berlin comes from tzdata there."""
    [tzdata] = [req for req in declared() if normalise(req.name) == "tzdata"]
    assert tzdata.marker is not None
    assert tzdata.marker.evaluate({"sys_platform": "win32"})
    assert not tzdata.marker.evaluate({"sys_platform": "linux"})
