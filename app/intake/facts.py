"""Which parser reads a file, and reading it in the sandbox.

`read_facts` / `read` run in the app's process: they hand the file to a child process
(app/intake/runner.py) and always return facts; a file that cannot be read gives
EvidenceFacts(unreadable="<one sentence>"). `parse_here` is what the child runs: it picks the
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

from app.domain.evidence import EvidenceFacts
from app.intake.errors import UnreadableFileError
from app.intake.runner import DEFAULT_TIMEOUT, SandboxFailure, run_worker
from app.intake.sanitize import clean_line

HEAD = 4096
MAX_EMAIL_BYTES = 256 * 1024 * 1024
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp")


@dataclass(frozen=True)
class FactsReading:
    """Facts plus notes for the attachment's note (e.g. "EXIF damaged", "PDF encrypted")."""

    facts: EvidenceFacts
    notes: tuple[str, ...] = ()

    def note_text(self) -> str:
        lines = [self.facts.unreadable, *self.notes]
        return "\n".join(line for line in lines if line)


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

    def read_all(self, cap: int, what: str) -> bytes:
        if self.size() > cap:
            raise UnreadableFileError(f"The {what} is larger than {cap // 2**20} MB; it was "
                                      "stored without reading it.")
        if self.data is not None:
            return self.data
        with self.open() as stream:
            return stream.read(cap + 1)[:cap]


def parse_here(source: Source) -> FactsReading:
    """Read the facts in this process (the intake child). Never raises for file content."""
    from app.intake import images, media  # parsers load in the child only
    from app.intake.email_parse import is_email, parse_email

    now = dt.datetime.now(dt.UTC)
    try:
        if source.size() == 0:
            raise UnreadableFileError("The file is empty (0 bytes).")
        head = source.head()
        lower = source.name.lower()
        if images.looks_like_image(head) or (
                lower.endswith(IMAGE_EXTENSIONS) and not media.looks_like_pdf(head)):
            image, notes = images.read_image(source.read_all(images.MAX_IMAGE_BYTES, "image"))
            return FactsReading(EvidenceFacts(image=image, parsed_at=now), tuple(notes))
        if media.looks_like_pdf(head) or lower.endswith(".pdf"):
            if not media.looks_like_pdf(head):
                raise UnreadableFileError("The file is named like a PDF but is not one.")
            with source.open() as stream:
                document, notes = media.read_pdf(stream)
            return FactsReading(EvidenceFacts(document=document, parsed_at=now), tuple(notes))
        if is_email(head, source.name):
            data = source.read_all(MAX_EMAIL_BYTES, "e-mail")
            return FactsReading(EvidenceFacts(email=parse_email(data, source.name),
                                              parsed_at=now))
        if media.looks_like_media(head) or lower.endswith(media.MEDIA_EXTENSIONS):
            with source.open() as stream:
                found, notes = media.read_media(stream)
            return FactsReading(EvidenceFacts(media=found, parsed_at=now), tuple(notes))
        return FactsReading(EvidenceFacts(parsed_at=now))  # a format with nothing to read
    except UnreadableFileError as exc:
        return FactsReading(EvidenceFacts(unreadable=clean_line(exc, 500), parsed_at=now))
    except OSError as exc:
        return FactsReading(EvidenceFacts(
            unreadable=clean_line(f"The file could not be opened ({exc.strerror}).", 500),
            parsed_at=now))


def read(source: Path | bytes, name: str, timeout: float = DEFAULT_TIMEOUT,
         cancel: Callable[[], bool] | None = None, fault: str | None = None) -> FactsReading:
    """Read a file's facts in a child process with a time and memory limit.

    `source` is a path (the child opens it read-only) or bytes already in memory (a pasted
    image, an attachment decrypted from the vault; they reach the child through a pipe and
    never touch the disk). Raises only app.cancel.Cancelled (when `cancel()` says so)."""
    request = {"mode": "facts", "name": name,
               "path": str(Path(source).resolve()) if isinstance(source, Path) else None}
    data = source if isinstance(source, bytes) else None
    try:
        reply = run_worker(request, data, timeout=timeout, cancel=cancel, fault=fault)
        if "error" in reply.header:
            raise SandboxFailure(str(reply.header["error"]))
        facts = EvidenceFacts.model_validate(reply.header.get("facts"))
        notes = reply.header.get("notes") or []
        if not isinstance(notes, list):
            raise ValueError("notes")
        return FactsReading(facts, tuple(clean_line(n, 500) for n in notes[:20]))
    except SandboxFailure as exc:
        return _unreadable(str(exc))
    except ValueError:  # pydantic's ValidationError too: the child's answer is not trusted
        return _unreadable("The file could not be read: the reader's answer was not valid.")


def _unreadable(sentence: str) -> FactsReading:
    return FactsReading(EvidenceFacts(unreadable=clean_line(sentence, 500),
                                      parsed_at=dt.datetime.now(dt.UTC)))


def read_facts(source: Path | bytes, name: str,
               timeout: float = DEFAULT_TIMEOUT) -> EvidenceFacts:
    """The facts alone (notes dropped); see `read`."""
    return read(source, name, timeout).facts
