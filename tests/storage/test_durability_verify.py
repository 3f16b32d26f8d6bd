"""Integrity report (issue #3, section 4): `verify --json` lists every record and attachment as
ok or with its failure, and one damaged record of a hundred leaves the other ninety-nine
readable through the command line."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from storage.vault import DB_NAME
from tests.cli.support import InProcess, ok, one_line_error
from tests.storage.durability_support import new_vault, random_bytes

COUNT = 100


@pytest.fixture
def hundred(tmp_path: Path) -> tuple[Path, list[str], dict[str, str]]:
    """A closed vault with 100 incidents (some edited), three with attachments; returns the
    folder, the incident ids and attachment id -> incident id."""
    vault, _code = new_vault(tmp_path / "vault")
    try:
        service = VaultService(vault)
        ids = []
        for number in range(COUNT):
            entry = service.add_incident({"title": f"Vorfall {number:03d}",
                                          "occurred": {"date": "2026-01-01"}})
            if number % 10 == 0:
                entry = service.update_incident(entry.id, {**entry.value.model_dump(
                    mode="json"), "description": "ergänzt"}, entry.version)
            ids.append(entry.id)
        attachments = {}
        for incident_id, data in ((ids[3], b""), (ids[3], random_bytes(70_000, "v")),
                                  (ids[77], b"Drohbrief")):
            added = service.add_attachment_stream(incident_id, io.BytesIO(data), "datei.bin")
            attachments[added.id] = incident_id
    finally:
        vault.close()
    return tmp_path / "vault", ids, attachments


def _flip_revision(folder: Path, record_id: str, version: int) -> None:
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        with conn:
            (payload,) = conn.execute(
                "SELECT payload FROM revision WHERE record_id = ? AND version = ?",
                (record_id, version)).fetchone()
            damaged = bytearray(payload)
            damaged[len(damaged) // 2] ^= 0x01
            conn.execute("UPDATE revision SET payload = ? WHERE record_id = ? AND version = ?",
                         (bytes(damaged), record_id, version))
    finally:
        conn.close()


def _items(report: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    found = [i for i in report["items"] if i["kind"] == kind]
    by_id = {i["id"]: i for i in found}
    assert len(by_id) == len(found), f"a {kind} is listed twice"
    return by_id


def test_one_damaged_record_of_a_hundred(
        hundred: tuple[Path, list[str], dict[str, str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, ids, attachments = hundred
    cli = InProcess(folder, capsys, monkeypatch)
    intact = ok(cli("verify", "--json")).json()
    assert intact["ok"] is True and intact["chain"]["length"] > COUNT
    assert set(_items(intact, "incident")) == set(ids)
    assert set(_items(intact, "attachment")) == set(attachments)
    assert all(i["ok"] and "error" not in i for i in intact["items"])

    victim = ids[41]  # version 1 is its head
    _flip_revision(folder, victim, 1)

    result = cli("verify", "--json")
    assert result.code == 1, result.err
    report = result.json()
    assert report["ok"] is False
    incidents = _items(report, "incident")
    assert set(incidents) == set(ids)  # every record is listed, ok or not
    assert set(_items(report, "attachment")) == set(attachments)
    failed = [i for i in report["items"] if not i["ok"]]
    assert [(i["kind"], i["id"]) for i in failed] == [("incident", victim)]
    assert victim in failed[0]["error"] and "damaged" in failed[0]["error"]
    assert report["chain"] == intact["chain"]  # the chain itself is intact

    text = cli("verify")
    assert text.code == 1
    assert f"FAILED  incident {victim}" in text.out
    assert text.out.rstrip().endswith(f"1 of {len(report['items'])} items failed.")

    listed = ok(cli("incident", "list", "--json"))
    assert sorted(i["id"] for i in listed.json()) == sorted(set(ids) - {victim})
    warning = listed.err.splitlines()
    assert len(warning) == 1 and warning[0].startswith("vorfallbuch: warning: ")
    assert victim in warning[0] and "verify" in warning[0]
    assert len(ok(cli("incident", "list")).out.splitlines()) == COUNT  # header + 99 rows

    one_line_error(cli("incident", "show", victim, "--json"), victim)
    for other in (ids[0], ids[40], ids[42], ids[99]):
        assert ok(cli("incident", "show", other, "--json")).json()["id"] == other
    assert len(ok(cli("attachment", "list", ids[3], "--json")).json()) == 2
    for attachment_id in attachments:
        ok(cli("attachment", "extract", attachment_id, "--out", str(tmp_path / attachment_id)))
    one_line_error(cli("incident", "history", victim, "--json"), victim, "damaged")
    assert len(ok(cli("incident", "history", ids[40], "--json")).json()) == 2
    assert len(ok(cli("log", "--json")).json()) == intact["chain"]["length"]
    # Still writable: a new incident is saved next to the damaged one.
    ok(cli("incident", "add", "--title", "Neu", "--occurred", "2026-02-02"))
    assert len(ok(cli("incident", "list", "--json")).json()) == COUNT


def test_every_damaged_record_is_named_not_only_the_first(
        hundred: tuple[Path, list[str], dict[str, str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, ids, _attachments = hundred
    victims = sorted(ids)[5::30]  # four, spread over the order verify reads them in
    for victim in victims:
        _flip_revision(folder, victim, 2 if ids.index(victim) % 10 == 0 else 1)
    cli = InProcess(folder, capsys, monkeypatch)
    result = cli("verify", "--json")
    assert result.code == 1
    report = result.json()
    assert sorted(i["id"] for i in report["items"] if not i["ok"]) == victims
    assert len(_items(report, "incident")) == COUNT
    listed = ok(cli("incident", "list", "--json"))
    assert len(listed.json()) == COUNT - len(victims)
    assert len(listed.err.splitlines()) == len(victims)


def test_an_old_revision_damaged_is_reported_though_the_record_still_reads(
        hundred: tuple[Path, list[str], dict[str, str]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, ids, _attachments = hundred
    edited = ids[10]  # edited once: version 1 is history, version 2 the head
    _flip_revision(folder, edited, 1)
    cli = InProcess(folder, capsys, monkeypatch)
    report = cli("verify", "--json").json()
    assert [(i["kind"], i["id"]) for i in report["items"] if not i["ok"]] == \
        [("incident", edited)]
    assert len(ok(cli("incident", "list", "--json")).json()) == COUNT


def test_a_damaged_attachment_file_is_named_and_never_extracted(
        hundred: tuple[Path, list[str], dict[str, str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, ids, attachments = hundred
    big = next(a for a, i in attachments.items() if i == ids[3]
               and (folder / "attachments" / f"{a}.vfb").stat().st_size > 1000)
    stored = folder / "attachments" / f"{big}.vfb"
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x80
    stored.write_bytes(bytes(data))

    cli = InProcess(folder, capsys, monkeypatch)
    result = cli("verify", "--json")
    assert result.code == 1
    report = result.json()
    assert [(i["kind"], i["id"]) for i in report["items"] if not i["ok"]] == \
        [("attachment", big)]
    assert set(_items(report, "incident")) == set(ids)
    assert len(ok(cli("incident", "list", "--json")).json()) == COUNT
    out = tmp_path / "out.bin"
    one_line_error(cli("attachment", "extract", big, "--out", str(out)), big)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]  # no file, no temp file
    for other in set(attachments) - {big}:
        ok(cli("attachment", "extract", other, "--out", str(tmp_path / other)))
