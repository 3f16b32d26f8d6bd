"""The start view ("Übersicht") in the real app on a real vault: shown first after unlocking,
with the open Strafantrag deadlines (days left, passed without an Antrag), the unreported
incidents, the evidence that lacks what the police need and the last backup; each line opens
what it names, by mouse and by keyboard; an empty vault gets the guidance and the help
contacts; a save refreshes it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.deadline import add_months
from app.domain import AttachmentKind
from app.service import VaultService
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER
from tests.gui.controller_support import activate, started, unlock
from tests.gui.support import ScriptedDialogs
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.start_view import MAX_TITLE, LineButton, StartView

LONG_TITLE = "Drohung & Beleidigung <b>nicht fett</b> " + "sehr lang " * 20


def make_vault(folder: Path, fill: bool) -> dict[str, str]:
    vault, _ = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    service = VaultService(vault)
    ids: dict[str, str] = {}
    if fill:
        today = dt.date.today()
        suspect = service.add_person({"kind": "suspect", "name": "Max Müller"}).id
        perpetrator = [{"person_id": suspect, "role": "perpetrator"}]
        ids["soon"] = service.add_incident({
            "title": "Beleidigung im Gemeinderat", "occurred": {"date": "2026-01-10"},
            "categories": ["beleidigung"], "persons": perpetrator,
            "discovered_on": add_months(today + dt.timedelta(days=10), -3).isoformat(),
            "case": {"reported": True}}).id
        ids["expired"] = service.add_incident({
            "title": LONG_TITLE, "occurred": {"date": "2025-01-02"},
            "categories": ["beleidigung"], "persons": perpetrator,
            "discovered_on": "2025-01-02", "case": {"reported": True}}).id
        ids["unreported"] = service.add_incident({
            "title": "Drohbrief im Briefkasten", "occurred": {"date": "2026-02-01"},
            "categories": ["bedrohung"]}).id  # an Offizialdelikt: no deadline line
        ids["screenshot"] = service.add_attachment_stream(
            ids["unreported"], io.BytesIO(b"png"), "Kommentar & Antwort.png",
            AttachmentKind.SCREENSHOT,
            extra={"online": {"captured_at": "2026-02-01T10:00:00+01:00",
                              "posted_at": "2026-02-01T09:00:00+01:00"}}).id
    vault.close()
    return ids


@pytest.fixture
def filled(qtbot: QtBot, vault_dir: Path, dialogs: ScriptedDialogs,
           settings_path: Path) -> Iterator[tuple[AppController, dict[str, str]]]:
    ids = make_vault(vault_dir, fill=True)
    ctrl = started(vault_dir, dialogs, settings_path)
    try:
        yield ctrl, ids
    finally:
        ctrl.close()


@pytest.fixture
def empty(qtbot: QtBot, vault_dir: Path, dialogs: ScriptedDialogs,
          settings_path: Path) -> Iterator[AppController]:
    make_vault(vault_dir, fill=False)
    ctrl = started(vault_dir, dialogs, settings_path)
    try:
        yield ctrl
    finally:
        ctrl.close()


def shown(qtbot: QtBot, ctrl: AppController) -> tuple[MainWindow, StartView]:
    """Unlock and wait for the start view's job."""
    unlock(qtbot, ctrl)
    window = ctrl.window
    assert window is not None
    view = window.start_view
    qtbot.waitUntil(lambda: view.overview is not None and not view.is_loading(),
                    timeout=15_000)
    return window, view


def line(view: StartView, key: str) -> LineButton:
    found = view.line(key)
    assert found is not None, [b.key for b in view.lines()]
    return found


def test_the_start_view_comes_first_with_every_line_and_its_numbers(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]]
) -> None:
    ctrl, ids = filled
    window, view = shown(qtbot, ctrl)
    assert window.tabs.currentWidget() is view and window.tabs.tabText(0) == "Übersicht"
    assert not view.status.isVisible()  # "wird geladen" is gone

    soon = line(view, f"deadline:{ids['soon']}")
    deadline = dt.date.today() + dt.timedelta(days=10)
    assert soon.accessibleName() == (f"Beleidigung im Gemeinderat: noch 10 Tage "
                                     f"(Fristende {deadline:%d.%m.%Y})")
    expired = line(view, f"deadline:{ids['expired']}")
    assert "abgelaufen ohne Strafantrag (Fristende war 02.04.2025)" in expired.accessibleName()
    # a hostile title: shortened, its "&" no shortcut, its markup plain text
    assert expired.accessibleName().startswith(LONG_TITLE[:MAX_TITLE - 1].rstrip() + "…")
    assert "Drohung && Beleidigung <b>" in expired.text()
    assert view.line(f"deadline:{ids['unreported']}") is None  # Offizialdelikt

    assert [b.key for b in view.lines() if b.key.startswith("unreported:")] == [
        f"unreported:{ids['unreported']}"]
    assert line(view, f"unreported:{ids['unreported']}").accessibleName() == \
        "Drohbrief im Briefkasten (vom 01.02.2026): noch nicht angezeigt"
    gap = line(view, f"gap:{ids['screenshot']}")
    assert gap.accessibleName() == ("Kommentar & Antwort.png zu „Drohbrief im Briefkasten“ – "
                                    "es fehlt: Adresse (URL)")
    assert line(view, "backup").accessibleName() == "Letzte Sicherung: noch nie – jetzt sichern"
    headings = [w.text() for w in view.body.findChildren(QLabel)]
    assert "Strafantragsfristen (2)" in headings and "Noch nicht angezeigt (1)" in headings
    assert "Beweismittel, denen etwas fehlt (1)" in headings


