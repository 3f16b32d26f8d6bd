"""`vorfallbuch intake FILE...` and `vorfallbuch attachment parts|store-part`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.domain import Attachment
from app.domain.evidence import EvidenceFacts
from app.intake.runner import DEFAULT_TIMEOUT
from app.intake.service import IntakeService, check_path
from cli import output
from cli.context import unlocked
from cli.errors import UsageError
from cli.notices import notice_text
from cli.parser import Parser, Subparsers


def register(sub: Subparsers, common: Parser) -> None:
    intake = sub.add_parser(
        "intake", parents=[common],
        help="read evidence files (e-mails, photos, screenshots, PDFs, audio) and file them",
        description="Each file becomes an attachment (the original bit-exact, with the facts "
        "read from it). Without --incident a new incident is created, pre-filled from the "
        "files (an e-mail's date, subject and sender; a photo's EXIF date). Prints the "
        "incident id; notes about files that could not be read go to standard error.")
    intake.add_argument("files", nargs="+", metavar="FILE")
    intake.add_argument("--incident", metavar="ID", help="add the files to this incident")
    intake.add_argument("--json", action="store_true",
                        help="print the incident, attachments, facts and notes as JSON")
    intake.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"time limit for reading one file (default {DEFAULT_TIMEOUT:g})")
    intake.set_defaults(func=cmd_intake)


def register_attachment_actions(cmds: Subparsers, common: Parser) -> None:
    """`attachment parts` and `attachment store-part` (registered by attachment_cmds)."""
    parts = cmds.add_parser("parts", parents=[common],
                            help="list the files inside a stored e-mail")
    parts.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    parts.add_argument("--json", action="store_true")
    parts.set_defaults(func=cmd_parts)
    store = cmds.add_parser("store-part", parents=[common],
                            help="store a file inside an e-mail as an attachment of its own")
    store.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    store.add_argument("index", metavar="INDEX", type=int,
                       help="the part's number from 'attachment parts'")
    store.set_defaults(func=cmd_store_part)


def cmd_intake(args: argparse.Namespace) -> int:
    paths = [Path(f) for f in args.files]
    for path in paths:  # before the passphrase prompt: a typo costs nothing
        check_path(path)
    if not 0 < args.timeout <= 3600:
        raise UsageError("--timeout must be between 0 and 3600 seconds.")
    with unlocked(args) as service:
        intake = IntakeService(service, timeout=args.timeout)
        incident_id = service.resolve("incident", args.incident) if args.incident else None
        result = intake.intake(paths, incident_id)
    for note in result.notes:
        print(f"vorfallbuch: note: {output.one_line(notice_text(note))}", file=sys.stderr)
    for entry in result.attachments:
        for line in file_notes(entry.value.metadata):
            print(f"vorfallbuch: note: {output.one_line(entry.value.original_name)}: "
                  f"{output.one_line(line)}", file=sys.stderr)
    if args.json:
        output.print_json({
            "incident_id": result.incident_id,
            "incident_created": result.incident_created,
            "person_id": result.person_id,
            "person_created": result.person_created,
            "notes": [notice_text(n) for n in result.notes],
            "attachments": [_attachment_json(e.id, e.value) for e in result.attachments],
        })
    else:
        print(result.incident_id)
    return 0


def _attachment_json(attachment_id: str, value: Attachment) -> dict[str, Any]:
    return {"id": attachment_id, "name": value.original_name, "kind": value.kind.value,
            "size": value.size, "sha256": value.sha256, "summary": summary(value.metadata),
            "notes": file_notes(value.metadata), "note": value.note,
            "facts": value.metadata.model_dump(mode="json")}


def file_notes(facts: EvidenceFacts) -> list[str]:
    """What intake noticed about a stored file, in English: why it could not be read, then
    its notices (an e-mail's problems are in its facts)."""
    found = [facts.unreadable] if facts.unreadable else []
    return [notice_text(n) for n in [*found, *facts.notices]]


def summary(facts: EvidenceFacts) -> str:
    """The facts in one line, for people."""
    if facts.unreadable:
        return f"unreadable: {notice_text(facts.unreadable)}"
    if facts.email is not None:
        mail = facts.email
        date = mail.date.isoformat() if mail.date else "no date"
        return (f"e-mail from {mail.sender or 'unknown'}, {date}, subject "
                f"'{mail.subject}', {len(mail.parts) + mail.parts_not_listed} inner file(s)")
    if facts.image is not None:
        image = facts.image
        parts = [f"{image.format} {image.width}x{image.height}"]
        if image.taken_at:
            parts.append(f"taken {image.taken_at.isoformat(sep=' ')}")
        if image.camera:
            parts.append(f"camera {image.camera}")
        if image.gps:
            parts.append("GPS position (not in exports unless allowed)")
        return ", ".join(parts)
    if facts.document is not None:
        pages = facts.document.pages
        return "PDF, pages unknown" if pages is None else f"PDF, {pages} page(s)"
    if facts.media is not None:
        media = facts.media
        length = "duration unknown" if media.duration_s is None else f"{media.duration_s:g} s"
        return f"{media.format or 'audio/video'}, {length}"
    if facts.web is not None:
        web = facts.web
        saved = web.saved_at.isoformat(sep=" ") if web.saved_at else "save time unknown"
        return (f"saved web page ({web.format}) of {web.url or 'unknown address'}, {saved}, "
                f"title '{web.title}'")
    return "no facts to read from this kind of file"


def cmd_parts(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        intake = IntakeService(service)
        parts = intake.inner_parts(args.attachment_id)
    if args.json:
        output.print_json([p.model_dump(mode="json") for p in parts])
        return 0
    if not parts:
        print("The e-mail lists no inner files.", file=sys.stderr)
    output.print_table(["INDEX", "NAME", "TYPE", "BYTES", "SHA-256"],
                       [[str(p.index), p.name, p.media_type, str(p.size), p.sha256]
                        for p in parts])
    return 0


def cmd_store_part(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        entry = IntakeService(service).store_inner_part(args.attachment_id, args.index)
    for line in file_notes(entry.value.metadata):
        print(f"vorfallbuch: note: {output.one_line(line)}", file=sys.stderr)
    print(f"{entry.id}  {entry.value.sha256}  {entry.value.original_name}")
    return 0
