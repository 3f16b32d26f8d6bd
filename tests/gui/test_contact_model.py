"""The contact table model and its filter proxy, without widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from app.domain import Person, PersonKind
from app.entries import Entry
from ui.contacts.model import ContactTableModel
from ui.table_model import ID_ROLE, ROW_ROLE
from ui.table_view import RecordFilterProxy

DISPLAY = Qt.ItemDataRole.DisplayRole


def _entry(number: int, **fields: object) -> Entry[Person]:
    return Entry(f"{number:032x}", 1, "", "", "", Person.model_validate(fields))


ROWS = [
    _entry(1, kind="zastex", organisation="ZASTEX, LKA Sachsen", phones=["+49 351 855-2223"],
           needs_check=True, source="polizei.sachsen.de/de/98508.htm"),
    _entry(2, kind="suspect", name="Jürgen Weiß", phones=["0170 1", "0170 2"],
           emails=["jw@example.org"], checked_on=dt.date(2026, 3, 1)),
    _entry(3, kind="own_organisation", name="Anna Schmidt", organisation="Gemeinde Beispiel"),
]


def test_columns_show_the_german_view(qapp: object) -> None:
    model = ContactTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Name", "Art", "Telefon", "E-Mail", "Status"]

    def cell(row: int, column: int) -> object:
        return model.data(model.index(row, column), DISPLAY)

    assert cell(0, model.NAME) == "ZASTEX, LKA Sachsen"
    assert cell(0, model.KIND) == "ZASTEX (LKA)"
    assert cell(0, model.STATUS) == "bitte prüfen"
    assert cell(1, model.PHONE) == "0170 1, 0170 2"
    assert cell(1, model.EMAIL) == "jw@example.org"
    assert cell(1, model.KIND) == "Tatverdächtige/r"
    assert cell(1, model.STATUS) == "geprüft am 01.03.2026"
    assert cell(2, model.NAME) == "Anna Schmidt (Gemeinde Beispiel)"
    assert cell(2, model.STATUS) == ""
    assert model.data(model.index(1, 0), ID_ROLE) == ROWS[1].id
    assert model.data(model.index(1, 0), ROW_ROLE) is ROWS[1]
    assert model.data(model.index(5, 0), DISPLAY) is None
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, model.STATUS), background) is not None
    assert model.data(model.index(1, model.STATUS), background) is None
    assert model.data(model.index(0, model.NAME), background) is None


def test_clear_drops_every_row(qapp: object) -> None:
    model = ContactTableModel()
    model.set_rows(ROWS)
    model.clear()
    assert model.rowCount() == 0 and model.rows() == []


def test_search_folds_case_and_umlauts_and_sees_labels(qapp: object) -> None:
    model = ContactTableModel()
    model.set_rows(ROWS)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]

    proxy.set_search("JURGEN weiss")
    assert shown() == [ROWS[1].id]  # casefold turns "ß" into "ss"
    proxy.set_search("jürgen WEIß")
    assert shown() == [ROWS[1].id]
    proxy.set_search("jurgen")
    assert shown() == [ROWS[1].id]
    proxy.set_search("bitte prüfen")
    assert shown() == [ROWS[0].id]
    proxy.set_search("tatverdächtige")
    assert shown() == [ROWS[1].id]
    proxy.set_search("")
    proxy.set_predicate(lambda row: row.value.kind.is_support)
    assert shown() == [ROWS[0].id]
    proxy.set_predicate(lambda row: row.value.kind == PersonKind.OWN_ORGANISATION)
    assert shown() == [ROWS[2].id]


def test_sorting_uses_names_and_status_order(qapp: object) -> None:
    model = ContactTableModel()
    model.set_rows(ROWS)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(3)]
    assert names == ["Anna Schmidt (Gemeinde Beispiel)", "Jürgen Weiß", "ZASTEX, LKA Sachsen"]
    proxy.sort(model.STATUS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, model.STATUS).data() for r in range(3)] == [
        "bitte prüfen", "geprüft am 01.03.2026", ""]
    assert proxy.index(0, 0, QModelIndex()).isValid()
