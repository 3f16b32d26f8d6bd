"""Vault administration: init, passwd, user, recover, verify, log."""

from __future__ import annotations

import argparse
import sys

from app import access
from app.errors import StorageCode, StorageError, VaultExistsError
from app.users import UserRole
from cli import output, secrets
from cli.context import open_vault, unlocked
from cli.errors import UsageError
from cli.main import vault_folder
from cli.messages import describe
from cli.parser import Parser, Subparsers


def register(sub: Subparsers, common: Parser) -> None:
    init = sub.add_parser("init", parents=[common],
                          help="create a vault and its first user; prints the recovery code once")
    init.set_defaults(func=cmd_init)

    passwd = sub.add_parser("passwd", parents=[common], help="change your passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.set_defaults(func=cmd_passwd)

    user = sub.add_parser("user", parents=[common], help="manage the vault's users")
    cmds = user.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = cmds.add_parser("add", parents=[common], help="add a user with their own passphrase")
    add.add_argument("name")
    add.add_argument("--new-passphrase-file", metavar="FILE",
                     help="the new user's passphrase (or VORFALLBUCH_NEW_PASSPHRASE)")
    add.add_argument("--role", choices=[r.value for r in UserRole], default=UserRole.CLERK.value,
                     help="owner (manages users and the recovery code) or clerk (records and "
                          "exports; the default); owners only")
    add.set_defaults(func=cmd_user_add)
    remove = cmds.add_parser("remove", parents=[common],
                             help="remove a user's access (owners only; asks first)")
    remove.add_argument("name")
    remove.add_argument("--yes", action="store_true",
                        help="remove without asking (needed when not run in a terminal)")
    remove.set_defaults(func=cmd_user_remove)
    role = cmds.add_parser("role", parents=[common],
                           help="make a user an owner or a clerk (owners only)")
    role.add_argument("name")
    role.add_argument("role", choices=[r.value for r in UserRole])
    role.set_defaults(func=cmd_user_role)
    lst = cmds.add_parser("list", parents=[common],
                          help="list users (needs no passphrase; --roles needs yours)")
    lst.add_argument("--roles", action="store_true",
                     help="with each user's role (read from the sealed history: unlocks)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_user_list)

    recover = sub.add_parser("recover", parents=[common],
                             help="set a new passphrase with the recovery code")
    recover.add_argument("--recovery-code-file", metavar="FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE")
    recover.set_defaults(func=cmd_recover)

    code = sub.add_parser("recovery-code", parents=[common],
                          help="make a new recovery code (the old one stops working); "
                               "prints it once")
    code.add_argument("--status", action="store_true",
                      help="only say whether a recovery code is set (needs the passphrase)")
    code.set_defaults(func=cmd_recovery_code)

    verify = sub.add_parser("verify", parents=[common],
                            help="check every record, attachment and the history chain")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    log = sub.add_parser("log", parents=[common],
                         help="the history chain: saves, deletions, purges, user changes")
    log.add_argument("--json", action="store_true")
    log.set_defaults(func=cmd_log)


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    if access.holds_vault(folder):
        raise VaultExistsError(StorageCode.VAULT_EXISTS, folder=folder)
    name = args.user
    if not name:
        if not sys.stdin.isatty():
            raise UsageError("Give the first user's name with --user NAME.")
        name = input("Your user name: ")
    passphrase = secrets.new_passphrase(args.passphrase_file, secrets.ENV_PASSPHRASE)
    # Refuse a bad name or passphrase before the progress line, so a mistake is one line.
    name = access.check_user_name(name)
    access.check_passphrase(passphrase, name)
    print("Measuring this computer to tune the key derivation (about two seconds)...",
          file=sys.stderr)
    service, code = access.create_vault(folder, name, passphrase)
    service.close()
    print(f"Created the vault in {folder} for user '{name.strip()}'.")
    print()
    print("Recovery code (shown only now; print it or write it down and keep it locked away):")
    print()
    print(f"    {code}")
    print()
    print("With it you can set a new passphrase with 'vorfallbuch recover'.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        new = secrets.new_passphrase(args.new_passphrase_file)
        service.change_passphrase(new)
        print(f"Changed the passphrase of '{service.user_name}'. Backups made before keep "
              "opening with the passphrase they were made with.")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        role = UserRole(args.role)
        new = secrets.new_passphrase(args.new_passphrase_file)
        name = service.add_user(args.name, new, role=role)
        print(f"Added user '{name}' as {ROLE_WORDS[role]}.")
    return 0


ROLE_WORDS = {UserRole.OWNER: "an owner", UserRole.CLERK: "a clerk"}


def cmd_user_remove(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        target = service.removal_target(args.name)  # a refusal comes before the question
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(f"Removing '{target.name}' needs a confirmation: run it in a "
                                 "terminal, or add --yes.")
            yourself = " (that is you: the vault locks)" if target.id == service.user_id else ""
            answer = input(f"Remove {ROLE_WORDS[target.role]} '{target.name}'{yourself}? "
                           "Their passphrase will no longer open the vault. [y/N] ")
            if answer.strip().casefold() not in ("y", "yes", "j", "ja"):
                print("Nothing was changed.")
                return 1
        name = service.remove_user(target.name)
        print(f"Removed user '{name}'; their past entries keep their name.")
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        role = UserRole(args.role)
        name = service.find_user(args.name)
        if service.set_role(name, role):
            print(f"'{name}' is now {ROLE_WORDS[role]}.")
        else:
            print(f"'{name}' is already {ROLE_WORDS[role]}; nothing was changed.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    if args.roles:
        with unlocked(args) as service:
            views = service.user_views()
        if args.json:
            output.print_json([{"id": u.id, "name": u.name, "created_at": u.created_at,
                                "role": u.role.value} for u in views])
        else:
            for view in views:
                print(f"{view.name}\t{view.role.value}")
        return 0
    with open_vault(args) as vault:
        users = vault.users()
        if args.json:
            output.print_json([{"id": u.id, "name": u.name, "created_at": u.created_at}
                               for u in users])
        else:
            for user in users:
                print(user.name)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:  # a missing vault is reported before the code is asked for
        user = vault.find_user(args.user)
        code = secrets.recovery_code(args.recovery_code_file)
        access.check_recovery_code(code)  # a typo is reported before a new passphrase is asked
        new = secrets.new_passphrase(args.new_passphrase_file)
        vault.recover(code, user, new).lock()
        print(f"Set a new passphrase for '{user}'. The recovery code stays valid.")
    return 0


def cmd_recovery_code(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        if args.status:
            print("A recovery code is set." if service.has_recovery_code()
                  else "No recovery code is set.")
            return 0
        code = service.renew_recovery_code()
    print("New recovery code (shown only now; print it or write it down and keep it locked "
          "away; the old code no longer works):")
    print()
    print(f"    {code}")
    print()
    print("Backups made before still open with the old code: make a new backup, and destroy "
          "older ones if the old code may have been seen.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        report = service.verify()
        if args.json:
            output.print_json(report.to_json(describe))
        else:
            for failure in report.failures:
                reason = describe(failure.problem) if failure.problem is not None else ""
                print(f"FAILED  {failure.kind} {failure.id}: {output.one_line(reason)}")
            checked = len(report.findings)
            if report.ok:
                print(f"OK: {checked} items checked; the history chain of "
                      f"{report.chain_length} links is intact (head {report.chain_head}).")
            else:
                print(f"{len(report.failures)} of {checked} items failed.")
    return 0 if report.ok else 1


def cmd_log(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        entries = service.log()
        for entry in entries:  # a damaged link's error, in words
            if isinstance(entry.get("error"), StorageError):
                entry["error"] = describe(entry["error"])
        if args.json:
            output.print_json(entries)
            return 0
        for e in entries:
            what = e.get("record_kind", "") + " " + e.get("record_id", "")[:8]
            if e["kind"] == "user" and e.get("user_name"):
                what = f"user '{e['user_name']}'"
            detail = e.get("event") or e.get("action") or e.get("error") or ""
            if e["kind"] == "user" and e.get("role"):
                detail = f"{detail} ({e['role']})"
            if e["kind"] == "purge":
                detail = f"{e.get('revisions_removed', 0)} revisions emptied"
            print(f"{e['seq']:>6}  {e['at']}  {e['kind']:<9}  {e.get('author_name', ''):<16}  "
                  f"{what.strip():<20}  {detail}")
    return 0
