"""Thumbnails of image attachments, decrypted and decoded in memory. Small files are done at
once; bigger ones in a background Job so a large photo never stalls the list. Nothing is
written to disk and nothing is cached beyond the model that shows them."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from app.domain import Attachment, AttachmentKind
from app.entries import Entry
from app.service import VaultService
from ui.attachments.display import alive
from ui.attachments.images import read_image
from ui.worker import Job

THUMB_SIZE = 48
SYNC_LIMIT = 1024 * 1024  # decrypt and decode on the GUI thread up to this size
MAX_SOURCE = 64 * 1024 * 1024  # bigger images get no thumbnail (the viewer still shows them)


def wants_thumbnail(entry: Entry[Attachment]) -> bool:
    facts = entry.value
    is_image = facts.media_type.startswith("image/") or facts.kind in (
        AttachmentKind.PHOTO, AttachmentKind.SCREENSHOT)
    return is_image and 0 < facts.size <= MAX_SOURCE


def make_thumbnail(service: VaultService, attachment_id: str) -> QImage | None:
    try:
        return read_image(service.read_original(attachment_id), QSize(THUMB_SIZE, THUMB_SIZE))
    except Exception:  # a damaged file gets no thumbnail; the viewer says why
        return None


class ThumbnailLoader(QObject):
    """Emits `ready(attachment_id, image)` for each thumbnail made; reset() forgets pending
    work so results for a cleared list are dropped."""

    ready = Signal(str, QImage)

    def __init__(self, service: VaultService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._requested: set[str] = set()
        self._jobs: dict[str, Job] = {}

    def request(self, entries: list[Entry[Attachment]]) -> None:
        for entry in entries:
            if entry.id in self._requested or not wants_thumbnail(entry):
                continue
            self._requested.add(entry.id)
            if entry.value.size <= SYNC_LIMIT:
                self._deliver(entry.id, make_thumbnail(self._service, entry.id))
                continue
            self._start(entry.id)

    def _start(self, attachment_id: str) -> None:
        job = Job(lambda _progress, _cancelled: make_thumbnail(self._service, attachment_id))
        job.succeeded.connect(lambda image: self._done(attachment_id, job, image))
        self._jobs[attachment_id] = job
        job.start()

    def pending(self) -> int:
        return len(self._jobs)

    def reset(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._jobs = {}
        self._requested = set()

    def _done(self, attachment_id: str, job: Job, image: QImage | None) -> None:
        if not alive(self) or self._jobs.get(attachment_id) is not job:
            return  # reset or gone meanwhile
        del self._jobs[attachment_id]
        self._deliver(attachment_id, image)

    def _deliver(self, attachment_id: str, image: QImage | None) -> None:
        if image is not None:
            self.ready.emit(attachment_id, image)
