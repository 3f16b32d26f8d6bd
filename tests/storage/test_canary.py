"""Plaintext canary: unique markers in every field and in an attached file must not appear in
any byte under the vault folder or the temp folder."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from app.domain import Incident, Person
from app.service import VaultService
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER

MAX_SCAN = 256 * 1024 * 1024


def marker(name: str) -> str:
    return f"CANARY{name}{uuid.uuid4().hex}"


def scan(root: Path, needles: dict[str, bytes], skip: set[Path]) -> list[str]:
    hits = []
    for dirpath, _dirs, files in os.walk(root):
        for file in files:
            path = Path(dirpath) / file
            if path in skip:
                continue
            try:
                if not path.is_file() or path.stat().st_size > MAX_SCAN:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            hits += [f"{name} in {path}" for name, needle in needles.items() if needle in data]
    return hits


def fixed_clock() -> str:
    """The vault's write times ("…T13:37:05.5Z") are plaintext by design; with the real clock a
    run at 13:37 (or at HH:13:37) found them instead of a leak, so the vault gets a clock far
    from every date and time the test stores."""
    return "1999-12-31T23:59:59.000000Z"


def encodings(markers: dict[str, str]) -> dict[str, bytes]:
    out = {}
    for name, value in markers.items():
        out[name] = value.encode("utf-8")
        out[name + "/utf-16"] = value.encode("utf-16-le")
        out[name + "/hex"] = value.encode("utf-8").hex().encode("ascii")
    return out


def test_no_plaintext_under_the_vault_or_temp_folder(vault_dir: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF, clock=fixed_clock)
    service = VaultService(vault)
    markers: dict[str, str] = {}

    def m(field: str) -> str:
        markers[field] = marker(field)
        return markers[field]

    person_fields = {f: m("person." + f) for f in ("name", "organisation", "function", "address",
                                                   "notes", "source")}
    person = service.add_person(Person.model_validate({
        "kind": "suspect", **person_fields, "phones": [m("person.phone")],
        "emails": [m("person.email") + "@example.org"], "web": [m("person.web")],
        "handles": [{"platform": m("handle.platform"), "handle": m("handle.handle"),
                     "profile_url": m("handle.url")}],
        "vehicle_plates": [m("person.plate")]}))
    text_fields = ("place", "municipality", "platform", "url", "discovery", "verbatim",
                   "description", "means", "context",
                   "targeted", "injury", "impact", "own_reaction", "protective_measures")
    case_fields = ("police_office", "police_case_number", "strafantrag_by",
                   "prosecutor_office", "aktenzeichen", "evidence_handed_to")
    occurred_time = "13:37"
    incident = service.add_incident(Incident.model_validate({
        "title": m("title"), "occurred": {"date": "2026-04-01", "time": occurred_time},
        **{f: m(f) for f in text_fields},
        "case": {**{f: m("case." + f) for f in case_fields},
                 "notes": [{"on": "2026-04-02", "text": m("case.note")}]},
        "tags": [m("tag")], "persons": [{"person_id": person.id, "role": "perpetrator"}],
        "categories": ["bedrohung"]}))
    # the previous revision must stay sealed too
    service.update_incident(incident.id, {**incident.value.model_dump(mode="json"),
                                          "title": m("title.v2")}, incident.version)
    source = tmp_path / (m("filename") + ".txt")
    source.write_bytes(("Inhalt " + m("file.content") + "\n").encode() * 50_000)  # ~3.5 MB
    attachment = service.add_attachment(incident.id, source, source="from phone")
    source.unlink()  # the user's own source file is not the vault's business
    markers.pop("filename")  # its name lives in the attachment facts, checked below
    markers["attachment.name"] = attachment.value.original_name
    markers["sha256"] = attachment.value.sha256
    needles = encodings(markers)
    # The incident's date is sensitive as well; it is not unique enough for the temp folder,
    # which other programs share, so only the vault is searched for it.
    vault_needles = {**needles, "occurred": b"2026-04-01", "occurred-time": occurred_time.encode()}
    # While open (WAL and shared memory files present) and after closing.
    assert scan(vault_dir, vault_needles, set()) == []
    vault.close()
    reopened = Vault.open(vault_dir, clock=fixed_clock)
    reopened.unlock(USER, PASSPHRASE)
    assert VaultService(reopened).get_incident(incident.id).value.title == markers["title.v2"]
    reopened.close()
    assert scan(vault_dir, vault_needles, set()) == []
    temp_root = Path(tempfile.gettempdir())
    hits = scan(temp_root, needles, set())
    assert hits == []
    # and the scan really finds a marker when it is there
    probe = tmp_path / "probe.bin"
    probe.write_bytes(b"xx" + needles["title"] + b"yy")
    assert scan(tmp_path, needles, set()) == [f"title in {probe}"]
