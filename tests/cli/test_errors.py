"""Every user mistake ends in one clear line on stderr and a non-zero exit: never a traceback,
never a partial save (each refused command is checked against the incident list, the history
chain and the attachment store before and after).

Most cases call cli.main.main() in-process (a process start costs about a second); the
first group runs real processes, side by side, for what only a process shows: stdin that is
not a terminal, bytes in argv that are not UTF-8, the exit codes the shell sees."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from app.domain import Incident
from app.service import INCIDENT, VaultService
from storage import recovery
from storage.vault import Vault
from tests.cli.support import InProcess, Result, make_vault, ok, one_line_error, start
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER

NEW_PASSPHRASE = "purple elephant dances slowly 42"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ODD_LATIN1_NAME = os.fsdecode(b"Brief_M\xfcller_\xff.txt")  # bytes that are not UTF-8


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault for the many refused-input cases; each test checks it did not change."""
    return make_vault(tmp_path_factory.mktemp("shared") / "vault")


@pytest.fixture(scope="module")
def ids(shared_vault: Path) -> dict[str, str]:
    """An incident, a contact and an attachment in the shared vault."""
    vault = Vault.open(shared_vault)
    try:
        vault.unlock(USER, PASSPHRASE)
        service = VaultService(vault)
        incident = service.add_incident({"title": "Vorhanden",
                                         "occurred": {"date": "2026-01-05"}})
        person = service.add_person({"kind": "suspect", "name": "Max Mustermann"})
        evidence = shared_vault.parent / "evidence.txt"
        evidence.write_bytes(b"evidence")
        attachment = service.add_attachment(incident.id, evidence)
        return {"incident": incident.id, "contact": person.id, "attachment": attachment.id}
    finally:
        vault.close()