def test_each_line_opens_what_it_names(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]]
) -> None:
    ctrl, ids = filled
    window, view = shown(qtbot, ctrl)
    for key, incident_id in ((f"deadline:{ids['soon']}", ids["soon"]),
                             (f"unreported:{ids['unreported']}", ids["unreported"])):
        qtbot.mouseClick(line(view, key), Qt.MouseButton.LeftButton)
        editor = next(e for e in window.incidents.editors() if e.record_id() == incident_id)
        assert editor.isVisible()
    assert sorted(window.incidents.open_editor_ids()) == sorted([ids["soon"], ids["unreported"]])

    qtbot.mouseClick(line(view, f"gap:{ids['screenshot']}"), Qt.MouseButton.LeftButton)
    editor = next(e for e in window.incidents.editors() if e.record_id() == ids["unreported"])
    assert editor.tabs.currentWidget() is editor.attachments
    panel = editor.attachments_panel
    assert panel is not None and panel.selected_id() == ids["screenshot"]
    details = [d for d in panel.detail_windows() if d.attachment_id == ids["screenshot"]]
    assert len(details) == 1 and details[0].isVisible()
    assert details[0].tabs.currentWidget() is details[0].online_tab  # where the URL goes

    assert window.backup_dialog is None
    qtbot.mouseClick(line(view, "backup"), Qt.MouseButton.LeftButton)
    assert window.backup_dialog is not None and window.backup_dialog.isVisible()

    qtbot.mouseClick(view.list_button, Qt.MouseButton.LeftButton)  # one click to the list
    assert window.tabs.currentWidget() is window.incidents


def test_tab_walks_the_lines_and_enter_or_space_opens(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]]
) -> None:
    ctrl, ids = filled
    window, view = shown(qtbot, ctrl)
    activate(qtbot, view)
    buttons = view.lines()
    first = buttons[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    keys = [first.key]
    for _ in range(len(buttons) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert isinstance(focused, LineButton)
        keys.append(focused.key)
    assert keys == [b.key for b in buttons]  # in the order shown, none skipped

    expired = line(view, f"deadline:{ids['expired']}")
    expired.setFocus()
    qtbot.keyClick(expired, Qt.Key.Key_Return)
    assert ids["expired"] in window.incidents.open_editor_ids()
    activate(qtbot, view)
    unreported = line(view, f"unreported:{ids['unreported']}")
    unreported.setFocus()
    qtbot.keyClick(unreported, Qt.Key.Key_Space)
    assert ids["unreported"] in window.incidents.open_editor_ids()


def test_saving_a_new_incident_updates_the_view(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]]
) -> None:
    ctrl, _ids = filled
    window, view = shown(qtbot, ctrl)
    before = {b.key for b in view.lines()}
    editor = window.incidents.new_incident()
    editor.title_edit.setText("Anruf mit Drohung")
    assert editor.save()
    new_id = editor.record_id()
    assert new_id is not None
    qtbot.waitUntil(lambda: view.line(f"unreported:{new_id}") is not None, timeout=10_000)
    assert {b.key for b in view.lines()} - before == {f"unreported:{new_id}",
                                                     f"deadline:{new_id}"}
    # not yet classified, no perpetrator: its start is unknown, never "still time"
    assert line(view, f"deadline:{new_id}").accessibleName() == \
        "Anruf mit Drohung: Fristbeginn unbekannt – Täter oder Tag der Kenntnis fehlt"


def test_filling_in_the_url_from_the_gap_line_clears_the_gap(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]]
) -> None:
    ctrl, ids = filled
    window, view = shown(qtbot, ctrl)
    details = window.open_attachment(ids["unreported"], ids["screenshot"])
    assert details is not None
    url = details.online.fields["url"]
    assert isinstance(url, QLineEdit)
    url.setText("https://example.org/post/1")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    # the save is noticed like any change of the vault (the controller's poll)
    qtbot.waitUntil(lambda: view.line(f"gap:{ids['screenshot']}") is None, timeout=10_000)
    headings = [w.text() for w in view.body.findChildren(QLabel)]
    assert "Beweismittel, denen etwas fehlt (0)" in headings


