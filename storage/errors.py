"""Errors the core reports to a user: a stable code and the parameters a front end needs to
say it (a folder, a name, a number), never a sentence. Each front end words the codes itself:
the GUI in German through tr() (ui/messages.py), the command line in English (cli/messages.py).

Every code is a member of an `ErrorCode` enumeration that declares its parameters, e.g.
``VAULT_EXISTS = "vault_exists", "folder"``; raising an error with other parameters than its
code declares is a programming error (TypeError), so a wording can rely on what it gets.
storage/ declares its codes here (`StorageCode`); app/, intake and export/ declare theirs in
their own enumerations of the same kind."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Base of the code enumerations: each member's value is its code, followed by the names
    of its parameters."""

    params: tuple[str, ...]

    def __new__(cls, value: str, *params: str) -> ErrorCode:
        member = str.__new__(cls, value)
        member._value_ = value
        member.params = params
        return member


class NotDone(StrEnum):
    """What did not happen because of an error (a parameter named "action"): each front end
    words it for the end of its sentence ("nothing was saved", "es wurde nichts gespeichert")."""

    NOTHING_SAVED = "nothing_saved"
    NOTHING_CHANGED = "nothing_changed"
    NOTHING_WRITTEN = "nothing_written"
    ATTACHMENT_NOT_STORED = "attachment_not_stored"
    NO_BACKUP_WRITTEN = "no_backup_written"
    NOTHING_RESTORED = "nothing_restored"
    NO_DOSSIER_WRITTEN = "no_dossier_written"
    DRAFT_NOT_KEPT = "draft_not_kept"
    DRAFT_NOT_REMOVED = "draft_not_removed"
    DRAFTS_NOT_READ = "drafts_not_read"


