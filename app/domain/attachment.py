"""Facts about an attachment; the original bytes live encrypted in the attachment store."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from app.domain.enums import AttachmentKind
from app.domain.evidence import EvidenceFacts
from app.domain.text import Line, Model, RecordId, RequiredLine, Text


class OnlineContent(Model):
    """What HateAid and the police need to use a screenshot of online content."""

    url: Line = ""
    platform: Line = ""
    author_handle: Line = ""
    author_profile_url: Line = ""
    posted_at: dt.datetime | None = None
    captured_at: dt.datetime | None = None
    captured_by: Line = ""
    context: Text = ""


class Attachment(Model):
    incident_id: RecordId
    kind: AttachmentKind = AttachmentKind.OTHER
    original_name: RequiredLine
    media_type: Line = "application/octet-stream"
    size: Annotated[int, Field(ge=0)]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    intake_at: dt.datetime
    intake_by: Line  # vault user id
    source: Line = ""  # "scanned", "from phone"
    online: OnlineContent | None = None
    # Read out at intake (app/intake): e-mail headers, EXIF, pages, duration. A stored `{}`
    # (vaults from before intake parsing) reads as "nothing extracted".
    metadata: EvidenceFacts = Field(default_factory=EvidenceFacts)
    gps_in_exports: bool = False
    note: Text = ""
