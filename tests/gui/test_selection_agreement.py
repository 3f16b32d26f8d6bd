"""The list and the dossier select the same incidents for the same period: the March list
and the March police dossier both hold a stalking series from 26 February to 5 March (they
once disagreed). Real vault, real list widget offscreen, the PDF parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.service import VaultService
from export.dossier import DossierRequest, build_dossier
from tests.gui.support import ScriptedDialogs
from tests.gui.test_list_sync import load
from ui.incidents.pane import IncidentsPane
from ui.table_model import ID_ROLE


def test_the_march_list_and_the_march_dossier_hold_the_same_incidents(
        qtbot: QtBot, service: VaultService, dialogs: ScriptedDialogs) -> None:
    ids = {}
    for title, start, end in [("Nachstellung am Wohnhaus", "2026-02-26", "2026-03-05"),
                              ("Brief vom Februar", "2026-02-20", None),
                              ("Anruf im März", "2026-03-12", None),
                              ("Plakat im April", "2026-04-02", None)]:
        data: dict[str, object] = {"title": title, "occurred": {"date": start}}
        if end:
            data["occurred_to"] = {"date": end}
        ids[title] = service.add_incident(data).id
    pane = IncidentsPane(service, dialogs)
    qtbot.addWidget(pane)
    pane.resize(1280, 600)
    pane.show()
    load(qtbot, pane)

    pane.filters.set_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    listed = {pane.proxy.index(r, 0).data(ID_ROLE) for r in range(pane.proxy.rowCount())}
    listed_titles = {pane.proxy.index(r, pane.model.TITLE).data()
                     for r in range(pane.proxy.rowCount())}
    assert listed_titles == {"Nachstellung am Wohnhaus", "Anruf im März"}

    sink = io.BytesIO()
    result = build_dossier(service, DossierRequest(selection=pane.filters.current()), sink)
    assert set(result.incident_ids) == listed == {ids[t] for t in listed_titles}
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sink.getvalue())).pages)
    assert "Nachstellung am Wohnhaus" in text and "Anruf im März" in text
    assert "Plakat im April" not in text and "Brief vom Februar" not in text
    assert "01.03.2026 bis 31.03.2026" in text  # the cover names the period chosen
