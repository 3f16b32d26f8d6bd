"""English wording of the export's codes (export/errors.py) for the command line; the same
placeholders as the German ones (ui/export/messages.py)."""

from __future__ import annotations

import errno as errnos
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.evidence_codes import EvidenceCode
from export.errors import ExportCode, ExportError

if TYPE_CHECKING:
    from export.dossier.model import Unshown

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


# Why a piece of evidence was shown by a replacement in the dossier (app/evidence_codes.py);
# the export went on, so these are warnings, not errors.
V = EvidenceCode
_KEPT = "; the original is kept unchanged in the vault."
EVIDENCE: dict[EvidenceCode, str] = {
    V.ORIGINAL_MISSING: "the stored file is missing from the vault or damaged.",
    V.ORIGINAL_MISMATCH: "the stored file no longer matches the SHA-256 recorded at intake.",
    V.PDF_UNREADABLE: "the file could not be read as a PDF" + _KEPT,
    V.PDF_ENCRYPTED: "the PDF is password-protected" + _KEPT,
    V.PDF_NO_PAGES: "the PDF has no readable pages" + _KEPT,
    V.PDF_TOO_DEEP: "the PDF's page tree has a cycle or is nested too deeply" + _KEPT,
    V.PDF_TOO_LARGE: "the PDF is too large to append its pages (more than {limit_mb} MB)"
                     + _KEPT,
    V.PDF_NOT_INSERTED: "the PDF's pages could not be put into the dossier" + _KEPT,
    V.IMAGE_UNREADABLE: "the file is not a readable image" + _KEPT,
    V.IMAGE_TOO_LARGE: "the image is too large to embed" + _KEPT,
    V.IMAGE_EMPTY: "the image is empty (no width or height)" + _KEPT,
    V.MAIL_NOT_RENDERED: "the e-mail could not be rendered" + _KEPT,
    V.READER_TIMEOUT: "reading the file took longer than {seconds} seconds and was stopped"
                      + _KEPT,
    V.READER_LIMITS: "reading the file needed more memory or CPU time than allowed and was "
                     "stopped" + _KEPT,
    V.READER_FAILED: "the reader stopped unexpectedly while reading the file" + _KEPT,
}


def evidence_english(code: EvidenceCode, params: Mapping[str, Any]) -> str:
    values = {k: f"{v:g}" if isinstance(v, float) else v for k, v in params.items()}
    return EVIDENCE[code].format(**values)


def unshown_line(unshown: Unshown) -> str:
    """One warning line about a piece of evidence the dossier showed by a replacement."""
    name = f"'{unshown.name}'" if unshown.name else f"attachment {unshown.attachment_id[:8]}"
    return (f"vorfallbuch: warning: {name} (SHA-256 {unshown.sha256[:16]}…) was not shown in "
            f"the dossier, a page names it instead: "
            f"{evidence_english(unshown.code, unshown.params)}")
