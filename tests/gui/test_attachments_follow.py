"""An open incident editor's "Anhänge" tab follows attachments added, changed or deleted
elsewhere (the command line, a second window), which change no incident's version: the change
check reads the attachments' versions in its job, and a tab reads its list again only when
they differ. Real vaults in temp folders, real widgets offscreen."""

from __future__ import annotations

import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.gui.support import ScriptedDialogs, fill
from tests.gui.test_list_sync import pane, refresh, second_service
from ui.attachments.panel import AttachmentsPanel
from ui.incidents.pane import IncidentsPane

__all__ = ["pane"]  # the fixture, shared with the list tests


def opened_panel(pane: IncidentsPane, incident_id: str) -> AttachmentsPanel:
    pane.reload()
    editor = pane.open_incident(incident_id)
    assert editor is not None and editor.attachments_panel is not None
    return editor.attachments_panel


def names(panel: AttachmentsPanel) -> list[str]:
    return sorted(entry.value.original_name for entry in panel.entries())


def test_attachments_added_changed_and_deleted_elsewhere_appear_in_the_open_editor(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService,
        dialogs: ScriptedDialogs) -> None:
    ids = fill(service)
    incident_id = ids["incidents"][0]
    panel = opened_panel(pane, incident_id)
    assert names(panel) == ["brief.txt"]
    other = second_service(service)
    try:
        added = other.add_attachment_stream(incident_id, io.BytesIO(b"Drohung\n"),
                                            "drohung.txt")
        refresh(qtbot, pane)
        assert names(panel) == ["brief.txt", "drohung.txt"]
        assert pane.model.attachment_count(incident_id) == 2

        other.update_attachment(added.id, {"note": "vom Bürgerbüro weitergeleitet"},
                                added.version)
        refresh(qtbot, pane)
        changed = next(e for e in panel.entries() if e.id == added.id)
        assert changed.value.note == "vom Bürgerbüro weitergeleitet"

        # Deleted elsewhere and another one added: the count stays, the list does not.
        other.delete_attachment(ids["attachments"][0])
        other.add_attachment_stream(incident_id, io.BytesIO(b"Foto\n"), "foto.txt")
        refresh(qtbot, pane)
        assert names(panel) == ["drohung.txt", "foto.txt"]
    finally:
        other.close()
    assert not pane.editors()[0].banner.isVisible()  # the incident itself is unchanged
    assert dialogs.errors == []


def test_a_change_check_without_attachment_changes_reads_no_attachment_again(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService) -> None:
    ids = fill(service)
    panel = opened_panel(pane, ids["incidents"][0])
    before = panel.entries()
    other = second_service(service)
    try:
        entry = other.get_incident(ids["incidents"][1])
        other.update_incident(entry.id, entry.value.model_copy(update={"title": "Neu"}),
                              entry.version)
        other.add_attachment_stream(ids["incidents"][1], io.BytesIO(b"x\n"), "anderer.txt")
    finally:
        other.close()
    refresh(qtbot, pane)
    assert pane.model.attachment_count(ids["incidents"][1]) == 1  # the list did follow
    after = panel.entries()
    assert len(after) == 1 and after[0] is before[0]  # the same object: not read again


def test_a_file_being_added_in_the_editor_is_kept_when_others_add_meanwhile(
        qtbot: QtBot, pane: IncidentsPane, service: VaultService, dialogs: ScriptedDialogs,
        tmp_path: Path) -> None:
    ids = fill(service)
    incident_id = ids["incidents"][0]
    panel = opened_panel(pane, incident_id)
    big = tmp_path / "video.bin"
    big.write_bytes(b"\x00" * (8 * 1024 * 1024))
    # The change check's reading may arrive while the file is still being added, or after.
    with qtbot.waitSignals([panel.intake_finished, pane.sync.refreshed], timeout=30_000):
        panel.add_files([big])
        assert panel.is_busy()
        other = second_service(service)
        try:
            other.add_attachment_stream(incident_id, io.BytesIO(b"Brief 2\n"), "brief2.txt")
        finally:
            other.close()
        pane.refresh_from_elsewhere()
    assert names(panel) == ["brief.txt", "brief2.txt", "video.bin"]
    assert len(service.list_attachments(incident_id).entries) == 3
    assert dialogs.errors == []
