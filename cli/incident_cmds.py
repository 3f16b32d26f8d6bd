"""`vorfallbuch incident ...`: add, edit, show, list, delete, history, purge."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.deadline import strafantrag_deadline
from app.domain import OFFENCES, Category, Channel, Incident, Motivation, Outcome, PlaceKind
from app.domain.enums import Precision
from app.entries import MIN_PREFIX
from app.errors import InputCode, InvalidInputError
from app.service import INCIDENT, PERSON, Entry, VaultService
from app.texts.labels import CATEGORY
from cli import inputs, output
from cli.context import unlocked
from cli.errors import UsageError
from cli.parser import Parser, Subparsers

# option -> field; "case." fields live in the case status
TEXT_OPTIONS = {
    "title": "title", "place": "place", "municipality": "municipality",
    "platform": "platform", "url": "url", "discovery": "discovery", "verbatim": "verbatim",
    "description": "description", "means": "means",
    "context": "context", "targeted": "targeted", "injury": "injury", "impact": "impact",
    "own_reaction": "own_reaction", "protective_measures": "protective_measures",
    "police_office": "case.police_office", "police_case_number": "case.police_case_number",
    "strafantrag_by": "case.strafantrag_by", "prosecutor_office": "case.prosecutor_office",
    "aktenzeichen": "case.aktenzeichen", "evidence_handed_to": "case.evidence_handed_to",
}
DATE_OPTIONS = {
    "discovered": "discovered_on", "review_on": "review_on",
    "reported_on": "case.reported_on", "strafantrag_on": "case.strafantrag_on",
    "evidence_handed_on": "case.evidence_handed_on",
}
CHOICE_OPTIONS = {
    "place_kind": "place_kind", "channel": "channel", "motivation": "motivation",
    "outcome": "case.outcome",
}


def register(sub: Subparsers, common: Parser) -> None:
    incident = sub.add_parser("incident", help="record, change and read incidents",
                              parents=[common])
    cmds = incident.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = cmds.add_parser("add", parents=[common], help="record a new incident; prints its id")
    _fields(add, editing=False)
    add.set_defaults(func=cmd_add)

    edit = cmds.add_parser("edit", parents=[common],
                           help="change an incident (options given replace those fields)")
    edit.add_argument("id")
    _fields(edit, editing=True)
    edit.set_defaults(func=cmd_edit)

    show = cmds.add_parser("show", parents=[common], help="show one incident")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)

    lst = cmds.add_parser("list", parents=[common], help="list incidents, oldest first")
    lst.add_argument("--search", metavar="TEXT", help="only incidents containing every word")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=cmd_list)

    delete = cmds.add_parser("delete", parents=[common],
                             help="delete (a tombstone: the history is kept)")
    delete.add_argument("id")
    delete.set_defaults(func=cmd_delete)

    history = cmds.add_parser("history", parents=[common], help="list an incident's revisions")
    history.add_argument("id")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(func=cmd_history)

    purge = cmds.add_parser("purge", parents=[common],
                            help="remove an incident's personal data for good (logged)")
    purge.add_argument("id")
    purge.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    purge.set_defaults(func=cmd_purge)


def _fields(parser: argparse.ArgumentParser, editing: bool) -> None:
    parser.add_argument("--json", dest="json_file", metavar="FILE",
                        help="all fields as one JSON object ('-' reads standard input); "
                        "options given as well take precedence")
    parser.add_argument("--title", required=False)
    parser.add_argument("--occurred", metavar="WHEN",
                        help="date or local date-time, e.g. 2026-03-14T19:30, "
                        "\"14.3.26 19:30\" or heute")
    parser.add_argument("--occurred-to", metavar="WHEN", help="end of a longer incident")
    parser.add_argument("--precision", choices=[p.value for p in Precision])
    parser.add_argument("--discovered", metavar="DATE",
                        help="when you learned of it (starts the Strafantrag deadline)")
    parser.add_argument("--place-kind", choices=[p.value for p in PlaceKind])
    parser.add_argument("--channel", choices=[c.value for c in Channel])
    parser.add_argument("--category", action="append", choices=[c.value for c in Category],
                        help="repeatable" + ("; replaces the categories" if editing else ""))
    parser.add_argument("--motivation", choices=[m.value for m in Motivation])
    parser.add_argument("--outcome", choices=[o.value for o in Outcome])
    for option in ("place", "municipality", "platform", "url", "discovery", "verbatim",
                   "description", "means", "context",
                   "targeted", "injury", "impact", "own-reaction", "protective-measures",
                   "police-office", "police-case-number", "strafantrag-by",
                   "prosecutor-office", "aktenzeichen", "evidence-handed-to"):
        if option != "title":
            parser.add_argument(f"--{option}", metavar="TEXT")
    for option in ("reported-on", "strafantrag-on", "evidence-handed-on", "review-on"):
        parser.add_argument(f"--{option}", metavar="DATE")
    parser.add_argument("--damage-eur", metavar="AMOUNT", help="damage in euros, e.g. 250.00")
    parser.add_argument("--perpetrator-unknown", action="store_true", default=None)
    for role in ("perpetrator", "witness", "affected"):
        parser.add_argument(f"--{role}", action="append", metavar="CONTACT_ID",
                            help="link a contact (repeatable)")
    parser.add_argument("--tag", action="append", metavar="TAG",
                        help="repeatable" + ("; replaces the tags" if editing else ""))
    parser.add_argument("--related", action="append", metavar="INCIDENT_ID",
                        help="link a related incident (repeatable)")
    parser.add_argument("--note", action="append", nargs=2, metavar=("DATE", "TEXT"),
                        help="add a dated follow-up note (repeatable)")
    if editing:
        parser.add_argument("--unlink", action="append", metavar="CONTACT_ID",
                            help="remove every link to this contact")


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    if path.startswith("case."):
        case = data.setdefault("case", {})
        if not isinstance(case, dict):
            raise InvalidInputError(InputCode.NOT_AN_OBJECT, "case", kind=INCIDENT)
        case[path[5:]] = value
    else:
        data[path] = value


def _apply_options(service: VaultService, args: argparse.Namespace,
                   data: dict[str, Any]) -> dict[str, Any]:
    for option, path in TEXT_OPTIONS.items():
        value = getattr(args, option, None)
        if value is not None:
            _set(data, path, value)
    for option, path in DATE_OPTIONS.items():
        value = getattr(args, option, None)
        if value is not None:
            _set(data, path, inputs.parse_date(value, "--" + option.replace("_", "-")))
    for option, path in CHOICE_OPTIONS.items():
        value = getattr(args, option, None)
        if value is not None:
            _set(data, path, value)
    if args.occurred is not None:
        data["occurred"] = inputs.parse_time_point(args.occurred, "--occurred")
    if args.occurred_to is not None:
        data["occurred_to"] = inputs.parse_time_point(args.occurred_to, "--occurred-to")
    if args.precision is not None:
        if not isinstance(data.get("occurred"), dict):
            raise UsageError("--precision needs --occurred.")
        data["occurred"]["precision"] = args.precision
    if args.damage_eur is not None:
        data["damage_eur"] = args.damage_eur.replace(",", ".")
    if args.perpetrator_unknown:
        data["perpetrator_unknown"] = True
    if args.category is not None:
        data["categories"] = args.category
    if args.tag is not None:
        data["tags"] = args.tag
    unlink = getattr(args, "unlink", None) or []
    roles = [(role, contact) for role in ("perpetrator", "witness", "affected")
             for contact in getattr(args, role) or []]
    if unlink or roles:
        persons = _list_field(data, "persons")
        for contact in unlink:
            person_id = _linked_person(service, persons, contact)
            persons = [p for p in persons if not (isinstance(p, dict) and
                                                  p.get("person_id") == person_id)]
        for role, contact in roles:
            link = {"person_id": service.resolve(PERSON, contact), "role": role}
            if link not in persons:
                persons.append(link)
        data["persons"] = persons
    if args.related:
        related = _list_field(data, "related")
        related += [service.resolve(INCIDENT, r) for r in args.related]
        data["related"] = list(dict.fromkeys(related))
    if args.note:
        case = data.setdefault("case", {})
        if not isinstance(case, dict):
            raise InvalidInputError(InputCode.NOT_AN_OBJECT, "case", kind=INCIDENT)
        notes = _list_field(case, "notes", "case.notes")
        notes += [{"on": inputs.parse_date(day, "--note"), "text": text}
                  for day, text in args.note]
        case["notes"] = notes
    return data


def _list_field(data: dict[str, Any], key: str, name: str = "") -> list[Any]:
    """A list from the JSON input that options add to; anything else is the error the core's
    validation reports when no option touches it."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidInputError(InputCode.NOT_A_LIST, name or key, kind=INCIDENT)
    return list(value)


