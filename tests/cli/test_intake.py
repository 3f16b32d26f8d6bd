"""`vorfallbuch intake` and `attachment parts|store-part` on a real vault: in-process for the
many cases, once as its own process (the sandbox child started from the command line)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from tests import intake_samples as samples
from tests.cli.support import InProcess, make_vault, ok, one_line_error, run


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> InProcess:
    return InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    made = {"photo.jpg": samples.jpeg(exif=samples.camera_exif()), "shot.png": samples.png(),
            "empty.jpg": b"", "brief.pdf": samples.pdf(2)}
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in made}


def test_intake_makes_a_prefilled_incident_and_prints_its_id(
        cli: InProcess, files: dict[str, Path], tmp_path: Path) -> None:
    result = ok(cli("intake", str(files["photo.jpg"]), str(files["shot.png"])))
    incident_id = result.out.strip()
    assert len(incident_id) == 32 and result.out.count("\n") == 1
    assert result.err == ""
    shown = ok(cli("incident", "show", incident_id, "--json")).json()
    assert shown["title"] == "Foto photo.jpg"
    assert shown["occurred"] == {"date": "2025-06-01", "time": "14:30:00", "precision": "exact"}
    listed = ok(cli("attachment", "list", incident_id, "--json")).json()
    assert {a["original_name"]: a["kind"] for a in listed} == {"photo.jpg": "photo",
                                                               "shot.png": "screenshot"}
    for item in listed:
        out = tmp_path / f"back-{item['original_name']}"
        ok(cli("attachment", "extract", item["id"], "--out", str(out)))
        assert out.read_bytes() == files[item["original_name"]].read_bytes()


def test_json_lists_attachments_facts_and_notes(cli: InProcess,
                                                files: dict[str, Path]) -> None:
    first = ok(cli("intake", str(files["brief.pdf"]), "--json")).json()
    assert first["incident_created"] is True
    assert first["notes"] == ["The file carries no date; the incident date is set to today "
                              "(precision unknown)."]
    [pdf] = first["attachments"]
    assert (pdf["kind"], pdf["summary"]) == ("document", "PDF, 2 page(s)")
    assert pdf["sha256"] == hashlib.sha256(files["brief.pdf"].read_bytes()).hexdigest()
    assert pdf["facts"]["document"] == {"pages": 2}

    # Into the same incident (by prefix): a zero-byte file is stored, with why it could not
    # be read (in English, and as its code in the facts); the user's note stays empty.
    result = ok(cli("intake", str(files["empty.jpg"]), str(files["photo.jpg"]), "--incident",
                    first["incident_id"][:8], "--json"))
    second = result.json()
    assert second["incident_id"] == first["incident_id"]
    assert second["incident_created"] is False
    empty, photo = second["attachments"]
    assert empty["notes"] == ["The file is empty (0 bytes)."] and empty["note"] == ""
    assert empty["facts"]["unreadable"] == {"code": "empty_file", "params": {}}
    assert empty["summary"] == "unreadable: The file is empty (0 bytes)."
    assert empty["size"] == 0
    assert photo["summary"] == ("JPEG 64x48, taken 2025-06-01 14:30:00, camera Canon EOS 5D, "
                                "GPS position (not in exports unless allowed)")
    assert result.err == "vorfallbuch: note: empty.jpg: The file is empty (0 bytes).\n"
    listed = ok(cli("attachment", "list", first["incident_id"], "--json")).json()
    assert len(listed) == 3


@pytest.mark.parametrize(("args", "words"), [
    (["{missing}"], ["does not exist"]),
    (["{folder}"], ["folder"]),
    (["{photo}", "--incident", "abcdef12"], ["no incident", "abcdef12"]),
    (["{photo}", "--incident", "zz"], ["not a valid incident id"]),
    ([], ["required", "FILE"]),
    (["{photo}", "--timeout", "0"], ["--timeout"]),
    (["{photo}", "--timeout", "soon"], ["invalid float"]),
])
def test_mistakes_are_one_line_and_store_nothing(cli: InProcess, files: dict[str, Path],
                                                 tmp_path: Path, args: list[str],
                                                 words: list[str]) -> None:
    before = cli.state()
    values = {"missing": str(tmp_path / "nope.jpg"), "folder": str(tmp_path / "in"),
              "photo": str(files["photo.jpg"])}
    one_line_error(cli("intake", *[a.format(**values) for a in args]), *words)
    assert cli.state() == before


def test_parts_and_store_part_refuse_what_is_not_an_e_mail(cli: InProcess,
                                                           files: dict[str, Path]) -> None:
    intake = ok(cli("intake", str(files["shot.png"]), "--json")).json()
    attachment_id = intake["attachments"][0]["id"]
    before = cli.state()
    one_line_error(cli("attachment", "parts", attachment_id), "not a readable e-mail")
    one_line_error(cli("attachment", "store-part", attachment_id, "0"),
                   "not a readable e-mail")
    one_line_error(cli("attachment", "store-part", attachment_id, "first"), "invalid int")
    one_line_error(cli("attachment", "parts", "0000ffff"), "no attachment")
    assert cli.state() == before


def test_intake_as_its_own_process(tmp_path: Path, files: dict[str, Path]) -> None:
    vault = make_vault(tmp_path / "vault")
    result = ok(run(vault, "intake", files["photo.jpg"], files["empty.jpg"]))
    incident_id = result.out.strip()
    assert "empty.jpg: The file is empty (0 bytes)." in result.err
    listed = ok(run(vault, "attachment", "list", incident_id, "--json")).json()
    assert sorted(a["original_name"] for a in listed) == ["empty.jpg", "photo.jpg"]


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_a_file_name_that_is_not_text_is_stored_with_replacement_characters(
        cli: InProcess, tmp_path: Path) -> None:
    path = Path(os.fsdecode(tmp_path / "in") + os.fsdecode(b"/caf\xe9\nshot.png"))
    path.parent.mkdir()
    path.write_bytes(samples.png())
    result = ok(cli("intake", str(path), "--json")).json()
    [item] = result["attachments"]
    assert item["name"] == "caf\ufffd shot.png"
    assert item["kind"] == "screenshot" and item["note"] == ""


def test_an_e_mail_incident_and_its_inner_file_from_the_command_line(
        cli: InProcess, tmp_path: Path) -> None:
    inner = samples.png((31, 17))
    path = tmp_path / "drohung.eml"
    path.write_bytes(samples.eml(attachment=inner, date=None))
    result = ok(cli("intake", str(path), "--json"))
    made = result.json()
    assert made["person_created"] is True
    assert made["notes"] == ["The e-mail has no readable date; the incident date is set to "
                             "today (precision unknown)."]
    assert result.err == f"vorfallbuch: note: {made['notes'][0]}\n"
    shown = ok(cli("incident", "show", made["incident_id"], "--json")).json()
    assert (shown["title"], shown["channel"]) == ("Wir wissen, wo du wohnst", "email")
    assert shown["persons"] == [{"person_id": made["person_id"], "role": "perpetrator"}]
    mail_id = made["attachments"][0]["id"]
    [part] = ok(cli("attachment", "parts", mail_id, "--json")).json()
    assert part["name"] == "evil.png"
    assert "evil.png" in ok(cli("attachment", "parts", mail_id)).out
    stored = ok(cli("attachment", "store-part", mail_id[:8], str(part["index"]))).out.split()
    assert stored[1] == hashlib.sha256(inner).hexdigest() and stored[2] == "evil.png"
    out = tmp_path / "evil-back.png"
    ok(cli("attachment", "extract", stored[0], "--out", str(out)))
    assert out.read_bytes() == inner
    one_line_error(cli("attachment", "store-part", mail_id, "5"))
    one_line_error(cli("attachment", "store-part", mail_id, "-1"), "0 or more")


def test_without_the_time_zone_database_intake_says_so_and_stores_nothing(
        cli: InProcess, tmp_path: Path, without_tz_database: None) -> None:
    path = tmp_path / "drohung.eml"
    path.write_bytes(samples.eml())  # dated: its date must become German time
    before = cli.state()
    one_line_error(cli("intake", str(path)), "time-zone database", "Europe/Berlin", "tzdata")
    assert cli.state() == before


def test_a_saved_web_page_from_the_command_line(tmp_path: Path) -> None:
    """`vorfallbuch intake seite.mhtml` as its own process: a web capture with its address,
    filed under the platform, never an e-mail "from <Saved by Blink>"."""
    from tests import web_capture_samples as web

    vault = make_vault(tmp_path / "vault")
    path = tmp_path / "seite.mhtml"
    data = web.mhtml()
    path.write_bytes(data)
    result = ok(run(vault, "intake", path, "--json"))
    assert ("seite.mhtml: The capture shows what the browser displayed; it does not prove "
            "where the page came from.") in result.err
    answer = result.json()
    [item] = answer["attachments"]
    assert item["kind"] == "document" and item["sha256"] == hashlib.sha256(data).hexdigest()
    assert item["summary"].startswith(f"saved web page (MHTML) of {web.URL}")
    assert item["facts"]["email"] is None and item["facts"]["web"]["title"] == web.TITLE
    assert answer["person_created"] is False
    shown = ok(run(vault, "incident", "show", answer["incident_id"], "--json")).json()
    assert shown["channel"] == "social_media" and shown["platform"] == "Facebook"
    assert "Saved by Blink" not in result.out
