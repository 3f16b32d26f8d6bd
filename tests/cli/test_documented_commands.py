"""Every command line the README and docs/cli.md show parses with the command line's own parser,
and docs/cli.md shows every command and action the parser has: documentation that drifts from
the parser fails here, not in the hands of a user copying an example."""

from __future__ import annotations

import argparse
import contextlib
import io
import shlex
from pathlib import Path

import pytest

from cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = ("README.md", "docs/cli.md")
PROGRAM = "vorfallbuch "


def command_lines(markdown: str) -> list[tuple[int, str]]:
    """The lines of fenced code blocks that start with `vorfallbuch `, each with its line number;
    a line ending in a backslash continues on the next one."""
    found: list[tuple[int, str]] = []
    in_block = False
    pending: list[str] = []
    start = 0
    for number, line in enumerate(markdown.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_block = not in_block
            pending = []
            continue
        if not in_block:
            continue
        if not pending:
            if not line.startswith(PROGRAM):
                continue
            start = number
        if line.rstrip().endswith("\\"):
            pending.append(line.rstrip()[:-1])
            continue
        found.append((start, " ".join([*pending, line]).strip()))
        pending = []
    return found


def parse_error(line: str) -> str | None:
    """None if `line` parses with the real parser; else what argparse said."""
    argv = shlex.split(line, comments=True)
    assert argv[0] == PROGRAM.strip()
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            build_parser().parse_args(argv[1:])
    except SystemExit as exc:
        if exc.code not in (0, None):  # 0: --help printed the usage, which is a parse too
            return err.getvalue().strip() or f"exit code {exc.code}"
    return None


def documented(document: str) -> list[tuple[int, str]]:
    return command_lines((ROOT / document).read_text(encoding="utf-8"))


CASES = [pytest.param(line, id=f"{document}:{number}")
         for document in DOCUMENTS for number, line in documented(document)]


@pytest.mark.parametrize("line", CASES)
def test_a_documented_command_line_parses(line: str) -> None:
    assert parse_error(line) is None, f"{line}\n{parse_error(line)}"


def test_each_document_shows_command_lines() -> None:
    # Without this, a change in the extraction (or in the fences) could leave nothing to check.
    for document in DOCUMENTS:
        assert len(documented(document)) >= 10, document


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _shown(document: str) -> set[tuple[str, ...]]:
    """(command,) and (command, action) of every command line the document shows."""
    shown: set[tuple[str, ...]] = set()
    for _number, line in documented(document):
        if parse_error(line) is not None:
            continue  # test_a_documented_command_line_parses names it
        argv = shlex.split(line, comments=True)
        args = build_parser().parse_args(argv[1:])
        shown.add((args.command,))
        if getattr(args, "action", None):
            shown.add((args.command, args.action))
    return shown


def test_docs_cli_shows_every_command_and_action_of_the_parser() -> None:
    shown = _shown("docs/cli.md")
    missing = []
    for name, command in _subcommands(build_parser()).items():
        if (name,) not in shown:
            missing.append(name)
        missing += [f"{name} {action}" for action in _subcommands(command)
                    if (name, action) not in shown]
    assert missing == [], f"docs/cli.md shows no example of: {', '.join(missing)}"


def test_the_checks_catch_what_they_are_meant_to_catch() -> None:
    assert parse_error("vorfallbuch frobnicate --vault /tmp/x") is not None  # unknown command
    assert parse_error("vorfallbuch incident add --colour red") is not None  # unknown option
    assert parse_error("vorfallbuch export pdf --profile presse --out x.pdf") is not None
    assert parse_error("vorfallbuch incident show 5e6f7a8b --json") is None
    sample = "\n".join([
        "vorfallbuch outside a block is prose",
        "```sh",
        "vorfallbuch verify --json     # a comment",
        "vorfallbuch incident add --title 'Drohbrief' \\",
        "    --occurred 2026-03-14",
        "./run tests",
        "```",
        "```text",
        "vorfallbuch frobnicate",
        "```",
    ])
    lines = command_lines(sample)
    assert [number for number, _line in lines] == [3, 4, 9]
    assert shlex.split(lines[1][1]) == ["vorfallbuch", "incident", "add", "--title", "Drohbrief",
                                        "--occurred", "2026-03-14"]
    assert [parse_error(line) is None for _number, line in lines] == [True, True, False]
