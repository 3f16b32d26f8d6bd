"""What a piece of evidence still lacks for the police (docs/domain.md, "Evidence"): a
screenshot of online content needs the exact address and the dates it was posted and
captured, an e-mail its full headers (they carry the sender's path; a printed or pasted mail
has none). The start view lists these gaps; the attachment form warns about every field the
police need while it is filled in."""

from __future__ import annotations

from enum import StrEnum

from app.domain import Attachment, AttachmentKind

# The online fields the police and HateAid need to use a screenshot, in the form's order.
POLICE_FIELDS = ("url", "author_handle", "posted_at", "captured_at", "context")


class EvidenceGap(StrEnum):
    SCREENSHOT_NO_URL = "screenshot_no_url"
    SCREENSHOT_NO_POSTED_AT = "screenshot_no_posted_at"
    SCREENSHOT_NO_CAPTURED_AT = "screenshot_no_captured_at"
    MAIL_NO_HEADERS = "mail_no_headers"


def evidence_gaps(attachment: Attachment) -> list[EvidenceGap]:
    """The gaps of one attachment that make it hard to use for a complaint, most important
    first; [] when nothing the police need is missing (or its kind needs nothing)."""
    gaps: list[EvidenceGap] = []
    # Online facts make a picture a capture of online content, whatever kind it was filed as.
    if attachment.kind is AttachmentKind.SCREENSHOT or attachment.online is not None:
        online = attachment.online
        if online is None or not online.url.strip():
            gaps.append(EvidenceGap.SCREENSHOT_NO_URL)
        if online is None or online.posted_at is None:
            gaps.append(EvidenceGap.SCREENSHOT_NO_POSTED_AT)
        if online is None or online.captured_at is None:
            gaps.append(EvidenceGap.SCREENSHOT_NO_CAPTURED_AT)
    elif attachment.kind is AttachmentKind.EMAIL:
        mail = attachment.metadata.email
        if mail is None or not mail.raw_headers.strip():
            gaps.append(EvidenceGap.MAIL_NO_HEADERS)
    return gaps
