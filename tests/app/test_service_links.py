"""Links to records deleted later stay history: an incident that names a since-deleted
perpetrator or related incident can still be changed, while a new link to a missing record is
refused (service and command line, real vaults)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInputError
from app.service import VaultService
from tests.cli.support import InProcess, make_vault, ok, one_line_error


def incident(**fields: Any) -> dict[str, Any]:
    return {"title": "Drohanruf", "occurred": {"date": "2026-03-01"}, **fields}


def test_links_the_stored_version_has_survive_the_deletion_of_their_target(
        service: VaultService) -> None:
    suspect = service.add_person({"kind": "suspect", "name": "Max Müller"})
    witness = service.add_person({"kind": "witness", "name": "Erika Schmidt"})
    earlier = service.add_incident(incident(title="Erster Anruf"))
    links = [{"person_id": suspect.id, "role": "perpetrator"},
             {"person_id": witness.id, "role": "witness"}]
    entry = service.add_incident(incident(persons=links, related=[earlier.id]))
    service.delete_person(suspect.id)
    service.delete_incident(earlier.id)

    changed = service.update_incident(entry.id, incident(title="Drohanruf (ergänzt)",
                                                         persons=links, related=[earlier.id]),
                                      entry.version)
    assert changed.version == 2
    assert [p.person_id for p in changed.value.persons] == [suspect.id, witness.id]
    assert changed.value.related == [earlier.id]
    # The role of a kept link may still be corrected; removing the link is always possible.
    corrected = service.update_incident(entry.id, incident(
        persons=[{"person_id": suspect.id, "role": "witness"}]), changed.version)
    assert corrected.value.persons[0].person_id == suspect.id
    removed = service.update_incident(entry.id, incident(), corrected.version)
    assert removed.value.persons == [] and removed.value.related == []
    # Once removed, the deleted contact is a new link again: refused.
    with pytest.raises(InvalidInputError) as again:
        service.update_incident(entry.id, incident(
            persons=[{"person_id": suspect.id, "role": "perpetrator"}]), removed.version)
    assert again.value.field == "persons" and again.value.code == "missing_link"
    assert service.get_incident(entry.id).version == removed.version


def test_a_new_link_to_a_deleted_record_is_refused(service: VaultService) -> None:
    suspect = service.add_person({"kind": "suspect", "name": "Max Müller"})
    other = service.add_incident(incident(title="Anderer Vorfall"))
    entry = service.add_incident(incident(persons=[{"person_id": suspect.id,
                                                    "role": "perpetrator"}]))
    service.delete_person(suspect.id)
    service.delete_incident(other.id)
    with pytest.raises(InvalidInputError) as related:
        service.update_incident(entry.id, incident(
            persons=[{"person_id": suspect.id, "role": "perpetrator"}], related=[other.id]),
            entry.version)
    assert related.value.field == "related" and related.value.code == "missing_link"
    # A kept contact id is no licence to link it as a related incident.
    with pytest.raises(InvalidInputError) as crossed:
        service.update_incident(entry.id, incident(
            persons=[{"person_id": suspect.id, "role": "perpetrator"}], related=[suspect.id]),
            entry.version)
    assert crossed.value.field == "related"
    with pytest.raises(InvalidInputError):
        service.add_incident(incident(persons=[{"person_id": suspect.id, "role": "witness"}]))
    assert service.get_incident(entry.id).version == entry.version


def test_the_cli_edits_an_incident_whose_contact_was_deleted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)
    suspect = ok(cli("contact", "add", "--kind", "suspect", "--name", "Max Müller")).out.strip()
    other = ok(cli("contact", "add", "--kind", "witness", "--name", "Erika")).out.strip()
    added = ok(cli("incident", "add", "--title", "Drohanruf", "--occurred", "2026-03-01",
                   "--perpetrator", suspect)).out.strip()
    ok(cli("contact", "delete", suspect))
    ok(cli("incident", "edit", added, "--title", "Drohanruf (ergänzt)"))
    shown = ok(cli("incident", "show", added, "--json")).json()
    assert shown["title"] == "Drohanruf (ergänzt)" and shown["version"] == 2
    assert shown["persons"] == [{"person_id": suspect, "role": "perpetrator"}]
    # A new link to a deleted contact stays refused, in one line.
    ok(cli("contact", "delete", other))
    (tmp_path / "links.json").write_text(
        json.dumps({"persons": [{"person_id": other, "role": "witness"}]}), encoding="utf-8")
    one_line_error(cli("incident", "edit", added, "--json", str(tmp_path / "links.json")),
                   "persons", other)


def test_the_cli_unlinks_a_deleted_contact_by_its_prefix(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)
    suspect = ok(cli("contact", "add", "--kind", "suspect", "--name", "Max Müller")).out.strip()
    witness = ok(cli("contact", "add", "--kind", "witness", "--name", "Erika")).out.strip()
    added = ok(cli("incident", "add", "--title", "Drohanruf", "--occurred", "2026-03-01",
                   "--perpetrator", suspect, "--witness", witness)).out.strip()
    ok(cli("contact", "delete", suspect))
    ok(cli("incident", "edit", added, "--unlink", suspect[:6]))
    shown = ok(cli("incident", "show", added, "--json")).json()
    assert shown["persons"] == [{"person_id": witness, "role": "witness"}]
    # Gone from the incident and from the contacts: nothing left to unlink by that id.
    one_line_error(cli("incident", "edit", added, "--unlink", suspect), suspect)


def test_the_cli_list_marks_approximate_and_unknown_times(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)
    for title, precision in (("Genau", "exact"), ("Ungefähr", "approximate"),
                             ("Unbekannt", "unknown"), ("Tag", "day")):
        ok(cli("incident", "add", "--title", title, "--occurred", "2026-03-01T10:00",
               "--precision", precision))
    listed = ok(cli("incident", "list")).out.splitlines()
    lines = {title: next(line for line in listed if f" {title} " in line)
             for title in ("Genau", "Ungefähr", "Unbekannt", "Tag")}
    assert "2026-03-01 10:00 ~" in lines["Ungefähr"]
    assert "2026-03-01 10:00 ?" in lines["Unbekannt"]
    assert "10:00 ~" not in lines["Genau"] and "10:00 ?" not in lines["Genau"]
    assert "10:00 ~" not in lines["Tag"] and "10:00 ?" not in lines["Tag"]


def test_the_police_dossier_says_a_linked_contact_was_deleted(service: VaultService) -> None:
    import io

    from pypdf import PdfReader

    from export.dossier import DossierRequest, build_dossier

    suspect = service.add_person({"kind": "suspect", "name": "Max Müller"})
    service.add_incident(incident(persons=[{"person_id": suspect.id, "role": "perpetrator"}]))
    service.delete_person(suspect.id)
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out)
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    text = " ".join(text.split())
    assert f"Kontakt {suspect.id[:8]} wurde im Tresor gelöscht" in text
    assert "konnte nicht gelesen werden" not in text
