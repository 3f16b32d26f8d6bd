"""The `vorfallbuch` command line: one clear line on stderr and a non-zero exit for every
user mistake, never a traceback."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.cli import (
    admin_cmds,
    attachment_cmds,
    backup_cmds,
    contact_cmds,
    export_cmds,
    incident_cmds,
    intake_cmds,
)
from app.cli.context import vault_folder
from app.cli.output import one_line
from app.cli.parser import Parser
from storage.errors import StorageError

EXIT_ERROR = 1
EXIT_INTERNAL = 70


def build_parser() -> Parser:
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

    parser = Parser(
        prog="vorfallbuch",
        description="Vorfallbuch: document hostility against office holders in an encrypted "
        "vault, keep the evidence safe, hand a checkable dossier to the police.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    admin_cmds.register(sub, common)
    incident_cmds.register(sub, common)
    contact_cmds.register(sub, common)
    backup_cmds.register(sub, common)
    attachment_cmds.register(sub, common)
    intake_cmds.register(sub, common)
    export_cmds.register(sub, common)
    sub.add_parser("gui", parents=[common], help="open the desktop app (the default)")
    return parser


def main(argv: Sequence[str] | None = None,
         gui: Callable[[Path], int] | None = None) -> int:
    """Run one command. `gui` starts the desktop app; the launcher in ui/ passes it, so this
    package never imports Qt (with `python -m app` there is no GUI to start)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("vault", "user", "passphrase_file"):
        if not hasattr(args, name):
            setattr(args, name, None)
    command = getattr(args, "command", None)
    if command == "gui" or (command is None and gui is not None):
        if gui is None:
            print("vorfallbuch: error: the desktop app starts with the 'vorfallbuch' command "
                  "or 'python -m ui'.", file=sys.stderr)
            return EXIT_ERROR
        return gui(vault_folder(args))
    if command is None:
        parser.print_help()
        return 0
    try:
        result: int = args.func(args)
        return result
    except StorageError as exc:
        print(f"vorfallbuch: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
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
