"""The `vorfallbuch` command line end to end: each command runs as its own process
(`python -m cli`), exactly as a user or a script runs it, on a real vault in tmp_path.

A process start costs about a second (imports), so read-only commands that do not depend on
each other run side by side (`run_many`), and only `init` pays for a calibrated KDF; the other
vaults are made with the cheap test parameters (the keyslot stores its own parameters)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from storage.errors import WrongPassphraseError
from storage.vault import Vault
from tests.cli.support import make_vault, ok, one_line_error, run, run_many, start
from tests.conftest import PASSPHRASE, USER

NEW_PASSPHRASE = "purple elephant dances slowly 42"
ID = re.compile(r"[0-9a-f]{32}")
CODE = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){6}\b")


@pytest.fixture
def cheap_vault(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "vault")


# -- init and recover (the one run with a calibrated KDF) -------------------------------------
def test_init_prints_a_recovery_code_once_that_recover_accepts(tmp_path: Path) -> None:
    folder = tmp_path / "new vault"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")  # one trailing newline is dropped

    created = ok(run(folder, "init", "--user", USER, "--passphrase-file", secret,
                     passphrase=None))
    codes = CODE.findall(created.out)
    assert len(codes) == 1, created.out
    assert created.out.count(codes[0]) == 1  # printed exactly once
    assert USER in created.out
    assert codes[0] not in created.err
    assert Vault.exists(folder)

    # A second init refuses to overwrite; recover takes the code from a file (typed in lower
    # case without dashes, as people do) and the new passphrase from the environment.
    code_file = tmp_path / "code.txt"
    code_file.write_text(codes[0].replace("-", "").lower() + "\n", encoding="utf-8")
    again, recovered = (
        s.finish() for s in [
            start(folder, ["init", "--user", "Someone Else"]),
            start(folder, ["recover", "--recovery-code-file", code_file], passphrase=None,
                   env={"VORFALLBUCH_NEW_PASSPHRASE": NEW_PASSPHRASE}),
        ]
    )
    one_line_error(again, "already a vault")
    ok(recovered)
    assert USER in recovered.out

    vault = Vault.open(folder)
    try:
        with pytest.raises(WrongPassphraseError):
            vault.unlock(USER, PASSPHRASE)
        assert vault.unlock(USER, NEW_PASSPHRASE).user.name == USER
        actions = [e.get("action") for e in vault.records.chain_entries()]
        assert actions == ["vault-created", "recovered"]
    finally:
        vault.close()


def test_contacts_incidents_attachments_verify_and_log(cheap_vault: Path,
                                                        tmp_path: Path) -> None:
    v = cheap_vault
    json_file = tmp_path / "incident.json"
    json_file.write_text(json.dumps({
        "title": "Hassmail", "occurred": {"date": "2026-02-01"}, "channel": "email",
        "categories": ["beleidigung"], "description": "Betreff: Du bist die Nächste",
    }), encoding="utf-8")
    # Independent saves run side by side (the vault queues its writers).
    suspect, witness_added, from_file, from_stdin = (s.finish() for s in [
        start(v, ["contact", "add", "--kind", "suspect", "--name", "Max Mustermann",
                   "--plate", "PIR-XY 123", "--notes", "wohnt am Markt"]),
        start(v, ["contact", "add", "--kind", "witness", "--name", "Erika Beispiel",
                   "--email", "erika@example.org", "--phone", "+49 3501 123456"]),
        start(v, ["incident", "add", "--json", json_file, "--tag", "Mail"]),
        start(v, ["incident", "add", "--json", "-"], stdin=json.dumps(
            {"title": "Graffiti am Rathaus", "occurred": {"date": "2026-04-01"}}).encode()),
    ])
    for result in (suspect, witness_added, from_file, from_stdin):
        # Each add prints the new id alone on stdout.
        assert ID.fullmatch(ok(result).out.rstrip("\n")), result.out
        assert result.out.count("\n") == 1
    perpetrator, witness = suspect.out.strip(), witness_added.out.strip()
    second, third = from_file.out.strip(), from_stdin.out.strip()

    added = ok(run(
        v, "incident", "add", "--title", "Bedrohung auf dem Marktplatz",
        "--occurred", "2026-03-14T19:30", "--precision", "approximate",
        "--occurred-to", "2026-03-14T20:00", "--discovered", "2026-03-14",
        "--place-kind", "public", "--place", "Marktplatz", "--municipality", "Pirna",
        "--channel", "in_person", "--platform", "",
        "--category", "bedrohung", "--category", "beleidigung",
        "--description", "Er rief: \"Wir wissen, wo du wohnst.\"\nDann ging er.",
        "--means", "verbal", "--context", "Ratsbeschluss vom 12.03.", "--targeted",
        "Bürgermeisterin", "--injury", "keine", "--damage-eur", "250,50",
        "--impact", "Angst", "--own-reaction", "Polizei gerufen",
        "--protective-measures", "Begleitung", "--motivation", "rechts",
        "--outcome", "open", "--reported-on", "2026-03-15", "--police-office", "PR Pirna",
        "--police-case-number", "TGB 123/26", "--strafantrag-on", "2026-03-16",
        "--strafantrag-by", "selbst", "--prosecutor-office", "StA Dresden",
        "--aktenzeichen", "123 Js 456/26", "--review-on", "2028-01-01",
        "--tag", "Markt", "--tag", "Serie", "--note", "2026-03-20", "Zeugin angerufen",
        "--perpetrator", perpetrator[:8], "--witness", witness, "--related", second,
    ))
    assert ID.fullmatch(added.out.rstrip("\n")) and added.out.count("\n") == 1, added.out
    first = added.out.strip()

    evidence = tmp_path / "in" / "Drohbrief (Kopie) – Müller.pdf"
    evidence.parent.mkdir()
    payload = bytes(range(256)) * 8192 + os.urandom(1234)  # 2 MiB and a bit: 3 segments
    evidence.write_bytes(payload)
    empty = tmp_path / "in" / "leer.txt"
    empty.write_bytes(b"")
    attached, edited, linked, contact_edited, deleted = (s.finish() for s in [
        start(v, ["attach", first, evidence, empty, "--source", "eingescannt"]),
        start(v, ["incident", "edit", first, "--title", "Bedrohung am Markt",
                   "--unlink", witness]),
        start(v, ["incident", "edit", second[:10], "--witness", witness,
                   "--affected", witness]),
        start(v, ["contact", "edit", witness, "--phone", "0351 1", "--phone", "0351 2"]),
        start(v, ["incident", "delete", third[:8]]),
    ])
    lines = ok(attached).out.splitlines()
    assert len(lines) == 2
    assert lines[0].split("  ") == [lines[0][:32], hashlib.sha256(payload).hexdigest(),
                                    evidence.name]
    assert lines[1].split("  ")[1:] == [hashlib.sha256(b"").hexdigest(), "leer.txt"]
    assert ok(edited).out.strip() == first and ok(linked).out.strip() == second
    ok(contact_edited)
    assert third in ok(deleted).out

    listing, shown, history, search, contacts, contact, files_listed = run_many(
        v,
        ["incident", "list", "--json"],
        ["incident", "show", first, "--json"],
        ["incident", "history", first, "--json"],
        ["incident", "list", "--search", "marktplatz BEDROHUNG"],
        ["contact", "list", "--json"],
        ["contact", "show", witness[:10], "--json"],
        ["attachment", "list", first, "--json"],
    )
    items = ok(listing).json()
    assert [i["id"] for i in items] == [second, first]  # oldest first; the deleted one is gone
    assert [i["title"] for i in items] == ["Hassmail", "Bedrohung am Markt"]
    assert [i["attachments"] for i in items] == [0, 2]
    assert items[0]["tags"] == ["Mail"] and items[0]["description"].endswith("Nächste")
    assert sorted((p["role"], p["person_id"]) for p in items[0]["persons"]) == [
        ("affected", witness), ("witness", witness)]

    incident = ok(shown).json()
    assert incident["id"] == first and incident["version"] == 2
    assert incident["title"] == "Bedrohung am Markt"
    assert incident["occurred"] == {"date": "2026-03-14", "time": "19:30:00",
                                    "precision": "approximate"}
    assert incident["occurred_to"]["time"] == "20:00:00"
    assert incident["discovered_on"] == "2026-03-14"
    assert (incident["place_kind"], incident["place"], incident["municipality"]) == (
        "public", "Marktplatz", "Pirna")
    assert incident["categories"] == ["bedrohung", "beleidigung"]
    assert incident["description"] == "Er rief: \"Wir wissen, wo du wohnst.\"\nDann ging er."
    assert incident["damage_eur"] == "250.50"
    assert incident["targeted"] == "Bürgermeisterin"
    assert incident["protective_measures"] == "Begleitung"
    assert incident["motivation"] == "rechts"
    assert incident["persons"] == [{"person_id": perpetrator, "role": "perpetrator"}]
    assert incident["related"] == [second]
    case = incident["case"]
    assert case["reported"] is True and case["reported_on"] == "2026-03-15"
    assert case["police_office"] == "PR Pirna" and case["police_case_number"] == "TGB 123/26"
    assert case["strafantrag_on"] == "2026-03-16" and case["strafantrag_by"] == "selbst"
    assert case["prosecutor_office"] == "StA Dresden"
    assert case["aktenzeichen"] == "123 Js 456/26" and case["outcome"] == "open"
    assert case["notes"] == [{"on": "2026-03-20", "text": "Zeugin angerufen"}]
    assert incident["tags"] == ["Markt", "Serie"] and incident["review_on"] == "2028-01-01"
    assert incident["attachments"] == 2 and len(incident["attachment_ids"]) == 2
    assert set(incident["strafantrag_deadline"]) == {"state", "deadline", "rule"}

    versions = ok(history).json()
    assert [h["version"] for h in versions] == [1, 2]
    assert versions[0]["author"] == USER
    assert {"title", "persons"} <= set(versions[1]["changed"])  # the witness was unlinked
    assert "description" not in versions[1]["changed"]

    found = ok(search).out.splitlines()
    assert len(found) == 2 and found[1].startswith(first[:8]), search.out  # header and one row
    people = ok(contacts).json()
    assert sorted(p["name"] for p in people) == ["Erika Beispiel", "Max Mustermann"]
    assert all({"id", "name"} <= set(p) for p in people)
    erika = ok(contact).json()
    assert erika["phones"] == ["0351 1", "0351 2"] and erika["emails"] == ["erika@example.org"]
    assert erika["version"] == 2

    # Attachments come back bit-exact with the SHA-256 taken at intake, also for 0 bytes.
    files = ok(files_listed).json()
    assert [(f["original_name"], f["size"]) for f in files] == [
        ("Drohbrief (Kopie) – Müller.pdf", len(payload)), ("leer.txt", 0)]
    assert files[0]["sha256"] == hashlib.sha256(payload).hexdigest()
    assert files[0]["kind"] == "document" and files[0]["source"] == "eingescannt"
    assert sorted(incident["attachment_ids"]) == sorted(f["id"] for f in files)
    out_big, out_empty = tmp_path / "out" / "big.pdf", tmp_path / "out" / "empty.txt"
    out_big.parent.mkdir()
    big, small, verify = run_many(
        v,
        ["attachment", "extract", files[0]["id"], "--out", out_big],
        ["attachment", "extract", files[1]["id"][:12], "--out", out_empty],
        ["verify", "--json"],
    )
    assert ok(big).out.split() == [files[0]["sha256"], str(out_big)]
    assert out_big.read_bytes() == payload
    assert hashlib.sha256(out_big.read_bytes()).hexdigest() == files[0]["sha256"]
    ok(small)
    assert out_empty.exists() and out_empty.read_bytes() == b""
    assert sorted(p.name for p in out_big.parent.iterdir()) == ["big.pdf", "empty.txt"]
    report = ok(verify).json()
    assert report["ok"] is True and not [i for i in report["items"] if not i["ok"]]
    # vault-created, 7 creates (2 contacts, 3 incidents, 2 attachments), 3 edits, 1 delete
    assert report["chain"]["length"] == 12
    checked = {i["id"] for i in report["items"]}
    assert {first, second, perpetrator, witness, *(f["id"] for f in files)} <= checked

    # Purge for good; the log keeps a deletion record without the data.
    purged, contact_deleted = (s.finish() for s in [
        start(v, ["incident", "purge", third, "--yes"]),
        start(v, ["contact", "delete", witness]),
    ])
    assert third in ok(purged).out and witness in ok(contact_deleted).out
    history, log, contacts = run_many(
        v, ["incident", "history", third, "--json"], ["log"], ["contact", "list", "--json"])
    assert [(h["version"], h["purged"], h["changed"]) for h in ok(history).json()] == [
        (1, True, []), (2, True, [])]
    assert "Graffiti" not in history.out
    entries = ok(log).out.splitlines()
    assert [int(e.split()[0]) for e in entries] == list(range(1, 15))
    purges = [e for e in entries if e.split()[2] == "purge"]
    assert len(purges) == 1 and third[:8] in purges[0]
    assert "2 revisions emptied" in purges[0] and USER in purges[0]
    # The log names records and authors, never their content.
    assert "Mustermann" not in log.out and "Marktplatz" not in log.out
    assert "Graffiti" not in log.out
    assert [p["id"] for p in ok(contacts).json()] == [perpetrator]


# -- passwd and users -------------------------------------------------------------------------
def test_users_and_passwd(cheap_vault: Path, tmp_path: Path) -> None:
    v = cheap_vault
    bernd = "Bernd Beispiel"
    bernd_passphrase = "rathaus kaffee fahrrad 7"
    # The new user's passphrase comes from the environment.
    added = ok(run(v, "user", "add", bernd, env={"VORFALLBUCH_NEW_PASSPHRASE": bernd_passphrase}))
    assert bernd in added.out
    as_bernd, users = run_many(v, ["--user", bernd.upper(), "incident", "add", "--title",
                                   "von Bernd", "--occurred", "2026-05-01"],
                               ["user", "list"], passphrase=bernd_passphrase)
    incident = ok(as_bernd).out.strip()
    assert ID.fullmatch(incident)
    assert ok(users).out.splitlines() == [USER, bernd]

    removed = ok(run(v, "user", "remove", bernd, "--yes"))
    assert bernd in removed.out
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE, encoding="utf-8")
    gone, listed, changed = (s.finish() for s in [
        start(v, ["--user", bernd, "incident", "list"], passphrase=bernd_passphrase),
        start(v, ["user", "list", "--json"], passphrase=None),  # needs no passphrase
        start(v, ["passwd", "--new-passphrase-file", new_file]),
    ])
    one_line_error(gone, "no user", bernd)
    assert [u["name"] for u in ok(listed).json()] == [USER]
    assert USER in ok(changed).out

    old, new = (s.finish() for s in [
        start(v, ["incident", "list"]),
        start(v, ["incident", "history", incident, "--json"], passphrase=NEW_PASSPHRASE),
    ])
    one_line_error(old, "passphrase", "wrong")
    assert ok(new).json()[0]["author"] == bernd  # a removed user's entries keep the name


def test_log_names_whom_a_user_change_concerns(cheap_vault: Path) -> None:
    v = cheap_vault
    env = {"VORFALLBUCH_NEW_PASSPHRASE": "bernds eigene lange passphrase"}
    assert run(v, "user", "add", "Bernd Weber", env=env).code == 0
    assert run(v, "user", "remove", "Bernd Weber", "--yes").code == 0
    log = run(v, "log")
    assert log.code == 0, log.err
    lines = [line for line in log.out.splitlines() if " user " in line]
    added = next(line for line in lines if "user-added" in line)
    removed = next(line for line in lines if "user-removed" in line)
    for line in (added, removed):
        assert "user 'Bernd Weber'" in line and USER in line  # whom, and by whom
    entries = run(v, "log", "--json").json()
    assert {e.get("user_name") for e in entries if e.get("action") == "user-added"} == {
        "Bernd Weber"}
