"""`vorfallbuch backup` and `vorfallbuch restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import InvalidInputError
from cli import output, secrets
from cli.context import open_vault, unlocked
from cli.main import vault_folder
from cli.parser import Parser, Subparsers
from storage import backup


def register(sub: Subparsers, common: Parser) -> None:
    make = sub.add_parser(
        "backup", parents=[common],
        help="write the whole vault to one encrypted file, read it back and verify it")
    make.add_argument("--to", metavar="FILE", help="the backup file to write")
    make.add_argument("--force", action="store_true", help="replace an existing file")
    make.add_argument("--status", action="store_true",
                      help="show the reminder interval and the last backup (no passphrase)")
    make.add_argument("--interval", type=int, metavar="DAYS",
                      help="remind after this many days without a backup (1-365)")
    make.add_argument("--json", action="store_true", help="with --status: print JSON")
    make.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore", parents=[common],
        help="recreate a vault from a backup file (verified before it is put in place)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--to", required=True, metavar="DIR", help="where the vault goes")
    restore.add_argument("--replace", action="store_true",
                         help="restore over an existing vault (which is kept aside, renamed)")
    restore.add_argument("--recovery", action="store_true",
                         help="open the backup with the recovery code instead of a passphrase")
    restore.add_argument("--recovery-code-file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)


def _progress(text: str) -> None:
    # Only for a person watching: scripts get exactly one line on stderr when it fails.
    if sys.stderr.isatty():
        print(f"{text} ...", file=sys.stderr, flush=True)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def cmd_backup(args: argparse.Namespace) -> int:
    if args.status or args.interval is not None:
        if args.to:
            raise InvalidInputError("Give either --to FILE or --status/--interval, not both.")
        if args.interval is not None:
            with unlocked(args) as service:
                service.vault.set_backup_interval(args.interval)
        with open_vault(args) as vault:
            status = vault.backup_status()
        if args.json:
            output.print_json({"interval_days": status.interval_days,
                               "last_backup_at": status.last_backup_at, "due": status.due})
        else:
            print(f"Reminder every {status.interval_days} days; last backup: "
                  f"{status.last_backup_at or 'never'}"
                  + ("; a backup is due." if status.due else "."))
        return 0
    if not args.to:
        raise InvalidInputError("Give the backup file with --to FILE.")
    with unlocked(args) as service:
        result = backup.create_backup(service.vault, Path(args.to), overwrite=args.force,
                                      progress=_progress)
    print(f"Wrote {result.path} ({_count(result.size, 'byte')}, "
          f"{_count(result.records, 'record')}, {_count(result.attachments, 'attachment')}); "
          "read back and verified.")
    print(f"SHA-256 {result.sha256}")
    if result.warning:
        print(f"vorfallbuch: warning: {output.one_line(result.warning)}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    header = backup.read_header(source)  # a wrong file is named before any secret is asked
    if args.recovery or args.recovery_code_file:
        credentials = backup.Credentials(
            recovery_code=secrets.recovery_code(args.recovery_code_file))
    else:
        credentials = backup.Credentials(
            user=args.user, passphrase=secrets.current_passphrase(args.passphrase_file,
                                                                  args.user))
    target = Path(args.to) if args.to else vault_folder(args)
    result = backup.restore_backup(source, target, credentials, replace=args.replace,
                                   progress=_progress)
    print(f"Restored the vault of {header['created_at'][:19].replace('T', ' ')} UTC into "
          f"{result.folder} ({_count(result.records, 'record')}); it verifies.")
    if result.replaced is not None:
        print(f"The vault that was there before is kept in {result.replaced}.")
    return 0
