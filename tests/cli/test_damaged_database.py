"""A damaged database page gives every command the sentence `verify` gives, never "internal
error": each page of each table of a real vault is overwritten in turn (zeros, then garbage)
and the commands a user runs first are tried on it."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from app import access
from tests.cli.support import EXIT_INTERNAL, InProcess, make_vault, ok

PAGE = 4096
COMMANDS = [("incident", "list"), ("incident", "list", "--json"), ("verify",), ("log",),
            ("contact", "list"), ("user", "list"), ("export", "list")]


def _pages(db: Path) -> dict[str, list[int]]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE
        rows = conn.execute("SELECT name, pageno FROM dbstat").fetchall()
    pages: dict[str, list[int]] = {}
    for name, number in rows:
        pages.setdefault(name, []).append(number)
    return pages


def _filled(cli_factory: InProcess) -> Path:
    for number in range(40):
        ok(cli_factory("incident", "add", "--title", f"Drohbrief {number} " + "x" * 200,
                       "--occurred", "2026-03-14T19:30",
                       "--description", "Er schrieb: " + "Drohung " * 150))
    ok(cli_factory("contact", "add", "--kind", "suspect", "--name", "Max Muster"))
    return cli_factory.vault


@pytest.mark.parametrize("fill", ["zeros", "garbage"])
def test_every_damaged_page_gives_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, fill: str) -> None:
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    _filled(cli)
    db = vault / "vault.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pristine = db.read_bytes()
    pages = _pages(db)
    assert {"record", "revision", "chain_link", "keyslot", "vault_user"} <= set(pages)
    rng = random.Random(13)
    outcomes: dict[str, int] = {}
    for table, numbers in sorted(pages.items()):
        for number in numbers[:3]:
            damaged = bytearray(pristine)
            start = (number - 1) * PAGE + (0 if fill == "zeros" else 8)
            size = PAGE if fill == "zeros" else 600
            damaged[start:start + size] = (bytes(size) if fill == "zeros" else
                                           rng.randbytes(size))
            db.write_bytes(bytes(damaged[:len(pristine)]))
            for wal in (vault / "vault.db-wal", vault / "vault.db-shm"):
                wal.unlink(missing_ok=True)
            for command in COMMANDS:
                result = cli(*command)
                where = (table, number, command, result.err)
                assert result.code != EXIT_INTERNAL, where
                assert "Traceback" not in result.err and "internal error" not in result.err, where
                if result.code and command == ("verify",) and not result.err:
                    assert result.out.strip(), where  # its report names what is damaged
                    outcomes["verify report"] = outcomes.get("verify report", 0) + 1
                elif result.code:
                    lines = result.err.splitlines()
                    assert len(lines) == 1 and lines[0].startswith("vorfallbuch: error: "), where
                    outcomes[lines[0][20:60]] = outcomes.get(lines[0][20:60], 0) + 1
                else:
                    outcomes["worked"] = outcomes.get("worked", 0) + 1
    db.write_bytes(pristine)
    ok(cli("verify"))
    assert "worked" in outcomes and len(outcomes) > 1, outcomes


DAMAGED = ("The vault database is damaged or is not a Vorfallbuch vault; 'vorfallbuch verify' "
           "shows what is still readable, and 'vorfallbuch restore' puts the last backup back.")


def _overwrite(db: Path, old: bytes, new: bytes, page: int | None = None) -> None:
    """Replace the one occurrence of `old` (on `page`, if given) with `new` of the same length:
    a changed byte in the file, as a failing disk or an editor leaves it."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db.read_bytes()
    start, end = ((page - 1) * PAGE, page * PAGE) if page else (0, len(data))
    assert len(new) == len(old) and data.count(old, start, end) == 1, old
    at = data.index(old, start, end)
    db.write_bytes(data[:at] + new + data[at + len(old):])


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_schema_name_that_is_no_longer_utf8_is_named_damage(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: tuple[str, ...]) -> None:
    """Found by the flip fuzz (tests/cli/test_flip_fuzz.py): SQLite's error message quotes the
    damaged name, Python's sqlite3 cannot decode it and raises UnicodeDecodeError, which was an
    internal error in every command."""
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    # The name of an index in the schema, as the fuzz found it: SQLite calls the schema
    # malformed and quotes the name.
    _overwrite(vault / "vault.db", b"indexsqlite_autoindex_keyslot_1",
               b"indexsqlite_autoi\xa9dex_keyslot_1", page=1)
    result = cli(*command)
    assert (result.code, result.err) == (1, f"vorfallbuch: error: {DAMAGED}\n"), result


