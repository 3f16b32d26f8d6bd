"""Which parser reads a file, and reading it in the sandbox.

`read_facts` / `read` run in the app's process: they hand the file to a child process
(app/intake/runner.py) and always return facts; a file that cannot be read gives
EvidenceFacts(unreadable=<its notice>). The child's answer is not trusted: facts, codes and
parameters are validated as untrusted input, and an answer that does not fit is itself a
failure (READER_INVALID). `parse_here` is what the child runs: it picks the
parser by the first bytes (the content decides; the extension only helps when the content
says nothing, e.g. an .mp3 without an ID3 tag, or a file named .jpg that is no image).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from app.domain.evidence import EvidenceFacts
from app.domain.notice import UNTRUSTED, Notice
from app.intake.codes import IntakeCode
from app.intake.errors import SandboxFailure, UnreadableFileError
from app.intake.notices import notice
from app.intake.runner import DEFAULT_TIMEOUT, run_worker

HEAD = 4096
MAX_EMAIL_BYTES = 256 * 1024 * 1024
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp",
                    ".heic", ".heif", ".avif")


@dataclass(frozen=True)
class FactsReading:
    """What reading a file gave: its facts, with the notices about it (e.g. EXIF damaged, PDF
    encrypted) in `facts.notices`."""

    facts: EvidenceFacts

    @property
    def notes(self) -> tuple[Notice, ...]:
        return tuple(self.facts.notices)


@dataclass
class Source:
    """The file as the child sees it: a path it opens read-only, or bytes from stdin."""

    name: str
    path: str | None = None
    data: bytes | None = None
    _head: bytes | None = field(default=None, repr=False)

    def open(self) -> BinaryIO:
        if self.data is not None:
            stream = io.BytesIO(self.data)
            stream.name = self.name  # mutagen scores by extension too
            return stream
        assert self.path is not None
        return open(self.path, "rb")

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return os.stat(self.path).st_size

    def head(self) -> bytes:
        if self._head is None:
            with self.open() as stream:
                self._head = stream.read(HEAD)
        return self._head

    def read_all(self, cap: int, too_large: IntakeCode) -> bytes:
        """All bytes; `too_large` (a code with the parameter limit_mb) when there are more
        than `cap`."""
        if self.size() > cap:
            raise UnreadableFileError(too_large, limit_mb=cap // 2**20)
        if self.data is not None:
            return self.data
        with self.open() as stream:
            return stream.read(cap + 1)[:cap]


def parse_here(source: Source) -> FactsReading:
    """Read the facts in this process (the intake child). Never raises for file content."""
    from app.intake import images, media, web_capture  # parsers load in the child only
    from app.intake.email_parse import is_email, parse_email

    now = dt.datetime.now(dt.UTC)
    try:
        if source.size() == 0:
            raise UnreadableFileError(IntakeCode.EMPTY_FILE)
        head = source.head()
        lower = source.name.lower()
        if images.looks_like_image(head) or (
                lower.endswith(IMAGE_EXTENSIONS) and not media.looks_like_pdf(head)):
            image, notes = images.read_image(
                source.read_all(images.MAX_IMAGE_BYTES, IntakeCode.IMAGE_TOO_LARGE))
            return FactsReading(EvidenceFacts(image=image, notices=notes, parsed_at=now))
        if media.looks_like_pdf(head) or lower.endswith(".pdf"):
            if not media.looks_like_pdf(head):
                raise UnreadableFileError(IntakeCode.NOT_A_PDF)
            with source.open() as stream:
                document, notes = media.read_pdf(stream)
            return FactsReading(EvidenceFacts(document=document, notices=notes, parsed_at=now))
        capture = _capture_kind(source, head, lower)
        if capture is not None:
            with source.open() as stream:
                data = stream.read(web_capture.MAX_CAPTURE_BYTES)
            web, notes = web_capture.read_capture(
                data, capture, cut=source.size() > web_capture.MAX_CAPTURE_BYTES)
            return FactsReading(EvidenceFacts(web=web, notices=notes, parsed_at=now))
        if is_email(head, source.name):
            data = source.read_all(MAX_EMAIL_BYTES, IntakeCode.EMAIL_TOO_LARGE)
            return FactsReading(EvidenceFacts(email=parse_email(data, source.name),
                                              parsed_at=now))
        if media.looks_like_media(head) or lower.endswith(media.MEDIA_EXTENSIONS):
            with source.open() as stream:
                found, notes = media.read_media(stream)
            return FactsReading(EvidenceFacts(media=found, notices=notes, parsed_at=now))
        return FactsReading(EvidenceFacts(parsed_at=now))  # a format with nothing to read
    except UnreadableFileError as exc:
        return FactsReading(EvidenceFacts(unreadable=exc.notice, parsed_at=now))
    except OSError as exc:
        return FactsReading(EvidenceFacts(
            unreadable=notice(IntakeCode.FILE_NOT_OPENED, errno=exc.errno or 0,
                              strerror=exc.strerror or ""), parsed_at=now))


def _capture_kind(source: Source, head: bytes, lower: str) -> str | None:
    """A saved web page (before the mail reader: MHTML has mail headers). A SingleFile comment
    may come after a long <html> tag, so an .html file is looked at a little further."""
    from app.intake import web_capture

    kind = web_capture.capture_kind(head, source.name)
    if kind is None and lower.endswith((".html", ".htm")) and source.size() > len(head):
        with source.open() as stream:
            kind = web_capture.capture_kind(stream.read(web_capture.SNIFF_BYTES), source.name)
    return kind


def read(source: Path | bytes, name: str, timeout: float = DEFAULT_TIMEOUT,
         cancel: Callable[[], bool] | None = None, fault: str | None = None) -> FactsReading:
    """Read a file's facts in a child process with a time and memory limit.

    `source` is a path (the child opens it read-only) or bytes already in memory (a pasted
    image, an attachment decrypted from the vault; they reach the child through a pipe and
    never touch the disk). Raises only Cancelled (when `cancel()` says so)."""
    request = {"mode": "facts", "name": name,
               "path": str(Path(source).resolve()) if isinstance(source, Path) else None}
    data = source if isinstance(source, bytes) else None
    try:
        reply = run_worker(request, data, timeout=timeout, cancel=cancel, fault=fault)
        if "error" in reply.header:
            return _unreadable(reported_error(reply.header["error"]))
        facts = EvidenceFacts.model_validate(reply.header.get("facts"), context=UNTRUSTED)
        return FactsReading(facts)
    except SandboxFailure as exc:
        return _unreadable(exc.notice)
    except ValueError:  # pydantic's ValidationError too: the child's answer is not trusted
        return _unreadable(notice(IntakeCode.READER_INVALID))


def reported_error(answer: object) -> Notice:
    """The error a child reported, if it is a code the parent knows with the parameters that
    code takes; else the failure that the reader gave no valid answer."""
    try:
        return Notice.model_validate(answer, context=UNTRUSTED)
    except ValidationError:
        return notice(IntakeCode.READER_INVALID)


def _unreadable(reason: Notice) -> FactsReading:
    return FactsReading(EvidenceFacts(unreadable=reason, parsed_at=dt.datetime.now(dt.UTC)))


def read_facts(source: Path | bytes, name: str,
               timeout: float = DEFAULT_TIMEOUT) -> EvidenceFacts:
    """The facts alone (notes dropped); see `read`."""
    return read(source, name, timeout).facts
