"""VaultService: an unlocked vault, and the one door through which the front ends (GUI, CLI)
and the exports reach it once a user is unlocked: records (validated domain models stored as
revisions), attachment bytes, the history chain, users and passphrases, backups, and change
detection. What comes before unlocking (opening, creating, recovering) is app/access.py. It
knows nothing of Qt or of any front end."""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pydantic import ValidationError

from app import users as user_rules
from app.domain import Attachment, AttachmentKind, Incident, IncidentHead, Person
from app.entries import (
    ATTACHMENT,
    INCIDENT,
    MIN_PREFIX,
    PERSON,
    Entry,
    HistoryItem,
    ListedHeads,
    Listing,
    T,
    as_dict,
    guess_kind,
    read_listed,
    read_listing,
    unreadable,
)
from app.errors import AmbiguousIdError, AppCode, InputCode, InvalidInputError
from app.search import SearchIndex
from app.users import UserRole, UserView
from app.validation import from_validation_error
from storage import backup as storage_backup
from storage import leftovers
from storage import recovery as storage_recovery
from storage import verify as storage_verify
from storage.chain import ChainHead
from storage.drafts import FOLDER as DRAFTS_FOLDER
from storage.drafts import LABEL as DRAFTS_LABEL
from storage.drafts import DraftStore
from storage.errors import IntegrityError, RecordNotFoundError, StorageCode, StorageError
from storage.records import StoredRecord
from storage.userbook import VaultUserInfo, new_id
from storage.vault import BackupStatus, Vault

# The integrity check's report, for the front ends (which import no storage/).
Finding = storage_verify.Finding
VerifyReport = storage_verify.VerifyReport

if TYPE_CHECKING:
    from storage.kdf import KdfParams

# What may be said or changed about an attachment after intake; the rest identifies the bytes.
EDITABLE_ATTACHMENT_FIELDS = frozenset(
    {"kind", "source", "online", "metadata", "gps_in_exports", "note"})

__all__ = ["ATTACHMENT", "INCIDENT", "PERSON", "Entry", "HistoryItem", "Listing", "VaultService",
           "guess_kind"]