class StorageCode(ErrorCode):
    """What storage/ reports. Parameters by name: "folder" and "path" are paths; "errno" is an
    OSError's number and "strerror" the system's own (English) text for it; "action" is a
    NotDone; "kind" a record kind ("incident", "person", "attachment"; "" for any record);
    "problem" another StorageError, the reason behind this one; "seconds" a float."""


    # the vault folder
    VAULT_EXISTS = "vault_exists", "folder"
    VAULT_NOT_FOUND = "vault_not_found", "folder"
    FOLDER_NOT_CREATED = "folder_not_created", "folder", "errno", "strerror"
    FOLDER_UNUSABLE = "folder_unusable", "folder", "errno", "strerror"
    # file operations outside SQLite (storage.fileio.file_error)
    # ("free" and "needed" are byte counts; "needed" is 0 when it is not known)
    DISK_FULL = "disk_full", "folder", "free", "needed", "action"
    MEDIUM_READ_ONLY = "medium_read_only", "folder", "action"
    WRITE_NOT_PERMITTED = "write_not_permitted", "folder", "action"
    TARGET_VANISHED = "target_vanished", "folder", "action"
    FILE_ERROR = "file_error", "folder", "errno", "strerror", "action"
    # the database
    VAULT_READ_ONLY = "vault_read_only", "action"
    VAULT_BUSY = "vault_busy"
    DATABASE_READ_ONLY = "database_read_only"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_ERROR = "database_error", "sqlite_message"
    DATABASE_IO_ERROR = "database_io_error", "folder", "action"
    NOT_A_VAULT = "not_a_vault"
    NEWER_SCHEMA = "newer_schema", "schema"
    MIGRATION_NEEDS_WRITING = "migration_needs_writing"
    # users and passphrases
    USER_NAME_EMPTY = "user_name_empty"
    USER_NAME_TOO_LONG = "user_name_too_long", "limit"
    USER_NAME_CONTROL_CHARACTERS = "user_name_control_characters"
    USER_EXISTS = "user_exists", "name"
    NO_USERS = "no_users"
    UNKNOWN_USER = "unknown_user", "name", "users"
    NO_PASSPHRASE_SLOT = "no_passphrase_slot"
    LAST_USER = "last_user"
    WRONG_PASSPHRASE = "wrong_passphrase", "user"
    WRONG_PASSPHRASE_WAIT = "wrong_passphrase_wait", "user", "seconds"
    UNLOCK_THROTTLED = "unlock_throttled", "seconds"
    LOCKED = "locked"
    BACKUP_INTERVAL_RANGE = "backup_interval_range", "minimum", "maximum"
    PASSPHRASE_TOO_SHORT = "passphrase_too_short", "minimum"
    PASSPHRASE_TOO_LONG = "passphrase_too_long", "maximum"
    PASSPHRASE_NOT_TEXT = "passphrase_not_text"
    PASSPHRASE_TOO_FEW_CHARACTERS = "passphrase_too_few_characters"
    PASSPHRASE_TOO_COMMON = "passphrase_too_common"
    PASSPHRASE_UNCHANGED = "passphrase_unchanged"
    # the recovery code
    RECOVERY_CODE_LENGTH = "recovery_code_length", "groups", "group_length", "total", "entered"
    RECOVERY_CODE_CHARACTERS = "recovery_code_characters", "characters"
    RECOVERY_CODE_GROUP_TYPO = "recovery_code_group_typo", "group"
    RECOVERY_CODE_CHECKSUM = "recovery_code_checksum"
    RECOVERY_CODE_FOREIGN = "recovery_code_foreign"
    NO_RECOVERY_SLOT = "no_recovery_slot"
    # a keyslot whose stored parameters are unparseable or outside the bounds (storage/kdf.py)
    KEYSLOT_DAMAGED = "keyslot_damaged", "user"
    RECOVERY_SLOT_DAMAGED = "recovery_slot_damaged"
    # records and their revisions
    RECORD_NOT_FOUND = "record_not_found", "kind", "record_id"
    NOTHING_TO_PURGE = "nothing_to_purge", "kind", "record_id"
    RECORD_WITHOUT_CONTENT = "record_without_content", "kind", "record_id"
    CONFLICT = "conflict", "kind", "record_id", "version", "expected"
    REVISION_PURGED = "revision_purged", "kind", "record_id", "version"
    REVISION_DAMAGED = "revision_damaged", "kind", "record_id", "version"
    RECORD_ROW_DAMAGED = "record_row_damaged", "kind", "record_id"  # its database page
    RECORD_MALFORMED = "record_malformed", "kind", "record_id"
    SEAL_DAMAGED = "seal_damaged"
    # the history chain and verify
    CHAIN_LINK_DAMAGED = "chain_link_damaged", "seq"
    CHAIN_LINK_MISSING = "chain_link_missing", "index", "found"
    CHAIN_LINK_MISMATCH = "chain_link_mismatch", "seq"
    REVISION_NO_CONTENT = "revision_no_content", "kind", "record_id", "version"
    REVISION_NOT_IN_CHAIN = "revision_not_in_chain", "kind", "record_id", "version"
    REVISION_DIFFERS_FROM_CHAIN = "revision_differs_from_chain", "kind", "record_id", "version"
    DATABASE_CHECK_FAILED = "database_check_failed", "sqlite_message"
    # the attachment store
    ATTACHMENT_FILE_MISSING = "attachment_file_missing", "attachment_id"
    ATTACHMENT_HEADER_DAMAGED = "attachment_header_damaged", "attachment_id"
    ATTACHMENT_SEGMENT_DAMAGED = "attachment_segment_damaged", "attachment_id", "segment"
    ATTACHMENT_MISMATCH = "attachment_mismatch", "attachment_id"
    ATTACHMENT_FACTS_UNREADABLE = "attachment_facts_unreadable", "attachment_id"
    ATTACHMENT_FOLDER_BUSY = "attachment_folder_busy"
    # drafts
    NOT_A_DRAFT_ID = "not_a_draft_id", "draft_id"
    DRAFT_DAMAGED = "draft_damaged", "name"
    # writing a backup
    BACKUP_TARGET_IS_FOLDER = "backup_target_is_folder", "path"
    TARGET_EXISTS = "target_exists", "path"
    FOLDER_MISSING = "folder_missing", "folder"
    BACKUP_INSIDE_VAULT = "backup_inside_vault", "path", "folder"
    SNAPSHOT_FAILED = "snapshot_failed", "sqlite_message"
    VAULT_CHANGED_DURING_BACKUP = "vault_changed_during_backup"
    BACKUP_CHECK_FAILED = "backup_check_failed", "problem"
    BACKUP_NOT_NOTED = "backup_not_noted", "problem"
    COPY_OF_ANOTHER_VAULT = "copy_of_another_vault"
    # reading and restoring a backup
    BACKUP_FILE_MISSING = "backup_file_missing", "path"
    BACKUP_IS_FOLDER = "backup_is_folder", "path"
    BACKUP_UNREADABLE = "backup_unreadable", "path", "errno", "strerror"
    NOT_A_BACKUP = "not_a_backup", "path"
    BACKUP_HEADER_LENGTH = "backup_header_length", "path"
    BACKUP_HEADER_UNREADABLE = "backup_header_unreadable", "path"
    BACKUP_OTHER_VERSION = "backup_other_version", "path"
    BACKUP_RECOVERY_CODE_WRONG = "backup_recovery_code_wrong"
    BACKUP_UNKNOWN_USER = "backup_unknown_user", "name", "users"
    BACKUP_PASSPHRASE_WRONG = "backup_passphrase_wrong"
    BACKUP_KEYSLOTS_DAMAGED = "backup_keyslots_damaged"
    BACKUP_SEGMENT_DAMAGED = "backup_segment_damaged", "segment"
    BACKUP_UNEXPECTED_ENTRY = "backup_unexpected_entry"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_ARCHIVE_DAMAGED = "backup_archive_damaged"
    BACKUP_INCOMPLETE = "backup_incomplete"
    BACKUP_FILE_LIST_DAMAGED = "backup_file_list_damaged"
    BACKUP_OF_ANOTHER_VAULT = "backup_of_another_vault"
    RESTORE_OVER_VAULT = "restore_over_vault", "folder"
    RESTORE_TARGET_NOT_EMPTY = "restore_target_not_empty", "path"
    RESTORE_INSIDE_VAULT = "restore_inside_vault", "path", "folder"
    RESTORE_CHECK_FAILED = "restore_check_failed", "problem"


