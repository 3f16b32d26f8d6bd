"""Odd but legitimate input is saved exactly and read back unchanged: right-to-left text,
long descriptions, line breaks and tabs in long text, file names with strange characters or
bytes that are not UTF-8, JSON combined with options. In-process, each on a vault of its own."""

from __future__ import annotations

import hashlib
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.support import InProcess, make_vault, ok, one_line_error


@pytest.fixture
def fresh(tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> InProcess:
    return InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)


def add_incident(cli: InProcess, *options: str) -> str:
    result = ok(cli("incident", "add", "--title", "Vorfall", "--occurred", "2026-01-01",
                    *options))
    return result.out.strip()


RTL_TITLE = "تهديد عبر البريد \u202eעברית\u202c – Bürgermeisterin"
RTL_NAME = "محمد \u202eכהן"
RTL_TEXT = ("\u200fשלום עולם\u200e\n"
            "«أنت التالي» قال الرجل\tفي الساعة 19:30\r\n"
            "\u2067isolated\u2069 \u202bembedded\u202c \U0001f621 ZWJ: \U0001f468\u200d\U0001f469")


def test_right_to_left_text_is_saved_and_read_back_exactly(fresh: InProcess) -> None:
    contact = ok(fresh("contact", "add", "--kind", "suspect", "--name", RTL_NAME,
                       "--notes", RTL_TEXT)).out.strip()
    incident = ok(fresh("incident", "add", "--title", RTL_TITLE, "--occurred", "2026-01-01",
                        "--description", RTL_TEXT, "--place", "שוק \u202dLTR\u202c",
                        "--tag", "עברית", "--perpetrator", contact)).out.strip()
    shown = ok(fresh("incident", "show", incident, "--json")).json()
    assert shown["title"] == RTL_TITLE
    assert shown["description"] == RTL_TEXT  # the \r\n and the tab too
    assert shown["place"] == "שוק \u202dLTR\u202c" and shown["tags"] == ["עברית"]
    assert [i["title"] for i in ok(fresh("incident", "list", "--json")).json()] == [RTL_TITLE]
    person = ok(fresh("contact", "show", contact, "--json")).json()
    assert person["name"] == RTL_NAME and person["notes"] == RTL_TEXT
    found = ok(fresh("incident", "list", "--search", "عبر", "--json")).json()
    assert [i["id"] for i in found] == [incident]
    assert [p["id"] for p in ok(fresh("contact", "list", "--search", "כהן", "--json")).json()
            ] == [contact]
    human = ok(fresh("incident", "show", incident)).out
    assert RTL_TITLE in human and f"perpetrator: {RTL_NAME}" in human
    assert RTL_TITLE[:40] in ok(fresh("incident", "list")).out


def test_long_description_is_saved_long_title_is_refused(fresh: InProcess) -> None:
    long_text = ("Wir wissen, wo du wohnst. " * 4000)[:100_000]
    assert len(long_text) == 100_000
    incident = add_incident(fresh, "--description", long_text)
    assert ok(fresh("incident", "show", incident, "--json")).json()["description"] == long_text
    before = fresh.state()
    one_line_error(fresh("incident", "add", "--title", "T" * 100_000, "--occurred",
                         "2026-01-01"), "title", "300")
    one_line_error(fresh("incident", "edit", incident, "--title", "T" * 100_000), "title")
    assert fresh.state() == before


def test_text_is_kept_as_given_and_values_are_normalised(fresh: InProcess) -> None:
    incident = ok(fresh("incident", "add", "--title", "  Leerzeichen  ",
                        "--occurred", " 2024-02-29 ", "--description", "a\nb\tc\r\nd  ",
                        "--damage-eur", "1234,5", "--category", "bedrohung",
                        "--category", "bedrohung", "--review-on", "2030-12-31")).out.strip()
    shown = ok(fresh("incident", "show", incident, "--json")).json()
    assert shown["title"] == "Leerzeichen"  # one-line fields are trimmed
    assert shown["occurred"] == {"date": "2024-02-29", "time": None, "precision": "day"}
    assert shown["description"] == "a\nb\tc\r\nd  "  # long text exactly as given
    assert Decimal(shown["damage_eur"]) == Decimal("1234.5")
    assert shown["categories"] == ["bedrohung"] and shown["review_on"] == "2030-12-31"


