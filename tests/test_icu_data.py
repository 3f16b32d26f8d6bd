"""tools/icu_data.py, the smaller ICU data library of the frozen Linux build: which items stay,
and (where ICU's tools and gcc are installed, as on the build machine) that the library it
builds from the installed Qt wheel serves Qt's German collation, case mapping and time-zone
names, with the other locales falling back to root as ICU does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import icu_data


@pytest.mark.parametrize(("item", "kept"), [
    ("root.res", True), ("de.res", True), ("de_AT.res", True), ("en_001.res", True),
    ("coll/de.res", True), ("coll/de__PHONEBOOK.res", True), ("coll/ucadata.icu", True),
    ("zone/de_CH.res", True), ("curr/en_GB.res", True), ("brkitr/root.res", True),
    ("brkitr/word.brk", True), ("res_index.res", True), ("coll/res_index.res", True),
    ("pool.res", True), ("supplementalData.res", True), ("zoneinfo64.res", True),
    ("metaZones.res", True), ("nfkc.nrm", True), ("uts46.nrm", True), ("cnvalias.icu", True),
    ("fr.res", False), ("coll/sv.res", False), ("zone/ar_EG.res", False),
    ("yue_Hant_HK.res", False), ("ibm-943_P15A-2003.cnv", False),
    ("brkitr/cjdict.dict", False), ("brkitr/thaidict.dict", False),
    ("translit/root.res", False), ("translit/de_ASCII.res", False),
])
def test_which_items_stay(item: str, kept: bool) -> None:
    assert icu_data.kept(item) is kept


def _qt_icudata() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's wheels ship ICU on Linux")
def test_the_slim_library_serves_german_and_falls_back_for_the_rest(tmp_path: Path) -> None:
    library = _qt_icudata()
    missing = [tool for tool in icu_data.TOOLS if shutil.which(tool) is None]
    if library is None or missing:
        pytest.skip(f"needs Qt's libicudata and {missing} (the build machine's tools)")
    slim = icu_data.slim(library, tmp_path / "icu")
    assert slim.name == library.name
    assert slim.stat().st_size < library.stat().st_size / 4
    script = (
        "from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone\n"
        "words = ['Zebra', 'Äpfel', 'apfel', 'Öl', 'Ober']\n"
        "print(sorted(words, key=QCollator(QLocale('de_DE')).sortKey))\n"
        "print(sorted(['Zebra', 'Äpfel'], key=QCollator(QLocale('sv_SE')).sortKey))\n"
        "print(QLocale('de_DE').toUpper('straße'))\n"
        "zone = QTimeZone(b'Europe/Berlin')\n"
        "print(zone.displayName(QDateTime(2026, 1, 15, 12, 0, 0, 0, zone),\n"
        "                       QTimeZone.NameType.LongName, QLocale('de_DE')))\n")
    # The wheel's ICU libraries find libicudata through RUNPATH, which LD_LIBRARY_PATH precedes.
    env = {**os.environ, "LD_LIBRARY_PATH": str(slim.parent), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert result.stdout.splitlines() == [
        "['apfel', 'Äpfel', 'Ober', 'Öl', 'Zebra']",
        "['Äpfel', 'Zebra']",  # Swedish would put Ä after Z: gone, root collation instead
        "STRASSE",
        "Mitteleuropäische Normalzeit"]
