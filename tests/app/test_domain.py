"""Validation in the domain model: every bad input is refused with one sentence naming the
field, through the service (as front ends call it), and nothing is saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from app.domain import (
    OFFENCES,
    Attachment,
    CaseStatus,
    Category,
    Incident,
    Person,
    PersonKind,
    Precision,
    Prosecution,
    TimePoint,
)
from app.errors import InputCode, InvalidInputError
from app.service import VaultService

OTHER_ID = "0123456789abcdef0123456789abcdef"


def incident(**fields: Any) -> dict[str, Any]:
    return {"title": "Schmiererei am Rathaus", "occurred": {"date": "2024-03-01"}, **fields}


def contact(**fields: Any) -> dict[str, Any]:
    return {"kind": "suspect", "name": "Rüdiger Weiß", **fields}


# (case id, input, field named in the error, its code, params it must carry besides "kind")
Bad = tuple[str, dict[str, Any], str, InputCode, dict[str, Any]]
BAD_INCIDENTS: list[Bad] = [
    ("empty title", incident(title=""), "title", InputCode.EMPTY, {}),
    ("blank title", incident(title="   \t "), "title", InputCode.EMPTY, {}),
    ("title 301 chars", incident(title="x" * 301), "title", InputCode.TEXT_TOO_LONG,
     {"limit": 300}),
    ("title missing", {"occurred": {"date": "2024-03-01"}}, "title", InputCode.MISSING, {}),
    ("description too long", incident(description="ä" * 200_001), "description",
     InputCode.TEXT_TOO_LONG, {"limit": 200_000}),
    ("bell in a line", incident(place="Markt\x07platz"), "place",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("newline in a line", incident(municipality="Muster\nstadt"), "municipality",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("NUL in a title", incident(title="Drohung\x00"), "title", InputCode.LINE_CONTROL_CHARACTERS,
     {}),
    ("C1 control in a line", incident(platform="Tele\x85gram"), "platform",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("line separator in a line", incident(place="a\u2028b"), "place",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("escape in a text", incident(description="Text \x1b[31m rot"), "description",
     InputCode.CONTROL_CHARACTERS, {}),
    ("control in a tag", incident(tags=["ok", "bad\x01"]), "tags.1",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("control in aktenzeichen", incident(case={"aktenzeichen": "410\x0bJs"}),
     "case.aktenzeichen", InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("surrogate in title", incident(title="Brief von M\udcfcller"), "title", InputCode.NOT_UTF8,
     {}),
    ("surrogate in description", incident(description="\udcff"), "description",
     InputCode.NOT_UTF8, {}),
    ("surrogate in a tag", incident(tags=["\udce4"]), "tags.0", InputCode.NOT_UTF8, {}),
    ("30 February", incident(occurred={"date": "2026-02-30"}), "occurred.date",
     InputCode.NOT_A_DATE, {}),
    ("not a date", incident(discovered_on="gestern"), "discovered_on", InputCode.NOT_A_DATE, {}),
    ("time zone on local time", incident(occurred={"date": "2024-03-01", "time": "10:00+01:00"}),
     "occurred", InputCode.TIME_WITH_ZONE, {}),
    ("occurred_to before occurred",
     incident(occurred={"date": "2024-03-01", "time": "10:00"},
              occurred_to={"date": "2024-03-01", "time": "09:59"}),
     "occurred_to", InputCode.END_BEFORE_START, {}),
    ("occurred_to a day before", incident(occurred_to={"date": "2024-02-29"}), "occurred_to",
     InputCode.END_BEFORE_START, {}),
    ("negative damage", incident(damage_eur="-0.01"), "damage_eur", InputCode.NEGATIVE, {}),
    ("damage with 3 decimals", incident(damage_eur="12.345"), "damage_eur",
     InputCode.DECIMAL_PLACES, {"limit": 2}),
    ("damage not finite", incident(damage_eur="NaN"), "damage_eur", InputCode.NOT_A_NUMBER, {}),
    ("damage too large", incident(damage_eur="1e10"), "damage_eur", InputCode.NUMBER_TOO_LARGE,
     {"limit": 10**10}),
    ("unknown field", incident(colour="red"), "colour", InputCode.UNKNOWN_FIELD, {}),
    ("unknown nested field", incident(case={"verdict": "x"}), "case.verdict",
     InputCode.UNKNOWN_FIELD, {}),
    ("a list expected", incident(persons=5), "persons", InputCode.NOT_A_LIST, {}),
    ("an object expected", incident(case=[]), "case", InputCode.NOT_AN_OBJECT, {}),
    ("text expected", incident(title=5), "title", InputCode.NOT_TEXT, {}),
    ("true or false expected", incident(perpetrator_unknown="vielleicht"),
     "perpetrator_unknown", InputCode.NOT_TRUE_OR_FALSE, {}),
    ("wrong channel", incident(channel="pigeon"), "channel", InputCode.NOT_ALLOWED, {}),
    ("wrong category", incident(categories=["beleidigung", "mord"]), "categories.1",
     InputCode.NOT_ALLOWED, {}),
    ("wrong precision", incident(occurred={"date": "2024-03-01", "precision": "roughly"}),
     "occurred.precision", InputCode.NOT_ALLOWED, {}),
    ("wrong outcome", incident(case={"outcome": "freispruch"}), "case.outcome",
     InputCode.NOT_ALLOWED, {}),
    ("wrong role", incident(persons=[{"person_id": OTHER_ID, "role": "boss"}]),
     "persons.0.role", InputCode.NOT_ALLOWED, {}),
    ("bad person id", incident(persons=[{"person_id": "abc", "role": "witness"}]),
     "persons.0.person_id", InputCode.NOT_A_RECORD_ID, {}),
    ("duplicate person link",
     incident(persons=[{"person_id": OTHER_ID, "role": "witness"}] * 2), "persons",
     InputCode.PERSON_LINKED_TWICE, {}),
    ("empty follow-up note", incident(case={"notes": [{"on": "2024-03-02", "text": ""}]}),
     "case.notes.0.text", InputCode.EMPTY, {}),
    ("bad related id", incident(related=["nope"]), "related.0", InputCode.NOT_A_RECORD_ID, {}),
]
# The allowed values go along, so the command line can list them.
ALLOWED_NAMED = {"wrong channel": "email", "wrong category": "beleidigung",
                 "wrong precision": "approximate", "wrong outcome": "eingestellt",
                 "wrong role": "perpetrator", "wrong kind": "zastex"}


def check_refusal(error: InvalidInputError, kind: str, field: str, code: InputCode,
                  params: dict[str, Any], case: str) -> None:
    assert error.field == field
    assert error.code is code, (case, error.code)
    assert error.params["kind"] == kind
    assert set(error.params) == set(code.params)
    for name, value in params.items():
        assert error.params[name] == value, (case, error.params)
    if case in ALLOWED_NAMED:
        assert ALLOWED_NAMED[case] in error.params["allowed"], error.params
    # str() is for logs: the code and the names of its parameters, never a value
    assert str(error) == f"{code.value}({', '.join(code.params)})"


@pytest.mark.parametrize(("data", "field", "code", "params"),
                         [c[1:] for c in BAD_INCIDENTS], ids=[c[0] for c in BAD_INCIDENTS])
def test_bad_incident_is_refused_naming_the_field(
    service: VaultService, request: pytest.FixtureRequest, data: dict[str, Any], field: str,
    code: InputCode, params: dict[str, Any],
) -> None:
    case = request.node.callspec.id
    before = service.add_incident(incident(title="Bestehender Vorfall"))
    with pytest.raises(InvalidInputError) as caught:
        service.add_incident(data)
    check_refusal(caught.value, "incident", field, code, params, case)
    listing = service.list_incidents()
    assert [e.id for e in listing.entries] == [before.id]
    assert listing.failures == []
    # The same bad data is refused as an edit, too, and the record stays at version 1.
    with pytest.raises(InvalidInputError) as caught_edit:
        service.update_incident(before.id, data, before.version)
    assert caught_edit.value.field == field and caught_edit.value.code is code
    assert service.get_incident(before.id).version == 1


BAD_PERSONS: list[Bad] = [
    ("bad e-mail", contact(emails=["ok@example.org", "no-at-sign.example.org"]), "emails.1",
     InputCode.NOT_AN_EMAIL, {"value": "no-at-sign.example.org"}),
    ("e-mail with space", contact(emails=["a b@example.org"]), "emails.0",
     InputCode.NOT_AN_EMAIL, {"value": "a b@example.org"}),
    ("e-mail without local part", contact(emails=["@example.org"]), "emails.0",
     InputCode.NOT_AN_EMAIL, {"value": "@example.org"}),
    ("neither name nor organisation", {"kind": "witness", "function": "Zeuge"}, "name",
     InputCode.CONTACT_WITHOUT_NAME, {}),
    ("blank name only", {"kind": "witness", "name": "  "}, "name",
     InputCode.CONTACT_WITHOUT_NAME, {}),
    ("wrong kind", contact(kind="neighbour"), "kind", InputCode.NOT_ALLOWED, {}),
    ("missing kind", {"name": "X"}, "kind", InputCode.MISSING, {}),
    ("bad checked_on", contact(checked_on="2025-13-01"), "checked_on", InputCode.NOT_A_DATE, {}),
    ("control in a plate", contact(vehicle_plates=["DD\x00X"]), "vehicle_plates.0",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("newline in a handle", contact(handles=[{"handle": "@a\n@b"}]), "handles.0.handle",
     InputCode.LINE_CONTROL_CHARACTERS, {}),
    ("surrogate in name", contact(name="M\udcfcller"), "name", InputCode.NOT_UTF8, {}),
    ("unknown field", contact(birthday="1970-01-01"), "birthday", InputCode.UNKNOWN_FIELD, {}),
]


@pytest.mark.parametrize(("data", "field", "code", "params"),
                         [c[1:] for c in BAD_PERSONS], ids=[c[0] for c in BAD_PERSONS])
def test_bad_person_is_refused_naming_the_field(
    service: VaultService, request: pytest.FixtureRequest, data: dict[str, Any], field: str,
    code: InputCode, params: dict[str, Any],
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        service.add_person(data)
    check_refusal(caught.value, "person", field, code, params, request.node.callspec.id)
    assert service.list_persons().entries == []


def test_borderline_inputs_are_accepted(service: VaultService) -> None:
    long_text = ("Zitat: „Du wirst schon sehen.“ 😡\n" * 4000)[:100_000]
    assert len(long_text) == 100_000
    entry = service.add_incident(incident(
        title="  " + "T" * 300 + "  ",  # surrounding blanks are trimmed, 300 is allowed
        description=long_text,
        means="Spalte 1\tSpalte 2\r\nZeile 2",  # tabs and line breaks are fine in texts
        occurred_to={"date": "2024-03-01"},  # same day as occurred
        damage_eur="0.1",
        categories=["beleidigung", "bedrohung", "beleidigung"],
    ))
    value = service.get_incident(entry.id).value
    assert value.title == "T" * 300
    assert value.description == long_text
    assert value.means == "Spalte 1\tSpalte 2\r\nZeile 2"
    assert value.damage_eur == Decimal("0.1")
    assert value.categories == [Category.BELEIDIGUNG, Category.BEDROHUNG]  # duplicates dropped
    over = incident(description="x" * 200_000)
    assert service.add_incident(over).value.description == "x" * 200_000
    assert len(service.list_incidents().entries) == 2
    person = service.add_person({"kind": "own_organisation", "organisation": "Gemeinde"})
    assert person.value.display_name == "Gemeinde"
    assert service.add_person(contact(organisation="Verein")).value.display_name == (
        "Rüdiger Weiß (Verein)")


def test_time_point_defaults_precision_and_orders() -> None:
    assert TimePoint(date=dt.date(2024, 3, 1)).precision is Precision.DAY
    assert TimePoint(date=dt.date(2024, 3, 1), time=dt.time(8)).precision is Precision.EXACT
    explicit = TimePoint(date=dt.date(2024, 3, 1), time=dt.time(8), precision="approximate")
    assert explicit.precision is Precision.APPROXIMATE
    assert TimePoint(date=dt.date(2024, 3, 1)).sort_key() < explicit.sort_key()


def test_reported_on_implies_reported() -> None:
    assert CaseStatus(reported_on=dt.date(2024, 3, 2)).reported is True
    assert CaseStatus().reported is False


def test_assignment_is_validated_too() -> None:
    value = Incident.model_validate(incident())
    with pytest.raises(ValidationError):
        value.title = ""
    with pytest.raises(ValidationError):
        value.place = "a\nb"
    with pytest.raises(ValidationError):
        Person(kind=PersonKind.WITNESS, name="A").name = ""


def test_attachment_facts_are_validated() -> None:
    good = {"incident_id": OTHER_ID, "original_name": "a.pdf", "size": 1, "sha256": "a" * 64,
            "intake_at": "2024-03-01T08:00:00+00:00", "intake_by": OTHER_ID}
    assert Attachment.model_validate(good).kind == "other"
    for bad in ({"sha256": "A" * 64}, {"sha256": "a" * 63}, {"size": -1}, {"original_name": ""},
                {"original_name": "a\nb.pdf"}, {"incident_id": "x"}):
        with pytest.raises(ValidationError):
            Attachment.model_validate({**good, **bad})


# -- offences table -------------------------------------------------------------------------
def test_every_category_has_an_offence_with_german_label_and_stgb_reference() -> None:
    from app.texts.labels import CATEGORY

    assert set(OFFENCES) == set(Category)
    for category, offence in OFFENCES.items():
        label = CATEGORY[category]
        assert offence.category is category
        assert label and label == label.strip(), offence
        assert "_" not in label and label != category.value  # UI text, no key
        assert offence.note.strip()
        if category is Category.SONSTIGES:
            assert offence.stgb == ""
            assert offence.prosecution is Prosecution.UNKNOWN
        else:
            assert offence.stgb.startswith("§") and offence.stgb.endswith("StGB"), offence


GERMAN_LABELS = {
    Category.BELEIDIGUNG: "Beleidigung",
    Category.UEBLE_NACHREDE: "Üble Nachrede / Verleumdung",
    Category.POLITISCHES_LEBEN: "gegen Personen des politischen Lebens",
    Category.BEDROHUNG: "Bedrohung",
    Category.NOETIGUNG: "Nötigung",
    Category.NACHSTELLUNG: "Nachstellung (Stalking)",
    Category.VOLKSVERHETZUNG: "Volksverhetzung",
    Category.FEINDESLISTE: "Gefährdendes Verbreiten personenbezogener Daten („Feindesliste“)",
    Category.SACHBESCHAEDIGUNG: "Sachbeschädigung",
    Category.KOERPERVERLETZUNG: "Körperverletzung",
    Category.HAUSFRIEDENSBRUCH: "Hausfriedensbruch",
}


@pytest.mark.parametrize(("category", "stgb", "prosecution"), [
    (Category.BELEIDIGUNG, "§ 185 StGB", Prosecution.ANTRAG),
    (Category.UEBLE_NACHREDE, "§§ 186, 187 StGB", Prosecution.ANTRAG),
    (Category.POLITISCHES_LEBEN, "§ 188 StGB", Prosecution.RELATIVE),
    (Category.BEDROHUNG, "§ 241 StGB", Prosecution.EX_OFFICIO),
    (Category.NOETIGUNG, "§ 240 StGB", Prosecution.EX_OFFICIO),
    (Category.NACHSTELLUNG, "§ 238 StGB", Prosecution.RELATIVE),
    (Category.VOLKSVERHETZUNG, "§ 130 StGB", Prosecution.EX_OFFICIO),
    (Category.FEINDESLISTE, "§ 126a StGB", Prosecution.EX_OFFICIO),
    (Category.SACHBESCHAEDIGUNG, "§ 303 StGB", Prosecution.RELATIVE),
    (Category.KOERPERVERLETZUNG, "§ 223 StGB", Prosecution.RELATIVE),
    (Category.HAUSFRIEDENSBRUCH, "§ 123 StGB", Prosecution.ANTRAG),
])
def test_offences_match_the_domain_table(
    category: Category, stgb: str, prosecution: Prosecution
) -> None:
    from app.texts.labels import CATEGORY

    offence = OFFENCES[category]
    assert CATEGORY[category] == GERMAN_LABELS[category]
    assert (offence.stgb, offence.prosecution) == (stgb, prosecution)
    assert offence.strafantrag_advised is (prosecution is not Prosecution.EX_OFFICIO)


def test_damage_amounts_are_kept_in_cents() -> None:
    from decimal import Decimal

    from app.domain import Incident

    for given, stored in (("1e3", "1000.00"), ("250", "250.00"), ("0.5", "0.50"),
                          (Decimal("19.99"), "19.99")):
        incident = Incident.model_validate({"title": "t", "occurred": {"date": "2026-01-01"},
                                            "damage_eur": given})
        assert incident.model_dump(mode="json")["damage_eur"] == stored


def test_every_vocabulary_is_labelled_completely_once() -> None:
    """app/texts/labels.py is the one place of the German labels (GUI, dossier, CLI)."""
    from app.texts.labels import TABLES

    for vocabulary, table in TABLES.items():
        assert set(table) == set(vocabulary), vocabulary
        assert all(text and text == text.strip() and "_" not in text
                   for text in table.values()), vocabulary
