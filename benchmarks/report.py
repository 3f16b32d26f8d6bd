"""The result table (measure, value, target, result) and its JSON form."""

from __future__ import annotations

import compileall
import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import __version__ as cryptography_version


@dataclass(frozen=True)
class Row:
    measure: str
    value: str
    target: str = ""
    passed: bool | None = None  # None: reported for information, no target

    @property
    def result(self) -> str:
        return {True: "pass", False: "FAIL", None: ""}[self.passed]


PACKAGES = ("app", "ui", "storage", "export", "benchmarks")


def compile_project(root: Path) -> None:
    """Write the project's byte code, as an installed app (pip compiles on install, the first
    start writes the rest) and the frozen build (PyInstaller ships .pyc) have it. Without it,
    each child process compiles every module it imports from source: about 10 ms before the
    unlock dialog alone, and more in the background loads the stall measurements watch. Needed
    where PYTHONDONTWRITEBYTECODE is set (as on this project's work machines)."""
    for package in PACKAGES:
        compileall.compile_dir(root / package, quiet=1)


def machine() -> dict[str, Any]:
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": _cpu_model(),
        "python": sys.version.split()[0],
        "cryptography": cryptography_version,
        # The machine is shared: the load average tells how much else ran meanwhile.
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg")
        else [],
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def table(rows: list[Row]) -> str:
    header = Row("Measure", "Value", "Target")
    cells = [(r.measure, r.value, r.target, r.result or ("Result" if r is header else ""))
             for r in [header, *rows]]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = []
    for number, cell in enumerate(cells):
        lines.append("| " + " | ".join(v.ljust(w) for v, w in zip(cell, widths, strict=True))
                     + " |")
        if number == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def write_json(path: Path, info: dict[str, Any], rows: list[Row],
               details: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"machine": info, "rows": [{**asdict(r), "result": r.result} for r in rows],
            **details}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
