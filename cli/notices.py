"""English wording of intake's codes (app/intake/codes.py) for the command line: the notices
intake made about a file or a proposed incident, why a file could not be read, and intake's
errors about the files it was given. The same placeholders as the German templates
(app/texts/notices.py); `{reason}` is the system's own text (OSError.strerror)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.notice import Notice
from app.intake.codes import OS_REASON, IntakeCode, MailPart

C = IntakeCode
_READ = "The file could not be read: "
_TODAY = "; the incident date is set to today (precision unknown)."
TEMPLATES: dict[IntakeCode, str] = {
    # why a file could not be read
    C.EMPTY_FILE: "The file is empty (0 bytes).",
    C.IMAGE_TOO_LARGE: "The image is larger than {limit_mb} MB; it was stored without reading "
                       "it.",
    C.EMAIL_TOO_LARGE: "The e-mail is larger than {limit_mb} MB; it was stored without reading "
                       "it.",
    C.IMAGE_BOMB: "The image is larger than {limit_mp} megapixels, a possible decompression "
                  "bomb; it was stored without decoding it.",
    C.IMAGE_BOMB_SIZE: "The image is larger than {limit_mp} megapixels ({width} x {height} "
                       "pixels), a possible decompression bomb; it was stored without decoding "
                       "it.",
    C.IMAGE_FORMAT: "The file is not an image in an allowed format ({formats}).",
    C.IMAGE_DAMAGED: "The image is damaged and could not be read.",
    C.IMAGE_TRUNCATED: "The image is truncated or damaged and could not be decoded completely.",
    C.MEDIA_DAMAGED: "The audio or video file is damaged and could not be read.",
    C.NOT_A_PDF: "The file is named like a PDF but is not one.",
    C.FILE_NOT_OPENED: "The file could not be opened ({reason}).",
    C.NOT_AN_EMAIL: "The file is not an e-mail: it does not start with mail headers.",
    C.EMAIL_READER_FAILED: "The e-mail could not be read ({error}).",
    C.INNER_READER_FAILED: "The inner file could not be read ({error}).",
    C.NO_INNER_FILE: "The e-mail has no inner file number {index}.",
    C.INNER_NOT_EXPORTED: "Inner file number {index} could not be exported.",
    C.MSG_TOO_SHORT: "The file is too short or damaged to be an Outlook message.",
    C.MSG_DAMAGED: "The file is damaged or is not an Outlook message.",
    C.MSG_NOT_MAIL: "The file is an Office or Outlook file but not an e-mail (item type "
                    "{item_type}).",
    # the sandbox
    C.REQUEST_TOO_LONG: "The file's name or path is too long to be read safely.",
    C.READER_FLOOD: "Reading the file produced far more data than it can hold; it was stopped.",
    C.READER_NO_ANSWER: _READ + "the reader gave no usable answer.",
    C.READER_INCOMPLETE: _READ + "the reader's answer was incomplete.",
    C.READER_INVALID: _READ + "the reader's answer was not valid.",
    C.READER_NOT_STARTED: _READ + "the reader process did not start ({reason}).",
    C.READER_CRASHED: _READ + "the reader stopped unexpectedly (exit code {exit_code}).",
    C.READER_LIMITS: "Reading the file used more time or memory than allowed and was stopped.",
    C.READER_TIMEOUT: "Reading the file took longer than {seconds} seconds and was stopped.",
    C.READER_MEMORY: "Reading the file needed more memory than allowed; it was stopped.",
    C.NESTED_TOO_DEEPLY: "The file is nested too deeply to be read.",
    C.READER_FAILED: "The file could not be read ({error}).",
    # IntakeService about what it was given
    C.PATH_IS_FOLDER: "'{path}' is a folder, not a file.",
    C.PATH_MISSING: "'{path}' does not exist or is not a file.",
    C.PATH_NO_PERMISSION: "'{path}' cannot be read (no permission).",
    C.PATH_UNREADABLE: "'{path}' cannot be read ({reason}).",
    C.NO_FILES: "Give at least one file.",
    C.TOO_MANY_FILES: "At most {limit} files at a time.",
    C.NOT_AN_EMAIL_ATTACHMENT: "Attachment {attachment} is not a readable e-mail.",
    C.PART_NEGATIVE: "The part number must be 0 or more.",
    C.PART_NOT_EXTRACTED: "Part {index} could not be extracted: {reason}",
    # the proposed incident
    C.NO_EMAIL_DATE: "The e-mail has no readable date" + _TODAY,
    C.NO_FILE_DATE: "The file carries no date" + _TODAY,
    C.SENDER_NOT_INVOLVED: "The sender is the contact '{name}' (not a person involved); not "
                           "linked as perpetrator.",
    C.NO_SENDER: "The e-mail names no sender; no person was linked.",
    # a stored file
    C.CHANGED_MEANWHILE: "The file changed between reading and storing; the facts were read "
                         "from the earlier version.",
    C.EXIF_PARTLY_DAMAGED: "Parts of the image's EXIF data are damaged; what could be read was "
                           "kept.",
    C.EXIF_DAMAGED: "The image's EXIF data is damaged; the image was read without it.",
    C.GPS_DAMAGED: "The image's GPS data is damaged; the position was left out.",
    C.EXIF_DATE_UNREADABLE: "The EXIF date could not be read: {raw}.",
    C.DURATION_UNKNOWN: "The duration could not be read from the file.",
    C.MEDIA_FORMAT_UNKNOWN: "The audio or video format is not known; its duration could not "
                            "be read.",
    C.PDF_DAMAGED: "The PDF is damaged; it was kept as it is, but its pages could not be "
                   "counted.",
    C.PDF_PASSWORD: "The PDF is password-protected; its pages could not be counted.",
    C.PDF_ENCRYPTION_UNKNOWN: "The PDF is damaged or encrypted in an unknown way; its pages "
                              "could not be counted.",
    # an e-mail's problems
    C.FROM_MISSING: "The From header is missing.",
    C.FROM_NO_ADDRESS: "The From header has no readable address.",
    C.DATE_MISSING: "The Date header is missing.",
    C.DATE_UNREADABLE: "The Date header is unreadable.",
    C.RECEIVED_CAPPED: "Only the first {listed} of {total} Received headers are listed.",
    C.MIME_PARTS_CAPPED: "The mail has more than {limit} MIME parts; the rest was not read.",
    C.HEADER_REPEATED: "The mail has {count} {header} headers; the first is shown.",
    C.UNKNOWN_CHARSET: "{part}: unknown character set \"{charset}\", read as UTF-8 or "
                       "Windows-1252.",
    C.ENCODED_WORD_BROKEN: "{part}: an encoded word could not be decoded and is shown as "
                           "written.",
    C.MORE_PROBLEMS: "Further problems were not listed.",
    C.MIME_TOO_DEEP: "The MIME structure is nested too deeply to read; only the headers were "
                     "read.",
    C.MIME_DEPTH_CAPPED: "MIME parts nested deeper than {levels} levels were not read.",
    C.MIME_DAMAGED: "The MIME structure is damaged ({defect}).",
    C.MULTIPART_NO_BOUNDARY: "A multipart part without a usable boundary was skipped.",
    C.INNER_FILES_CAPPED: "Only the first {limit} inner files are listed.",
    C.INNER_UNDECODABLE: "Inner file {number} could not be decoded.",
    C.INNER_UNEXPORTABLE: "Inner file {number} could not be exported.",
    C.MSG_NO_HEADERS: "The Outlook file has no Internet headers: no Received chain, no raw "
                      "headers.",
    C.SENDER_UNREADABLE: "The sender could not be read.",
    C.MSG_NO_DATE: "The Outlook file has no send date.",
    C.MSG_ATTACHMENTS_UNREADABLE: "The attachments of the Outlook file could not be read.",
    C.MSG_ATTACHMENT_UNREADABLE: "Attachment {number} of the Outlook file could not be read "
                                 "({kind}).",
    C.MAIL_STRUCTURE_DAMAGED: "The mail's structure is damaged; its text was read as far as "
                              "possible.",
    C.WEB_CAPTURE: "The capture shows what the browser displayed; it does not prove where the "
                   "page came from.",
    C.WEB_CAPTURE_NO_URL: "The saved page names no address; please enter the URL by hand.",
    C.WEB_CAPTURE_URL_REFUSED: "The saved address starts with \"{scheme}:\" instead of http or "
                               "https and was not taken over.",
    C.WEB_CAPTURE_CREDENTIALS: "A user name and password in the saved address were left out.",
    C.LEGACY_TEXT: "{text}",
}

PART_LABELS: dict[MailPart, str] = {
    MailPart.FROM: "From", MailPart.TO: "To", MailPart.CC: "Cc", MailPart.SUBJECT: "Subject",
    MailPart.ATTACHMENT_NAME: "Attachment name", MailPart.BODY: "Body",
}


def english(code: IntakeCode, params: Mapping[str, Any]) -> str:
    values: dict[str, Any] = {}
    for name, value in params.items():
        if name == "part" and value in set(MailPart):
            values[name] = PART_LABELS[MailPart(value)]
        elif isinstance(value, float):
            values[name] = f"{value:g}"
        elif isinstance(value, Notice):
            values[name] = notice_text(value)
        else:
            values[name] = value
    if "errno" in params:
        values[OS_REASON] = params.get("strerror") or f"error {params['errno']}"
    return TEMPLATES[code].format(**values)


def notice_text(notice: Notice) -> str:
    """One notice (or why a file could not be read) in English."""
    return english(notice.code, notice.params)


def intake_error(exc: BaseException) -> str | None:
    """The English line for an error intake raised, else None."""
    from app.intake.errors import IntakeError

    if isinstance(exc, IntakeError):
        return english(exc.code, exc.params)
    return None