class LockedVault:
    """An open vault that nobody has unlocked (or that was locked again): what the unlock and
    recovery dialogs and the CLI work with until a VaultService exists."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @classmethod
    def open(cls, folder: Path) -> LockedVault:
        """Open the vault in `folder`; on a read-only medium it opens for reading only
        (`read_only` says so)."""
        from storage.vault import Vault

        return cls(Vault.open(folder))

    @property
    def folder(self) -> Path:
        return self._vault.folder

    @property
    def vault_id(self) -> str:
        return self._vault.vault_id

    @property
    def read_only(self) -> bool:
        """Whether the vault is on a read-only medium or folder: open for reading only."""
        return self._vault.read_only

    def backup_status(self) -> BackupStatus:
        """How often backups are due and when the last one was made (needs no key)."""
        return self._vault.backup_status()

    def users(self) -> list[VaultUserInfo]:
        """The active users, oldest first."""
        return self._vault.users()

    def find_user(self, name: str | None) -> str:
        """The stored name of user `name` (the first user for None), or UnknownUserError."""
        return self._vault.find_user(name).name

    def unlock(self, user_name: str | None, passphrase: str) -> VaultService:
        """Unlock as a user (the first for None). A wrong passphrase changes nothing and says
        so; after five in a row each further try waits longer (UnlockThrottledError)."""
        self._vault.unlock(user_name, passphrase)
        return VaultService(self._vault, locked=self)

    def recover(self, code: str, user_name: str | None, new_passphrase: str,
                kdf: KdfParams | None = None) -> VaultService:
        """Set a new passphrase for a user with the recovery code (which stays valid)."""
        self._vault.recover(code, user_name, new_passphrase, kdf=kdf)
        return VaultService(self._vault, locked=self)

    def close(self) -> None:
        self._vault.close()


@dataclass(frozen=True)
class ChainEvent:
    """Where an event entered the history chain: its sequence number and time (UTC, ISO)."""

    seq: int
    at: str


class VaultService:
    def __init__(self, vault: Vault, today: Callable[[], dt.date] = dt.date.today, *,
                 locked: LockedVault | None = None) -> None:
        self._vault = vault
        self.today = today
        # What lock() hands back: the same object the service was unlocked from, so a front
        # end can tell whether a locked vault it holds is this one.
        self.locked_vault = locked if locked is not None else LockedVault(vault)

    # -- the vault and who is unlocked -------------------------------------------------
    @property
    def user_id(self) -> str:
        return self._vault.session().user.id

    @property
    def user_name(self) -> str:
        return self._vault.session().user.name

    @property
    def vault_id(self) -> str:
        return self._vault.vault_id

    @property
    def folder(self) -> Path:
        return self._vault.folder

    @property
    def read_only(self) -> bool:
        """Whether the vault is on a read-only medium or folder: open for reading only."""
        return self._vault.read_only

    def user_names(self) -> dict[str, str]:
        """Every user id ever known (removed users too) -> name, for history views."""
        return self._vault.user_names()

    def users(self) -> list[VaultUserInfo]:
        """The vault's active users, oldest first."""
        return self._vault.users()

    def lock(self) -> LockedVault:
        """Forget the keys; the vault stays open, to be unlocked again."""
        self._vault.lock()
        return self.locked_vault

    def close(self) -> None:
        self._vault.close()

    def change_marker(self) -> int:
        """A number that changes whenever anything is saved, by this process or another (the
        length of the history chain), read without decrypting anything."""
        return self._vault.records.change_marker()

    # -- users and passphrases ---------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """A new passphrase for the unlocked user (only the key slot is rewritten); the same
        one again is refused (PASSPHRASE_UNCHANGED). Backups made before keep opening with the
        passphrase they were made with."""
        self._vault.change_passphrase(new_passphrase, kdf)

    def has_recovery_code(self) -> bool:
        return self._vault.has_recovery_code()

    def renew_recovery_code(self, code: str | None = None) -> str:
        """A new recovery code (the old one stops working); shown once, never stored. Owners
        only (app/users.py). `code`: one propose_recovery_code() gave and the user has kept;
        without it a fresh one (the command line prints it at once)."""
        user_rules.check_may_manage(self.user_views(), self.user_id)
        return self._vault.renew_recovery_code(code)

    def propose_recovery_code(self) -> str:
        """A new recovery code that is not in force yet: the app shows it, the user prints or
        writes it down and confirms a group of it, and only then renew_recovery_code(code)
        makes it the vault's. Broken off before (a lock, a closed window), the old code stays
        the one that works, so a code nobody kept never replaces one somebody did."""
        user_rules.check_may_manage(self.user_views(), self.user_id)
        return storage_recovery.generate()[0]

    def is_own_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` is the unlocked user's current one (no unlock try counted)."""
        return self._vault.is_own_passphrase(passphrase)

    def user_views(self) -> list[UserView]:
        """The active users, oldest first, with their roles (read from the history chain)."""
        return user_rules.user_views(self._vault.users(), self._vault.user_events())

    @property
    def is_owner(self) -> bool:
        """Whether the unlocked user may manage users and the recovery code."""
        return user_rules.find(self.user_views(), self.user_id).is_owner

    def add_user(self, name: str, passphrase: str, kdf: KdfParams | None = None,
                 role: UserRole = UserRole.CLERK) -> str:
        """Give another person their own passphrase to this vault, as a clerk unless an
        owner is wanted; owners only. Returns the stored name."""
        user_rules.check_may_manage(self.user_views(), self.user_id)
        return self._vault.add_user(name, passphrase, kdf, role=role.value).name

    def remove_user(self, name: str) -> str:
        """Take a user's access away (their passphrase no longer opens the vault; what they
        wrote stays, under their name); owners only, never the last owner or the last user.
        Removing oneself locks the vault. Returns the name."""
        target = self.removal_target(name)
        self._vault.remove_user(target.name)
        return target.name

    def removal_target(self, name: str) -> UserView:
        """The user `name` if the unlocked user may remove her, else the error saying why
        not: what a front end checks before it asks for the confirmation."""
        views = self.user_views()
        target = self._view_of(views, name)
        user_rules.check_removal(views, self.user_id, target)
        return target

    def set_role(self, name: str, role: UserRole) -> bool:
        """Make a user an owner or a clerk; owners only, never demoting the last owner.
        False when she already has that role (nothing is recorded)."""
        views = self.user_views()
        target = self._view_of(views, name)
        user_rules.check_role_change(views, self.user_id, target, role)
        if target.role is role:
            return False
        self._vault.set_role(target.name, role.value)
        return True

    def _view_of(self, views: list[UserView], name: str) -> UserView:
        return user_rules.find(views, self._vault.find_user(name).id)

    def find_user(self, name: str | None) -> str:
        """The stored name of user `name` (the first for None), or UnknownUserError."""
        return self._vault.find_user(name).name

    # -- backups -----------------------------------------------------------------------
    def backup_status(self) -> BackupStatus:
        return self._vault.backup_status()

    def set_backup_interval(self, days: int) -> None:
        self._vault.set_backup_interval(days)

    def create_backup(self, target: Path, overwrite: bool = False,
                      progress: Callable[[str], None] | None = None
                      ) -> storage_backup.BackupResult:
        """Write the whole vault to one encrypted file, read it back and verify it, then put
        it in place atomically (app/backups.py restores it)."""
        return storage_backup.create_backup(self._vault, target, overwrite=overwrite,
                                            progress=progress)

    def draft_store(self) -> DraftStore:
        """The unlocked user's sealed drafts (app/drafts.py), under a key of their own."""
        vault = self._vault
        key = vault.derive_key(vault.vault_id.encode("utf-8"), DRAFTS_LABEL)
        return DraftStore(vault.folder / DRAFTS_FOLDER, key, vault.vault_id, self.user_id,
                          vault.file_ops, read_only=vault.read_only)

    # -- the history chain -------------------------------------------------------------
    def chain_head(self) -> ChainHead:
        """The newest link of the history chain (its sequence number and hash)."""
        return self._vault.records.chain_head()

    def record_event(self, kind: str, entry: dict[str, Any],
                     inside: Callable[[], None] | None = None) -> ChainEvent:
        """Enter an event that is not a record (an export) into the history chain. `inside`
        runs within the same transaction, after the entry is written and before it commits:
        if it raises, the entry is not kept (an export's file is put in place there, so the
        file and its entry exist together or not at all)."""
        records = self._vault.records
        with records.transaction() as conn:
            head = records.log_event(kind, entry, conn)
            at = records.chain_time(head.seq, conn)
            if inside is not None:
                inside()
        return ChainEvent(head.seq, at)

    # -- generic record plumbing --------------------------------------------------------
    def _validate(self, model: type[T], data: Any, kind: str) -> T:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise from_validation_error(exc, kind) from None

    def _entry(self, model: type[T], record: StoredRecord) -> Entry[T]:
        try:
            value = model.model_validate(record.content)
        except ValidationError as exc:
            raise unreadable(record.kind, record.id, exc) from None
        return Entry(record.id, record.version, record.created_at, record.updated_at,
                     record.author, value)

    def _listing(self, model: type[T], kind: str, parent_id: str | None = None) -> Listing[T]:
        return read_listing(self._vault.records, model, kind, parent_id)

    def resolve(self, kind: str, id_or_prefix: str) -> str:
        """Accept a full id or an unambiguous prefix of at least four characters."""
        text = id_or_prefix.strip().lower()
        if len(text) < MIN_PREFIX or not all(c in "0123456789abcdef" for c in text):
            raise RecordNotFoundError(AppCode.MALFORMED_ID, kind=kind, given=id_or_prefix,
                                      minimum=MIN_PREFIX)
        found = self._vault.records.ids_with_prefix(kind, text)
        if not found:
            raise RecordNotFoundError(AppCode.NO_SUCH_ID, kind=kind, given=text)
        if len(found) > 1:
            raise AmbiguousIdError(AppCode.AMBIGUOUS_ID, kind=kind, given=text,
                                   count=len(found))
        return found[0]

    def history(self, kind: str, record_id: str) -> list[HistoryItem]:
        names = self._vault.user_names()
        items: list[HistoryItem] = []
        previous: dict[str, Any] = {}
        for revision in self._vault.records.history(self.resolve_any(kind, record_id)):
            content = revision.content or {}
            changed = sorted(k for k in set(content) | set(previous)
                             if content.get(k) != previous.get(k)) if revision.content else []
            items.append(HistoryItem(revision.version, names.get(revision.author, "?"),
                                     revision.at, revision.deleted, revision.content is None,
                                     [] if revision.deleted else changed))
            if revision.content is not None and not revision.deleted:
                previous = content
        return items

    def resolve_any(self, kind: str, record_id: str) -> str:
        """Like resolve, but a full id of a deleted record is accepted too (for history)."""
        if len(record_id) == 32:
            record_id = record_id.lower()
            try:
                found = self._vault.records.kind_of(record_id)
            except RecordNotFoundError:
                return record_id  # purged or absent: the caller reports what it finds
            if found != kind:
                raise RecordNotFoundError(AppCode.NO_SUCH_ID, kind=kind, given=record_id)
            return record_id
        return self.resolve(kind, record_id)

    # -- incidents ----------------------------------------------------------------------
    def add_incident(self, data: Incident | dict[str, Any]) -> Entry[Incident]:
        incident = self._validate(Incident, as_dict(data), INCIDENT)
        self._check_links(incident)
        record = self._vault.records.create(INCIDENT, new_id(), incident.model_dump(mode="json"),
                                           self.user_id)
        return self._entry(Incident, record)

    def update_incident(
        self, incident_id: str, data: Incident | dict[str, Any], expected_version: int
    ) -> Entry[Incident]:
        incident = self._validate(Incident, as_dict(data), INCIDENT)
        self._check_links(incident, incident_id)
        record = self._vault.records.update(incident_id, incident.model_dump(mode="json"),
                                           expected_version, self.user_id)
        return self._entry(Incident, record)

    def get_incident(self, incident_id: str) -> Entry[Incident]:
        return self._entry(Incident, self._vault.records.get(incident_id, INCIDENT))

    def list_incidents(self) -> Listing[Incident]:
        return self._listing(Incident, INCIDENT)

    def list_incident_heads(self) -> ListedHeads[IncidentHead, Incident]:
        """Every incident with only what a list shows validated now (Listed.full() for the
        rest): the fast way to show 10,000 incidents."""
        return read_listed(self._vault.records, IncidentHead, Incident, INCIDENT)

    def delete_incident(self, incident_id: str, expected_version: int | None = None) -> None:
        self._vault.records.get(incident_id, INCIDENT)
        self._vault.records.delete(incident_id, expected_version, self.user_id)

    def incident_index(
        self, listing: Listing[Incident] | None = None
    ) -> SearchIndex[Entry[Incident]]:
        """An index over every text field of each incident and the names of its persons."""
        listing = listing if listing is not None else self.list_incidents()
        names = {e.id: e.value.search_text() for e in self.list_persons().entries}
        return SearchIndex(
            (entry, entry.value.search_text() + "\n"
             + "\n".join(names.get(p.person_id, "") for p in entry.value.persons))
            for entry in listing.entries
        )

    def search_incidents(self, query: str) -> list[Entry[Incident]]:
        """Every word must occur (case- and accent-insensitive)."""
        return self.incident_index().search(query)

    def _check_links(self, incident: Incident, stored_id: str | None = None) -> None:
        """Each linked contact and incident must exist, except for links the stored version
        (of `stored_id`) already has: their target may have been deleted since, and who the
        perpetrator was stays part of the record. A new link to a missing record is refused."""
        missing = [("persons", link.person_id, PERSON) for link in incident.persons
                   if not self._exists(link.person_id, PERSON)]
        missing += [("related", related, INCIDENT) for related in incident.related
                    if not self._exists(related, INCIDENT)]
        if missing and stored_id is not None:
            stored = self.get_incident(stored_id).value
            kept = {"persons": {p.person_id for p in stored.persons},
                    "related": set(stored.related)}
            missing = [m for m in missing if m[1] not in kept[m[0]]]
        if missing:
            field, target, kind = missing[0]
            raise InvalidInputError(InputCode.MISSING_LINK, field, kind=INCIDENT, target=kind,
                                    record_id=target)

    def _exists(self, record_id: str, kind: str) -> bool:
        try:
            self._vault.records.get(record_id, kind)
        except RecordNotFoundError:
            return False
        return True

    # -- persons ------------------------------------------------------------------------
    def add_person(self, data: Person | dict[str, Any]) -> Entry[Person]:
        person = self._validate(Person, as_dict(data), PERSON)
        record = self._vault.records.create(PERSON, new_id(), person.model_dump(mode="json"),
                                           self.user_id)
        return self._entry(Person, record)

    def update_person(
        self, person_id: str, data: Person | dict[str, Any], expected_version: int
    ) -> Entry[Person]:
        person = self._validate(Person, as_dict(data), PERSON)
        record = self._vault.records.update(person_id, person.model_dump(mode="json"),
                                           expected_version, self.user_id)
        return self._entry(Person, record)

    def get_person(self, person_id: str) -> Entry[Person]:
        return self._entry(Person, self._vault.records.get(person_id, PERSON))

    def list_persons(self) -> Listing[Person]:
        return self._listing(Person, PERSON)

    def delete_person(self, person_id: str, expected_version: int | None = None) -> None:
        self._vault.records.get(person_id, PERSON)
        self._vault.records.delete(person_id, expected_version, self.user_id)

    def search_persons(self, query: str) -> list[Entry[Person]]:
        entries = self.list_persons().entries
        return SearchIndex((e, e.value.search_text()) for e in entries).search(query)

    # -- attachments --------------------------------------------------------------------
    def add_attachment(
        self,
        incident_id: str,
        path: Path,
        kind: AttachmentKind | None = None,
        source: str = "",
        progress: Callable[[int], None] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Entry[Attachment]:
        try:
            if not path.is_file():
                raise InvalidInputError(InputCode.NOT_A_FILE, "file", path=path)
            with open(path, "rb") as handle:
                return self.add_attachment_stream(incident_id, handle, path.name, kind, source,
                                                  progress, extra)
        except PermissionError:
            raise InvalidInputError(InputCode.FILE_NO_PERMISSION, "file", path=path) from None
        except IsADirectoryError:
            raise InvalidInputError(InputCode.FILE_IS_FOLDER, "file", path=path) from None
        except OSError as exc:
            raise InvalidInputError(InputCode.FILE_UNREADABLE, "file", path=path,
                                    errno=exc.errno, strerror=exc.strerror or "") from None

    def add_attachment_stream(
        self,
        incident_id: str,
        stream: BinaryIO,
        original_name: str,
        kind: AttachmentKind | None = None,
        source: str = "",
        progress: Callable[[int], None] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Entry[Attachment]:
        """Store the original bit-exact (SHA-256 taken while reading), then its facts.

        `extra` holds the editable facts known at intake (online, metadata, note,
        gps_in_exports); the identity of the original is always taken from the bytes."""
        self._vault.records.get(incident_id, INCIDENT)
        media_type = mimetypes.guess_type(original_name)[0] or "application/octet-stream"
        attachment_id = new_id()
        pending = self._vault.blobs.write(attachment_id, stream, progress)
        try:
            facts = self._validate(Attachment, {
                "incident_id": incident_id,
                "kind": kind or guess_kind(original_name, media_type),
                "original_name": original_name,
                "media_type": media_type,
                "size": pending.size,
                "sha256": pending.sha256,
                "intake_at": dt.datetime.now(dt.UTC).isoformat(),
                "intake_by": self.user_id,
                "source": source,
                **{k: v for k, v in (extra or {}).items() if k in EDITABLE_ATTACHMENT_FIELDS},
            }, ATTACHMENT)
            record = self._vault.records.create(ATTACHMENT, attachment_id,
                                               facts.model_dump(mode="json"), self.user_id,
                                               parent_id=incident_id)
        except BaseException:
            pending.discard()
            raise
        pending.release()
        return self._entry(Attachment, record)

    def list_attachments(self, incident_id: str) -> Listing[Attachment]:
        self._vault.records.get(incident_id, INCIDENT)
        return self._listing(Attachment, ATTACHMENT, parent_id=incident_id)

    def get_attachment(self, attachment_id: str) -> Entry[Attachment]:
        return self._entry(Attachment, self._vault.records.get(attachment_id, ATTACHMENT))

    def update_attachment(
        self, attachment_id: str, data: Attachment | dict[str, Any], expected_version: int
    ) -> Entry[Attachment]:
        """Change what is said about an original (kind, source, online facts, extracted facts,
        GPS in exports, note); what identifies the original bytes can never change."""
        current = self.get_attachment(attachment_id).value
        changes = as_dict(data)
        fixed = set(Attachment.model_fields) - EDITABLE_ATTACHMENT_FIELDS
        merged = current.model_dump(mode="json")
        for key, value in changes.items():
            if key in fixed:
                if value != merged.get(key):
                    raise InvalidInputError(InputCode.FIXED_FIELD, key, kind=ATTACHMENT)
                continue
            merged[key] = value
        facts = self._validate(Attachment, merged, ATTACHMENT)
        record = self._vault.records.update(attachment_id, facts.model_dump(mode="json"),
                                           expected_version, self.user_id)
        return self._entry(Attachment, record)

    def versions(self, kind: str, parent_id: str | None = None) -> dict[str, int]:
        """Id -> current version of every record of a kind (incident, person; an incident's
        attachments with `parent_id`), decrypting nothing: what a list compares to notice
        changes made elsewhere."""
        return self._vault.records.versions(kind, parent_id)

    def attachment_counts(self) -> dict[str, int]:
        return self._vault.records.count_children(ATTACHMENT)

    def extract_attachment(self, attachment_id: str, out: Path, overwrite: bool = False) -> str:
        """Write the bit-exact original to `out`; a damaged file never lands there."""
        entry = self.get_attachment(attachment_id)
        if out.exists() and not overwrite:
            raise InvalidInputError(InputCode.OUT_EXISTS, "out", path=out)
        if out.is_dir():
            raise InvalidInputError(InputCode.OUT_IS_FOLDER, "out", path=out)
        try:
            with self.temporary_beside(out) as temp:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                with os.fdopen(os.open(temp, flags, 0o600), "wb") as sink:  # owner-only
                    _size, digest = self._vault.blobs.read(attachment_id, sink)
                    sink.flush()
                    os.fsync(sink.fileno())
                if digest != entry.value.sha256:
                    raise IntegrityError(AppCode.EXTRACT_MISMATCH, attachment_id=attachment_id)
                os.replace(temp, out)
        except OSError as exc:
            raise StorageError(AppCode.OUT_NOT_WRITTEN, path=out, errno=exc.errno,
                               strerror=exc.strerror or "") from None
        return digest

    def temporary_beside(self, target: Path) -> AbstractContextManager[Path]:
        """A temporary path beside `target` for a write that ends in a rename (see
        storage.leftovers.temporary_beside: what killed runs left there is swept first, and
        opening the vault sweeps what this run leaves if it is killed)."""
        return leftovers.temporary_beside(self._vault.folder, target)

    def read_attachment(self, attachment_id: str, sink: BinaryIO) -> str:
        """Decrypt the original into `sink` and return the SHA-256 of what was written (the
        viewer shows whether it still matches the one taken at intake)."""
        _size, digest = self._vault.blobs.read(attachment_id, sink)
        return digest

    def read_original(self, attachment_id: str) -> bytes:
        """The original bytes, decrypted in memory (never on disk) and checked against the
        SHA-256 taken at intake: a damaged or altered file raises IntegrityError."""
        entry = self.get_attachment(attachment_id)
        sink = io.BytesIO()
        digest = self.read_attachment(attachment_id, sink)
        if digest != entry.value.sha256:
            raise IntegrityError(StorageCode.ATTACHMENT_MISMATCH, attachment_id=attachment_id)
        return sink.getvalue()

    def delete_attachment(self, attachment_id: str, expected_version: int | None = None) -> None:
        self._vault.records.get(attachment_id, ATTACHMENT)
        self._vault.records.delete(attachment_id, expected_version, self.user_id)

    # -- data protection ----------------------------------------------------------------
    def purge(self, kind: str, record_id: str) -> int:
        """Remove a record's personal data from every revision (an incident takes its
        attachments' files along); the chain keeps a deletion record without the data.
        Everything is emptied in one transaction; the files go after the commit (a crash in
        between leaves unreferenced files, which the next open removes)."""
        records = self._vault.records
        try:
            actual = records.kind_of(record_id)
        except RecordNotFoundError:
            raise RecordNotFoundError(StorageCode.NOTHING_TO_PURGE, kind=kind,
                                      record_id=record_id) from None
        if actual != kind:
            # A full id of another kind must not be purged as this one (an incident purged
            # as a contact would leave its attachments and their files behind).
            raise RecordNotFoundError(StorageCode.NOTHING_TO_PURGE, kind=kind,
                                      record_id=record_id)
        files = records.child_ids(record_id, ATTACHMENT) if kind == INCIDENT else []
        if kind == ATTACHMENT:
            files = [record_id]
        with records.transaction() as conn:
            removed = sum(records.purge(f, self.user_id, conn) for f in files if f != record_id)
            removed += records.purge(record_id, self.user_id, conn)
        for attachment_id in files:
            self._vault.blobs.delete(attachment_id)
        return removed

    def log(self) -> list[dict[str, Any]]:
        """The history chain with author names, for the log view (no third-party data)."""
        names = self._vault.user_names()
        entries = self._vault.records.chain_entries()
        for entry in entries:
            entry["author_name"] = names.get(str(entry.get("author", "")), "")
            if entry.get("user_id"):  # whom a user change concerns (added, removed, ...)
                entry["user_name"] = names.get(str(entry["user_id"]), "")
        return entries

    # -- integrity ----------------------------------------------------------------------
    def verify(self) -> storage_verify.VerifyReport:
        return storage_verify.verify(self._vault)

    def verify_chain(self) -> storage_verify.VerifyReport:
        """The history chain alone, each link recomputed (much quicker than verify)."""
        return storage_verify.verify_chain(self._vault)
