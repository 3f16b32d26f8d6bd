"""The layers, read from the source (every import, also those inside functions) and checked by
importing: storage/ <- app/ <- export/ <- the front ends ui/ and cli/.

- app/, storage/ and export/ never import Qt or a front end;
- app/ imports neither export/ nor a front end; storage/ imports nothing above it;
- no front end imports storage/: the vault is reached through app/'s services only, and
  export/ reads it the same way;
- of the front ends, only cli/launcher.py knows ui/ (it starts the GUI); ui/ never imports cli/;
- no two modules import each other, directly or round a longer circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("storage", "app", "export", "ui", "cli")
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")
# What each package may not import (beyond Qt for the core).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "storage": (*QT, "app", "export", "ui", "cli"),
    "app": (*QT, "export", "ui", "cli"),
    "export": (*QT, "ui", "cli", "storage"),
    "ui": ("storage", "cli"),
    "cli": ("storage", "ui"),
}
ALLOWED = {("cli.launcher", "ui")}  # the one entry point starts the GUI


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports(path: Path, root: Path = ROOT, modules: Iterable[str] = ()) -> list[str]:
    """Every module `path` imports, absolute, with relative imports resolved. `from a import b`
    imports the module a.b when that is one of `modules`, else (a name defined in a) a."""
    known = set(modules)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = module_name(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[:len(package) - node.level + 1], *filter(None, [base])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                names.append(full if full in known else base)
    return names


def sources(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> dict[str, Path]:
    return {module_name(path, root): path
            for package in packages for path in sorted((root / package).rglob("*.py"))}


def layer_violations(root: Path = ROOT) -> list[str]:
    found = []
    modules = sources(root)
    for module, path in modules.items():
        layer = module.split(".")[0]
        for name in imports(path, root, modules):
            top = name.split(".")[0]
            if top in FORBIDDEN[layer] and (module, top) not in ALLOWED:
                found.append(f"{module} imports {name}")
    return sorted(set(found))


def import_cycles(root: Path = ROOT) -> list[list[str]]:
    """Circles in the module graph (strongly connected components of more than one module)."""
    modules = sources(root)
    graph = {m: sorted({n for n in imports(p, root, modules) if n in modules and n != m})
             for m, p in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm, recursion depth = longest import path
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in graph[node]:
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    return sorted(cycles)


def test_no_layer_imports_what_it_must_not() -> None:
    assert layer_violations() == []


def test_no_two_modules_import_each_other() -> None:
    assert import_cycles() == []


def test_importing_every_core_module_loads_no_qt() -> None:
    """Catches indirect imports too: load every core module, then look at sys.modules."""
    modules = [m for m in sources(ROOT, ("app", "storage", "export"))
               if not m.endswith("__main__")]
    forbidden = (*QT, "ui", "cli")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {forbidden!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    return tmp_path


def test_the_guards_see_a_side_door_and_a_circle(sample: Path) -> None:
    (sample / "ui" / "door.py").write_text("def f():\n    from storage.vault import Vault\n")
    (sample / "export" / "qt.py").write_text("from PySide6 import QtCore\n")
    (sample / "app" / "up.py").write_text("from export import pipeline\n")
    (sample / "cli" / "gui.py").write_text("import ui.app\n")
    (sample / "cli" / "launcher.py").write_text("from ui import app\n")  # allowed
    (sample / "app" / "a.py").write_text("from app import b\n")
    (sample / "app" / "b.py").write_text("from . import c\n")
    (sample / "app" / "c.py").write_text("import app.a\n")
    assert layer_violations(sample) == [
        "app.up imports export", "cli.gui imports ui.app", "export.qt imports PySide6",
        "ui.door imports storage.vault"]
    assert import_cycles(sample) == [["app.a", "app.b", "app.c"]]
