"""THIRD-PARTY.md names every runtime distribution (what pyproject.toml's dependencies pull in,
as installed here) and, for the direct ones, the range pyproject.toml gives; its licence
column is there for each. The frozen build's licence texts are checked by
tools/frozen_smoke.py; this needs no build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from packaging.specifiers import InvalidSpecifier, SpecifierSet

from tools.dists import declared, licence_files, normalise, runtime_closure

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "THIRD-PARTY.md"


def rows(text: str) -> dict[str, list[str]]:
    """The cells of the runtime table, by the normalised name in its first column."""
    table = text.split("## Runtime distributions", 1)[1].split("\n## ", 1)[0]
    found: dict[str, list[str]] = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        header = cells[0] == "Distribution" or set(cells[0]) <= {"-"}
        if line.startswith("|") and len(cells) == 6 and not header:
            found[normalise(cells[0])] = cells
    return found


def specifier(cell: str) -> SpecifierSet:
    quoted = re.search(r"`([^`;]+)", cell)
    assert quoted, cell
    try:
        return SpecifierSet(quoted.group(1))
    except InvalidSpecifier:
        pytest.fail(f"not a version range: {cell}")


def test_every_runtime_distribution_is_listed_with_a_licence() -> None:
    listed = rows(DOC.read_text(encoding="utf-8"))
    closure = runtime_closure()
    assert sorted(closure.dists.keys() - listed.keys()) == []
    for name, dist in closure.dists.items():
        cells = listed[name]  # the version column records the build venv when written
        assert cells[1] and cells[3] and cells[4] and cells[5], name
        assert licence_files(dist), f"{name} has no licence file to ship"
    # Nothing listed that is neither installed here nor required only elsewhere (tzdata).
    assert sorted(listed.keys() - closure.dists.keys() - closure.skipped) == []


def test_direct_dependencies_are_listed_with_pyprojects_range() -> None:
    listed = rows(DOC.read_text(encoding="utf-8"))
    for req in declared():
        cells = listed[normalise(req.name)]
        assert "(pyproject.toml)" in cells[2], cells
        assert specifier(cells[2]) == req.specifier, f"{req.name}: {cells[2]} vs {req}"


def test_the_table_reader_sees_a_missing_row(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    shortened = "\n".join(line for line in text.splitlines() if not line.startswith("| mutagen"))
    assert "mutagen" in rows(text) and "mutagen" not in rows(shortened)