def test_search_ignores_case_and_accents_and_needs_every_word(fresh: InProcess) -> None:
    contact = ok(fresh("contact", "add", "--kind", "suspect", "--name", "Jürgen Übel")
                 ).out.strip()
    one = add_incident(fresh, "--description", "Drohanruf im Bürgerbüro",
                       "--perpetrator", contact)
    two = add_incident(fresh, "--description", "Schmiererei am Rathaus")

    def found(query: str) -> list[str]:
        return [i["id"] for i in ok(fresh("incident", "list", "--search", query, "--json")
                                    ).json()]

    assert found("BURGERBURO") == [one]
    assert found("jurgen") == [one]  # the linked person's name counts
    assert found("rathaus schmiererei") == [two]
    assert found("rathaus drohanruf") == []
    assert found("\udcff") == []  # bytes that are not UTF-8 simply match nothing
    assert sorted(found("")) == sorted([one, two])
    assert ok(fresh("incident", "list", "--search", "nichts")).out == ""


def test_edit_replaces_only_given_fields_and_history_names_them(fresh: InProcess) -> None:
    incident = add_incident(fresh, "--tag", "a", "--tag", "b", "--description", "bleibt")
    ok(fresh("incident", "edit", incident, "--tag", "c", "--outcome", "eingestellt"))
    ok(fresh("incident", "edit", incident))  # nothing given: a revision without changes
    shown = ok(fresh("incident", "show", incident, "--json")).json()
    assert shown["tags"] == ["c"] and shown["description"] == "bleibt"
    assert shown["case"]["outcome"] == "eingestellt" and shown["version"] == 3
    history = ok(fresh("incident", "history", incident, "--json")).json()
    assert [h["changed"] for h in history[1:]] == [["case", "tags"], []]
    lines = ok(fresh("incident", "history", incident)).out.splitlines()
    assert [line.split("  ")[0] for line in lines] == ["v1", "v2", "v3"]
    assert lines[0].endswith("created") and lines[1].endswith("changed case, tags")
    assert lines[2].endswith("saved without changes")


def test_json_and_options_together(fresh: InProcess, tmp_path: Path) -> None:
    contact = ok(fresh("contact", "add", "--json", "-", stdin=json.dumps(
        {"kind": "witness", "name": "Erika", "handles": [{"platform": "X", "handle": "@e"}]}
    ).encode())).out.strip()
    file = tmp_path / "in.json"
    file.write_text(json.dumps({
        "title": "aus JSON", "occurred": {"date": "2026-01-01", "time": "08:15"},
        "tags": ["json"], "persons": [{"person_id": contact, "role": "affected"}],
        "case": {"police_office": "PR Pirna", "notes": [{"on": "2026-01-02", "text": "a"}]},
    }), encoding="utf-8")
    incident = ok(fresh("incident", "add", "--json", str(file), "--title", "Option gewinnt",
                        "--witness", contact, "--note", "2026-01-03", "b")).out.strip()
    shown = ok(fresh("incident", "show", incident, "--json")).json()
    assert shown["title"] == "Option gewinnt"  # options take precedence
    assert shown["occurred"] == {"date": "2026-01-01", "time": "08:15:00", "precision": "exact"}
    assert shown["tags"] == ["json"] and shown["case"]["police_office"] == "PR Pirna"
    assert shown["persons"] == [{"person_id": contact, "role": "affected"},
                                {"person_id": contact, "role": "witness"}]
    assert [n["text"] for n in shown["case"]["notes"]] == ["a", "b"]
    # Edit with JSON merges into the stored incident; --tag replaces the tags.
    file.write_text(json.dumps({"description": "neu"}), encoding="utf-8")
    ok(fresh("incident", "edit", incident[:5], "--json", str(file), "--tag", "x", "--tag", "y"))
    edited = ok(fresh("incident", "show", incident, "--json")).json()
    assert edited["description"] == "neu" and edited["tags"] == ["x", "y"]
    assert edited["title"] == "Option gewinnt" and edited["version"] == 2
    assert ok(fresh("contact", "show", contact, "--json")).json()["handles"] == [
        {"platform": "X", "handle": "@e", "profile_url": ""}]
    # A UTF-8 byte order mark (as Windows editors write) is fine.
    file.write_bytes(b"\xef\xbb\xbf" + json.dumps({"title": "BOM", "occurred": {
        "date": "2026-02-02"}}).encode())
    assert ok(fresh("incident", "add", "--json", str(file))).out.strip()


ODD_NAMES = {
    "Drohung; rm -rf ~ $(id) `x` 'ü' \"q\".txt": "Drohung; rm -rf ~ $(id) `x` 'ü' \"q\".txt",
    "back\\slash.eml": "back\\slash.eml",
    "\u202egpj.exe": "\u202egpj.exe",
    "שלום.pdf": "שלום.pdf",
    "-leading-dash.txt": "-leading-dash.txt",
    "zeile\nzwei.txt": "zeile\ufffdzwei.txt",
    "ton\x07\x1b[31m.txt": "ton\ufffd\ufffd[31m.txt",
    os.fsdecode(b"Brief_M\xfcller.txt"): "Brief_M\ufffdller.txt",
    " leer ": "leer",
}


