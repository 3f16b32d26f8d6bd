"""The CLI tests' helpers themselves, so a broken helper cannot make the CLI tests pass
vacuously."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import EXIT_INTERNAL, InProcess, Result, make_vault, ok, one_line_error


def test_one_line_error_rejects_what_the_cli_must_never_do() -> None:
    with pytest.raises(AssertionError):
        one_line_error(Result(0, "", "vorfallbuch: error: x\n"))
    with pytest.raises(AssertionError):
        one_line_error(Result(EXIT_INTERNAL, "", "vorfallbuch: internal error\n"))
    with pytest.raises(AssertionError):
        one_line_error(Result(1, "", "vorfallbuch: error: two\nlines\n"))
    with pytest.raises(AssertionError):
        one_line_error(Result(1, "", "Traceback (most recent call last):\n"))
    with pytest.raises(AssertionError):
        one_line_error(Result(1, "half", "vorfallbuch: error: saved half\n"))
    with pytest.raises(AssertionError):
        one_line_error(Result(1, "", "vorfallbuch: error: something else\n"), "title")
    assert one_line_error(Result(1, "", "vorfallbuch: error: bad title\n"), "TITLE")


def test_in_process_runs_see_their_own_environment(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(make_vault(tmp_path / "vault"), capsys, monkeypatch)
    assert ok(cli("incident", "list", "--json")).json() == []
    one_line_error(cli("incident", "list", passphrase="not the passphrase"), "wrong")
    one_line_error(cli("incident", "list", passphrase=None), "no passphrase")
    before = cli.state()
    ok(cli("incident", "add", "--title", "x", "--occurred", "2026-01-01"))
    after = cli.state()
    assert after[0] != before[0] and after[1] == before[1] + 1  # state() sees a save
