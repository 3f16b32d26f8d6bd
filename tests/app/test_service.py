"""VaultService: edits with versions, history, tombstones, purge with a deletion record,
links between records, id prefixes and search."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.errors import AmbiguousIdError, AppCode, InputCode, InvalidInputError
from app.service import ATTACHMENT, INCIDENT, PERSON, VaultService
from storage.errors import ConflictError, RecordNotFoundError, StorageCode
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER, storage_of

SECRET_TITLE = "Drohbrief von Kevin Schulze-Öztürk"
SECRET_WORDS = ("Kevin", "Schulze", "Öztürk", "Hauptstraße 7", "kevin@example.org")


def incident(**fields: Any) -> dict[str, Any]:
    return {"title": "Schmiererei am Rathaus", "occurred": {"date": "2024-03-01"}, **fields}


# -- edits and conflicts --------------------------------------------------------------------
def test_update_with_current_version_saves_a_new_revision(service: VaultService) -> None:
    first = service.add_incident(incident())
    second = service.update_incident(first.id, incident(title="Schmiererei, zweite Fassung"),
                                     expected_version=1)
    assert second.version == 2
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at
    loaded = service.get_incident(first.id)
    assert (loaded.version, loaded.value.title) == (2, "Schmiererei, zweite Fassung")
    third = service.update_incident(first.id, loaded.value.model_copy(update={"place": "Markt"}),
                                    expected_version=2)
    assert third.version == 3 and service.get_incident(first.id).value.place == "Markt"


def test_stale_version_is_a_conflict_and_saves_nothing(service: VaultService) -> None:
    first = service.add_incident(incident())
    service.update_incident(first.id, incident(title="Fassung von Anna"), expected_version=1)
    with pytest.raises(ConflictError) as caught:
        service.update_incident(first.id, incident(title="Fassung von Bernd"),
                                expected_version=1)
    assert caught.value.code is StorageCode.CONFLICT
    assert caught.value.params == {"kind": INCIDENT, "record_id": first.id, "version": 2,
                                   "expected": 1}
    loaded = service.get_incident(first.id)
    assert (loaded.version, loaded.value.title) == (2, "Fassung von Anna")
    assert [h.version for h in service.history(INCIDENT, first.id)] == [1, 2]
    with pytest.raises(ConflictError):
        service.delete_incident(first.id, expected_version=1)
    assert service.get_incident(first.id).version == 2
    person = service.add_person({"kind": "witness", "name": "Zeugin"})
    service.update_person(person.id, {"kind": "witness", "name": "Zeugin A."}, 1)
    with pytest.raises(ConflictError):
        service.update_person(person.id, {"kind": "witness", "name": "Zeugin B."}, 1)
    assert service.get_person(person.id).value.name == "Zeugin A."


def test_a_second_session_on_the_same_vault_sees_the_conflict(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    """Two programs on the same folder (office PC and clerk): the second edit loses cleanly."""
    vault = created[0]
    ours = VaultService(vault)
    entry = ours.add_incident(incident())
    other_vault = Vault.open(vault_dir)
    try:
        other_vault.unlock(USER, PASSPHRASE)
        theirs = VaultService(other_vault)
        theirs.update_incident(entry.id, incident(title="Ihre Fassung"), entry.version)
        with pytest.raises(ConflictError):
            ours.update_incident(entry.id, incident(title="Unsere Fassung"), entry.version)
        assert ours.get_incident(entry.id).value.title == "Ihre Fassung"
    finally:
        other_vault.close()


def test_update_of_unknown_id_is_not_found(service: VaultService) -> None:
    with pytest.raises(RecordNotFoundError):
        service.update_incident("f" * 32, incident(), 1)
    with pytest.raises(RecordNotFoundError):
        service.get_incident("f" * 32)


# -- delete, history ------------------------------------------------------------------------
def test_delete_appends_a_tombstone_and_keeps_earlier_revisions(service: VaultService) -> None:
    entry = service.add_incident(incident(description="erste Fassung"))
    service.update_incident(entry.id, incident(description="zweite Fassung", place="Markt"), 1)
    other = service.add_incident(incident(title="bleibt"))
    service.delete_incident(entry.id, expected_version=2)

    with pytest.raises(RecordNotFoundError):
        service.get_incident(entry.id)
    assert [e.id for e in service.list_incidents().entries] == [other.id]
    assert service.search_incidents("Fassung") == []
    history = service.history(INCIDENT, entry.id)
    assert [(h.version, h.deleted, h.purged) for h in history] == [
        (1, False, False), (2, False, False), (3, True, False)]
    assert all(h.author == USER for h in history)
    assert history[2].changed == []
    revisions = storage_of(service).records.history(entry.id)
    assert revisions[0].content is not None
    assert revisions[0].content["description"] == "erste Fassung"
    assert revisions[1].content is not None
    assert revisions[1].content["description"] == "zweite Fassung"
    assert revisions[2].content == {}
    # A deleted record cannot be edited or deleted again, and its prefix no longer resolves.
    with pytest.raises(RecordNotFoundError):
        service.update_incident(entry.id, incident(), 3)
    with pytest.raises(RecordNotFoundError):
        service.delete_incident(entry.id)
    with pytest.raises(RecordNotFoundError):
        service.resolve(INCIDENT, entry.id[:8])
    kinds = [e["kind"] for e in service.log()]
    assert kinds.count("tombstone") == 1


def test_history_lists_changed_fields(service: VaultService) -> None:
    entry = service.add_incident(incident())
    service.update_incident(entry.id, incident(place="Markt", case={"reported": True}), 1)
    service.update_incident(entry.id, incident(place="Markt", case={"reported": True},
                                               tags=["Serie"]), 2)
    service.update_incident(entry.id, incident(place="Markt", case={"reported": True},
                                               tags=["Serie"]), 3)  # saved unchanged
    history = service.history(INCIDENT, entry.id)
    assert [h.version for h in history] == [1, 2, 3, 4]
    assert "title" in history[0].changed and "occurred" in history[0].changed
    assert history[1].changed == ["case", "place"]
    assert history[2].changed == ["tags"]
    assert history[3].changed == []
    assert history[0].at <= history[3].at
    # History takes a unique prefix as well as the full id.
    assert [h.version for h in service.history(INCIDENT, entry.id[:6])] == [1, 2, 3, 4]


# -- purge ----------------------------------------------------------------------------------
def _attachment_files(vault: Vault) -> list[str]:
    return sorted(p.name for p in (vault.folder / "attachments").iterdir())


def test_purge_removes_personal_data_and_keeps_a_deletion_record(
    service: VaultService, tmp_path: Path
) -> None:
    suspect = service.add_person({"kind": "suspect", "name": "Kevin Schulze-Öztürk",
                                  "address": "Hauptstraße 7", "emails": ["kevin@example.org"]})
    entry = service.add_incident(incident(title=SECRET_TITLE,
                                          persons=[{"person_id": suspect.id,
                                                    "role": "perpetrator"}]))
    service.update_incident(entry.id, incident(title=SECRET_TITLE, place="Hauptstraße 7"), 1)
    kept = service.add_incident(incident(title="Anderer Vorfall"))
    evidence = service.add_attachment_stream(entry.id, io.BytesIO(b"Kevin " * 1000),
                                             "kevin.eml")
    deleted_evidence = service.add_attachment_stream(entry.id, io.BytesIO(b"second"), "b.png")
    service.delete_attachment(deleted_evidence.id)
    other_evidence = service.add_attachment_stream(kept.id, io.BytesIO(b"other"), "c.pdf")
    files_before = _attachment_files(storage_of(service))
    assert len(files_before) == 3

    removed = service.purge(INCIDENT, entry.id)
    # 2 incident revisions + 1 attachment revision + 2 revisions of the deleted attachment
    assert removed == 5

    history = service.history(INCIDENT, entry.id)
    assert [(h.version, h.purged) for h in history] == [(1, True), (2, True)]
    assert all(h.changed == [] for h in history)
    assert all(r.content is None for r in storage_of(service).records.history(entry.id))
    assert all(r.content is None for r in storage_of(service).records.history(evidence.id))
    with pytest.raises(RecordNotFoundError):
        service.get_incident(entry.id)
    with pytest.raises(RecordNotFoundError):
        service.get_attachment(evidence.id)
    assert [e.id for e in service.list_incidents().entries] == [kept.id]
    assert service.attachment_counts() == {kept.id: 1}
    # The purged incident's files are gone from disk; the other incident's file stays.
    assert _attachment_files(storage_of(service)) == [
        storage_of(service).blobs.path_for(other_evidence.id).name]
    assert not storage_of(service).blobs.exists(evidence.id)
    assert not storage_of(service).blobs.exists(deleted_evidence.id)
    out = tmp_path / "c.pdf"
    service.extract_attachment(other_evidence.id, out)
    assert out.read_bytes() == b"other"

    log = service.log()
    purges = [e for e in log if e["kind"] == "purge"]
    assert {(e["record_kind"], e["record_id"]) for e in purges} == {
        (INCIDENT, entry.id), (ATTACHMENT, evidence.id), (ATTACHMENT, deleted_evidence.id)}
    incident_purge = next(e for e in purges if e["record_id"] == entry.id)
    assert incident_purge["revisions_removed"] == 2
    assert incident_purge["author_name"] == USER
    assert incident_purge["at"]
    # The deletion record (and the whole log) holds no personal data of the purged record.
    whole_log = json.dumps(log, ensure_ascii=False)
    for words in (SECRET_TITLE, *SECRET_WORDS[:3], "Hauptstraße 7", "kevin.eml"):
        assert words not in whole_log
    # The suspect is a separate record: still there until purged as well.
    assert service.get_person(suspect.id).value.name == "Kevin Schulze-Öztürk"
    assert service.purge(PERSON, suspect.id) == 1
    assert service.list_persons().entries == []
    whole_log = json.dumps(service.log(), ensure_ascii=False)
    for words in SECRET_WORDS:
        assert words not in whole_log
    # Purging twice is refused with a clear error.
    with pytest.raises(RecordNotFoundError):
        service.purge(INCIDENT, entry.id)
    assert service.verify().ok


def test_purge_survives_reopen_and_leaves_no_blob(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    vault = created[0]
    service = VaultService(vault)
    entry = service.add_incident(incident(title=SECRET_TITLE))
    evidence = service.add_attachment_stream(entry.id, io.BytesIO(b"x" * 5000), "a.txt")
    service.delete_incident(entry.id)  # a deleted incident can still be purged
    assert service.purge(INCIDENT, entry.id) == 3
    vault.close()
    again = Vault.open(vault_dir)
    try:
        again.unlock(USER, PASSPHRASE)
        reopened = VaultService(again)
        assert list((vault_dir / "attachments").iterdir()) == []
        assert [h.purged for h in reopened.history(INCIDENT, entry.id)] == [True, True]
        assert any(e.get("record_id") == evidence.id for e in reopened.log()
                   if e["kind"] == "purge")
    finally:
        again.close()


def test_purge_of_single_attachment_deletes_its_file(service: VaultService) -> None:
    entry = service.add_incident(incident())
    evidence = service.add_attachment_stream(entry.id, io.BytesIO(b"data"), "a.bin")
    path = storage_of(service).blobs.path_for(evidence.id)
    assert path.exists()
    assert service.purge(ATTACHMENT, evidence.id) == 1
    assert not path.exists()
    assert service.get_incident(entry.id).version == 1
    assert service.list_attachments(entry.id).entries == []


def test_purge_refuses_a_record_of_another_kind(service: VaultService) -> None:
    entry = service.add_incident(incident(title=SECRET_TITLE))
    evidence = service.add_attachment_stream(entry.id, io.BytesIO(b"data"), "a.bin")
    person = service.add_person({"kind": "suspect", "name": "Kevin"})
    for kind, record_id in ((PERSON, entry.id), (INCIDENT, evidence.id),
                            (INCIDENT, person.id), (ATTACHMENT, entry.id)):
        with pytest.raises(RecordNotFoundError) as caught:
            service.purge(kind, record_id)
        assert caught.value.code is StorageCode.NOTHING_TO_PURGE
        assert caught.value.params == {"kind": kind, "record_id": record_id}
    assert service.get_incident(entry.id).value.title == SECRET_TITLE
    assert service.get_person(person.id).value.name == "Kevin"
    assert storage_of(service).blobs.exists(evidence.id)
    assert [e for e in service.log() if e["kind"] == "purge"] == []


def test_purged_ciphertext_is_not_left_in_the_database_file(
    created: tuple[Vault, str], vault_dir: Path
) -> None:
    """Emptied revisions must not linger in free pages of the SQLite file or its WAL (they
    stay decryptable for anyone holding a passphrase or the recovery code)."""
    vault = created[0]
    service = VaultService(vault)
    entry = service.add_incident(incident(title=SECRET_TITLE, description="Ö" * 6000))
    with vault.engine.connect() as conn:
        sealed = conn.execute(text("SELECT payload FROM revision WHERE record_id = :i"),
                              {"i": entry.id}).scalar_one()
    vault.close()  # checkpoint: the revision is in the main file, as after weeks of use
    again = Vault.open(vault_dir)
    try:
        again.unlock(USER, PASSPHRASE)
        VaultService(again).purge(INCIDENT, entry.id)
    finally:
        again.close()
    for path in vault_dir.iterdir():
        if path.is_file():
            data = path.read_bytes()
            for start in range(0, len(sealed) - 64, 1024):
                assert bytes(sealed[start:start + 64]) not in data, path.name


# -- links ----------------------------------------------------------------------------------
def test_linking_unknown_person_or_incident_is_refused(service: VaultService) -> None:
    missing = "ab" * 16
    with pytest.raises(InvalidInputError) as caught:
        service.add_incident(incident(persons=[{"person_id": missing, "role": "witness"}]))
    assert caught.value.field == "persons" and caught.value.code is InputCode.MISSING_LINK
    assert caught.value.params == {"kind": INCIDENT, "target": PERSON, "record_id": missing}
    with pytest.raises(InvalidInputError) as related:
        service.add_incident(incident(related=[missing]))
    assert related.value.field == "related" and related.value.code is InputCode.MISSING_LINK
    assert related.value.params["target"] == INCIDENT
    # A deleted person cannot be linked either; a person id is no incident id.
    person = service.add_person({"kind": "witness", "name": "Zeugin"})
    with pytest.raises(InvalidInputError):
        service.add_incident(incident(related=[person.id]))
    service.delete_person(person.id)
    with pytest.raises(InvalidInputError) as deleted:
        service.add_incident(incident(persons=[{"person_id": person.id, "role": "witness"}]))
    assert deleted.value.field == "persons"
    assert service.list_incidents().entries == []
    first = service.add_incident(incident())
    with pytest.raises(InvalidInputError):
        service.update_incident(first.id, incident(persons=[{"person_id": missing,
                                                              "role": "affected"}]), 1)
    assert service.get_incident(first.id).version == 1


def test_resolve_prefixes(service: VaultService) -> None:
    entry = service.add_incident(incident())
    person = service.add_person({"kind": "witness", "name": "Zeugin"})
    assert service.resolve(INCIDENT, entry.id) == entry.id
    assert service.resolve(INCIDENT, entry.id[:4]) == entry.id
    assert service.resolve(INCIDENT, "  " + entry.id[:10].upper() + " ") == entry.id
    assert service.resolve(PERSON, person.id[:5]) == person.id
    with pytest.raises(RecordNotFoundError) as short:
        service.resolve(INCIDENT, entry.id[:3])
    assert short.value.code is AppCode.MALFORMED_ID
    assert short.value.params == {"kind": INCIDENT, "given": entry.id[:3], "minimum": 4}
    with pytest.raises(RecordNotFoundError):
        service.resolve(INCIDENT, "zzzz")
    unknown = next(p for p in ("0000", "ffff", "abcd") if not entry.id.startswith(p))
    with pytest.raises(RecordNotFoundError) as missing:
        service.resolve(INCIDENT, unknown)
    assert missing.value.code is AppCode.NO_SUCH_ID
    assert missing.value.params == {"kind": INCIDENT, "given": unknown}
    if not entry.id.startswith(person.id[:4]):
        with pytest.raises(RecordNotFoundError):  # a person id is no incident id
            service.resolve(INCIDENT, person.id)


def test_resolve_reports_ambiguous_prefix(service: VaultService) -> None:
    """Random ids rarely share four characters, so store two records with chosen ids through
    the real record store and resolve through the service."""
    content = {"kind": "witness", "name": "Zeuge"}
    first, second = "abcd" + "0" * 27 + "1", "abcd" + "0" * 27 + "2"
    for record_id in (first, second):
        storage_of(service).records.create(PERSON, record_id, content, service.user_id)
    with pytest.raises(AmbiguousIdError) as caught:
        service.resolve(PERSON, "abcd")
    assert caught.value.code is AppCode.AMBIGUOUS_ID
    assert caught.value.params == {"kind": PERSON, "given": "abcd", "count": 2}
    with pytest.raises(AmbiguousIdError):
        service.resolve(PERSON, "ABCD000")
    assert service.resolve(PERSON, first) == first
    assert service.resolve(PERSON, first[:-1] + "2") == second
    service.delete_person(first)  # deleted records no longer compete for a prefix
    assert service.resolve(PERSON, "abcd") == second
    with pytest.raises(RecordNotFoundError):
        service.resolve(INCIDENT, "abcd")  # the prefix belongs to another kind


# -- search ---------------------------------------------------------------------------------
def test_search_is_case_and_accent_insensitive_and_ands_words(service: VaultService) -> None:
    mueller = service.add_incident(incident(title="Brief an Frau Müller",
                                            description="Drohung wegen der Straße"))
    other = service.add_incident(incident(title="Anruf bei Herrn Muller",
                                          description="Beleidigung am Telefon"))
    service.add_incident(incident(title="Graffiti", description="Hakenkreuz an der Schule"))
    assert {e.id for e in service.search_incidents("muller")} == {mueller.id, other.id}
    assert {e.id for e in service.search_incidents("MÜLLER")} == {mueller.id, other.id}
    assert [e.id for e in service.search_incidents("müller drohung")] == [mueller.id]
    assert [e.id for e in service.search_incidents("  muller   TELEFON ")] == [other.id]
    assert [e.id for e in service.search_incidents("strasse")] == [mueller.id]  # ß = ss
    assert service.search_incidents("muller hakenkreuz") == []
    assert len(service.search_incidents("")) == 3
    assert len(service.search_incidents("   ")) == 3


def test_search_finds_linked_person_case_numbers_and_notes(service: VaultService) -> None:
    person = service.add_person({"kind": "suspect", "name": "Jürgen Weißhaupt",
                                 "handles": [{"platform": "X", "handle": "@wutbuerger88"}],
                                 "vehicle_plates": ["PIR-AB 123"]})
    linked = service.add_incident(incident(
        persons=[{"person_id": person.id, "role": "perpetrator"}],
        case={"aktenzeichen": "410 Js 12345/24", "police_case_number": "TgbNr 777/24",
              "notes": [{"on": "2024-04-01", "text": "Rückruf der Staatsanwältin"}]},
        tags=["Serie Schulstraße"],
        categories=["bedrohung"],
    ))
    service.add_incident(incident(title="ohne Bezug"))
    for query in ("weisshaupt", "jurgen", "@wutbuerger88", "pir-ab", "410 Js 12345/24",
                  "12345/24", "tgbnr 777", "staatsanwaltin", "schulstrasse", "bedrohung"):
        assert [e.id for e in service.search_incidents(query)] == [linked.id], query
    assert [e.id for e in service.search_persons("weißhaupt")] == [person.id]
    assert [e.id for e in service.search_persons("WEISSHAUPT pir")] == [person.id]


def test_search_does_not_find_deleted_persons_names(service: VaultService) -> None:
    person = service.add_person({"kind": "suspect", "name": "Zacharias"})
    linked = service.add_incident(incident(persons=[{"person_id": person.id,
                                                     "role": "perpetrator"}]))
    assert [e.id for e in service.search_incidents("zacharias")] == [linked.id]
    service.delete_person(person.id)
    assert service.search_incidents("zacharias") == []
    assert service.get_incident(linked.id).value.persons[0].person_id == person.id
