"""The `vorfallbuch` command line: one clear line on stderr and a non-zero exit for every
user mistake, never a traceback.

There is one parser. Each command's module is imported only when that command runs (or when
the whole list is asked for with --help), so `vorfallbuch` with no command or with `gui`
parses its arguments without importing the vault, the ORM or pydantic: the desktop app's
start does not wait for the command line's modules."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import NoReturn

from cli.output import one_line, use_utf8_output
from cli.parser import Parser

EXIT_ERROR = 1
EXIT_INTERNAL = 70

# Each top-level command and the module under cli/ that registers it (several share one).
COMMANDS: dict[str, str] = {
    "init": "admin_cmds", "passwd": "admin_cmds", "user": "admin_cmds",
    "recover": "admin_cmds", "recovery-code": "admin_cmds", "verify": "admin_cmds",
    "log": "admin_cmds",
    "incident": "incident_cmds", "contact": "contact_cmds",
    "backup": "backup_cmds", "restore": "backup_cmds",
    "attach": "attachment_cmds", "attachment": "attachment_cmds",
    "intake": "intake_cmds", "export": "export_cmds",
}
GUI = "gui"


def common_options() -> Parser:
    # Global options work before or after the command; SUPPRESS keeps a later default
    # from overwriting a value given earlier.
    common = Parser(add_help=False)
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                        help="the vault folder (default: the one chosen in the app, else your "
                             "user data folder)")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="your user name (default: the vault's first user)")
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help="read the passphrase from FILE (or set VORFALLBUCH_PASSPHRASE)")
    common.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="show the libraries' warnings on the terminal too (they always go "
                             "to the log file, without personal data)")
    return common


def build_parser(commands: Collection[str] | None = None) -> Parser:
    """The parser with every command, or only with `commands` (and `gui`)."""
    common = common_options()
    parser = Parser(
        prog="vorfallbuch",
        description="Vorfallbuch: document hostility against office holders in an encrypted "
        "vault, keep the evidence safe, hand a checkable dossier to the police.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    wanted = COMMANDS.keys() if commands is None else commands
    modules = dict.fromkeys(COMMANDS[name] for name in COMMANDS if name in wanted)
    for module in modules:
        importlib.import_module(f"cli.{module}").register(sub, common)
    sub.add_parser(GUI, parents=[common], help="open the desktop app (the default)")
    return parser


class _Unparsable(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Unparsable(message)


def command_name(argv: Sequence[str]) -> str | None:
    """The command `argv` names (known or not), found by argparse itself: the global options
    and their values are skipped wherever they stand."""
    light = _QuietParser(add_help=False, parents=[common_options()])
    light.add_argument("command", nargs="?")
    try:
        known, _rest = light.parse_known_args(list(argv))
    except _Unparsable:
        return None  # e.g. "--vault" without its value: the full parser says so
    name = getattr(known, "command", None)
    return str(name) if name is not None else None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `argv` with the one parser, importing only the named command's module."""
    argv = list(argv)
    name = command_name(argv)
    asks_help = any(a in ("-h", "--help") for a in argv)
    if name in COMMANDS:
        parser = build_parser({name})
    elif (name is None or name == GUI) and not asks_help:
        parser = build_parser(())
    else:  # --help, or an unknown command: the full list, for help or argparse's error
        parser = build_parser()
    args = parser.parse_args(argv)
    for option in ("vault", "user", "passphrase_file"):
        if not hasattr(args, option):
            setattr(args, option, None)
    if not hasattr(args, "verbose"):
        args.verbose = False
    if getattr(args, "command", None) is None and not hasattr(args, "func"):
        args.command = None
    return args


def vault_folder(args: argparse.Namespace) -> Path:
    from app.start_settings import vault_dir

    return Path(args.vault) if args.vault else vault_dir()


def main(argv: Sequence[str] | None = None,
         gui: Callable[[Path], int] | None = None) -> int:
    """Run one command. `gui` starts the desktop app; the launcher passes it (with
    `vorfallbuch` or `python -m cli`), so this module never imports Qt."""
    use_utf8_output()
    args = parse(sys.argv[1:] if argv is None else argv)
    from app.logs import setup

    setup(verbose=args.verbose)  # the libraries' warnings to the log file, not the terminal
    command = args.command
    if command == GUI or (command is None and gui is not None):
        if gui is None:
            print("vorfallbuch: error: the desktop app starts with the 'vorfallbuch' command "
                  "or 'python -m cli'.", file=sys.stderr)
            return EXIT_ERROR
        return gui(vault_folder(args))
    if command is None:
        build_parser().print_help()
        return 0
    # Imported only now: the GUI's start above needs none of this.
    from app.errors import StorageError
    from app.progress import Cancelled
    from cli.errors import UsageError

    try:
        result: int = args.func(args)
        return result
    except (StorageError, UsageError) as exc:
        from cli.messages import describe

        print(f"vorfallbuch: error: {one_line(describe(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except (KeyboardInterrupt, Cancelled):
        print("vorfallbuch: interrupted; nothing half-saved remains.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("VORFALLBUCH_DEBUG"):
            raise
        print(f"vorfallbuch: internal error ({type(exc).__name__}); please report it. "
              "Set VORFALLBUCH_DEBUG=1 to see details.", file=sys.stderr)
        return EXIT_INTERNAL



if __name__ == "__main__":
    sys.exit(main())
