"""A smaller ICU data library for the frozen Linux build (build.spec).

Qt's Linux wheels link ICU, whose data library libicudata.so.NN is 32 MB: every locale of
CLDR, every legacy character set, the word dictionaries of Chinese, Japanese, Thai, Khmer,
Lao and Burmese, the transliterators. Qt uses ICU for collation (QCollator), case mapping
with a locale, time-zone names and legacy text codecs; Vorfallbuch's texts are German or
English, it decodes nothing through Qt (Python decodes every file and mail) and never
transliterates. So the bundle keeps the root, German and English data of every kind
(collation, currencies, languages, regions, time zones, units, number spelling, break rules)
and every item that is not per locale (normalisation, IDNA, time-zone rules, supplemental
data), and drops the other locales, the converters (*.cnv), the break dictionaries and the
transliterators: 32 MB become about 4.5 MB. A locale ICU lacks falls back to its parent,
finally root, as ICU always does.

The library is rebuilt with ICU's own tools (Debian: icu-devtools; their package format does
not depend on the ICU version) and gcc: the data is cut out of the wheel's library (`nm` finds
the icudtNN_dat symbol), `icupkg -r` removes the items, `genccode` turns the package into
assembly that defines the same symbol, and gcc links it with the same soname.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

KEEP_LANGUAGES = ("de", "en")
TOOLS = ("nm", "readelf", "icupkg", "genccode", "gcc")
_LOCALE = re.compile(r"^(?:[a-z]{2,3}|[a-z]{2,3}_[A-Za-z0-9_]+)\.res$")
_NOT_LOCALES = {"res_index.res", "root.res"}  # the index of each tree; the root locale


def kept(item: str, languages: Iterable[str] = KEEP_LANGUAGES) -> bool:
    """Whether the bundle keeps one item of the ICU data package (as `icupkg -l` names it:
    "de.res", "coll/de_AT.res", "brkitr/thaidict.dict", "ibm-943_P15A-2003.cnv")."""
    parts = item.split("/")
    name = parts[-1]
    if name.endswith(".cnv"):  # legacy character sets: Qt decodes nothing for the app
        return False
    if parts[0] == "translit" and len(parts) > 1:  # transliterators: never used
        return False
    if parts[0] == "brkitr" and name.endswith(".dict"):  # CJK/South-East Asian word lists
        return False
    if name in _NOT_LOCALES or not _LOCALE.match(name):
        return True
    return name[:-4].split("_")[0] in set(languages)


def _run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n"
                           f"{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return result.stdout


def slim(library: Path, workdir: Path) -> Path:
    """Build the smaller libicudataNN in `workdir` from the wheel's `library`; returns it."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"the frozen build needs {', '.join(missing)} to shrink ICU's data "
                           "(Debian: apt-get install icu-devtools gcc binutils)")
    library = library.resolve()
    version = re.fullmatch(r"libicudata\.so\.(\d+)(?:\.\d+)*", library.name)
    if version is None:
        raise RuntimeError(f"{library.name} is not an ICU data library")
    symbol = f"icudt{version.group(1)}_dat"
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    # Where the data sits: the symbol's address and size, and its section's file offset.
    listed = _run(["nm", "-D", "-S", "--defined-only", str(library)], workdir).split()
    address, size = (int(value, 16) for value in listed[listed.index(symbol) - 3:][:2])
    sections = _run(["readelf", "-S", "-W", str(library)], workdir)
    found = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if found is None:
        raise RuntimeError(f"no .rodata section in {library}")
    offset = address - int(found.group(1), 16) + int(found.group(2), 16)
    with library.open("rb") as handle:
        handle.seek(offset)
        data = handle.read(size)
    package = f"icudt{version.group(1)}l"
    (workdir / f"{package}.dat").write_bytes(data)
    items = _run(["icupkg", "-l", f"{package}.dat"], workdir).split()
    dropped = [item for item in items if not kept(item)]
    (workdir / "remove.txt").write_text("".join(f"{item}\n" for item in dropped),
                                        encoding="utf-8")
    # --ignore-deps: root's break rules name the dictionaries, loaded only to split words of
    # those scripts (which Qt leaves to its own code); a few aliases name dropped locales.
    # The output keeps the package's name: icupkg names the items' prefix after the file, and
    # ICU looks them up as icudtNNl/<item>.
    (workdir / "slim").mkdir()
    _run(["icupkg", "--ignore-deps", "-r", "remove.txt", f"{package}.dat",
          f"slim/{package}.dat"], workdir)
    _run(["genccode", "--assembly", "gcc", "--entrypoint", symbol[:-4], "--filename", "slim",
          f"slim/{package}.dat"], workdir)
    target = workdir / library.name
    _run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target),
          "slim.S"], workdir)
    return target
