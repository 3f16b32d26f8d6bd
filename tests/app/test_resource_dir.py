"""app.paths.resource_dir(): the source tree's resources/, or the bundle folder of the frozen
build (sys._MEIPASS); the dossier fonts and the GUI translation are looked up through it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.paths import resource_dir
from export.dossier import fonts

ROOT = Path(__file__).resolve().parents[2]


def test_source_tree_resources_hold_the_fonts_and_the_translation() -> None:
    folder = resource_dir()
    assert folder == ROOT / "resources"
    assert (folder / "fonts" / "DejaVuSans.ttf").is_file()
    assert (folder / "i18n" / "vorfallbuch_en.qm").is_file()
    assert folder / "fonts" == fonts.FONT_DIR


def test_frozen_build_reads_from_the_bundle_folder(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_dir() == tmp_path / "resources"


def test_a_stray_meipass_outside_a_frozen_build_is_ignored(monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_dir() == ROOT / "resources"
