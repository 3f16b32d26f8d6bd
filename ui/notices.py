"""What intake reports, in the GUI's words: a notice about a file or a proposed incident, why a
file could not be read, and intake's errors about the files it was given (IntakeError).

The German templates are app/texts/notices.py (the dossier prints the same ones); here they go
through Qt's translate() in the context "Notices" (English via Qt Linguist), numbers are
written in the app's locale and the system's reason for a failed file operation is worded
from its errno (ui/file_errors.py). An old English sentence from an earlier version's vault
(code LEGACY_TEXT) is shown as it was written.

This module does not import ui/messages.py (which delegates intake's errors to it)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.notice import Notice
from app.intake.codes import IntakeCode
from app.intake.errors import IntakeError
from app.texts.notices import render
from ui.file_errors import os_reason

CONTEXT = "Notices"


def translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def number(value: int | float) -> str:
    locale = QLocale()
    return locale.toString(value) if isinstance(value, int) else locale.toString(value, "g", 6)


def system_reason(params: Mapping[str, Any]) -> str:
    code = int(params.get("errno") or 0)
    return os_reason(OSError(code, str(params.get("strerror") or os.strerror(code))))


def wording(code: IntakeCode, params: Mapping[str, object]) -> str:
    """The sentence for an intake code with its parameters, in the GUI's language."""
    return render(code, params, translate=translate, number=number, reason=system_reason)


def notice_text(notice: Notice) -> str:
    return wording(notice.code, notice.params)


def notices_text(notices: Iterable[Notice]) -> str:
    """Several notices as one text, one sentence after the other."""
    return " ".join(notice_text(n) for n in notices)


def intake_error(exc: BaseException) -> str | None:
    """The sentence for an error intake raised (ui/messages.py asks here), else None."""
    if isinstance(exc, IntakeError):
        return wording(exc.code, exc.params)
    return None