def test_the_unlock_dialogs_first_look_survives_a_schema_name_that_is_no_longer_utf8(
        tmp_path: Path) -> None:
    """The user list the unlock dialog reads with the standard library alone: none (the
    unlock then names the damage), and the folder still counts as holding a vault, so it is
    never taken as free for a new one."""
    vault = make_vault(tmp_path / "vault")
    _overwrite(vault / "vault.db", b"indexsqlite_autoindex_keyslot_1",
               b"indexsqlite_autoi\xa9dex_keyslot_1", page=1)
    assert access.user_names(vault) == []
    assert access.holds_vault(vault)


def test_a_text_column_that_is_no_longer_utf8_is_named_damage(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A keyslot's parameters with a byte that is not UTF-8: the damage sentence, not "the
    database reported an error: Could not decode to UTF-8 column 'kdf' with text ..." quoting
    the damaged bytes (found by the flip fuzz)."""
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    _overwrite(vault / "vault.db", b'"algorithm": "argon2id"', b'"algorithm": "argon2\xffd"')
    for command in (("incident", "list"), ("verify",)):
        result = cli(*command)
        assert (result.code, result.err) == (1, f"vorfallbuch: error: {DAMAGED}\n"), result


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_show_warns_of_an_attachment_that_cannot_be_opened(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        as_json: bool) -> None:
    """Found by the flip fuzz: `incident show --json` left a damaged attachment out of its
    count and ids without a word."""
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    incident = ok(cli("incident", "add", "--title", "Drohbrief", "--occurred", "2026-03-14")
                  ).out.strip()
    evidence = tmp_path / "brief.txt"
    evidence.write_bytes(b"Wir wissen, wo du wohnst.")
    attachment = ok(cli("attach", incident, str(evidence))).out.split()[0]
    with sqlite3.connect(vault / "vault.db") as conn:
        (payload,), = conn.execute("SELECT payload FROM revision WHERE record_id = ?",
                                   (attachment,))
        damaged = bytearray(payload)
        damaged[len(damaged) // 2] ^= 1
        conn.execute("UPDATE revision SET payload = ? WHERE record_id = ?",
                     (bytes(damaged), attachment))
    shown = ok(cli("incident", "show", incident, *(["--json"] if as_json else [])))
    if as_json:
        assert shown.json()["attachment_ids"] == []
    assert shown.err == (f"vorfallbuch: warning: The attachment {attachment} (version 1) cannot "
                         "be opened: it was damaged or altered (other records are unaffected; "
                         "run 'vorfallbuch verify')\n")


NOT_A_VAULT = "This folder does not hold a readable Vorfallbuch vault."


@pytest.mark.parametrize(("old", "new", "sentence"), [
    (b"key_version1", b"key_version`", DAMAGED),
    (b"schema_version1", b"schema_version0", NOT_A_VAULT),  # as a missing schema version is
    (b"vault_id", b"vault_ie", DAMAGED),
], ids=["key version not a number", "schema version 0", "vault id missing"])
def test_a_changed_byte_in_the_meta_table_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        old: bytes, new: bytes, sentence: str) -> None:
    """Found by the flip fuzz: a key version that is no number (ValueError), a schema version
    no Vorfallbuch wrote (no migration from 0: KeyError) and a missing vault id (KeyError)
    were internal errors."""
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    _overwrite(vault / "vault.db", old, new, page=2)
    result = cli("incident", "list")
    assert (result.code, result.err) == (1, f"vorfallbuch: error: {sentence}\n"), result


def test_a_changed_byte_in_an_attachments_record_row_never_deletes_its_original(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the flip fuzz (seed 2026): one byte of the record header of an attachment's
    row, the id's column type turned from text into a 6-byte integer, made the row read as
    another id and kind; opening the vault took the file for a leftover of a killed write and
    deleted the original. Now the revisions still name it: it stays, and verify names the
    damage."""
    vault = make_vault(tmp_path / "vault")
    cli = InProcess(vault, capsys, monkeypatch)
    incident = ok(cli("incident", "add", "--title", "Drohbrief", "--occurred", "2026-03-14")
                  ).out.strip()
    evidence = tmp_path / "brief.txt"
    evidence.write_bytes(b"Wir wissen, wo du wohnst.")
    attachment = ok(cli("attach", incident, str(evidence))).out.split()[0]
    # The row's record header: its size, then the serial types of id (text of 32: 0x4d),
    # kind ('attachment'), parent id, head version (the constant 1), state ('active') and the
    # two times; the row's values follow, the id first.
    header = b"\x08\x4d\x21\x4d\x09\x19\x43\x43"
    _overwrite(vault / "vault.db", header + attachment.encode(),
               b"\x08\x05" + header[2:] + attachment.encode())
    for command in (("incident", "list"), ("verify",), ("incident", "show", incident)):
        result = cli(*command)
        assert result.code != EXIT_INTERNAL, result
        assert (vault / "attachments" / f"{attachment}.vfb").is_file(), command
    assert cli("verify").code == 1
