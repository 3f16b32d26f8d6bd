"""Constrained text types shared by the domain models."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

SHORT_MAX = 1_000
LONG_MAX = 200_000
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls; a single line also refuses the Unicode line and paragraph separators
# (str.splitlines and many viewers break there).
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_BLOCK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
ID_PATTERN = r"^[0-9a-f]{32}$"


def _clean_line(value: str) -> str:
    if _SURROGATE.search(value):
        raise ValueError("contains bytes that are not valid text (UTF-8)")
    if _CONTROL_LINE.search(value):
        raise ValueError("must not contain control characters or line breaks")
    return value


def _clean_block(value: str) -> str:
    if _SURROGATE.search(value):
        raise ValueError("contains bytes that are not valid text (UTF-8)")
    if _CONTROL_BLOCK.search(value):
        raise ValueError("must not contain control characters (line breaks and tabs are fine)")
    return value


Line = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=SHORT_MAX),
    AfterValidator(_clean_line),
]
RequiredLine = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_MAX),
    AfterValidator(_clean_line),
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    AfterValidator(_clean_line),
]
Text = Annotated[str, StringConstraints(max_length=LONG_MAX), AfterValidator(_clean_block)]
RequiredText = Annotated[
    str, StringConstraints(min_length=1, max_length=LONG_MAX), AfterValidator(_clean_block)
]
RecordId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]


class Model(BaseModel):
    """Base for domain models: unknown fields are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)
