"""`vorfallbuch contact ...`: the directory of support contacts and persons involved."""

from __future__ import annotations

import argparse
from typing import Any

from app.domain import Person, PersonKind
from app.service import PERSON, Entry
from cli import inputs, output
from cli.context import unlocked
from cli.errors import UsageError
from cli.parser import Parser, Subparsers

TEXT = ("name", "organisation", "function", "address", "notes", "source")
LISTS = {"phone": "phones", "email": "emails", "web": "web", "plate": "vehicle_plates"}


def register(sub: Subparsers, common: Parser) -> None:
    contact = sub.add_parser("contact", parents=[common],
                             help="the directory: support contacts and persons involved")
    cmds = contact.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = cmds.add_parser("add", parents=[common], help="add a contact; prints its id")
    _fields(add, editing=False)
    add.set_defaults(func=cmd_add)
    edit = cmds.add_parser("edit", parents=[common],
                           help="change a contact (options given replace those fields)")
    edit.add_argument("id")
    _fields(edit, editing=True)
    edit.set_defaults(func=cmd_edit)
    show = cmds.add_parser("show", parents=[common], help="show one contact")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    lst = cmds.add_parser("list", parents=[common], help="list contacts")
    lst.add_argument("--search", metavar="TEXT")
    lst.add_argument("--kind", choices=[k.value for k in PersonKind])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    delete = cmds.add_parser("delete", parents=[common], help="delete (history is kept)")
    delete.add_argument("id")
    delete.set_defaults(func=cmd_delete)
    purge = cmds.add_parser("purge", parents=[common],
                            help="remove a contact's personal data for good (logged)")
    purge.add_argument("id")
    purge.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    purge.set_defaults(func=cmd_purge)


def _fields(parser: argparse.ArgumentParser, editing: bool) -> None:
    parser.add_argument("--json", dest="json_file", metavar="FILE",
                        help="all fields as one JSON object ('-' reads standard input)")
    parser.add_argument("--kind", choices=[k.value for k in PersonKind])
    for option in TEXT:
        parser.add_argument(f"--{option}", metavar="TEXT")
    for option in LISTS:
        parser.add_argument(f"--{option}", action="append", metavar="VALUE",
                            help="repeatable" + ("; replaces the list" if editing else ""))
    parser.add_argument("--checked-on", metavar="DATE")
    parser.add_argument("--needs-check", action="store_true", default=None,
                        help='mark as "bitte prüfen"')


def _apply(args: argparse.Namespace, data: dict[str, Any]) -> dict[str, Any]:
    if args.kind is not None:
        data["kind"] = args.kind
    for option in TEXT:
        value = getattr(args, option)
        if value is not None:
            data[option] = value
    for option, field in LISTS.items():
        value = getattr(args, option)
        if value is not None:
            data[field] = value
    if args.checked_on is not None:
        data["checked_on"] = inputs.parse_date(args.checked_on, "--checked-on")
    if args.needs_check:
        data["needs_check"] = True
    return data


def person_json(entry: Entry[Person]) -> dict[str, Any]:
    return {"id": entry.id, "version": entry.version, "created_at": entry.created_at,
            "updated_at": entry.updated_at, **entry.value.model_dump(mode="json")}


def cmd_add(args: argparse.Namespace) -> int:
    data = _apply(args, inputs.read_json_object(args.json_file) if args.json_file else {})
    if "kind" not in data:
        raise UsageError("contact: --kind is required.")
    with unlocked(args) as service:
        print(service.add_person(data).id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        current = service.get_person(service.resolve(PERSON, args.id))
        data = current.value.model_dump(mode="json")
        if args.json_file:
            data.update(inputs.read_json_object(args.json_file))
        print(service.update_person(current.id, _apply(args, data), current.version).id)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        entry = service.get_person(service.resolve(PERSON, args.id))
        if args.json:
            output.print_json(person_json(entry))
            return 0
        p = entry.value
        output.print_fields([
            ("id", entry.id), ("version", str(entry.version)), ("kind", p.kind),
            ("name", p.name), ("organisation", p.organisation), ("function", p.function),
            ("phones", "\n".join(p.phones)), ("e-mails", "\n".join(p.emails)),
            ("address", p.address), ("web", "\n".join(p.web)),
            ("handles", "\n".join(f"{h.platform} {h.handle} {h.profile_url}".strip()
                                  for h in p.handles)),
            ("plates", ", ".join(p.vehicle_plates)), ("notes", p.notes),
            ("source", p.source), ("checked on", str(p.checked_on or "")),
            ("status", "bitte prüfen" if p.needs_check else ""),
        ])
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        listing = service.list_persons()
        entries = service.search_persons(args.search) if args.search else listing.entries
        if args.kind:
            entries = [e for e in entries if e.value.kind == args.kind]
        entries = sorted(entries, key=lambda e: e.value.display_name.casefold())
        output.warn_failures(listing.failures)
        if args.json:
            output.print_json([person_json(e) for e in entries])
            return 0
        output.print_table(
            ["ID", "NAME", "KIND", "PHONE", "E-MAIL"],
            [[output.short(e.id), e.value.display_name, e.value.kind,
              ", ".join(e.value.phones), ", ".join(e.value.emails)] for e in entries],
        )
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        person_id = service.resolve(PERSON, args.id)
        service.delete_person(person_id)
        print(f"Deleted contact {person_id} (its history is kept).")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("Purging cannot be undone; add --yes to confirm.")
    with unlocked(args) as service:
        person_id = service.resolve_any(PERSON, args.id)
        removed = service.purge(PERSON, person_id)
        print(f"Purged contact {person_id}: {removed} revisions emptied; "
              "a deletion record stays in the history.")
    return 0
