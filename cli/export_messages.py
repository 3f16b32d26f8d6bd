"""English wording of the export's codes (export/errors.py) for the command line; the same
placeholders as the German ones (ui/export/messages.py)."""

from __future__ import annotations

import errno as errnos
from collections.abc import Mapping
from typing import Any

from export.errors import ExportCode, ExportError

E = ExportCode
_NOT_WRITTEN = "no dossier was written"
TEMPLATES: dict[ExportCode, str] = {
    E.RECIPIENT_TOO_LONG: "The recipient is longer than {limit} characters.",
    E.RECIPIENT_CHARACTERS: "The recipient holds a line break or a control character.",
    E.EMPTY_SELECTION: "No incident matches the selection; the dossier would be empty.",
    E.PASSWORD_EMPTY: "The PDF password is empty.",
    E.PASSWORD_BLANK: "The PDF password consists only of spaces or invisible characters.",
    E.PASSWORD_TOO_LONG: "The PDF password is longer than {limit} characters.",
    E.PASSWORD_TOO_MANY_BYTES: "The PDF password is longer than the {limit} bytes (UTF-8) a PDF "
                               "reader uses; choose a shorter one.",
    E.PASSWORD_NOT_TEXT: "The PDF password holds bytes that are not text.",
    E.PASSWORD_CHARACTER: "The PDF password holds a character PDF readers do not accept "
                          "({char}: control, private-use or formatting characters).",
    E.PASSWORD_BIDI: "The PDF password mixes right-to-left and left-to-right writing in a way "
                     "PDF readers do not accept; use one direction, or put the right-to-left "
                     "text alone.",
    E.OUT_IS_FOLDER: "'{path}' is a folder; give a file name for the dossier.",
    E.OUT_FOLDER_MISSING: "The folder '{folder}' does not exist.",
    E.OUT_EXISTS: "'{path}' exists already; choose another name.",
    E.OUT_IN_VAULT: "'{path}' is inside the vault in {folder}; choose a place outside it for "
                    "the dossier.",
    E.VAULT_READ_ONLY: "The vault is read-only, so the export cannot be entered in its "
                       "history; nothing was exported.",
    E.WRITE_FAILED: "{reason}; " + _NOT_WRITTEN + ".",
}


def _reason(params: Mapping[str, Any]) -> str:
    """What went wrong with the file, as the command line said it before codes."""
    number = params.get("errno")
    if number in (errnos.ENOSPC, errnos.EDQUOT):
        return "The disk is full"
    if number == errnos.EROFS:
        return "The medium is read-only"
    if number in (errnos.EACCES, errnos.EPERM):
        return "Writing was not permitted"
    return f"A file error occurred ({params.get('strerror') or f'error {number}'})"


def english(code: ExportCode, params: Mapping[str, Any]) -> str:
    values = dict(params)
    if "errno" in params:
        values["reason"] = _reason(params)
    return TEMPLATES[code].format(**values)


def export_error(exc: BaseException) -> str | None:
    """The English line for an error the export raised, else None."""
    if isinstance(exc, ExportError):
        return english(exc.code, exc.params)
    return None
