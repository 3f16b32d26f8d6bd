"""The app's runtime distributions and their licence files.

"Runtime distributions" are what pyproject.toml's [project].dependencies pull in, directly and
transitively, as installed in the running environment (markers evaluated here, extras only
where a requirement asks for them). Used by build.spec (it copies each one's licence files into
dist/vorfallbuch/licenses/<name>/), by tools/frozen_smoke.py (it checks they are all there)
and by tests/test_third_party.py (THIRD-PARTY.md names each one).

Needs `packaging`: the test extra declares it, and PyInstaller (the build venv) requires it.
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from collections import deque
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LICENCE_TEXTS = ROOT / "resources" / "licenses"
LICENSES_DIR = "licenses"  # in the bundle: dist/vorfallbuch/licenses/<name>/

# The Qt for Python wheels carry no licence file at all (their metadata says "LGPL-3.0-only OR
# GPL-2.0-only OR GPL-3.0-only"). Vorfallbuch uses them under the LGPL-3.0, whose text is a
# set of additional permissions on top of the GPL-3.0: both texts ship, from resources/licenses/.
SHIPPED_TEXTS: dict[str, tuple[str, ...]] = {
    name: ("LGPL-3.0.txt", "GPL-3.0.txt")
    for name in ("pyside6-essentials", "pyside6-pdf", "shiboken6")
}
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def normalise(name: str) -> str:
    return str(canonicalize_name(name))


def declared(section: str = "dependencies", pyproject: Path = PYPROJECT) -> list[Requirement]:
    """[project].dependencies, or with section="test" that optional extra's requirements."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = (project["dependencies"] if section == "dependencies"
             else project["optional-dependencies"][section])
    return [Requirement(line) for line in lines]


@dataclass
class Closure:
    """The installed runtime distributions (by normalised name) and, for each, the version
    ranges it was asked for with (e.g. "==0.47 (extract-msg)"); `skipped` holds the names
    required only under markers that are false here (e.g. tzdata, for Windows)."""

    dists: dict[str, metadata.Distribution] = field(default_factory=dict)
    ranges: dict[str, list[str]] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)


def runtime_closure(requirements: list[Requirement] | None = None) -> Closure:
    """Walk the requirements as installed; raise LookupError for one that applies here but is
    not installed (the environment does not match pyproject.toml)."""
    closure = Closure()
    # (requirement, who asks for it, whether its marker was already evaluated for the extra)
    queue: deque[tuple[Requirement, str, bool]] = deque(
        (req, "pyproject.toml", False)
        for req in (declared() if requirements is None else requirements))
    done: set[tuple[str, str]] = set()
    while queue:
        req, by, applies = queue.popleft()
        name = normalise(req.name)
        if not applies and req.marker is not None and not req.marker.evaluate({"extra": ""}):
            closure.skipped.add(name)
            continue
        closure.ranges.setdefault(name, []).append(f"{req.specifier or 'any'} ({by})")
        if name not in closure.dists:
            try:
                closure.dists[name] = metadata.distribution(req.name)
            except metadata.PackageNotFoundError:
                raise LookupError(f"{req.name} (required by {by}) is not installed") from None
        dist = closure.dists[name]
        for extra in ["", *sorted(normalise(e) for e in req.extras)]:
            if (name, extra) in done:
                continue
            done.add((name, extra))
            for line in dist.requires or []:
                sub = Requirement(line)
                if sub.marker is None or sub.marker.evaluate({"extra": extra}):
                    queue.append((sub, dist.metadata["Name"], True))
                elif extra == "" and "extra" not in str(sub.marker):
                    closure.skipped.add(normalise(sub.name))
    closure.skipped -= closure.dists.keys()
    return closure


def licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """(installed file, path below the dist-info's licences) for each licence file a
    distribution's metadata folder holds: PEP 639's `licenses/` folder, or the LICENSE,
    COPYING, NOTICE and AUTHORS files older wheels put beside METADATA."""
    found: list[tuple[Path, str]] = []
    for item in dist.files or []:
        parts = item.parts
        if len(parts) < 2 or not parts[0].endswith(".dist-info"):
            continue
        inner = parts[1:]
        if inner[0] == "licenses" and len(inner) > 1:
            found.append((Path(str(dist.locate_file(item))), "/".join(inner[1:])))
        elif len(inner) == 1 and _LICENCE_NAME.match(inner[0]):
            found.append((Path(str(dist.locate_file(item))), inner[0]))
    for text in SHIPPED_TEXTS.get(normalise(dist.metadata["Name"]), ()):
        found.append((LICENCE_TEXTS / text, text))
    return sorted(found, key=lambda pair: pair[1])


def licence_of(dist: metadata.Distribution) -> str:
    """The licence the metadata declares: License-Expression (PEP 639), else a one-line
    License field, else the License classifiers."""
    meta = dist.metadata
    for key in ("License-Expression", "License"):
        values = meta.get_all(key) or []
        text = str(values[0]).strip() if values else ""
        if text and "\n" not in text and len(text) < 120:
            return text
    return "; ".join(c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                     if c.startswith("License ::"))


def _python_licence() -> Path:
    base = Path(sys.base_prefix)
    for candidate in (base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
                      / "LICENSE.txt", base / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    raise LookupError(f"the Python interpreter's LICENSE.txt is not under {base}")


def bundle_licences(build_tools: bool = True) -> dict[str, list[tuple[Path, str]]]:
    """What the frozen build ships under licenses/: folder name -> (source file, path in the
    folder). A folder for each runtime distribution (its normalised name), `python` (the
    interpreter the bundle contains), `fonts` (the dossier fonts), `vorfallbuch` (the
    project's own LICENSE, once there is one) and, with `build_tools`, `pyinstaller` (its
    bootloader is the executable; GPL-2.0 with an exception for bundles)."""
    closure = runtime_closure()
    shipped = {name: licence_files(dist) for name, dist in sorted(closure.dists.items())}
    shipped["python"] = [(_python_licence(), "LICENSE.txt")]
    shipped["fonts"] = [(path, path.name)
                        for path in sorted((ROOT / "resources" / "fonts").glob("LICENSE-*"))]
    if (ROOT / "LICENSE").is_file():
        shipped["vorfallbuch"] = [(ROOT / "LICENSE", "LICENSE")]
    if build_tools:
        shipped["pyinstaller"] = licence_files(metadata.distribution("pyinstaller"))
    return shipped


def copy_licences(bundle: Path) -> int:
    """Copy bundle_licences() into bundle/licenses/ (replacing what was there) and
    THIRD-PARTY.md into bundle/; returns the number of files copied."""
    target = bundle / LICENSES_DIR
    if target.exists():
        shutil.rmtree(target)
    count = 0
    for folder, files in bundle_licences().items():
        if not files:
            raise LookupError(f"{folder} has no licence file to ship")
        for source, relative in files:
            destination = target / folder / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            count += 1
    shutil.copyfile(ROOT / "THIRD-PARTY.md", bundle / "THIRD-PARTY.md")
    return count + 1
