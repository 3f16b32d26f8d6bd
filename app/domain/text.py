"""Constrained text types shared by the domain models."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

SHORT_MAX = 1_000
LONG_MAX = 200_000
# C0 and C1 controls; a single line also refuses the Unicode line and paragraph separators
# (str.splitlines and many viewers break there). The checks run as patterns inside
# pydantic-core (Rust), which also refuses lone surrogates (bytes that were not UTF-8): loading
# 10,000 incidents validates some 300,000 strings.
LINE_PATTERN = "^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*$"
BLOCK_PATTERN = "^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"
ID_PATTERN = r"^[0-9a-f]{32}$"  # app/validation.py tells the three patterns apart

Line = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=SHORT_MAX, pattern=LINE_PATTERN)
]
RequiredLine = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_MAX,
                      pattern=LINE_PATTERN),
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300, pattern=LINE_PATTERN),
]
Text = Annotated[str, StringConstraints(max_length=LONG_MAX, pattern=BLOCK_PATTERN)]
RequiredText = Annotated[
    str, StringConstraints(min_length=1, max_length=LONG_MAX, pattern=BLOCK_PATTERN)
]
RecordId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]


class Model(BaseModel):
    """Base for domain models: unknown fields are errors, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)
