"""Every code the core raises has an English sentence in cli/messages.py: a template for each
member of storage's and app's code enumerations (and a wording for each NotDone) that uses
only the parameters its code declares and renders with sample parameters to one line without
a placeholder left; and what a damaged vault's records and files look like on the command line.
What real user mistakes print is tests/cli/test_errors.py."""

from __future__ import annotations

import sqlite3
import string
from pathlib import Path

import pytest

from app.errors import (
    ErrorCode,
    InputCode,
    InvalidInputError,
    NotDone,
    StorageCode,
    StorageError,
)
from cli import messages
from cli.errors import UsageError
from cli.messages import describe
from tests.cli.support import InProcess, make_vault, ok, one_line_error
from tests.error_samples import CODES, sample

# The English sentences end with a full stop, or with the CLI's hint in parentheses.
ENDINGS = (".", ".)")


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template)
            if name is not None}


def test_every_code_has_an_english_sentence() -> None:
    missing = [code.value for code in CODES if code not in messages.TEMPLATES]
    assert not missing, f"codes without an English sentence in cli/messages.py: {missing}"
    assert set(messages.ACTIONS) == set(NotDone)


def test_the_check_finds_a_code_without_a_sentence() -> None:
    class Newer(ErrorCode):
        BRAND_NEW = "brand_new", "path"

    assert Newer.BRAND_NEW not in messages.TEMPLATES
    # Without a sentence the line still names the code (never a parameter's value).
    assert describe(StorageError(Newer.BRAND_NEW, path="/geheim")) == "brand_new(path)"


@pytest.mark.parametrize("code", CODES, ids=[c.value for c in CODES])
def test_sentences_use_only_the_declared_parameters(code: ErrorCode) -> None:
    assert placeholders(messages.TEMPLATES[code]) <= set(code.params), code.value


@pytest.mark.parametrize("code", CODES, ids=[c.value for c in CODES])
def test_each_code_renders_to_one_line(code: ErrorCode) -> None:
    line = describe(sample(code))
    rest = line.replace("{...}", "")  # how the CLI shows a JSON object
    assert "{" not in rest and "}" not in rest, line
    assert "\n" not in line and line.endswith(ENDINGS), line
    assert line == line.strip() and line[:1] not in " :", line


def test_input_errors_say_what_and_which_field() -> None:
    long = InvalidInputError(InputCode.TEXT_TOO_LONG, "title", kind="incident", limit=300)
    assert describe(long) == "incident: title: may have at most 300 characters."
    no_name = InvalidInputError(InputCode.CONTACT_WITHOUT_NAME, "name", kind="person")
    assert describe(no_name) == "contact: name: a contact needs a name or an organisation."
    whole = InvalidInputError(InputCode.NOT_AN_OBJECT, "", kind="incident")
    assert describe(whole) == "incident: must be an object {...}."
    period = InvalidInputError(InputCode.PERIOD_ORDER, "date_from")
    assert describe(period) == "The period starts after it ends."


def test_parameters_are_worded_for_the_command_line() -> None:
    full = StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=1_250_000,
                        needed=350 * 1024 * 1024, action=NotDone.NO_BACKUP_WRITTEN)
    assert describe(full) == ("The disk holding /daten is full (1.2 MB free, at least 350.0 MB "
                              "needed); free some space or choose another place; no backup was "
                              "written.")
    unknown = StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=512, needed=0,
                           action=NotDone.NOTHING_SAVED)
    assert describe(unknown) == ("The disk holding /daten is full (512 bytes free); free some "
                                 "space or choose another place; nothing was saved.")
    gone = StorageError(StorageCode.RECORD_NOT_FOUND, kind="person", record_id="ab" * 16)
    assert describe(gone) == f"There is no contact {'ab' * 16}."
    anything = StorageError(StorageCode.RECORD_NOT_FOUND, kind="", record_id="ab" * 16)
    assert describe(anything).startswith("There is no record ")
    wait = StorageError(StorageCode.UNLOCK_THROTTLED, seconds=89.1)
    assert describe(wait) == ("Too many wrong passphrases: please wait 1 min 30 s before the "
                              "next try.")
    nested = StorageError(StorageCode.BACKUP_NOT_NOTED, problem=full)
    assert describe(nested) == ("The backup is complete, but the vault could not note it for "
                                "the backup reminder: " + describe(full))
    users = StorageError(StorageCode.UNKNOWN_USER, name="Nobody", users=["Anna", "Bernd"])
    assert describe(users) == "The vault has no user 'Nobody'; its users are: Anna, Bernd."


def test_the_command_lines_own_mistakes_keep_their_sentence() -> None:
    assert describe(UsageError("Give the backup file with --to FILE.")) == (
        "Give the backup file with --to FILE.")


# -- for real: a damaged vault ------------------------------------------------------------------
def test_a_damaged_vault_is_reported_in_english_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_vault(tmp_path / "vault")
    cli = InProcess(folder, capsys, monkeypatch)
    kept = ok(cli("incident", "add", "--title", "Heil", "--occurred", "2026-01-01")).out.strip()
    broken = ok(cli("incident", "add", "--title", "Kaputt", "--occurred", "2026-01-02")
                ).out.strip()
    evidence = tmp_path / "brief.txt"
    evidence.write_bytes(b"Wir wissen, wo du wohnst." * 100)
    attachment = ok(cli("attach", kept, str(evidence))).out.split()[0]
    conn = sqlite3.connect(folder / "vault.db")
    (payload,), = conn.execute("SELECT payload FROM revision WHERE record_id = ?", (broken,))
    damaged = bytearray(payload)
    damaged[len(damaged) // 2] ^= 1
    conn.execute("UPDATE revision SET payload = ? WHERE record_id = ?", (bytes(damaged), broken))
    conn.commit()
    conn.close()
    blob = folder / "attachments" / f"{attachment}.vfb"
    blob.write_bytes(blob.read_bytes()[:-1])

    listed = cli("incident", "list", "--json")
    assert [i["id"] for i in ok(listed).json()] == [kept]
    assert listed.err == (f"vorfallbuch: warning: The incident {broken} (version 1) cannot be "
                          "opened: it was damaged or altered (other records are unaffected; "
                          "run 'vorfallbuch verify')\n")
    checked = cli("verify")
    assert checked.code == 1 and checked.err == ""
    assert checked.out.splitlines() == [
        f"FAILED  incident {broken}: The incident {broken} (version 1) cannot be opened: it "
        "was damaged or altered.",
        f"FAILED  attachment {attachment}: Segment 1 of the stored file of attachment "
        f"{attachment} is damaged, truncated or altered.",
        "2 of 5 items failed."]
    report = cli("verify", "--json").json()
    failed = {item["id"]: item for item in report["items"] if not item["ok"]}
    assert failed[broken]["code"] == "revision_damaged"
    assert failed[attachment]["code"] == "attachment_segment_damaged"
    assert failed[attachment]["error"].startswith("Segment 1 of the stored file")
    one_line_error(cli("attachment", "extract", attachment, "--out", str(tmp_path / "out.txt")),
                   f"Segment 1 of the stored file of attachment {attachment}")
    assert not (tmp_path / "out.txt").exists()