def test_odd_file_names_are_stored_with_their_bytes(fresh: InProcess, tmp_path: Path) -> None:
    incident = add_incident(fresh)
    folder = tmp_path / "files"
    (folder / "sub" / "dir").mkdir(parents=True)
    paths = []
    for index, name in enumerate(ODD_NAMES):
        path = folder / name
        path.write_bytes(f"file {index}".encode())
        paths.append(str(path))
    (folder / "sub" / "dir" / "x.txt").write_bytes(b"")  # 0 bytes
    # Path separators belong to the path: only the last part is the file's name.
    paths.append(str(folder / "sub" / ".." / "sub" / "dir" / "x.txt"))
    printed = ok(fresh("attach", incident, *paths)).out.splitlines()
    assert len(printed) == len(paths)
    files = ok(fresh("attachment", "list", incident, "--json")).json()
    assert [f["original_name"] for f in files] == [*ODD_NAMES.values(), "x.txt"]
    assert [line.split("  ", 2)[2] for line in printed] == [f["original_name"] for f in files]
    for index, entry in enumerate(files):
        out = tmp_path / f"out{index}"
        ok(fresh("attachment", "extract", entry["id"], "--out", str(out)))
        expected = f"file {index}".encode() if index < len(ODD_NAMES) else b""
        assert out.read_bytes() == expected
        assert entry["sha256"] == hashlib.sha256(expected).hexdigest()
        assert entry["size"] == len(expected)
    table = ok(fresh("attachment", "list", incident)).out
    assert "\x1b" not in table and "\x07" not in table
    assert ok(fresh("verify")).out.startswith("OK")


def test_attach_takes_more_files_than_may_be_open_at_once(fresh: InProcess,
                                                         tmp_path: Path) -> None:
    resource = pytest.importorskip("resource")
    incident = add_incident(fresh)
    folder = tmp_path / "photos"
    folder.mkdir()
    in_use = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else 64
    count = 150
    paths = []
    for index in range(count):
        path = folder / f"IMG_{index:04}.jpg"
        path.write_bytes(index.to_bytes(2, "big"))
        paths.append(str(path))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(in_use + 100, hard), hard))
    try:
        result = fresh("attach", incident, *paths)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert len(ok(result).out.splitlines()) == count
    files = ok(fresh("attachment", "list", incident, "--json")).json()
    assert [f["original_name"] for f in files] == [Path(p).name for p in paths]


def test_dates_are_read_as_the_gui_reads_them(fresh: InProcess) -> None:
    """The command line takes the forms the GUI's date fields take (app/date_input.py)."""
    import datetime as dt

    today = dt.date.today()
    incident = ok(fresh(
        "incident", "add", "--title", "Anruf", "--occurred", "14.3.26 19:30",
        "--occurred-to", "2026-03-14T21:00", "--discovered", "15.03.2026",
        "--reported-on", "heute", "--review-on", "31.1.28",
        "--note", "16.3.", "Vorladung")).out.strip()
    shown = ok(fresh("incident", "show", incident, "--json")).json()
    assert shown["occurred"]["date"] == "2026-03-14" and shown["occurred"]["time"] == "19:30:00"
    assert shown["occurred_to"]["time"] == "21:00:00"
    assert shown["discovered_on"] == "2026-03-15" and shown["review_on"] == "2028-01-31"
    assert shown["case"]["reported_on"] == today.isoformat()
    assert shown["case"]["notes"][0]["on"] == dt.date(today.year, 3, 16).isoformat()
    seconds = ok(fresh("incident", "add", "--title", "ISO", "--occurred",
                       "2026-03-14T19:30:15")).out.strip()  # ISO with seconds, as before
    assert ok(fresh("incident", "show", seconds, "--json")).json()["occurred"]["time"] == (
        "19:30:15")
    contact = ok(fresh("contact", "add", "--kind", "suspect", "--name", "X",
                       "--checked-on", "gestern")).out.strip()
    checked = ok(fresh("contact", "show", contact, "--json")).json()["checked_on"]
    assert checked == (today - dt.timedelta(days=1)).isoformat()
    for bad, words in (("31.02.2026", ("--occurred", "no such day")),
                       ("14.3.26 24:00", ("--occurred", "time of day")),
                       ("x" * 500, ("--occurred", "too long"))):
        one_line_error(fresh("incident", "add", "--title", "T", "--occurred", bad), *words)