class StorageError(Exception):
    """Base for every error the core reports to a user. `code` says what went wrong, `params`
    hold its details. str() is for logs and tracebacks: the code and the names of its
    parameters, never their values (a path or a name can be personal data)."""

    default_code: ErrorCode | None = None

    def __init__(self, code: ErrorCode | None = None, /, **params: Any) -> None:
        if code is not None and not isinstance(code, ErrorCode):
            raise TypeError(f"{type(self).__name__} takes an error code, not {code!r}")
        chosen = code if code is not None else type(self).default_code
        if chosen is None:
            raise TypeError(f"{type(self).__name__} needs an error code")
        if set(params) != set(chosen.params):
            raise TypeError(f"{chosen.value} takes {sorted(chosen.params)}, "
                            f"not {sorted(params)}")
        super().__init__(chosen.value)
        self.params: dict[str, Any] = params
        self.code: ErrorCode = chosen

    def __str__(self) -> str:
        names = ", ".join(self.code.params)
        return f"{self.code.value}({names})" if names else self.code.value


class VaultNotFoundError(StorageError):
    pass


class VaultExistsError(StorageError):
    pass


class WrongPassphraseError(StorageError):
    pass


class UnknownUserError(StorageError):
    pass


class RecoveryCodeError(StorageError):
    pass


class PassphrasePolicyError(StorageError):
    pass


class LockedError(StorageError):
    default_code = StorageCode.LOCKED


class ConflictError(StorageError):
    """A save was based on a version that another writer has replaced meanwhile."""


class RecordNotFoundError(StorageError):
    pass


class IntegrityError(StorageError):
    """A ciphertext, attachment segment or chain link failed authentication."""


class SchemaError(StorageError):
    pass


class UserManagementError(StorageError):
    pass


class ReadOnlyError(StorageError):
    """The vault was opened read-only (read-only medium); saving is refused."""
