"""Names and media types for files found inside an e-mail.

A name written in the mail is hostile: it only ever leaves here through safe_filename. A file
without a name is called "anhang-N" (N counted from 1, as the user sees the list) with an
extension for its media type, so the stored file opens with the right program.
"""

from __future__ import annotations

from app.intake.sanitize import safe_filename

# A fixed table instead of the mimetypes module, which reads the system's mime.types and so
# answers differently per machine.
EXTENSIONS = {
    "application/msword": ".doc",
    "application/pdf": ".pdf",
    "application/rtf": ".rtf",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.ms-outlook": ".msg",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/zip": ".zip",
    "application/pkcs7-signature": ".p7s",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "image/bmp": ".bmp",
    "image/gif": ".gif",
    "image/heic": ".heic",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/webp": ".webp",
    "message/rfc822": ".eml",
    "text/calendar": ".ics",
    "text/csv": ".csv",
    "text/html": ".html",
    "text/plain": ".txt",
    "text/vcard": ".vcf",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
}
MEDIA_TYPES = {ext: media for media, ext in EXTENSIONS.items()} | {
    ".jpeg": "image/jpeg", ".tiff": "image/tiff", ".htm": "text/html", ".wav": "audio/wav"}
OCTET_STREAM = "application/octet-stream"


def inner_name(written: str | None, index: int, media_type: str) -> str:
    """A safe file name for inner file `index` (counted from 0)."""
    fallback = f"anhang-{index + 1}{EXTENSIONS.get(media_type.lower(), '.bin')}"
    if written is None or not written.strip():
        return fallback
    return safe_filename(written, fallback)


def media_type_for(name: str) -> str:
    """The media type for a file name's extension, application/octet-stream if unknown."""
    stem, dot, ext = name.rpartition(".")
    return MEDIA_TYPES.get(f".{ext.lower()}", OCTET_STREAM) if dot and stem else OCTET_STREAM
