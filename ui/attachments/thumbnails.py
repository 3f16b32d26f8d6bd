"""Thumbnails of image attachments, decrypted and decoded in memory. Small files are done at
once; bigger ones in a background Job so a large photo never stalls the list. Nothing is
written to disk and nothing is cached beyond the model that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QImage

from app.domain import Attachment, AttachmentKind
from app.entries import Entry
from app.intake.preview import render_preview
from app.progress import CancelFn
from app.service import VaultService
from ui.attachments.display import alive
from ui.attachments.images import ImageProblem, claimed_pixels, decode_image
from ui.worker import Job

THUMB_SIZE = 48
SYNC_LIMIT = 1024 * 1024  # decrypt and decode on the GUI thread up to this size
SYNC_PIXELS = 4_000_000  # ... and this many pixels: a small file can claim a large image
MAX_SOURCE = 64 * 1024 * 1024  # bigger images get no thumbnail (the viewer still shows them)


def wants_thumbnail(entry: Entry[Attachment]) -> bool:
    facts = entry.value
    is_image = facts.media_type.startswith("image/") or facts.kind in (
        AttachmentKind.PHOTO, AttachmentKind.SCREENSHOT)
    return is_image and 0 < facts.size <= MAX_SOURCE


def tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentTable", text)


CONVERTIBLE = (ImageProblem.FORMAT, ImageProblem.DAMAGED)


def make_thumbnail(service: VaultService, attachment_id: str, data: bytes | None = None,
                   convert: bool = False,
                   cancelled: CancelFn | None = None) -> QImage | ImageProblem | None:
    """The thumbnail, or why an image gives none; None when the original could not be read
    (the viewer then says why). `data`: the original, when it was read already. With
    `convert` (in a job only: it starts a child process), what Qt cannot decode is tried
    with Pillow in the intake child (app/intake/preview.py: AVIF, LZMA or 32-bit TIFF)."""
    if data is None:
        data = _original(service, attachment_id)
        if data is None:
            return None
    box = QSize(THUMB_SIZE, THUMB_SIZE)
    found = decode_image(data, box)
    if convert and found in CONVERTIBLE:
        png = render_preview(data, THUMB_SIZE, cancel=cancelled)
        converted = None if png is None else decode_image(png, box)
        if isinstance(converted, QImage):
            return converted
    return found


def _original(service: VaultService, attachment_id: str) -> bytes | None:
    try:
        return service.read_original(attachment_id)
    except Exception:  # a damaged blob gets no thumbnail; the viewer says why
        return None


def problem_text(problem: ImageProblem) -> str:
    """The tooltip of an image's placeholder: why there is no preview."""
    if problem == ImageProblem.FORMAT:
        return tr("Keine Vorschau: Bildformat wird hier nicht angezeigt; das Original ist "
                  "gesichert.")
    if problem == ImageProblem.TOO_LARGE:
        return tr("Keine Vorschau: Das Bild gibt zu viele Bildpunkte an (möglicherweise eine "
                  "Dekompressionsbombe); das Original ist gesichert.")
    return tr("Keine Vorschau: Das Bild ist beschädigt oder unvollständig; das Original ist "
              "gesichert.")


class ThumbnailLoader(QObject):
    """Emits `ready(attachment_id, image)` for each thumbnail made; reset() forgets pending
    work so results for a cleared list are dropped."""

    ready = Signal(str, QImage)
    refused = Signal(str, str)  # attachment id, why there is no preview (German)

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
                data = _original(self._service, entry.id)
                # A fax page of 100 MP fits in a few kilobytes; it is decoded in a job.
                if data is None or claimed_pixels(data) <= SYNC_PIXELS:
                    found = None if data is None else make_thumbnail(
                        self._service, entry.id, data)
                    if found not in CONVERTIBLE:
                        self._deliver(entry.id, found)
                        continue
                del data
            self._start(entry.id)

    def _start(self, attachment_id: str) -> None:
        service = self._service
        job = Job(lambda _progress, cancelled: make_thumbnail(
            service, attachment_id, convert=True, cancelled=cancelled))
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

    def _done(self, attachment_id: str, job: Job, image: QImage | ImageProblem | None) -> None:
        if not alive(self) or self._jobs.get(attachment_id) is not job:
            return  # reset or gone meanwhile
        del self._jobs[attachment_id]
        self._deliver(attachment_id, image)

    def _deliver(self, attachment_id: str, image: QImage | ImageProblem | None) -> None:
        if isinstance(image, QImage):
            self.ready.emit(attachment_id, image)
        elif isinstance(image, ImageProblem):
            self.refused.emit(attachment_id, problem_text(image))
