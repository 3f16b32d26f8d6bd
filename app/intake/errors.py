"""The errors intake raises, each with an IntakeCode and its parameters (app/intake/codes.py).

A reader raises UnreadableFileError for a file it cannot read; the sandbox raises
SandboxFailure when the child gave no usable answer. Neither reaches a user as an error:
intake stores the original all the same, with the error's notice as the reason. IntakeError
itself is what IntakeService raises about the files it was given (a folder, a missing file),
which the front ends word by code (ui/notices.py, cli/notices.py)."""

from __future__ import annotations

from typing import Any

from app.domain.notice import Notice
from app.errors import AppError
from app.intake.codes import IntakeCode
from app.intake.notices import notice

# The input an error is about, for forms to point at (the rest are about a file's content).
_FIELDS = {IntakeCode.NO_FILES: "file", IntakeCode.TOO_MANY_FILES: "file",
           IntakeCode.NOT_AN_EMAIL_ATTACHMENT: "attachment",
           IntakeCode.PART_NEGATIVE: "index", IntakeCode.PART_NOT_EXTRACTED: "index"}


class IntakeError(AppError):
    code: IntakeCode

    def __init__(self, code: IntakeCode, /, **params: Any) -> None:
        super().__init__(code, **params)

    @property
    def field(self) -> str:
        """"file", "attachment", "index" or "" (what was given, not what was read)."""
        if self.code.value.startswith("path_"):
            return "file"
        return _FIELDS.get(self.code, "")

    @property
    def notice(self) -> Notice:
        """The error as the notice an attachment keeps (its parameters are plain values)."""
        return notice(self.code, **self.params)


class UnreadableFileError(IntakeError):
    """A parser could not read the file."""


class SandboxFailure(IntakeError):
    """The child process gave no usable answer (it crashed, hung, or answered nonsense)."""