@pytest.fixture
def cli(shared_vault: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Iterator[InProcess]:
    """The shared vault; after the test it must be exactly as before."""
    runner = InProcess(shared_vault, capsys, monkeypatch)
    before = runner.state()
    yield runner
    assert runner.state() == before, "a refused command changed the vault"


@pytest.fixture
def fresh(tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> InProcess:
    """A vault of its own."""
    return InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refused(result: Result, args: Sequence[object], *words: str) -> str:
    """one_line_error, naming the command when it fails (for cases checked in a loop)."""
    try:
        return one_line_error(result, *words)
    except AssertionError as exc:
        raise AssertionError(f"{[str(a)[:60] for a in args]}: {exc}") from None


# -- real processes ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def process_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Result]:
    """The process cases, started together and collected once."""
    base = tmp_path_factory.mktemp("processes")
    vault = make_vault(base / "vault")
    odd = base / ODD_LATIN1_NAME
    odd.write_bytes(b"Sehr geehrte ...")
    incident = _service_call(vault, lambda s: s.add_incident(
        {"title": "Basis", "occurred": {"date": "2026-01-01"}}).id)
    cases = {
        "wrong passphrase": start(vault, ["incident", "list"], passphrase="wrong but long 1"),
        "no passphrase, no tty": start(vault, ["incident", "list"], passphrase=None),
        "bytes title": start(vault, [b"incident", b"add", b"--title", b"\xff\xfe",
                                     b"--occurred", b"2026-01-01"]),
        "bytes search": start(vault, [b"incident", b"list", b"--json", b"--search",
                                      b"Basis \xff"]),
        "bytes file name": start(vault, [b"attach", incident.encode(), os.fsencode(odd)]),
    }
    results = {name: started.finish() for name, started in cases.items()}
    results["incident"] = Result(0, incident, "")
    results["vault"] = Result(0, str(vault), "")
    return results


def _service_call(folder: Path, call: object) -> str:
    vault = Vault.open(folder)
    try:
        vault.unlock(USER, PASSPHRASE)
        assert callable(call)
        result: str = call(VaultService(vault))
        return result
    finally:
        vault.close()


@pytest.mark.parametrize(("case", "words"), [
    ("wrong passphrase", ["passphrase", "wrong"]),
    ("no passphrase, no tty", ["no passphrase", "VORFALLBUCH_PASSPHRASE", "--passphrase-file"]),
    ("bytes title", ["title"]),
])
def test_a_process_reports_a_mistake_in_one_line(process_runs: dict[str, Result], case: str,
                                                 words: list[str]) -> None:
    one_line_error(process_runs[case], *words, code=1)


def test_a_process_takes_bytes_that_are_not_utf8_where_they_are_legal(
        process_runs: dict[str, Result]) -> None:
    assert ok(process_runs["bytes search"]).json() == []
    attached = ok(process_runs["bytes file name"])
    vault, incident = Path(process_runs["vault"].out), process_runs["incident"].out
    names = _service_call(vault, lambda s: json.dumps(
        [(a.value.original_name, a.id) for a in s.list_attachments(incident).entries]))
    assert json.loads(names) == [["Brief_M\ufffdller_\ufffd.txt", attached.out[:32]]]
    # Only that one save happened: the refused "bytes title" left nothing.
    titles = _service_call(vault, lambda s: json.dumps(
        [e.value.title for e in s.list_incidents().entries]))
    assert json.loads(titles) == ["Basis"]


# -- --json input that cannot be read ---------------------------------------------------------
BAD_JSON = {
    "garbage": (b"{title: nope", ["not valid JSON"]),
    "empty file": (b"", ["not valid JSON"]),
    "deep arrays": (b"[" * 100_000, ["nested too deeply"]),
    "deep objects": (b'{"a":' * 100_000, ["nested too deeply"]),
    "array": (b'[{"title": "x", "occurred": {"date": "2026-01-01"}}]', ["one JSON object"]),
    "null": (b"null", ["one JSON object"]),
    "not utf-8": (b'{"title": "M\xfcll"}', ["not UTF-8"]),
}


@pytest.mark.parametrize("case", list(BAD_JSON))
def test_unreadable_json_is_refused_everywhere(cli: InProcess, ids: dict[str, str],
                                               tmp_path: Path, case: str) -> None:
    content, words = BAD_JSON[case]
    file = write(tmp_path / "in.json", content)
    for command in (["incident", "add"], ["incident", "edit", ids["incident"]],
                    ["contact", "add", "--kind", "police"], ["contact", "edit", ids["contact"]]):
        args = [*command, "--json", str(file)]
        refused(cli(*args), args, "--json", str(file), *words)
        args = [*command, "--json", "-"]
        refused(cli(*args, stdin=content), args, *words)


def test_a_json_file_that_cannot_be_opened_is_refused(cli: InProcess, ids: dict[str, str],
                                                      tmp_path: Path) -> None:
    one_line_error(cli("incident", "add", "--json", str(tmp_path / "missing.json")),
                   "does not exist")
    one_line_error(cli("contact", "add", "--json", str(tmp_path)), "folder")
    one_line_error(cli("incident", "edit", ids["incident"], "--json", str(tmp_path / "no")),
                   "does not exist")
    if not IS_ROOT:  # root reads a file whatever its mode says
        locked = write(tmp_path / "locked.json", b"{}")
        locked.chmod(0)
        one_line_error(cli("incident", "add", "--json", str(locked)), "cannot be read")


# -- --json input with wrong content ----------------------------------------------------------
OCCURRED = {"date": "2026-01-01"}
WRONG_CONTENT: dict[str, list[tuple[dict[str, object], list[str]]]] = {
    "incident add": [
        ({"title": "x", "occurred": OCCURRED, "colour": "red"}, ["colour", "not a known field"]),
        ({"title": "x", "occurred": OCCURRED, "case": {"judge": "y"}}, ["judge", "known field"]),
        ({"title": 5, "occurred": OCCURRED}, ["title"]),
        ({"title": "x", "occurred": "2026-01-01"}, ["occurred"]),
        ({"title": "x", "occurred": {"date": "2026-02-30"}}, ["occurred.date"]),
        ({"title": "x", "occurred": {"date": "2026-01-01", "time": "25:00"}}, ["occurred.time"]),
        ({"title": "x", "occurred": OCCURRED, "persons": 5}, ["persons"]),
        ({"title": "x", "occurred": OCCURRED,
          "persons": [{"person_id": "0" * 32, "role": "witness"}]}, ["persons", "no contact"]),
        ({"title": "x", "occurred": OCCURRED, "related": ["not an id"]}, ["related"]),
        ({"title": "x", "occurred": OCCURRED, "categories": ["mord"]}, ["categories"]),
        ({"title": "x\u0000y", "occurred": OCCURRED}, ["title"]),
        ({"title": "x\ud800", "occurred": OCCURRED}, ["title"]),
        ({"occurred": OCCURRED}, ["--title", "required"]),
    ],
    "incident edit": [
        ({"colour": "red"}, ["colour", "not a known field"]),
        ({"id": "0" * 32}, ["id", "not a known field"]),
        ({"description": "x" * 200_001}, ["description"]),
        ({"title": None}, ["title"]),
        ({"occurred_to": {"date": "2020-01-01"}}, ["occurred_to"]),
    ],
    "contact add": [
        ({"kind": "police", "name": "P", "colour": "red"}, ["colour"]),
        ({"kind": "police"}, ["name"]),
        ({"kind": "polizei", "name": "P"}, ["kind"]),
        ({"name": "P"}, ["--kind"]),
        ({"kind": "police", "name": "P", "phones": "110"}, ["phones"]),
    ],
    "contact edit": [
        ({"handles": [{"platform": "X", "nick": "y"}]}, ["nick"]),
        ({"emails": ["not an address"]}, ["emails"]),
        ({"name": "", "organisation": ""}, ["name"]),
    ],
}


@pytest.mark.parametrize("command", list(WRONG_CONTENT))
def test_json_with_wrong_content_is_refused(cli: InProcess, ids: dict[str, str],
                                            tmp_path: Path, command: str) -> None:
    kind, action = command.split()
    target = [ids["incident" if kind == "incident" else "contact"]] if action == "edit" else []
    for data, words in WRONG_CONTENT[command]:
        file = write(tmp_path / "in.json", json.dumps(data))
        args = [kind, action, *target, "--json", str(file)]
        refused(cli(*args), [*args, data], *words)


@pytest.mark.parametrize(("data", "options", "words"), [
    ({"persons": 5}, ["--perpetrator", "CONTACT"], ["persons", "list"]),
    ({"persons": {"person_id": "0" * 32}}, ["--witness", "CONTACT"], ["persons", "list"]),
    ({"related": "abc"}, ["--related", "INCIDENT"], ["related", "list"]),
    ({"case": 5}, ["--note", "2026-01-02", "Anruf"], ["case"]),
    ({"case": {"notes": 5}}, ["--note", "2026-01-02", "Anruf"], ["notes", "list"]),
    ({"case": []}, ["--police-office", "PR Pirna"], ["case"]),
])
def test_json_that_options_cannot_extend_is_refused(
        cli: InProcess, ids: dict[str, str], tmp_path: Path, data: dict[str, object],
        options: list[str], words: list[str]) -> None:
    file = write(tmp_path / "in.json", json.dumps({"title": "x", "occurred": OCCURRED, **data}))
    given = [ids["contact"] if o == "CONTACT" else ids["incident"] if o == "INCIDENT" else o
             for o in options]
    one_line_error(cli("incident", "add", "--json", str(file), *given), *words)


# -- fields given as options ------------------------------------------------------------------
BAD_OPTIONS: dict[str, list[tuple[list[str], list[str]]]] = {
    "control characters": [
        (["--title", "a\x07b"], ["title", "control"]),
        (["--title", "rot\x1b[31m"], ["title", "control"]),
        (["--title", "a\x00b"], ["title"]),
        (["--title", "zwei\nZeilen"], ["title"]),
        (["--title", "a\x85b"], ["title"]),
        (["--title", "a\u2028b"], ["title"]),
        (["--place", "a\tb"], ["place"]),
        (["--description", "Terminal \x1b]0;pwned\x07"], ["description", "control"]),
        (["--description", "a\x00b"], ["description"]),
        (["--tag", "a\nb"], ["tags"]),
        (["--note", "2026-01-02", "a\x1bb"], ["notes"]),
        (["--police-case-number", "1\r2"], ["police_case_number"]),
    ],
    "length and encoding": [
        (["--title", "x" * 100_000], ["title", "300"]),
        (["--title", "   "], ["title"]),
        (["--title", ""], ["title"]),
        (["--description", "x" * 200_001], ["description", "200000"]),
        (["--place", "p" * 1_001], ["place", "1000"]),
        (["--title", "\udcff\udcfe"], ["title"]),  # what Python makes of argv bytes ff fe
        (["--description", "ok \udcff"], ["description"]),
        (["--place", "M\udcfcnchen"], ["place"]),
        (["--note", "2026-01-02", ""], ["notes"]),
    ],
    "dates": [
        (["--occurred", "2026-02-30"], ["--occurred", "2026-02-30", "YYYY-MM-DD"]),
        (["--occurred", "2026-02-29"], ["--occurred"]),  # 2026 is not a leap year
        (["--occurred", "31.02.2026"], ["--occurred", "no such day"]),
        (["--occurred", "14.03.20266"], ["--occurred", "1900 and 2100"]),
        (["--occurred", "14.03.2026 24:00"], ["--occurred", "time of day"]),
        (["--occurred", "2026-03-14T25:00"], ["--occurred"]),
        (["--occurred", "2026-03-14T19:30+01:00"], ["--occurred", "time zone"]),
        (["--occurred", ""], ["--occurred"]),
        (["--occurred", "2026-02-30\x1b[2J"], ["--occurred", "\\x1b"]),
        (["--occurred-to", "2026-02-30"], ["--occurred-to"]),
        (["--occurred-to", "2025-12-31"], ["occurred_to"]),
        (["--discovered", "2026-02-30"], ["--discovered"]),
        (["--reported-on", "2026-02-30"], ["--reported-on"]),
        (["--strafantrag-on", "2026-13-01"], ["--strafantrag-on"]),
        (["--review-on", "morgen frueh"], ["--review-on"]),
        (["--review-on", "1.1.27 9:00"], ["--review-on", "day only"]),
        (["--note", "2026-02-30", "Anruf"], ["--note"]),
    ],
    "amounts and links": [
        (["--damage-eur", "viel"], ["damage_eur"]),
        (["--damage-eur", "-5"], ["damage_eur"]),
        (["--damage-eur", "NaN"], ["damage_eur"]),
        (["--damage-eur", "Infinity"], ["damage_eur"]),
        (["--damage-eur", "1.234"], ["damage_eur"]),
        (["--damage-eur", "1e400"], ["damage_eur"]),
        (["--perpetrator", "0" * 32], ["no contact"]),
        (["--witness", "zz"], ["not a valid contact id"]),
        (["--affected", "CONTACT", "--affected", "INCIDENT"], ["no contact"]),
        (["--related", "f" * 32], ["no incident"]),
    ],
}


@pytest.mark.parametrize("group", list(BAD_OPTIONS))
def test_bad_field_values_are_refused_by_add_and_edit(cli: InProcess, ids: dict[str, str],
                                                      group: str) -> None:
    for options, words in BAD_OPTIONS[group]:
        given = [ids["contact"] if o == "CONTACT" else ids["incident"] if o == "INCIDENT"
                 else o for o in options]
        base = [] if "--title" in given else ["--title", "Titel"]
        base += [] if "--occurred" in given else ["--occurred", "2026-01-01"]
        args = ["incident", "add", *base, *given]
        line = refused(cli(*args), args, *words)
        assert len(line) < 1_100  # a 100,000-character value is not echoed in full
        args = ["incident", "edit", ids["incident"], *given]
        refused(cli(*args), args, *words)


def test_title_and_occurred_are_the_required_fields(cli: InProcess) -> None:
    one_line_error(cli("incident", "add", "--occurred", "2026-01-01"), "--title", "required")
    one_line_error(cli("incident", "add", "--title", "x"), "--occurred", "required")
    one_line_error(cli("incident", "add", "--title", "x", "--precision", "exact"),
                   "--precision", "--occurred")


BAD_CONTACT = [
    (["--name", "a\x1bb"], ["name"]),
    (["--name", "\udcff"], ["name"]),
    (["--name", "x" * 100_000], ["name"]),
    (["--notes", "a\x00"], ["notes"]),
    (["--email", "kein-at"], ["emails"]),
    (["--phone", "1\n2"], ["phones"]),
    (["--checked-on", "2026-02-30"], ["--checked-on"]),
    (["--web", "a\u2029b"], ["web"]),
]


def test_bad_contact_values_are_refused_by_add_and_edit(cli: InProcess,
                                                        ids: dict[str, str]) -> None:
    for options, words in BAD_CONTACT:
        args = ["contact", "add", "--kind", "suspect", "--name", "M", *options]
        refused(cli(*args), args, *words)
        args = ["contact", "edit", ids["contact"], *options]
        refused(cli(*args), args, *words)
    one_line_error(cli("contact", "add", "--kind", "suspect"), "name")
    one_line_error(cli("contact", "add", "--name", "M"), "--kind")


# -- ids --------------------------------------------------------------------------------------
ID_COMMANDS = [
    ["incident", "show", "ID"], ["incident", "edit", "ID", "--title", "x"],
    ["incident", "delete", "ID"], ["incident", "history", "ID"],
    ["incident", "purge", "ID", "--yes"], ["attach", "ID", "FILE"],
    ["attachment", "list", "ID"], ["attachment", "extract", "ID", "--out", "OUT"],
    ["contact", "show", "ID"], ["contact", "edit", "ID", "--name", "x"],
    ["contact", "delete", "ID"],
]


@pytest.mark.parametrize(("given", "words"), [
    ("0123456789abcdef0123456789abcdef", ["no", "0123456789abcdef"]),
    ("0123", ["no", "0123"]),
    ("abc", ["not a valid", "at least 4"]),
    ("ab\ncd", ["ab\\ncd"]),  # shown escaped: still one line
    ("x" * 100_000, ["not a valid"]),
])
def test_unknown_or_malformed_ids_are_one_line_errors(cli: InProcess, tmp_path: Path,
                                                      given: str, words: list[str]) -> None:
    file = write(tmp_path / "f.txt", b"x")
    out = tmp_path / "out.bin"
    for command in ID_COMMANDS:
        args = [given if a == "ID" else str(file) if a == "FILE" else str(out) if a == "OUT"
                else a for a in command]
        line = refused(cli(*args), command, *words)
        assert len(line) < 1_100  # a pasted 100,000-character "id" is not echoed in full
    assert not out.exists()


def test_an_id_of_another_kind_is_not_found(cli: InProcess, ids: dict[str, str],
                                            tmp_path: Path) -> None:
    contact, incident, attachment = ids["contact"], ids["incident"], ids["attachment"]
    one_line_error(cli("incident", "show", contact), "no incident")
    one_line_error(cli("incident", "history", contact), "no incident")
    one_line_error(cli("incident", "purge", contact, "--yes"), "no incident")
    one_line_error(cli("incident", "purge", attachment, "--yes"), "no incident")
    one_line_error(cli("contact", "show", incident), "no contact")
    one_line_error(cli("attachment", "extract", incident, "--out", str(tmp_path / "x")),
                   "no attachment")
    one_line_error(cli("incident", "add", "--title", "x", "--occurred", "2026-01-01",
                       "--perpetrator", incident), "no contact")
    one_line_error(cli("incident", "edit", incident, "--related", contact), "no incident")
    one_line_error(cli("attach", contact, __file__), "no incident")
    assert ok(cli("contact", "show", contact, "--json")).json()["name"] == "Max Mustermann"
    assert not (tmp_path / "x").exists()


def test_an_ambiguous_prefix_asks_for_more_characters(fresh: InProcess) -> None:
    vault = Vault.open(fresh.vault)
    try:
        vault.unlock(USER, PASSPHRASE)
        content = Incident.model_validate(
            {"title": "gleich", "occurred": OCCURRED}).model_dump(mode="json")
        for record_id in ("abcd0" + "0" * 27, "abcd1" + "1" * 27):
            vault.records.create(INCIDENT, record_id, content, vault.session().user.id)
    finally:
        vault.close()
    before = fresh.state()
    one_line_error(fresh("incident", "show", "abcd"), "abcd", "matches 2", "more characters")
    one_line_error(fresh("incident", "delete", "ABCD"), "matches 2")
    one_line_error(fresh("incident", "edit", "abcd", "--title", "y"), "matches 2")
    assert fresh.state() == before
    assert ok(fresh("incident", "show", "ABCD1", "--json")).json()["id"] == "abcd1" + "1" * 27


def test_deleted_and_purged_records_stay_gone(fresh: InProcess) -> None:
    contact = ok(fresh("contact", "add", "--kind", "witness", "--name", "Z")).out.strip()
    incident = ok(fresh("incident", "add", "--title", "weg", "--occurred", "2026-01-01")
                  ).out.strip()
    ok(fresh("contact", "delete", contact))
    one_line_error(fresh("contact", "delete", contact), "no contact")
    one_line_error(fresh("incident", "edit", incident, "--witness", contact), "no contact")
    one_line_error(fresh("incident", "purge", incident), "--yes")
    assert ok(fresh("incident", "show", incident, "--json")).json()["title"] == "weg"
    ok(fresh("incident", "delete", incident))
    one_line_error(fresh("incident", "show", incident), "no incident")
    ok(fresh("incident", "purge", incident, "--yes"))
    one_line_error(fresh("incident", "purge", incident, "--yes"), "to purge")
    assert ok(fresh("incident", "list", "--json")).json() == []


# -- attach and extract -----------------------------------------------------------------------
def test_attach_with_one_bad_file_stores_nothing(cli: InProcess, ids: dict[str, str],
                                                 tmp_path: Path) -> None:
    incident = ids["incident"]
    good = write(tmp_path / "good.txt", b"good")
    cases = [
        ([str(good), str(tmp_path / "missing.txt")], ["missing.txt", "does not exist"]),
        ([str(tmp_path / "missing.txt"), str(good)], ["missing.txt", "does not exist"]),
        ([str(good), str(tmp_path)], ["folder"]),
        ([str(good), "/dev/null"], ["not a file"]),
        ([str(good), str(tmp_path / "a\nb")], ["a\\nb"]),
        ([str(good), "--source", "a\x1bb"], ["source"]),
    ]
    for files, words in cases:
        args = ["attach", incident, *files]
        refused(cli(*args), args, *words)
    one_line_error(cli("attach", "0" * 32, str(good)), "no incident")
    one_line_error(cli("attach", incident, str(good), "--kind", "bomb"), "--kind")
    one_line_error(cli("attach", incident), "FILE")
    assert [a["original_name"] for a in ok(cli("attachment", "list", incident, "--json")
                                           ).json()] == ["evidence.txt"]


@pytest.mark.skipif(IS_ROOT, reason="root reads a file whatever its mode says")
def test_attach_refuses_an_unreadable_file(cli: InProcess, ids: dict[str, str],
                                           tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", b"good")
    locked = write(tmp_path / "locked.txt", b"secret")
    locked.chmod(0)
    try:
        one_line_error(cli("attach", ids["incident"], str(good), str(locked)),
                       "locked.txt", "cannot be read")
    finally:
        locked.chmod(0o600)


def test_extract_never_overwrites_or_leaves_half_files(cli: InProcess, ids: dict[str, str],
                                                       tmp_path: Path) -> None:
    attachment = ids["attachment"]
    existing = write(tmp_path / "existing.txt", b"keep me")
    one_line_error(cli("attachment", "extract", attachment, "--out", str(existing)),
                   "exists already")
    assert existing.read_bytes() == b"keep me"
    one_line_error(cli("attachment", "extract", attachment, "--out", str(tmp_path)), "exists")
    one_line_error(cli("attachment", "extract", attachment, "--out",
                       str(tmp_path / "no" / "such" / "dir.txt")), "cannot be written")
    one_line_error(cli("attachment", "extract", attachment), "--out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.txt"]  # no .part files
    printed = ok(cli("attachment", "extract", attachment[:8], "--out", str(existing), "--force"))
    assert existing.read_bytes() == b"evidence"
    assert printed.out.split() == [hashlib.sha256(b"evidence").hexdigest(), str(existing)]


# -- passphrases, users, recovery, init -------------------------------------------------------
def test_passphrase_sources_and_their_mistakes(cli: InProcess, tmp_path: Path) -> None:
    one_line_error(cli("incident", "list", passphrase="a wrong passphrase"), "wrong")
    one_line_error(cli("incident", "list", passphrase=None), "no passphrase given")
    one_line_error(cli("incident", "list", passphrase="\udcff\udcfe" + PASSPHRASE),
                   "VORFALLBUCH_PASSPHRASE", "not UTF-8")
    one_line_error(cli("--user", "Nobody", "incident", "list"), "no user 'Nobody'", USER)
    files = {
        "missing": (None, ["does not exist"]),
        "folder": (None, ["folder"]),
        "empty": (b"", ["empty"]),
        "only a newline": (b"\n", ["empty"]),
        "latin-1": (PASSPHRASE.encode() + b"\xe4", ["not UTF-8"]),
        "huge": (b"x" * (64 * 1024 + 1), ["too large"]),
        "trailing space": (PASSPHRASE.encode() + b" \n", ["wrong"]),
    }
    for name, (content, words) in files.items():
        path = tmp_path / name
        if name == "folder":
            path.mkdir()
        elif content is not None:
            path.write_bytes(content)
        args = ["--passphrase-file", str(path), "incident", "list"]
        refused(cli(*args, passphrase=None), [name, *args], *words)
    # The file wins over the environment; one trailing line break (also CRLF) is dropped.
    crlf = write(tmp_path / "crlf.txt", PASSPHRASE.encode() + b"\r\n")
    ok(cli("incident", "list", "--passphrase-file", str(crlf), passphrase="wrong and long 1"))


def test_user_and_passwd_mistakes_change_nothing(fresh: InProcess, tmp_path: Path) -> None:
    before = fresh.state()
    strong = {"VORFALLBUCH_NEW_PASSPHRASE": NEW_PASSPHRASE}
    weak = {"VORFALLBUCH_NEW_PASSPHRASE": "kurz"}
    one_line_error(fresh("passwd", env=weak), "at least 12 characters")
    one_line_error(fresh("passwd"), "no new passphrase", "--new-passphrase-file")
    one_line_error(fresh("passwd", "--new-passphrase-file", str(tmp_path / "nope")),
                   "does not exist")
    one_line_error(fresh("passwd", env=strong, passphrase="a wrong passphrase"), "wrong")
    one_line_error(fresh("passwd", env={"VORFALLBUCH_NEW_PASSPHRASE": PASSPHRASE}),
                   "is the current one")
    one_line_error(fresh("user", "add", USER.lower(), env=strong), "already a user")
    one_line_error(fresh("user", "add", "Bernd", env=weak), "at least 12 characters")
    one_line_error(fresh("user", "add", "Bernd"), "no new passphrase")
    one_line_error(fresh("user", "add", "Bernd\nZweite Zeile", env=strong), "control")
    one_line_error(fresh("user", "add", "   ", env=strong), "empty")
    one_line_error(fresh("user", "add", "B" * 101, env=strong), "100")
    one_line_error(fresh("user", "remove", "Bernd"), "no user")
    one_line_error(fresh("user", "remove", USER), "last user")
    one_line_error(fresh("user", "remove", "Bernd", passphrase="a wrong passphrase"), "wrong")
    assert ok(fresh("user", "list", passphrase=None)).out == USER + "\n"
    assert fresh.state() == before  # and the old passphrase still opens the vault


def test_recover_mistakes_then_recovery_from_the_environment(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF)
    vault.close()
    _other, other_code = Vault.create(tmp_path / "other", USER, PASSPHRASE, kdf=CHEAP_KDF)
    _other.close()
    cli = InProcess(folder, capsys, monkeypatch)
    new_file = write(tmp_path / "new.txt", NEW_PASSPHRASE + "\n")
    groups = code.split("-")
    typo = "-".join([groups[0][:-1] + ("0" if groups[0][-1] != "0" else "1"), *groups[1:]])
    cases = [
        ({}, ["no recovery code", "VORFALLBUCH_RECOVERY_CODE"]),
        ({"VORFALLBUCH_RECOVERY_CODE": typo}, ["group 1", "typo"]),
        ({"VORFALLBUCH_RECOVERY_CODE": code[:-6]}, ["7 groups"]),
        ({"VORFALLBUCH_RECOVERY_CODE": "I" * 35}, ["typo"]),
        ({"VORFALLBUCH_RECOVERY_CODE": code + "\udcff"}, ["not UTF-8"]),
        ({"VORFALLBUCH_RECOVERY_CODE": other_code,
          "VORFALLBUCH_NEW_PASSPHRASE": NEW_PASSPHRASE}, ["does not belong"]),
        ({"VORFALLBUCH_RECOVERY_CODE": code}, ["no new passphrase"]),
        ({"VORFALLBUCH_RECOVERY_CODE": code, "VORFALLBUCH_NEW_PASSPHRASE": "kurz"},
         ["at least 12"]),
    ]
    before = cli.state()
    for env, words in cases:
        refused(cli("recover", env=env, passphrase=None), [env], *words)
    one_line_error(cli("recover", "--recovery-code-file", str(tmp_path / "none"),
                       passphrase=None), "recovery code file", "does not exist")
    one_line_error(cli("--user", "Nobody", "recover", passphrase=None,
                       env={"VORFALLBUCH_RECOVERY_CODE": code}), "no user")
    assert cli.state() == before
    assert recovery.parse(code.lower().replace("-", " "))  # the code itself is fine

    # Lower case, spaces instead of dashes, the new passphrase from a file: the new passphrase
    # opens the vault (a calibrated slot now), the old one no longer does.
    ok(cli("recover", "--new-passphrase-file", str(new_file), passphrase=None,
           env={"VORFALLBUCH_RECOVERY_CODE": code.lower().replace("-", " ")}))
    one_line_error(cli("incident", "list"), "wrong")
    assert ok(cli("incident", "list", "--json", passphrase=NEW_PASSPHRASE)).json() == []


def test_init_mistakes_create_nothing(fresh: InProcess, tmp_path: Path) -> None:
    one_line_error(fresh("init", "--user", "Someone"), "already a vault")
    target = tmp_path / "new"
    weak_file = write(tmp_path / "weak.txt", "kurz")
    cases = [
        (["init"], PASSPHRASE, ["--user"]),
        (["init", "--user", USER], "kurz", ["at least 12 characters"]),
        (["init", "--user", USER], None, ["no new passphrase", "VORFALLBUCH_PASSPHRASE"]),
        (["init", "--user", USER, "--passphrase-file", str(weak_file)], None, ["at least 12"]),
        (["init", "--user", "Anna\nSchmidt"], PASSPHRASE, ["control"]),
        (["init", "--user", "   "], PASSPHRASE, ["empty"]),
        (["init", "--user", USER], USER, ["too easy"]),
    ]
    for args, passphrase, words in cases:
        # No progress line either: a refused init prints exactly one line.
        refused(fresh(*args, passphrase=passphrase, vault=target), args, *words)
        assert not target.exists()


def test_missing_or_damaged_vaults(fresh: InProcess, tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    for args in (["incident", "list"], ["user", "list"], ["verify"], ["log"],
                 ["passwd"], ["recover"], ["contact", "add", "--kind", "police", "--name", "P"]):
        refused(fresh(*args, vault=nowhere), args, "no vault", "init")
    assert not nowhere.exists()
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    write(damaged / "vault.db", b"this is not a database " * 100)
    for args in (["incident", "list"], ["user", "list"]):
        refused(fresh(*args, vault=damaged), args)


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["incident"],
    ["incident", "add", "--category", "mord"],
    ["incident", "add", "--category", "a\nb"],
    ["incident", "add", "--note", "2026-01-01"],
    ["incident", "list", "--colour"],
    ["contact", "list", "--kind", "alien"],
    ["attach"],
    ["attachment", "extract", "0123"],
    ["verify", "--json", "extra"],
])
def test_usage_errors_are_one_line_with_a_pointer_to_help(fresh: InProcess,
                                                          args: list[str]) -> None:
    line = one_line_error(fresh(*args), "--help", code=2)
    assert "\\n" in line or "\n" not in " ".join(args)
