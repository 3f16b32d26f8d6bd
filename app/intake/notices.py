"""Making a notice inside intake: text parameters taken from a file (a header's name, a
charset, an EXIF date as written) are cleaned first, as every string out of evidence is, so
the notice always validates; the parent process validates it again (app/domain/notice.py)."""

from __future__ import annotations

from typing import Any

from app.domain.notice import Notice
from app.intake.codes import IntakeCode
from app.intake.sanitize import clean_line

MAX_PARAM = 300


def notice(code: IntakeCode, **params: Any) -> Notice:
    return Notice.of(code, **{name: clean_line(value, MAX_PARAM) if isinstance(value, str)
                              else value for name, value in params.items()})
