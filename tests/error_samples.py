"""The codes storage/ and app/ raise, and an error of each built with sample parameters, for
the front ends' wording tests (tests/gui/test_messages.py, tests/cli/test_messages.py)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from app.errors import (
    AppCode,
    ErrorCode,
    InputCode,
    IntegrityError,
    InvalidInputError,
    NotDone,
    StorageCode,
    StorageError,
)
from app.evidence_codes import EvidenceCode
from app.intake.codes import IntakeCode
from export.errors import ExportCode

ENUMERATIONS: list[type[ErrorCode]] = [StorageCode, AppCode, InputCode]
CODES = [code for enumeration in ENUMERATIONS for code in enumeration]
# Every enumeration of codes, also intake's and the export's (worded in their own modules and
# tested there): a code's value must name one code only, since stored notices and the
# wording tables find a code by its value.
ALL_ENUMERATIONS: list[type[ErrorCode]] = [*ENUMERATIONS, IntakeCode, ExportCode, EvidenceCode]
FIELD = "case.police_case_number"  # the field the sample input errors are about

# A value for every parameter name the codes declare, as the core passes it.
SAMPLES: dict[str, Any] = {
    "folder": Path("/daten/Tresor"), "path": Path("/daten/Drohbrief.pdf"), "errno": errno.EIO,
    "strerror": "Input/output error", "action": NotDone.NOTHING_SAVED, "kind": "incident",
    "target": "person", "record_id": "ab" * 16, "attachment_id": "cd" * 16,
    "problem": IntegrityError(StorageCode.ATTACHMENT_MISMATCH, attachment_id="cd" * 16),
    "seconds": 29.2, "users": ["Anna Schmidt", "Bernd Weber"], "name": "Bernd Weber",
    "user": "Anna Schmidt", "limit": 300, "minimum": 12, "maximum": 1024, "groups": 7,
    "group_length": 5, "total": 35, "entered": 30, "characters": "€ _", "group": 3, "schema": 9,
    "sqlite_message": "disk I/O error", "zone": "Europe/Berlin", "version": 3, "expected": 2,
    "seq": 4, "index": 3,
    "found": 5, "segment": 2, "draft_id": "ef" * 16, "given": "abcd", "count": 2,
    "allowed": "'email' or 'letter'", "value": "kein-at-zeichen", "text": "legacy",
    "free": 1_250_000, "needed": 350 * 1024 * 1024,
}


def sample(code: ErrorCode) -> StorageError:
    """An error with `code` and a sample value for each of its parameters."""
    missing = set(code.params) - set(SAMPLES)
    assert not missing, f"add a sample for the parameters {sorted(missing)} of {code.value}"
    params = {name: SAMPLES[name] for name in code.params}
    if isinstance(code, InputCode):
        return InvalidInputError(code, FIELD, **params)
    return StorageError(code, **params)
