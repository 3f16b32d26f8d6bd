"""Fixtures of the GUI tests: scripted dialogs, the English translation, a settings file of
their own (the vault fixtures come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.support import ScriptedDialogs


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    """The app's own way of switching to English; removed again so other tests see German."""
    from ui.app import install_translation

    translator = install_translation(qapp, "en")
    assert translator is not None, "resources/i18n/vorfallbuch_en.qm did not load"
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def settings_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """GUI tests never touch the real user's settings file."""
    path = tmp_path / "settings.json"
    monkeypatch.setenv("VORFALLBUCH_CONFIG", str(path))
    return path
