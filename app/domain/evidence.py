"""Facts read out of an attachment at intake (e-mail headers, EXIF, page count, duration).

They are derived data: the original bytes stay the evidence, these facts only make it readable.
Every string here came from an untrusted file, so the intake code cleans it (control characters
replaced, length capped) before it reaches these models, which then check it once more.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BeforeValidator, Field

from app.domain.notice import Notice, old_sentence_or_none
from app.domain.text import Line, Model, Text

MAX_PARTS = 500  # inner attachments listed per e-mail; more are counted, not listed
MAX_NOTICES = 20


class InnerPart(Model):
    """A file inside an e-mail; `name` is already sanitised (no path, no control characters)."""

    index: Annotated[int, Field(ge=0)]  # position among the mail's attachments, for extraction
    name: Line
    media_type: Line = "application/octet-stream"
    size: Annotated[int, Field(ge=0)] = 0
    sha256: Annotated[str, Field(pattern=r"^([0-9a-f]{64})?$")] = ""


class EmailFacts(Model):
    """The headers police ask for, the body as plain text and the inner files."""

    sender: Line = ""  # From, as written (display name and address)
    sender_address: Line = ""  # the bare address from From, lower case, for contact matching
    to: Line = ""
    cc: Line = ""
    date: dt.datetime | None = None  # parsed Date header (aware); None when missing or broken
    date_raw: Line = ""
    subject: Line = ""
    message_id: Line = ""
    received: Annotated[list[Text], Field(max_length=MAX_PARTS)] = []  # top (newest) first
    raw_headers: Text = ""  # the whole header block, unfolded as in the file
    body_text: Text = ""  # text/plain, or HTML reduced to text; never rendered
    body_from_html: bool = False
    truncated: bool = False  # a header block or body longer than Text allows was cut
    parts: Annotated[list[InnerPart], Field(max_length=MAX_PARTS)] = []
    parts_not_listed: Annotated[int, Field(ge=0)] = 0
    problems: Annotated[list[Notice], Field(max_length=50)] = []  # e.g. the Date header unreadable


class GpsPosition(Model):
    latitude: Annotated[float, Field(ge=-90, le=90)]
    longitude: Annotated[float, Field(ge=-180, le=180)]
    altitude_m: float | None = None


class ImageFacts(Model):
    format: Line = ""  # Pillow's format name: JPEG, PNG, ...
    width: Annotated[int, Field(ge=0)] = 0
    height: Annotated[int, Field(ge=0)] = 0
    taken_at: dt.datetime | None = None  # EXIF DateTimeOriginal (camera's local time, naive)
    camera: Line = ""  # "Make Model"
    orientation: Annotated[int, Field(ge=1, le=8)] | None = None  # EXIF orientation tag
    gps: GpsPosition | None = None  # shown in exports only when Attachment.gps_in_exports


class DocumentFacts(Model):
    pages: Annotated[int, Field(ge=0)] | None = None


class MediaFacts(Model):
    duration_s: Annotated[float, Field(ge=0)] | None = None
    format: Line = ""


class WebCaptureFacts(Model):
    """A web page saved by a browser or an archiving tool (MHTML, SingleFile HTML, WARC): what
    the file says about itself. The address and time are the saving software's claim, not a
    proof of where the page came from; the address is kept only when it is http or https,
    without a user name or password in it."""

    format: Line = ""  # "MHTML", "SingleFile", "WARC"
    url: Line = ""
    saved_at: dt.datetime | None = None  # aware when the file gives a zone
    title: Line = ""
    text: Text = ""  # the page's HTML reduced to text; never rendered
    truncated: bool = False


class EvidenceFacts(Model):
    """What intake could read; at most one of email/image/document/media/web is set.

    `unreadable` says why, when the file could not be parsed (the original is stored all the
    same); `notices` are what intake noticed about a file it could read (damaged EXIF, an
    encrypted PDF, a file that changed while it was stored). Both are codes (app/domain/
    notice.py), worded by whoever shows them; the user's own note is Attachment.note.
    """

    email: EmailFacts | None = None
    image: ImageFacts | None = None
    document: DocumentFacts | None = None
    media: MediaFacts | None = None
    web: WebCaptureFacts | None = None
    unreadable: Annotated[Notice | None, BeforeValidator(old_sentence_or_none)] = None
    notices: Annotated[list[Notice], Field(max_length=MAX_NOTICES)] = []
    parsed_at: dt.datetime | None = None