def cmd_add(args: argparse.Namespace) -> int:
    base = inputs.read_json_object(args.json_file) if args.json_file else {}
    with unlocked(args) as service:
        data = _apply_options(service, args, base)
        for required in ("title", "occurred"):
            if required not in data:
                raise UsageError(f"incident: --{required} is required.")
        entry = service.add_incident(data)
        print(entry.id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        current = service.get_incident(service.resolve(INCIDENT, args.id))
        data = current.value.model_dump(mode="json")
        if args.json_file:
            data.update(inputs.read_json_object(args.json_file))
        data = _apply_options(service, args, data)
        entry = service.update_incident(current.id, data, current.version)
        print(entry.id)
    return 0


def incident_json(entry: Entry[Incident], attachments: int | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {"id": entry.id, "version": entry.version,
                             "created_at": entry.created_at, "updated_at": entry.updated_at}
    value.update(entry.value.model_dump(mode="json"))
    if attachments is not None:
        value["attachments"] = attachments
    return value


def _linked_person(service: VaultService, persons: list[Any], contact: str) -> str:
    """The id `--unlink` means: first among the incident's own links (a linked contact may
    have been deleted since, and then no longer resolves), else any contact."""
    text = contact.strip().lower()
    linked = {p.get("person_id") for p in persons if isinstance(p, dict)}
    hits = [i for i in linked if isinstance(i, str) and len(text) >= MIN_PREFIX
            and i.startswith(text)]
    return hits[0] if len(hits) == 1 else service.resolve(PERSON, contact)


def _when(entry: Entry[Incident]) -> str:
    """The date (and time), with ~ when approximate and ? when unknown."""
    point = entry.value.occurred
    text = point.date.isoformat()
    if point.time is not None:
        text += " " + point.time.strftime("%H:%M")
    marks = {Precision.APPROXIMATE: " ~", Precision.UNKNOWN: " ?"}
    return text + marks.get(point.precision, "") if point.precision else text


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        listing = service.list_incidents()
        entries = (service.incident_index(listing).search(args.search)
                   if args.search else listing.entries)
        entries = sorted(entries, key=lambda e: (e.value.occurred.sort_key(), e.id))
        counts = service.attachment_counts()
        output.warn_failures(listing.failures)
        if args.json:
            output.print_json([incident_json(e, counts.get(e.id, 0)) for e in entries])
            return 0
        output.print_table(
            ["ID", "WHEN", "TITLE", "CATEGORIES", "FILES"],
            [[output.short(e.id), _when(e), e.value.title,
              ", ".join(CATEGORY[c] for c in e.value.categories),
              str(counts.get(e.id, 0))] for e in entries],
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        entry = service.get_incident(service.resolve(INCIDENT, args.id))
        attachments = service.list_attachments(entry.id)
        # Before either output: with --json too, an attachment that cannot be opened must not
        # just be missing from the count and the ids.
        output.warn_failures(attachments.failures)
        hint = strafantrag_deadline(entry.value, service.today())
        if args.json:
            value = incident_json(entry, len(attachments.entries))
            value["strafantrag_deadline"] = {
                "state": hint.state.value,
                "deadline": hint.deadline.isoformat() if hint.deadline else None,
                "rule": hint.rule,
            }
            value["attachment_ids"] = [a.id for a in attachments.entries]
            output.print_json(value)
            return 0
        names = {p.id: p.value.display_name for p in service.list_persons().entries}
        _print_incident(entry, names, hint.state.value, hint.deadline)
        for a in attachments.entries:
            print(f"attachment  {output.short(a.id)}  {a.value.original_name}  "
                  f"{a.value.size} bytes  sha256 {a.value.sha256}")
    return 0


def _print_incident(entry: Entry[Incident], names: dict[str, str], deadline_state: str,
                    deadline: dt.date | None) -> None:
    i = entry.value
    case = i.case
    output.print_fields([
        ("id", entry.id), ("version", str(entry.version)), ("title", i.title),
        ("occurred", _when(entry) + (f" – {i.occurred_to.date}" if i.occurred_to else "")),
        ("discovered", str(i.discovered_on or "")),
        ("place", " / ".join(x for x in (i.place_kind or "", i.place, i.municipality) if x)),
        ("channel", " / ".join(x for x in (i.channel or "", i.platform) if x)),
        ("categories", "\n".join(f"{CATEGORY[c]} ({OFFENCES[c].stgb}; {OFFENCES[c].note})"
                                 for c in i.categories)),
        ("description", i.description), ("means", i.means), ("context", i.context),
        ("targeted", i.targeted),
        ("persons", "\n".join(f"{p.role}: {names.get(p.person_id, p.person_id)}"
                              for p in i.persons)
         + ("\nperpetrator unknown" if i.perpetrator_unknown else "")),
        ("injury", i.injury), ("damage EUR", str(i.damage_eur or "")), ("impact", i.impact),
        ("own reaction", i.own_reaction), ("measures", i.protective_measures),
        ("motivation", i.motivation or ""),
        ("reported", f"{case.reported_on or 'yes'} {case.police_office} "
                     f"{case.police_case_number}".strip() if case.reported else ""),
        ("Strafantrag", f"{case.strafantrag_on or ''} {case.strafantrag_by}".strip()),
        ("deadline", f"{deadline_state}{f' (until {deadline})' if deadline else ''}"),
        ("prosecutor", f"{case.prosecutor_office} {case.aktenzeichen}".strip()),
        ("outcome", case.outcome), ("notes", "\n".join(f"{n.on}: {n.text}" for n in case.notes)),
        ("tags", ", ".join(i.tags)), ("review on", str(i.review_on or "")),
    ])


def cmd_delete(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        incident_id = service.resolve(INCIDENT, args.id)
        service.delete_incident(incident_id)
        print(f"Deleted incident {incident_id} (its history is kept).")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        items = service.history(INCIDENT, args.id)
        if args.json:
            output.print_json([vars(i) for i in items])
            return 0
        for item in items:
            what = ("deleted" if item.deleted else "purged" if item.purged
                    else "created" if item.version == 1
                    else "changed " + ", ".join(item.changed) if item.changed
                    else "saved without changes")
            print(f"v{item.version}  {item.at}  {item.author}  {what}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("Purging cannot be undone; add --yes to confirm.")
    with unlocked(args) as service:
        incident_id = service.resolve_any(INCIDENT, args.id)
        removed = service.purge(INCIDENT, incident_id)
        print(f"Purged incident {incident_id}: {removed} revisions emptied; "
              "a deletion record stays in the history.")
    return 0
