"""What intake reports, as codes: why a file could not be read, the notices about a file that
was read or about a proposed incident, and the errors about the files it was given.

One enumeration for all three, because the same fact travels between them: a reader's
`UnreadableFileError(IntakeCode.EMPTY_FILE)` is stored as the attachment's notice
`Notice(IntakeCode.EMPTY_FILE)`, and the front ends word both from the same table. The German
wording is in app/texts/notices.py (shared by the GUI and the dossier), the English in
cli/notices.py. Each member names its parameters (numbers, names, the text of a header as the
file wrote it); parameters of a stored notice are str, int or float only.

Cheap to import (no pydantic, no ORM): the intake child and the front ends load it."""

from __future__ import annotations

from enum import StrEnum

from storage.errors import ErrorCode


class MailPart(StrEnum):
    """Which part of a mail a notice about decoding is about (the `part` parameter); each front
    end has a label for it."""

    FROM = "from"
    TO = "to"
    CC = "cc"
    SUBJECT = "subject"
    ATTACHMENT_NAME = "attachment_name"
    BODY = "body"


class IntakeCode(ErrorCode):
    # -- why a file could not be read (EvidenceFacts.unreadable, UnreadableFileError) --------
    EMPTY_FILE = "empty_file"
    IMAGE_TOO_LARGE = "image_too_large", "limit_mb"
    EMAIL_TOO_LARGE = "email_too_large", "limit_mb"
    IMAGE_BOMB = "image_bomb", "limit_mp"
    IMAGE_BOMB_SIZE = "image_bomb_size", "limit_mp", "width", "height"
    IMAGE_FORMAT = "image_format", "formats"
    IMAGE_DAMAGED = "image_damaged"
    IMAGE_TRUNCATED = "image_truncated"
    MEDIA_DAMAGED = "media_damaged"
    NOT_A_PDF = "not_a_pdf"
    FILE_NOT_OPENED = "file_not_opened", "errno", "strerror"
    NOT_AN_EMAIL = "file_not_an_email"
    EMAIL_READER_FAILED = "email_reader_failed", "error"  # error: the exception's type name
    INNER_READER_FAILED = "inner_reader_failed", "error"
    NO_INNER_FILE = "no_inner_file", "index"
    INNER_NOT_EXPORTED = "inner_not_exported", "index"
    MSG_TOO_SHORT = "msg_too_short"
    MSG_DAMAGED = "msg_damaged"
    MSG_NOT_MAIL = "msg_not_mail", "item_type"
    # -- the sandbox (SandboxFailure): the reader gave no usable answer ----------------------
    REQUEST_TOO_LONG = "request_too_long"
    READER_FLOOD = "reader_flood"
    READER_NO_ANSWER = "reader_no_answer"
    READER_INCOMPLETE = "reader_incomplete"
    READER_INVALID = "reader_invalid"
    READER_NOT_STARTED = "reader_not_started", "errno", "strerror"
    READER_CRASHED = "reader_crashed", "exit_code"
    READER_LIMITS = "reader_limits"
    READER_TIMEOUT = "reader_timeout", "seconds"
    READER_MEMORY = "reader_memory"
    NESTED_TOO_DEEPLY = "nested_too_deeply"
    READER_FAILED = "reader_failed", "error"
    # -- IntakeService about what it was given (IntakeError) ---------------------------------
    PATH_IS_FOLDER = "path_is_folder", "path"
    PATH_MISSING = "path_missing", "path"
    PATH_NO_PERMISSION = "path_no_permission", "path"
    PATH_UNREADABLE = "path_unreadable", "path", "errno", "strerror"
    NO_FILES = "no_files"
    TOO_MANY_FILES = "too_many_files", "limit"
    NOT_AN_EMAIL_ATTACHMENT = "not_an_email_attachment", "attachment"
    PART_NEGATIVE = "part_negative"
    PART_NOT_EXTRACTED = "part_not_extracted", "index", "reason"  # reason: a Notice
    # -- notices about the proposed incident (IncidentDraft.notes) ----------------------------
    NO_EMAIL_DATE = "no_email_date"
    NO_FILE_DATE = "no_file_date"
    SENDER_NOT_INVOLVED = "sender_not_involved", "name"
    NO_SENDER = "no_sender"
    # -- notices about a stored file (EvidenceFacts.notices) ---------------------------------
    CHANGED_MEANWHILE = "changed_meanwhile"
    EXIF_PARTLY_DAMAGED = "exif_partly_damaged"
    EXIF_DAMAGED = "exif_damaged"
    GPS_DAMAGED = "gps_damaged"
    EXIF_DATE_UNREADABLE = "exif_date_unreadable", "raw"
    DURATION_UNKNOWN = "duration_unknown"
    MEDIA_FORMAT_UNKNOWN = "media_format_unknown"
    PDF_DAMAGED = "pdf_damaged"
    PDF_PASSWORD = "pdf_password"
    PDF_ENCRYPTION_UNKNOWN = "pdf_encryption_unknown"
    # -- problems of an e-mail (EmailFacts.problems) -----------------------------------------
    FROM_MISSING = "from_missing"
    FROM_NO_ADDRESS = "from_no_address"
    DATE_MISSING = "date_missing"
    DATE_UNREADABLE = "date_unreadable"
    RECEIVED_CAPPED = "received_capped", "listed", "total"
    MIME_PARTS_CAPPED = "mime_parts_capped", "limit"
    HEADER_REPEATED = "header_repeated", "count", "header"
    UNKNOWN_CHARSET = "unknown_charset", "part", "charset"
    ENCODED_WORD_BROKEN = "encoded_word_broken", "part"
    MORE_PROBLEMS = "more_problems"
    MIME_TOO_DEEP = "mime_too_deep"
    MIME_DEPTH_CAPPED = "mime_depth_capped", "levels"
    MIME_DAMAGED = "mime_damaged", "defect"  # defect: the stdlib's defect class, shortened
    MULTIPART_NO_BOUNDARY = "multipart_no_boundary"
    INNER_FILES_CAPPED = "inner_files_capped", "limit"
    INNER_UNDECODABLE = "inner_undecodable", "number"
    INNER_UNEXPORTABLE = "inner_unexportable", "number"
    MSG_NO_HEADERS = "msg_no_headers"
    SENDER_UNREADABLE = "sender_unreadable"
    MSG_NO_DATE = "msg_no_date"
    MSG_ATTACHMENTS_UNREADABLE = "msg_attachments_unreadable"
    MSG_ATTACHMENT_UNREADABLE = "msg_attachment_unreadable", "number", "kind"
    # the MIME structure was broken and the body was read by the lenient scan (mime_lenient)
    MAIL_STRUCTURE_DAMAGED = "mail_structure_damaged"
    # -- notices about a saved web page (MHTML, SingleFile, WARC: EvidenceFacts.notices) -----
    WEB_CAPTURE = "web_capture"  # what the browser showed, not where it came from
    WEB_CAPTURE_NO_URL = "web_capture_no_url"
    WEB_CAPTURE_URL_REFUSED = "web_capture_url_refused", "scheme"
    WEB_CAPTURE_CREDENTIALS = "web_capture_credentials"
    # -- a note an earlier version stored as an English sentence, shown as it was written ----
    LEGACY_TEXT = "legacy_text", "text"


# The type of each parameter, by name (a name means the same in every code): numbers are
# counts, limits and positions; every other parameter is text. A notice whose parameters have
# other types is refused (the child that reads a file is not trusted).
NUMBER_PARAMS: dict[str, type[int] | type[float]] = {
    name: int for name in ("limit_mb", "limit_mp", "width", "height", "index", "errno",
                           "exit_code", "limit", "listed", "total", "count", "levels",
                           "number")} | {"seconds": float}
# Parameters whose value is one of a closed set: a stored notice must hold a member's value,
# which the front ends label in their own words.
ENUM_PARAMS: dict[str, type[StrEnum]] = {"part": MailPart}
# Codes whose parameters hold an OSError's errno: a front end words the system's reason itself
# (the placeholder {reason}), the CLI from `strerror`, the GUI in German from `errno`.
OS_REASON = "reason"
