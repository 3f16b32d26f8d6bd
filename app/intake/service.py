"""IntakeService: files in, incidents and attachments out; the API the GUI and the CLI use.

prepare() reads every file's facts in the sandbox and guesses its kind without writing to the
vault; prefill() proposes a new incident; file() stores each original bit-exact with its facts
(a file that could not be read is stored all the same, with the reason in its facts; what
intake noticed is kept there too, as notices, and the user's own note stays the user's);
intake() does all of it. Errors about the files it was given are IntakeErrors with a code.
Long work reports `progress(done, total, text)` and asks `cancel()` between steps and while
bytes are copied (docs/architecture.md, "Background jobs").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.domain import Attachment, AttachmentKind, Incident
from app.domain.evidence import EvidenceFacts, InnerPart
from app.domain.notice import Notice
from app.entries import Entry
from app.intake import facts as facts_mod
from app.intake.codes import IntakeCode
from app.intake.errors import IntakeError, SandboxFailure
from app.intake.notices import notice
from app.intake.prefill import IncidentDraft, prefill_attachment, prefill_incident
from app.intake.runner import DEFAULT_TIMEOUT, run_worker
from app.intake.sanitize import clean_line, safe_filename
from app.progress import CancelFn as Cancel
from app.progress import Cancelled, Progress
from app.service import VaultService

MAX_FILES = 10_000


@dataclass(frozen=True)
class PreparedFile:
    """One file read and classified, not yet stored. Exactly one of `path` and `data` is set."""

    name: str  # the original file name as stored
    size: int
    sha256: str
    reading: facts_mod.FactsReading
    fields: dict[str, Any]  # kind (and online defaults for screenshots) for the attachment
    path: Path | None = None
    data: bytes | None = field(default=None, repr=False)
    source: str = ""

    @property
    def facts(self) -> EvidenceFacts:
        return self.reading.facts

    @property
    def kind(self) -> str:
        return str(self.fields["kind"])

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return open(self.path, "rb")


@dataclass
class IntakeResult:
    incident_id: str
    incident_created: bool
    attachments: list[Entry[Attachment]]
    person_id: str | None = None  # the sender linked as perpetrator, if any
    person_created: bool = False
    notes: list[Notice] = field(default_factory=list)  # about the incident proposal
    cancelled: bool = False


class _CancellableReader:
    """Hands the bytes on and stops the copy (Cancelled) when the user cancels; the vault
    then discards the half-written file."""

    def __init__(self, inner: BinaryIO, cancel: Cancel | None) -> None:
        self.inner = inner
        self.cancel = cancel

    def read(self, size: int = -1) -> bytes:
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        return self.inner.read(size)


def display_name(path: Path) -> str:
    """The file name as text (bytes that are not UTF-8 and control characters become U+FFFD)."""
    name = clean_line(path.name, 1000)
    return name or "unnamed"


def check_path(path: Path) -> None:
    """IntakeError unless `path` is a file that can be opened for reading."""
    try:
        if path.is_dir():
            raise IntakeError(IntakeCode.PATH_IS_FOLDER, path=str(path))
        if not path.is_file():
            raise IntakeError(IntakeCode.PATH_MISSING, path=str(path))
        with open(path, "rb"):
            pass
    except PermissionError:
        raise IntakeError(IntakeCode.PATH_NO_PERMISSION, path=str(path)) from None
    except OSError as exc:
        raise unreadable_path(path, exc) from None


def unreadable_path(path: Path | str, exc: OSError) -> IntakeError:
    return IntakeError(IntakeCode.PATH_UNREADABLE, path=str(path), errno=exc.errno or 0,
                       strerror=exc.strerror or "")


def _sha256(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


Reader = Callable[[Path | bytes, str, float, Cancel | None], facts_mod.FactsReading]


class IntakeService:
    """`reader` reads one file's facts; the default is the sandbox (facts.read). Tests pass
    the sandbox with a misbehaving child (runner.FAULT_ENV) to prove what intake does then."""

    def __init__(self, service: VaultService, timeout: float = DEFAULT_TIMEOUT,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                 reader: Reader = facts_mod.read, parallel: int = 0) -> None:
        self.service = service
        self.parallel = parallel or min(4, os.cpu_count() or 2)
        self.timeout = timeout
        self.now = now
        self.reader = reader

    def _user_name(self) -> str:
        return self.service.user_name

    # -- reading ------------------------------------------------------------------------
    def prepare(self, paths: Sequence[Path], progress: Progress | None = None,
                cancel: Cancel | None = None) -> list[PreparedFile]:
        """Read each file's facts in the sandbox; every path is checked first, so a typo in
        the third name reads nothing. Raises IntakeError or Cancelled."""
        if not paths:
            raise IntakeError(IntakeCode.NO_FILES)
        if len(paths) > MAX_FILES:
            raise IntakeError(IntakeCode.TOO_MANY_FILES, limit=MAX_FILES)
        for path in paths:
            check_path(path)
        total = len(paths)

        def read_one(path: Path) -> PreparedFile:
            if cancel is not None and cancel():
                raise Cancelled()
            name = display_name(path)
            try:
                size, digest = _sha256(path)
            except OSError as exc:
                raise unreadable_path(path, exc) from None
            reading = self.reader(path, name, self.timeout, cancel)
            return self._prepared(name, size, digest, reading, path=path)

        if progress is not None:
            progress(0, total, f"Reading {total} file(s)")
        # One child per file (a fresh process for every untrusted file), a few at a time:
        # starting a child costs some 0.3 s, mostly imports.
        with ThreadPoolExecutor(max(1, min(self.parallel, total))) as pool:
            futures = [pool.submit(read_one, path) for path in paths]
            try:
                for done, future in enumerate(as_completed(futures), 1):
                    item = future.result()
                    if progress is not None:
                        progress(done, total, f"Read {item.name}")
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return [future.result() for future in futures]

    def prepare_data(self, data: bytes, name: str, pasted: bool = False,
                     source: str = "", cancel: Cancel | None = None) -> PreparedFile:
        """The same for bytes in memory (a pasted image: `pasted=True` makes it a screenshot)."""
        name = clean_line(name, 1000) or "unnamed"
        reading = self.reader(bytes(data), name, self.timeout, cancel)
        return self._prepared(name, len(data), hashlib.sha256(data).hexdigest(), reading,
                              data=bytes(data), pasted=pasted, source=source)

    def _prepared(self, name: str, size: int, digest: str, reading: facts_mod.FactsReading,
                  path: Path | None = None, data: bytes | None = None, pasted: bool = False,
                  source: str = "") -> PreparedFile:
        fields = prefill_attachment(reading.facts, name, now=self.now(),
                                    user_name=self._user_name(), pasted=pasted)
        return PreparedFile(name, size, digest, reading, fields, path=path, data=data,
                            source=source)

    # -- proposing ----------------------------------------------------------------------
    def prefill(self, prepared: Sequence[PreparedFile]) -> IncidentDraft:
        """A new incident proposed from the files: the first e-mail leads, else the first
        photo with a date, else the first saved web page, else the first file."""
        if not prepared:
            raise IntakeError(IntakeCode.NO_FILES)
        lead = next((p for p in prepared if p.reading.facts.email is not None), None)
        lead = lead or next((p for p in prepared if p.reading.facts.image is not None
                             and p.reading.facts.image.taken_at is not None), None)
        lead = lead or next((p for p in prepared if p.reading.facts.web is not None),
                            prepared[0])
        contacts = self.service.list_persons().entries
        today = self.service.today()
        return prefill_incident(lead.reading.facts, lead.name, today=today, contacts=contacts)

    def create_incident(self, draft: IncidentDraft) -> tuple[Entry[Incident], str | None, bool]:
        """Store the proposal as it is: (incident, linked person id, person created?)."""
        incident = dict(draft.incident)
        persons = list(incident.get("persons", []))
        person_id, created = draft.person_id, False
        if draft.new_person is not None:
            person_id = self.service.add_person(draft.new_person).id
            created = True
            persons.append({"person_id": person_id, "role": "perpetrator"})
        incident["persons"] = persons
        return self.service.add_incident(incident), person_id, created

    # -- storing ------------------------------------------------------------------------
    def file(self, prepared: Sequence[PreparedFile], incident_id: str,
             progress: Progress | None = None,
             cancel: Cancel | None = None) -> list[Entry[Attachment]]:
        """Store each original bit-exact with its facts. Progress counts bytes over all files.
        On cancel the files stored so far stay and the one being copied is discarded; the
        list returned is then shorter than `prepared`."""
        incident_id = self.service.resolve("incident", incident_id)
        total = sum(p.size for p in prepared)
        stored: list[Entry[Attachment]] = []
        before = 0
        for number, item in enumerate(prepared, 1):
            text = f"Storing {item.name} ({number}/{len(prepared)})"
            if progress is not None:
                progress(before, total, text)
            if cancel is not None and cancel():
                break

            def step(size: int, base: int = before, text: str = text) -> None:
                if progress is not None:
                    progress(base + size, total, text)

            try:
                with item.open() as handle:
                    entry = self.service.add_attachment_stream(
                        incident_id, cast(BinaryIO, _CancellableReader(handle, cancel)),
                        item.name, AttachmentKind(item.kind), item.source, step,
                        self._extra(item))
            except Cancelled:
                break
            except OSError as exc:
                raise unreadable_path(item.path or item.name, exc) from None
            if entry.value.sha256 != item.sha256:
                entry = self._changed_meanwhile(entry)
            stored.append(entry)
            before += item.size
        if progress is not None:
            progress(before, total, "Stored")
        return stored

    def _extra(self, item: PreparedFile) -> dict[str, Any]:
        extra: dict[str, Any] = {"metadata": item.reading.facts.model_dump(mode="json"),
                                 "gps_in_exports": False}
        if "online" in item.fields:
            extra["online"] = item.fields["online"]
        return extra

    def _changed_meanwhile(self, entry: Entry[Attachment]) -> Entry[Attachment]:
        facts = entry.value.metadata.model_copy(deep=True)
        facts.notices = [*facts.notices, notice(IntakeCode.CHANGED_MEANWHILE)]
        return self.service.update_attachment(
            entry.id, {"metadata": facts.model_dump(mode="json")}, entry.version)

    def intake(self, paths: Sequence[Path], incident_id: str | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> IntakeResult:
        """Read and store the files; without `incident_id` a new incident is pre-filled from
        them first. Nothing is written when a path is wrong or reading is cancelled."""
        if incident_id is not None:
            incident_id = self.service.resolve("incident", incident_id)
        prepared = self.prepare(paths, progress, cancel)
        result = IntakeResult(incident_id or "", False, [])
        if incident_id is None:
            draft = self.prefill(prepared)
            entry, person_id, created = self.create_incident(draft)
            result = IntakeResult(entry.id, True, [], person_id, created, draft.notes)
        result.attachments = self.file(prepared, result.incident_id, progress, cancel)
        result.cancelled = len(result.attachments) < len(prepared)
        return result

    # -- inner parts of a stored e-mail -------------------------------------------------
    def inner_parts(self, attachment_id: str) -> list[InnerPart]:
        entry = self.service.get_attachment(self.service.resolve("attachment", attachment_id))
        mail = entry.value.metadata.email
        if mail is None:
            raise IntakeError(IntakeCode.NOT_AN_EMAIL_ATTACHMENT, attachment=entry.id[:8])
        return list(mail.parts)

    def store_inner_part(self, attachment_id: str, index: int,
                         cancel: Cancel | None = None) -> Entry[Attachment]:
        """Decrypt the e-mail in memory, extract part `index` in the sandbox and store it as an
        attachment of the same incident (source "aus E-Mail <name>")."""
        attachment_id = self.service.resolve("attachment", attachment_id)
        entry = self.service.get_attachment(attachment_id)
        if entry.value.metadata.email is None:
            raise IntakeError(IntakeCode.NOT_AN_EMAIL_ATTACHMENT, attachment=attachment_id[:8])
        if index < 0:
            raise IntakeError(IntakeCode.PART_NEGATIVE)
        data = self.service.read_original(attachment_id)
        name, blob = self._extract_part(data, entry.value.original_name, index, cancel)
        source = clean_line(f"aus E-Mail {entry.value.original_name}", 1000)
        item = self.prepare_data(blob, name, source=source, cancel=cancel)
        return self.file([item], entry.value.incident_id)[0]

    def _extract_part(self, data: bytes, name: str, index: int,
                      cancel: Cancel | None) -> tuple[str, bytes]:
        try:
            reply = run_worker({"mode": "inner_part", "name": name, "index": index}, data,
                               timeout=self.timeout, max_payload=len(data) + (1 << 20),
                               cancel=cancel)
        except SandboxFailure as exc:
            raise IntakeError(IntakeCode.PART_NOT_EXTRACTED, index=index,
                              reason=exc.notice) from None
        if "error" in reply.header:
            # What the child says went wrong, once it is known to be a code the parent knows.
            reported = facts_mod.reported_error(reply.header["error"])
            raise IntakeError(reported.code, **reported.params)
        return safe_filename(reply.header.get("name", "")), reply.payload
