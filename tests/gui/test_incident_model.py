"""The incident table model and its filter, without any widget."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain import Category, Incident, IncidentHead, Outcome
from app.entries import INCIDENT, Listed, revision_adapter
from app.query import IncidentQuery
from app.search import fold
from ui.incidents.model import IncidentTableModel, Row, row_filter
from ui.table_model import ID_ROLE, RecordTableModel
from ui.table_view import RecordFilterProxy

M = IncidentTableModel


def entry(number: int, **fields: Any) -> Row:
    """A row as the list gets it from the vault: the head read from the stored JSON, the
    full incident kept as those bytes."""
    fields.setdefault("title", f"Vorfall {number}")
    fields.setdefault("occurred", {"date": "2026-03-12"})
    stored = json.dumps({"author": "author", "at": "2026-03-12T08:00:00Z", "deleted": False,
                         "content": Incident.model_validate(fields).model_dump(mode="json")})
    head = revision_adapter(IncidentHead).validate_json(stored).content
    return Listed(f"{number:032x}", 1, "2026-03-12T08:00:00Z", "2026-03-12T08:00:00Z",
                  "author", head, INCIDENT, Incident, stored.encode())


def model_with(*entries: Row, counts: dict[str, int] | None = None,
               names: dict[str, str] | None = None) -> tuple[M, RecordFilterProxy]:
    model = IncidentTableModel()
    model.set_rows(list(entries), attachment_counts=counts or {}, person_names=names or {})
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def cell(model: Any, row: int, column: int) -> str:
    return str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def ids(proxy: RecordFilterProxy) -> list[int]:
    return [int(proxy.index(r, 0).data(ID_ROLE), 16) for r in range(proxy.rowCount())]


def test_columns_and_texts() -> None:
    model, _ = model_with(
        entry(1, occurred={"date": "2026-03-12", "time": "21:15"},
              categories=["beleidigung", "bedrohung"], channel="social_media",
              platform="Facebook", case={"outcome": "anklage", "reported": True}),
        entry(2, occurred={"date": "2026-03-01", "precision": "approximate"},
              occurred_to={"date": "2026-03-04"}),
        counts={f"{1:032x}": 3})
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Datum", "Titel", "Kategorien", "Kanal", "Verfahrensstand", "Anhänge"]
    assert [cell(model, 0, c) for c in range(6)] == [
        "12.03.2026 21:15", "Vorfall 1", "Beleidigung, Bedrohung", "soziale Medien (Facebook)",
        "Anklage, angezeigt", "3"]
    assert cell(model, 1, M.DATE) == "≈ 01.03.2026 – 04.03.2026"
    assert cell(model, 1, M.CATEGORIES) == ""
    assert cell(model, 1, M.STATUS) == "offen"
    assert cell(model, 1, M.ATTACHMENTS) == "0"
    assert model.entry(f"{2:032x}") is not None and model.entry("f" * 32) is None


def test_sorting_by_date_is_chronological_across_precisions() -> None:
    _model, proxy = model_with(
        entry(1, occurred={"date": "2026-03-12", "time": "09:30"}),
        entry(2, occurred={"date": "2026-03-12"}),  # the day only
        entry(3, occurred={"date": "2026-03-12", "time": "08:00", "precision": "approximate"}),
        entry(4, occurred={"date": "2025-12-31", "time": "23:59"}),
        entry(5, occurred={"date": "2026-03-13", "precision": "approximate"}),
        entry(6, occurred={"date": "2026-02-28", "precision": "unknown"}))
    proxy.sort(M.DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [4, 6, 2, 3, 1, 5]
    proxy.sort(M.DATE, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == [5, 1, 3, 2, 6, 4]


def test_sorting_attachments_numerically_and_titles_folded() -> None:
    _model, proxy = model_with(entry(1, title="Zettel"), entry(2, title="Ärger im Rat"),
                              entry(3, title="anruf"),
                              counts={f"{1:032x}": 10, f"{2:032x}": 9})
    proxy.sort(M.ATTACHMENTS, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == [1, 2, 3]
    proxy.sort(M.TITLE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [3, 2, 1]  # anruf, Ärger (as "arger"), Zettel


TEXT_FIELDS = ["title", "place", "municipality", "platform", "description", "means",
               "context", "targeted", "injury", "impact", "own_reaction",
               "protective_measures"]
CASE_FIELDS = ["police_office", "police_case_number", "strafantrag_by", "prosecutor_office",
               "aktenzeichen"]


@pytest.mark.parametrize("field", TEXT_FIELDS + CASE_FIELDS + ["tags", "notes"])
def test_search_covers_every_text_field_folded(field: str) -> None:
    value = "Größenwahn in Überlingen"
    fields: dict[str, Any] = {}
    if field in CASE_FIELDS:
        fields["case"] = {field: value}
    elif field == "notes":
        fields["case"] = {"notes": [{"on": "2026-04-01", "text": value}]}
    elif field == "tags":
        fields["tags"] = [value]
    else:
        fields[field] = value
    _model, proxy = model_with(entry(1, **fields), entry(2, title="anderes"))
    for query in ("grossenwahn", "UBERLINGEN", "größenwahn überlingen", "Uberl gross"):
        proxy.set_search(query)
        assert ids(proxy) == [1], (field, query)
    proxy.set_search("größenwahn nirgendwo")
    assert ids(proxy) == []


def test_search_finds_labels_dates_and_person_names() -> None:
    person = "a" * 32
    _model, proxy = model_with(
        entry(1, categories=["noetigung"], channel="letter",
              persons=[{"person_id": person, "role": "perpetrator"}]),
        entry(2, occurred={"date": "2025-01-05"}, case={"outcome": "strafbefehl"}),
        names={person: "Jürgen Weiß"})
    for query, expected in (("notigung", [1]), ("brief", [1]), ("jurgen weiss", [1]),
                            ("05.01.2025", [2]), ("strafbefehl", [2]), ("", [1, 2])):
        proxy.set_search(query)
        assert sorted(ids(proxy)) == expected, query


def test_filters_period_category_outcome() -> None:
    _model, proxy = model_with(
        entry(1, occurred={"date": "2026-01-10"}, categories=["bedrohung"]),
        entry(2, occurred={"date": "2026-02-27"}, occurred_to={"date": "2026-03-02"},
              categories=["beleidigung"], case={"outcome": "eingestellt"}),
        entry(3, occurred={"date": "2026-03-15"}, categories=["beleidigung", "bedrohung"]))
    march = IncidentQuery(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
    cases = [
        (IncidentQuery(), [1, 2, 3]),
        (march, [2, 3]),  # 2 began in February and lasted into March
        (IncidentQuery(date_to=dt.date(2026, 2, 27)), [1, 2]),
        (IncidentQuery(categories=(Category.BEDROHUNG,)), [1, 3]),
        (IncidentQuery(outcome=Outcome.EINGESTELLT), [2]),
        (IncidentQuery(date_from=dt.date(2026, 3, 1), categories=(Category.BELEIDIGUNG,),
                       outcome=Outcome.OPEN), [3]),
        (IncidentQuery(incident_ids=(f"{1:032x}", f"{3:032x}")), [1, 3]),
    ]
    for chosen, expected in cases:
        proxy.set_predicate(row_filter(chosen))
        assert sorted(ids(proxy)) == expected, chosen
    assert row_filter(IncidentQuery()) is None and row_filter(march) is not None
    assert row_filter(IncidentQuery(text="drohung")) is None  # words: the list's own search
    proxy.set_predicate(row_filter(IncidentQuery(categories=(Category.BEDROHUNG,))))
    proxy.set_search("vorfall 3")
    assert ids(proxy) == [3]


def test_clear_drops_every_row_and_the_search_text() -> None:
    model, proxy = model_with(entry(1, description="geheim"), counts={f"{1:032x}": 2})
    model.clear()
    assert model.rowCount() == 0 and proxy.rowCount() == 0
    assert model.attachment_count(f"{1:032x}") == 0


def test_euro_amounts_in_german_and_english_notation() -> None:
    from decimal import Decimal

    import pytest

    from ui.incidents.form import parse_euro

    cases = {"1.250,50": "1250.50", "1250,5": "1250.5", "1,250.50": "1250.50",
             "1250.50 €": "1250.50", "1.250": "1250", "1,250": "1250", "0,5": "0.5",
             "1.234.567,89": "1234567.89", "1,234,567.89": "1234567.89"}
    for text, value in cases.items():
        assert parse_euro(text) == Decimal(value), text
    assert parse_euro("") is None
    for bad in ("1,2,3", "1.2.3", "1,25.5", "abc", "NaN"):
        with pytest.raises(ValueError):
            parse_euro(bad)


def test_quick_load_computes_cells_and_counts_on_demand() -> None:
    entries = [entry(1, title="Zettel"), entry(2, title="Anruf"), entry(3, title="Mail")]
    model = IncidentTableModel()
    counts = {f"{2:032x}": 5, f"{3:032x}": 1}
    model.set_rows(entries, model.light(entries), search_texts_follow=True,
                   attachment_counts=counts, person_names={})
    model.sort(M.ATTACHMENTS, Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, M.TITLE) for r in range(3)] == ["Anruf", "Mail", "Zettel"]
    assert [cell(model, r, M.ATTACHMENTS) for r in range(3)] == ["5", "1", "0"]
    texts = [fold(model.row_search_text(e, {})) for e in entries]
    assert model.set_search_texts(entries, texts)
    model.set_search("anruf")
    assert [cell(model, r, M.TITLE) for r in range(model.rowCount())] == ["Anruf"]


def test_code_written_for_the_base_model_works_on_the_incident_model() -> None:
    # set_rows(rows, prepared) and prepare(rows, search_text) as RecordTableModel declares
    # them: the prepared rows were taken for the attachment counts, and the search function
    # for the contact names, while the incident model put its own parameters first.
    entries = [entry(1, title="Zettel"), entry(2, title="Anruf")]
    model = IncidentTableModel()
    base: RecordTableModel[Row] = model
    prepared = base.prepare(entries, lambda row: f"eigener Suchtext {row.head.title}")
    base.set_rows(entries, prepared)
    assert sorted(cell(model, r, M.TITLE) for r in range(2)) == ["Anruf", "Zettel"]
    model.set_search("eigener zettel")
    assert [cell(model, r, M.TITLE) for r in range(model.rowCount())] == ["Zettel"]
