"""The app on a vault with a damaged database page: it opens, shows the incidents it can read
and says how many could not be opened and that the check names them (the storage side:
tests/storage/test_page_damage.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.controller_support import started, unlock
from tests.gui.support import ScriptedDialogs
from tests.storage.test_page_damage import filled_vault, pages_of, zero_page


def test_the_app_shows_the_readable_incidents_and_names_the_check(
        qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs, settings_path: Path) -> None:
    folder = tmp_path / "vault"
    titles = filled_vault(folder)
    db = folder / "vault.db"
    leaf = next(number for _, number, kind in pages_of(db, "record") if kind == "leaf")
    zero_page(db, db.read_bytes(), leaf)
    controller = started(folder, dialogs, settings_path)
    try:
        unlock(qtbot, controller)
        window = controller.window
        start = window.start_view  # the first tab names the damage too, and opens the check
        qtbot.waitUntil(lambda: start.overview is not None, timeout=15_000)
        assert start.overview is not None and start.overview.unreadable > 0
        assert start.line("verify") is not None
        window.show_incident_list()
        pane = window.incidents
        shown = pane.model.rowCount()
        assert 0 < shown < len(titles)
        assert pane.warning.isVisible()
        assert pane.warning.text().startswith(
            f"{len(titles) - shown} Vorfälle konnten nicht geöffnet werden")
        assert "Prüfung" in pane.warning.text()
        assert not dialogs.errors  # a list, not an error box that leaves it empty
    finally:
        controller.close()
