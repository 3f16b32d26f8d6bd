"""`vorfallbuch export pdf` and `vorfallbuch export list`. The renderer (reportlab, pikepdf)
is imported when a command runs, so every other command starts as quickly as before."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import Category
from app.query import IncidentQuery
from app.service import INCIDENT
from cli import inputs, output
from cli.context import unlocked
from cli.errors import UsageError
from cli.inputs import read_text_file
from cli.parser import Parser, Subparsers

if TYPE_CHECKING:
    from export.pipeline import ExportRecord

MAX_PASSWORD_FILE = 64 * 1024
PROFILES = ("polizei", "beratung", "statistik")  # export.dossier.Profile, without importing it


def register(sub: Subparsers, common: Parser) -> None:
    export = sub.add_parser("export", parents=[common],
                            help="write a PDF dossier for the police or an advisor")
    cmds = export.add_subparsers(dest="action", required=True, metavar="ACTION")
    pdf = cmds.add_parser(
        "pdf", parents=[common],
        help="write the dossier of the selected incidents (entered in the history)")
    pdf.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    pdf.add_argument("--from", dest="date_from", metavar="DATE",
                     help="incidents on or after this day (YYYY-MM-DD or DD.MM.YYYY)")
    pdf.add_argument("--to", dest="date_to", metavar="DATE",
                     help="incidents on or before this day (YYYY-MM-DD or DD.MM.YYYY)")
    pdf.add_argument("--category", action="append", choices=[c.value for c in Category],
                     help="incidents of this category (repeat for several; any of them)")
    pdf.add_argument("--incident", action="append", metavar="ID",
                     help="this incident only (repeat for several; id or unique prefix)")
    pdf.add_argument("--profile", choices=PROFILES, default="polizei",
                     help="polizei: everything; beratung: persons pseudonymised; "
                          "statistik: counts and dates only (default: polizei)")
    pdf.add_argument("--recipient", metavar="TEXT", default="",
                     help='who receives it, for the cover and the history, e.g. '
                          '"Polizeirevier Pirna"')
    pdf.add_argument("--password-file", metavar="FILE",
                     help="protect the PDF (AES-256) with the password in the first line "
                          "of FILE; send the password by another way than the file")
    pdf.add_argument("--no-annex", action="store_true",
                     help="leave out the pages of attached PDFs")
    pdf.add_argument("--force", action="store_true", help="replace an existing file")
    pdf.add_argument("--json", action="store_true", help="print the export record as JSON")
    pdf.set_defaults(func=cmd_pdf)

    lst = cmds.add_parser("list", parents=[common],
                          help="list past exports from the history chain")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)


def _date(value: str | None, option: str) -> dt.date | None:
    return None if value is None else inputs.parse_day(value, option)


def read_password_file(path: str) -> str:
    """The first line of the file, without its line break; checked as a PDF password."""
    from cli.export_messages import english
    from export.errors import ExportError
    from export.protect import prepare_password

    text = read_text_file(path, MAX_PASSWORD_FILE, f"The password file '{path}'",
                          "is too large to hold a password", "utf-8-sig")
    line = text.splitlines()[0] if text else ""
    if not line:
        raise UsageError(f"The password file '{path}' is empty (the password is its first "
                         "line).")
    try:
        prepare_password(line)
    except ExportError as exc:
        raise UsageError(f"The password file '{path}': {english(exc.code, exc.params)}") \
            from None
    return line


def _progress(done: int, total: int, text: str) -> None:
    # Only for a person watching: scripts get exactly one line on stderr when it fails.
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {text[:60]:<60}", end="", file=sys.stderr, flush=True)


def cmd_pdf(args: argparse.Namespace) -> int:
    from export.dossier import DossierRequest, Profile
    from export.pipeline import check_recipient, export_pdf

    date_from = _date(args.date_from, "--from")
    date_to = _date(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"--from {date_from} is after --to {date_to}; the period would be "
                         "empty.")
    check_recipient(args.recipient)
    password = read_password_file(args.password_file) if args.password_file else None
    with unlocked(args) as service:
        ids = tuple(dict.fromkeys(service.resolve(INCIDENT, i) for i in args.incident or ()))
        selection = IncidentQuery(
            date_from=date_from, date_to=date_to,
            categories=tuple(Category(c) for c in dict.fromkeys(args.category or ())),
            incident_ids=ids)
        request = DossierRequest(profile=Profile(args.profile), selection=selection,
                                 recipient=args.recipient.strip(),
                                 include_annex=not args.no_annex)
        try:
            record = export_pdf(service, request, Path(args.out), password, _progress,
                                overwrite=args.force)
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
    _warn_unshown(record)
    if args.json:
        output.print_json(_as_json(record))
        return 0
    protected = "AES-256 password-protected" if record.password else "not password-protected"
    print(f"Wrote {args.out} ({_count(record.pages, 'page')}, "
          f"{_count(len(record.incident_ids), 'incident')}, {_count(record.size, 'byte')}, "
          f"{protected}); entered in the history as #{record.seq}.")
    print(f"SHA-256 {record.sha256}")
    if record.unshown:
        print(f"{_count(len(record.unshown), 'piece')} of evidence could not be shown; "
              "a page in the dossier names each (see the warnings).")
    return 0


def _warn_unshown(record: ExportRecord) -> None:
    """One line on stderr per piece of evidence the dossier could not show; the export itself
    succeeded (exit 0)."""
    from cli.export_messages import unshown_line

    for unshown in record.unshown:
        print(output.one_line(unshown_line(unshown)), file=sys.stderr)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def cmd_list(args: argparse.Namespace) -> int:
    from export.pipeline import past_exports

    with unlocked(args) as service:
        records = past_exports(service)
    if args.json:
        output.print_json([_as_json(r) for r in records])
        return 0
    output.print_table(
        ["SEQ", "AT", "BY", "PROFILE", "INCIDENTS", "PASSWORD", "FILE", "SHA-256"],
        [[str(r.seq), r.at[:19].replace("T", " "), r.author_name, r.profile,
          str(len(r.incident_ids)), "yes" if r.password else "no", r.file_name,
          r.sha256[:16]] for r in records])
    if not records:
        print("No dossier was exported yet.")
    return 0


def _as_json(record: ExportRecord) -> dict[str, object]:
    data = asdict(record)
    data["incident_ids"] = list(record.incident_ids)
    data["attachment_ids"] = list(record.attachment_ids)
    data["unshown"] = [{**u.as_entry(), "name": u.name} for u in record.unshown]
    return data
