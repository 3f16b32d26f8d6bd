"""The shipped Saxony support contacts: valid, marked "bitte prüfen" with a source, and
offered only once."""

from __future__ import annotations

import re

from app.domain import Person, PersonKind
from app.service import VaultService
from app.support_contacts import (
    missing_support_contacts,
    offer_support_contacts,
    support_contacts,
)


def test_every_contact_validates_and_needs_checking() -> None:
    contacts = support_contacts()
    assert len(contacts) == 9
    for person in contacts:
        assert Person.model_validate(person.model_dump()) == person
        assert person.needs_check is True
        assert person.checked_on is None
        assert person.source.strip()
        assert person.kind.is_support
        assert person.organisation


def test_the_data_is_what_the_research_found() -> None:
    by_org = {p.organisation: p for p in support_contacts()}
    assert by_org["Polizei-Notruf"].phones == ["110"]
    assert "nicht für notfälle" in by_org["Onlinewache Polizei Sachsen"].notes.lower()
    zastex = by_org["ZASTEX, LKA Sachsen"]
    assert zastex.kind == PersonKind.ZASTEX
    assert zastex.phones == ["+49 351 855-2223"]
    assert zastex.emails == []  # not verified, so not shipped
    assert "Neuländer Straße 60" in zastex.address and "01129 Dresden" in zastex.address
    assert zastex.source == "polizei.sachsen.de/de/98508.htm"
    assert by_org["Allianz Sichere Sächsische Kommunen (ASSKomm)"].phones == []
    council = by_org["Landespräventionsrat Sachsen"]
    assert council.phones == [] and "Wilhelm-Buck-Straße 2" in council.address
    assert by_org["HateAid"].emails == ["beratung@hateaid.org"]
    assert by_org["HateAid"].phones == ["030 252 088 38"]
    assert by_org["starke Stelle"].phones == ["0800 300 99 44"]
    assert by_org["starke Stelle"].emails == ["info@starkestelle.de"]
    assert by_org["Stark im Amt"].web == ["www.stark-im-amt.de"]


def test_no_phone_or_mail_beyond_the_research() -> None:
    allowed = {"110", "+49 351 855-2223", "030 252 088 38", "0800 300 99 44",
               "beratung@hateaid.org", "info@starkestelle.de"}
    found = {v for p in support_contacts() for v in (*p.phones, *p.emails)}
    assert found == allowed
    text = " ".join(p.notes + p.function for p in support_contacts())
    assert not re.search(r"\d{3,}[ -]?\d{3,}", text)  # no phone numbers hidden in notes


def test_each_call_gives_fresh_models() -> None:
    first = support_contacts()
    first[0].phones.append("999")
    assert support_contacts()[0].phones == ["110"]


def test_offer_adds_all_then_nothing(service: VaultService) -> None:
    added = offer_support_contacts(service)
    assert len(added) == 9
    stored = [service.get_person(i).value for i in added]
    assert all(p.needs_check and p.source for p in stored)
    assert offer_support_contacts(service) == []
    assert len(service.list_persons().entries) == 9


def test_offer_adds_only_the_missing_and_respects_edits(service: VaultService) -> None:
    # The user already has HateAid (different spelling) and gave ZASTEX a person's name.
    service.add_person({"kind": "victim_support", "organisation": "hateaid"})
    service.add_person({"kind": "zastex", "name": "Frau Beispiel",
                        "organisation": "ZASTEX, LKA Sachsen"})
    added = offer_support_contacts(service)
    assert len(added) == 7
    names = {service.get_person(i).value.organisation for i in added}
    assert "HateAid" not in names and "ZASTEX, LKA Sachsen" not in names


def test_missing_ignores_case_and_accents() -> None:
    existing = [Person(kind=PersonKind.OTHER_ADVICE, name="STARKE STELLE")]
    missing = missing_support_contacts(existing)
    assert "starke Stelle" not in {p.organisation for p in missing}
    assert len(missing) == 8
