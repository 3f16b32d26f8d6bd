"""`vorfallbuch attach` and `vorfallbuch attachment ...`."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from pathlib import Path
from typing import BinaryIO

from app.domain import AttachmentKind
from app.errors import InputCode, InvalidInputError
from app.service import ATTACHMENT, INCIDENT
from cli import output
from cli.context import unlocked
from cli.intake_cmds import register_attachment_actions
from cli.parser import Parser, Subparsers


def register(sub: Subparsers, common: Parser) -> None:
    attach = sub.add_parser("attach", parents=[common],
                            help="add files to an incident (encrypted, bit-exact, SHA-256)")
    attach.add_argument("incident_id", metavar="INCIDENT_ID")
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument("--kind", choices=[k.value for k in AttachmentKind],
                        help="what the files are (guessed from the name otherwise)")
    attach.add_argument("--source", metavar="TEXT", help='e.g. "scanned", "from phone"')
    attach.set_defaults(func=cmd_attach)

    attachment = sub.add_parser("attachment", parents=[common], help="list and extract files")
    cmds = attachment.add_subparsers(dest="action", required=True, metavar="ACTION")
    lst = cmds.add_parser("list", parents=[common], help="list an incident's attachments")
    lst.add_argument("incident_id", metavar="INCIDENT_ID")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    extract = cmds.add_parser("extract", parents=[common],
                              help="write the original file, checked against its SHA-256")
    extract.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    extract.add_argument("--out", required=True, metavar="FILE")
    extract.add_argument("--force", action="store_true", help="overwrite an existing file")
    extract.set_defaults(func=cmd_extract)
    register_attachment_actions(cmds, common)  # parts, store-part


def cmd_attach(args: argparse.Namespace) -> int:
    sources = [(Path(f), display_name(Path(f))) for f in args.files]
    # Open every file once before storing any, so a typo or an unreadable file in the third
    # name stores nothing (one at a time: a folder of 2,000 photos must not run out of handles).
    for path, _name in sources:
        _open_source(path).close()
    with unlocked(args) as service:
        incident_id = service.resolve(INCIDENT, args.incident_id)
        kind = AttachmentKind(args.kind) if args.kind else None
        for path, name in sources:
            with _open_source(path) as handle:
                entry = service.add_attachment_stream(incident_id, handle, name, kind,
                                                      args.source or "")
            print(f"{entry.id}  {entry.value.sha256}  {name}")
    return 0


def _open_source(path: Path) -> BinaryIO:
    try:
        if path.is_dir():
            raise InvalidInputError(InputCode.FILE_IS_FOLDER, "file", path=path)
        if not path.is_file():
            raise InvalidInputError(InputCode.NOT_A_FILE, "file", path=path)
        return open(path, "rb")
    except PermissionError:
        raise InvalidInputError(InputCode.FILE_NO_PERMISSION, "file", path=path) from None
    except OSError as exc:
        raise InvalidInputError(InputCode.FILE_UNREADABLE, "file", path=path, errno=exc.errno,
                                strerror=exc.strerror or "") from None


def display_name(path: Path) -> str:
    """The original file name as text: bytes that are not UTF-8 and control characters (both
    legal in file names) become U+FFFD, so such a file is stored rather than refused."""
    name = os.fsencode(path.name).decode("utf-8", errors="replace")
    name = "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                   for c in name).strip()
    return name or "unnamed"


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        listing = service.list_attachments(service.resolve(INCIDENT, args.incident_id))
        output.warn_failures(listing.failures)
        if args.json:
            output.print_json([{"id": e.id, "version": e.version,
                                **e.value.model_dump(mode="json")} for e in listing.entries])
            return 0
        output.print_table(
            ["ID", "NAME", "KIND", "BYTES", "INTAKE", "SHA-256"],
            [[output.short(e.id), e.value.original_name, e.value.kind, str(e.value.size),
              e.value.intake_at.strftime("%Y-%m-%d %H:%M"), e.value.sha256]
             for e in listing.entries],
        )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    with unlocked(args) as service:
        attachment_id = service.resolve(ATTACHMENT, args.attachment_id)
        digest = service.extract_attachment(attachment_id, Path(args.out), args.force)
        print(f"{digest}  {args.out}", file=sys.stdout)
    return 0
