"""The shipped Saxony support contacts: valid, marked "bitte prüfen", each with a source (a
URL or the rule that fixes the number) and a date, and offered only once."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from app.domain import Person, PersonKind
from app.service import VaultService
from app.support_contacts import (
    missing_support_contacts,
    offer_support_contacts,
    support_contacts,
)

# The organisations shipped before issue 14; a vault offered them then holds them now.
OLDER_SET = ("Polizei-Notruf", "Onlinewache Polizei Sachsen", "ZASTEX, LKA Sachsen",
             "Allianz Sichere Sächsische Kommunen (ASSKomm)", "Landespräventionsrat Sachsen",
             "RAA Sachsen, Opferberatung „Support“", "HateAid", "starke Stelle", "Stark im Amt")
# Numbers that need no web source: fixed by law or regulation, the source names the rule.
REGULATED = {"110": "notrufnummer", "116 006": "bundesnetzagentur",
             "116 016": "hilfetelefongesetz"}
DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")


def by_org() -> dict[str, Person]:
    return {p.organisation: p for p in support_contacts()}


def test_every_contact_validates_and_needs_checking() -> None:
    contacts = support_contacts()
    assert len(contacts) == 14
    assert len({p.organisation for p in contacts}) == len(contacts)
    for person in contacts:
        assert Person.model_validate(person.model_dump()) == person
        assert person.needs_check is True
        assert person.checked_on is None
        assert person.kind.is_support
        assert person.organisation
        assert "bitte prüfen" in person.notes


def test_no_contact_says_no_phone_was_found() -> None:
    for person in support_contacts():
        text = f"{person.notes}\n{person.source}\n{person.function}".casefold()
        assert "keine telefonnummer gefunden" not in text, person.organisation


def test_every_contact_names_a_source_and_a_date() -> None:
    for person in support_contacts():
        assert DATE.search(person.source), person.organisation
        has_url = "https://" in person.source or "http://" in person.source
        rules = [rule for number, rule in REGULATED.items() if number in person.phones]
        assert has_url or rules, person.organisation
        for rule in rules:
            assert rule in person.source.casefold(), person.organisation


def test_every_phone_without_a_rule_comes_with_a_web_source() -> None:
    for person in support_contacts():
        for phone in person.phones:
            assert re.fullmatch(r"\+?[\d][\d -]*\d", phone), phone
            if phone not in REGULATED:
                assert "https://" in person.source, (person.organisation, phone)


def test_weisser_ring_opfer_telefon_is_shipped() -> None:
    ring = by_org()["WEISSER RING"]
    assert ring.kind == PersonKind.VICTIM_SUPPORT
    assert ring.phones == ["116 006"]
    assert "weisser-ring.de" in ring.source


def test_the_data_is_what_the_research_found() -> None:
    contacts = by_org()
    assert contacts["Polizei-Notruf"].phones == ["110"]
    assert "nicht für notfälle" in contacts["Onlinewache Polizei Sachsen"].notes.lower()
    zastex = contacts["ZASTEX, LKA Sachsen"]
    assert zastex.kind == PersonKind.ZASTEX
    assert zastex.phones == ["+49 351 855-2223"]
    assert zastex.emails == []  # cut off in the page read, so not shipped
    assert "Neuländer Straße 60" in zastex.address and "01129 Dresden" in zastex.address
    assert "polizei.sachsen.de/de/108985.htm" in zastex.source
    council = contacts["Landespräventionsrat Sachsen"]
    assert council.phones == ["+49 351 564 30910"]
    assert "Wilhelm-Buck-Straße 2" in council.address
    assert contacts["HateAid"].phones == ["030 252 088 38"]
    assert contacts["HateAid"].emails == ["beratung@hateaid.org"]
    assert contacts["starke Stelle"].phones == ["0800 300 99 44"]
    assert contacts["starke Stelle"].emails == ["info@starkestelle.de"]
    assert contacts["Stark im Amt"].web == ["www.stark-im-amt.de"]
    assert contacts["Hilfetelefon „Gewalt gegen Frauen“"].phones == ["116 016"]
    ombud = contacts["Opferbeauftragte der Sächsischen Staatsregierung"]
    assert ombud.phones == ["0351 564-55099"]
    assert ombud.emails == ["opferbeauftragte@sms.sachsen.de"]
    ssg = contacts["Sächsischer Städte- und Gemeindetag (SSG)"]
    assert ssg.phones == ["0351 8192-0"] and "Glacisstraße 3" in ssg.address


def test_no_phone_or_mail_beyond_the_research() -> None:
    allowed = {"110", "+49 351 855-2223", "+49 351 564 30910", "030 252 088 38",
               "0800 300 99 44", "116 006", "116 016", "0351 564-55099", "0351 8192-0",
               "beratung@hateaid.org", "info@starkestelle.de",
               "opferbeauftragte@sms.sachsen.de", "post@ssg-sachsen.de"}
    found = {v for p in support_contacts() for v in (*p.phones, *p.emails)}
    assert found == allowed
    text = " ".join(p.notes + p.function for p in support_contacts())
    assert not re.search(r"\d{3,}[ -]?\d{3,}", text)  # no phone numbers hidden in notes
    assert "@" not in text


def test_a_shipped_contact_with_a_bad_mail_is_refused() -> None:
    data = support_contacts()[0].model_dump()
    with pytest.raises(ValidationError):
        Person.model_validate({**data, "emails": ["opferbeauftragte sms.sachsen.de"]})
    with pytest.raises(ValidationError):
        Person.model_validate({**data, "source": "x" * 1_001})


def test_each_call_gives_fresh_models() -> None:
    first = support_contacts()
    first[0].phones.append("999")
    assert support_contacts()[0].phones == ["110"]


def test_offer_adds_all_then_nothing(service: VaultService) -> None:
    added = offer_support_contacts(service)
    assert len(added) == len(support_contacts())
    stored = [service.get_person(i).value for i in added]
    assert all(p.needs_check and p.source for p in stored)
    assert offer_support_contacts(service) == []
    assert len(service.list_persons().entries) == len(support_contacts())


def test_a_vault_with_the_older_set_is_offered_only_the_new_ones(
        service: VaultService) -> None:
    for org in OLDER_SET:  # as the older version added them, with its (older) data
        service.add_person({"kind": "other_advice", "organisation": org,
                            "notes": "Keine Telefonnummer gefunden."})
    new = {p.organisation for p in missing_support_contacts(
        [e.value for e in service.list_persons().entries])}
    assert new == {p.organisation for p in support_contacts()} - set(OLDER_SET)
    assert "WEISSER RING" in new
    added = offer_support_contacts(service)
    assert len(added) == len(support_contacts()) - len(OLDER_SET)
    assert offer_support_contacts(service) == []
    # The user's own records are not rewritten: the old note stays where the user has it.
    notes = [e.value.notes for e in service.list_persons().entries
             if e.value.organisation in OLDER_SET]
    assert notes == ["Keine Telefonnummer gefunden."] * len(OLDER_SET)


def test_offer_adds_only_the_missing_and_respects_edits(service: VaultService) -> None:
    # The user already has HateAid (different spelling) and gave ZASTEX a person's name.
    service.add_person({"kind": "victim_support", "organisation": "hateaid"})
    service.add_person({"kind": "zastex", "name": "Frau Beispiel",
                        "organisation": "ZASTEX, LKA Sachsen"})
    added = offer_support_contacts(service)
    assert len(added) == len(support_contacts()) - 2
    names = {service.get_person(i).value.organisation for i in added}
    assert "HateAid" not in names and "ZASTEX, LKA Sachsen" not in names


def test_missing_ignores_case_and_accents() -> None:
    existing = [Person(kind=PersonKind.OTHER_ADVICE, name="STARKE STELLE"),
                Person(kind=PersonKind.VICTIM_SUPPORT, organisation="Weißer Ring")]
    missing = {p.organisation for p in missing_support_contacts(existing)}
    assert "starke Stelle" not in missing and "WEISSER RING" not in missing
    assert len(missing) == len(support_contacts()) - 2