def test_a_backup_refreshes_its_line(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]], tmp_path: Path
) -> None:
    ctrl, _ids = filled
    window, view = shown(qtbot, ctrl)
    assert ctrl.service is not None
    ctrl.service.create_backup(tmp_path / "sicherung.vfbackup")
    window._backup_written(None)  # what the backup dialog's `written` calls
    today = dt.date.today().strftime("%d.%m.%Y")
    qtbot.waitUntil(lambda: line(view, "backup").accessibleName()
                    == f"Letzte Sicherung: {today} (heute)", timeout=10_000)


def test_an_empty_vault_shows_what_to_do_and_whom_to_call(
    qtbot: QtBot, empty: AppController
) -> None:
    window, view = shown(qtbot, empty)
    assert window.tabs.currentWidget() is view
    texts = "\n".join(w.text() for w in view.body.findChildren(QLabel))
    assert "Was tun nach einem Vorfall?" in texts
    steps = view.body.findChild(QLabel, "start_steps")
    assert steps is not None and steps.text().count("<li>") == 5
    assert "Bildschirmfoto mit der Adresse (URL)" in steps.text()
    assert "binnen drei Monaten" in steps.text()
    contacts = view.body.findChild(QLabel, "start_contacts")
    assert contacts is not None
    for expected in ("Polizei-Notruf", "110", "ZASTEX", "+49 351 855-2223", "HateAid",
                     "030 252 088 38", "starke Stelle", "0800 300 99 44"):
        assert expected in contacts.text()
    assert [b.key for b in view.lines()] == ["new", "backup"]
    assert not any(k.startswith("deadline") for k in (b.key for b in view.lines()))

    qtbot.mouseClick(line(view, "new"), Qt.MouseButton.LeftButton)
    editors = window.incidents.editors()
    assert len(editors) == 1 and editors[0].record_id() is None and editors[0].isVisible()


def test_a_lock_drops_the_lines(
    qtbot: QtBot, filled: tuple[AppController, dict[str, str]]
) -> None:
    ctrl, _ids = filled
    _window, view = shown(qtbot, ctrl)
    assert view.lines()
    with qtbot.waitSignal(ctrl.locked):
        ctrl.lock(ask=False)
    assert view.overview is None


def test_a_long_section_shows_twenty_lines_and_a_way_to_the_rest(
    qtbot: QtBot, service: VaultService
) -> None:
    from ui.start_view import MAX_LINES

    for number in range(MAX_LINES + 5):
        service.add_incident({"title": f"Schmiererei Nr. {number}",
                              "occurred": {"date": "2026-03-01"},
                              "categories": ["sachbeschaedigung"]})
    view = StartView(service)
    qtbot.addWidget(view)
    view.reload()
    unreported = [b for b in view.lines() if b.key.startswith("unreported:")]
    assert len(unreported) == MAX_LINES
    more = [b for b in view.lines() if b.key.startswith("more:")]
    # Sachbeschädigung needs a Strafantrag (no perpetrator: start unknown) and is unreported
    assert [b.accessibleName() for b in more] == ["… und 5 weitere: in der Liste"] * 2
    with qtbot.waitSignal(view.list_requested):
        qtbot.mouseClick(more[0], Qt.MouseButton.LeftButton)
    headings = [w.text() for w in view.body.findChildren(QLabel)]
    assert f"Noch nicht angezeigt ({MAX_LINES + 5})" in headings


def test_english_counts_days_with_plural_forms(
    qtbot: QtBot, service: VaultService, english: object
) -> None:
    today = dt.date.today()
    suspect = service.add_person({"kind": "suspect", "name": "Max Müller"}).id
    ids = {}
    for days in (1, 10):
        ids[days] = service.add_incident({
            "title": f"Insult {days}", "occurred": {"date": "2026-01-10"},
            "categories": ["beleidigung"],
            "persons": [{"person_id": suspect, "role": "perpetrator"}],
            "discovered_on": add_months(today + dt.timedelta(days=days), -3).isoformat()}).id
    view = StartView(service)
    qtbot.addWidget(view)
    view.reload()
    assert line(view, f"deadline:{ids[1]}").accessibleName().startswith(
        "Insult 1: 1 day left (deadline ")
    assert line(view, f"deadline:{ids[10]}").accessibleName().startswith(
        "Insult 10: 10 days left (deadline ")
    assert line(view, "backup").accessibleName() == "Last backup: never - back up now"
    assert view.list_button.text() == "Show all &incidents"
