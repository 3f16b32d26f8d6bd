"""Roles on the command line: the CLI obeys the rules app/users.py enforces (owners manage
users and the recovery code, a clerk cannot remove or demote an owner, the last owner and the
last user stay), removal asks first and names whom, and `log` says who was added as what."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.support import ROOT, InProcess, command_env, make_vault, ok, one_line_error
from tests.conftest import PASSPHRASE, USER

CLERK = "Bernd Weber"
CLERK_PASSPHRASE = "bernds eigene lange passphrase"
ADD_CLERK = {"VORFALLBUCH_NEW_PASSPHRASE": CLERK_PASSPHRASE}


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> InProcess:
    return InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)


def roles(cli: InProcess, passphrase: str = PASSPHRASE, user: str = USER) -> dict[str, str]:
    listed = ok(cli("--user", user, "user", "list", "--roles", "--json",
                    passphrase=passphrase)).json()
    return {u["name"]: u["role"] for u in listed}


def test_a_clerk_records_but_cannot_manage_users_or_the_recovery_code(cli: InProcess) -> None:
    added = ok(cli("user", "add", CLERK, env=ADD_CLERK))
    assert added.out == f"Added user '{CLERK}' as a clerk.\n"
    assert roles(cli) == {USER: "owner", CLERK: "clerk"}
    as_clerk = ["--user", CLERK]
    # She records and lists like anyone...
    ok(cli(*as_clerk, "incident", "add", "--title", "Drohbrief", "--occurred", "2026-05-01",
           passphrase=CLERK_PASSPHRASE))
    before = cli.state()
    # ...but removing or demoting the owner, adding users, promoting herself and renewing the
    # recovery code are refused, each in one line, and nothing changes.
    for command in (["user", "remove", USER, "--yes"], ["user", "role", USER, "clerk"],
                    ["user", "role", CLERK, "owner"], ["recovery-code"]):
        one_line_error(cli(*as_clerk, *command, passphrase=CLERK_PASSPHRASE), "only an owner")
    one_line_error(cli(*as_clerk, "user", "add", "Clara", passphrase=CLERK_PASSPHRASE,
                       env={"VORFALLBUCH_NEW_PASSPHRASE": "claras lange passphrase 1"}),
                   "only an owner")
    assert cli.state() == before
    assert roles(cli) == {USER: "owner", CLERK: "clerk"}
    # The recovery-code status is no secret: a clerk may ask.
    assert ok(cli(*as_clerk, "recovery-code", "--status",
                  passphrase=CLERK_PASSPHRASE)).out == "A recovery code is set.\n"


def test_the_last_owner_and_the_last_user_stay(cli: InProcess) -> None:
    one_line_error(cli("user", "remove", USER, "--yes"), "last user")
    ok(cli("user", "add", CLERK, env=ADD_CLERK))
    one_line_error(cli("user", "remove", USER, "--yes"), "last owner", USER)
    one_line_error(cli("user", "role", USER, "clerk"), "last owner", USER)
    assert ok(cli("user", "role", CLERK, "owner")).out == f"'{CLERK}' is now an owner.\n"
    assert ok(cli("user", "role", CLERK, "owner")).out.endswith("nothing was changed.\n")
    # Two owners: either may now step down or be removed, and the other keeps the vault.
    ok(cli("user", "role", USER, "clerk"))
    assert roles(cli) == {USER: "clerk", CLERK: "owner"}
    one_line_error(cli("user", "role", USER, "owner"), "only an owner")  # she is a clerk now
    ok(cli("--user", CLERK, "user", "remove", USER, "--yes", passphrase=CLERK_PASSPHRASE))
    assert roles(cli, CLERK_PASSPHRASE, CLERK) == {CLERK: "owner"}


def test_bad_role_arguments_are_one_line_and_change_nothing(cli: InProcess) -> None:
    before = cli.state()
    one_line_error(cli("user", "add", CLERK, "--role", "admin", env=ADD_CLERK), "invalid choice")
    one_line_error(cli("user", "role", CLERK, "owner"), "no user", CLERK)
    one_line_error(cli("user", "role", USER, "Owner"), "invalid choice")
    one_line_error(cli("user", "role", "x" * 10_000, "owner"), "no user")
    assert cli.state() == before


def test_removal_without_a_terminal_needs_yes_and_names_whom(cli: InProcess) -> None:
    ok(cli("user", "add", CLERK, env=ADD_CLERK))
    before = cli.state()
    one_line_error(cli("user", "remove", CLERK), CLERK, "--yes")
    assert cli.state() == before
    assert list(roles(cli)) == [USER, CLERK]


def _in_terminal(vault: Path, answer: bytes, *args: str) -> tuple[int, str]:
    """Run the CLI with a real pseudo-terminal as its standard input, type `answer`."""
    leader, follower = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "cli", "--vault", str(vault), *args],
                               cwd=ROOT, env=command_env(PASSPHRASE, None), stdin=follower,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    os.close(follower)
    try:
        os.write(leader, answer)
        out, _ = process.communicate(timeout=120)
    finally:
        os.close(leader)
    return process.returncode, out.decode("utf-8")


def test_removal_in_a_terminal_asks_naming_whom_and_no_keeps_her(cli: InProcess) -> None:
    ok(cli("user", "add", CLERK, env=ADD_CLERK))
    code, out = _in_terminal(cli.vault, b"n\n", "user", "remove", CLERK)
    assert code == 1
    assert f"Remove a clerk '{CLERK}'?" in out and "Nothing was changed." in out
    assert list(roles(cli)) == [USER, CLERK]
    code, out = _in_terminal(cli.vault, b"ja\n", "user", "remove", CLERK)
    assert code == 0, out
    assert f"Removed user '{CLERK}'" in out
    assert list(roles(cli)) == [USER]


def test_log_says_who_was_added_as_what_and_by_whom(cli: InProcess) -> None:
    ok(cli("user", "add", CLERK, "--role", "owner", env=ADD_CLERK))
    ok(cli("user", "role", CLERK, "clerk"))
    lines = [line for line in ok(cli("log")).out.splitlines() if " user " in line]
    assert len(lines) == 3, lines
    assert USER in lines[1] and f"user '{CLERK}'" in lines[1]
    assert lines[1].rstrip().endswith("user-added (owner)")
    assert lines[2].rstrip().endswith("role-changed (clerk)")
    entries = [e for e in ok(cli("log", "--json")).json() if e["kind"] == "user"]
    assert [(e["action"], e.get("role"), e["author_name"], e.get("user_name"))
            for e in entries[1:]] == [("user-added", "owner", USER, CLERK),
                                      ("role-changed", "clerk", USER, CLERK)]
