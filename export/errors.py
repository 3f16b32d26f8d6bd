"""What the export reports, as codes with their parameters (never a sentence): each front end
words them itself, the GUI in German (ui/export/messages.py), the command line in English
(cli/export_messages.py). Nothing is written when one of these is raised."""

from __future__ import annotations

from typing import Any

from app.errors import AppError, ErrorCode


class ExportCode(ErrorCode):
    # what the export was asked for
    RECIPIENT_TOO_LONG = "recipient_too_long", "limit"
    RECIPIENT_CHARACTERS = "recipient_characters"
    EMPTY_SELECTION = "empty_selection"
    # the PDF password (export/protect.py)
    PASSWORD_EMPTY = "password_empty"
    PASSWORD_BLANK = "password_blank"
    PASSWORD_TOO_LONG = "password_too_long", "limit"  # characters
    PASSWORD_TOO_MANY_BYTES = "password_too_many_bytes", "limit"  # UTF-8 bytes after preparing
    PASSWORD_NOT_TEXT = "password_not_text"
    PASSWORD_CHARACTER = "password_character", "char"  # char: "U+0007"
    PASSWORD_BIDI = "password_bidi"
    # where the dossier goes
    OUT_IS_FOLDER = "export_out_is_folder", "path"
    OUT_FOLDER_MISSING = "out_folder_missing", "folder"
    OUT_EXISTS = "export_out_exists", "path"
    OUT_IN_VAULT = "out_in_vault", "path", "folder"
    # writing it
    VAULT_READ_ONLY = "export_vault_read_only"
    WRITE_FAILED = "write_failed", "errno", "strerror"  # the OSError's; a front end words errno


# The field of the export form (or the command line's option) an error is about.
FIELDS: dict[str, str] = {"recipient": "recipient", "password": "password", "out": "out",
                          "empty": "selection"}


class ExportError(AppError):
    code: ExportCode

    def __init__(self, code: ExportCode, /, **params: Any) -> None:
        super().__init__(code, **params)

    @property
    def field(self) -> str:
        """"recipient", "password", "out", "selection" or "" (for forms to point at)."""
        return FIELDS.get(self.code.value.split("_")[0], "")
