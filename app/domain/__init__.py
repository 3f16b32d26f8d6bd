"""The domain model: what a record holds and what makes it valid (no storage, no Qt)."""

from app.domain.attachment import Attachment, OnlineContent
from app.domain.enums import (
    AttachmentKind,
    Channel,
    Motivation,
    Outcome,
    PersonKind,
    PlaceKind,
    Precision,
    Role,
)
from app.domain.evidence import (
    DocumentFacts,
    EmailFacts,
    EvidenceFacts,
    GpsPosition,
    ImageFacts,
    InnerPart,
    MediaFacts,
)
from app.domain.incident import (
    CaseHead,
    CaseStatus,
    FollowUpNote,
    Incident,
    IncidentHead,
    PersonLink,
    TimePoint,
)
from app.domain.notice import Notice
from app.domain.offences import OFFENCES, Category, Offence, Prosecution
from app.domain.person import OnlineHandle, Person

__all__ = [
    "OFFENCES",
    "Attachment",
    "AttachmentKind",
    "CaseHead",
    "CaseStatus",
    "Category",
    "Channel",
    "DocumentFacts",
    "EmailFacts",
    "EvidenceFacts",
    "FollowUpNote",
    "GpsPosition",
    "ImageFacts",
    "Incident",
    "IncidentHead",
    "InnerPart",
    "MediaFacts",
    "Motivation",
    "Notice",
    "Offence",
    "OnlineContent",
    "OnlineHandle",
    "Outcome",
    "Person",
    "PersonKind",
    "PersonLink",
    "PlaceKind",
    "Precision",
    "Prosecution",
    "Role",
    "TimePoint",
]
