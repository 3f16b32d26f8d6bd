"""The core's error codes in the command line's English: one sentence per code, with the
details its parameters carry (a path, a name, a limit). The core raises codes, never
sentences; this is where the command line says them (the GUI says them in German,
ui/messages.py). tests/cli/test_messages.py checks that every code has a sentence here and
that each sentence uses only the parameters its code declares."""

from __future__ import annotations

import os
from typing import Any

from app.errors import (
    AppCode,
    ErrorCode,
    InputCode,
    InvalidInputError,
    NotDone,
    StorageCode,
    StorageError,
)
from cli.errors import UsageError

# What did not happen, for the end of a sentence.
ACTIONS: dict[NotDone, str] = {
    NotDone.NOTHING_SAVED: "nothing was saved",
    NotDone.NOTHING_CHANGED: "nothing was changed",
    NotDone.NOTHING_WRITTEN: "nothing was written",
    NotDone.ATTACHMENT_NOT_STORED: "the attachment was not stored",
    NotDone.NO_BACKUP_WRITTEN: "no backup was written",
    NotDone.NOTHING_RESTORED: "nothing was restored",
    NotDone.NO_DOSSIER_WRITTEN: "no dossier was written",
    NotDone.DRAFT_NOT_KEPT: "the draft was not kept",
    NotDone.DRAFT_NOT_REMOVED: "the draft was not removed",
    NotDone.DRAFTS_NOT_READ: "the drafts were not read",
}

# The record kinds as the command line names them (its commands say "contact").
KINDS = {"incident": "incident", "person": "contact", "attachment": "attachment", "": "record"}

STORAGE: dict[ErrorCode, str] = {
    StorageCode.VAULT_EXISTS: "There is already a vault in {folder}.",
    StorageCode.VAULT_NOT_FOUND: "There is no vault in {folder}; create one with "
                                 "'vorfallbuch init'.",
    StorageCode.FOLDER_NOT_CREATED: "The vault folder {folder} cannot be created ({strerror}).",
    StorageCode.FOLDER_UNUSABLE: "The vault folder {folder} cannot be used ({strerror}).",
    StorageCode.DISK_FULL: "The disk holding {folder} is full ({free} free, at least {needed} "
                           "needed); free some space or choose another place; {action}.",
    StorageCode.MEDIUM_READ_ONLY: "The disk holding {folder} is read-only; {action}.",
    StorageCode.WRITE_NOT_PERMITTED: "Writing in {folder} was not permitted; {action}.",
    StorageCode.TARGET_VANISHED: "{folder} is no longer there (removed or disconnected); "
                                 "{action}.",
    StorageCode.FILE_ERROR: "A file error occurred in {folder} ({strerror}); {action}.",
    StorageCode.DATABASE_IO_ERROR: "The disk holding the vault in {folder} could not be read or "
                                   "written (input/output error); check the disk and run "
                                   "'vorfallbuch verify'; {action}.",
    StorageCode.VAULT_READ_ONLY: "The vault is open read-only (read-only medium or folder); "
                                 "{action}.",
    StorageCode.VAULT_BUSY: "The vault is busy with another program; please try again.",
    StorageCode.DATABASE_READ_ONLY: "The vault cannot be written (read-only medium or folder).",
    StorageCode.DATABASE_DAMAGED: "The vault database is damaged or is not a Vorfallbuch "
                                  "vault; 'vorfallbuch verify' shows what is still readable, "
                                  "and 'vorfallbuch restore' puts the last backup back.",
    StorageCode.DATABASE_ERROR: "The vault database reported an error: {sqlite_message}.",
    StorageCode.NOT_A_VAULT: "This folder does not hold a readable Vorfallbuch vault.",
    StorageCode.NEWER_SCHEMA: "This vault was made by a newer Vorfallbuch (schema {schema}); "
                              "please update the program.",
    StorageCode.MIGRATION_NEEDS_WRITING: "This vault needs an update of its format, which "
                                         "cannot be done on a read-only medium; copy it to a "
                                         "writable folder first.",
    StorageCode.USER_NAME_EMPTY: "A user name must not be empty.",
    StorageCode.USER_NAME_TOO_LONG: "A user name may have at most {limit} characters.",
    StorageCode.USER_NAME_CONTROL_CHARACTERS: "A user name must not contain control "
                                              "characters.",
    StorageCode.USER_EXISTS: "There is already a user named '{name}'.",
    StorageCode.NO_USERS: "The vault has no users.",
    StorageCode.UNKNOWN_USER: "The vault has no user '{name}'; its users are: {users}.",
    StorageCode.NO_PASSPHRASE_SLOT: "This user has no passphrase slot.",
    StorageCode.LAST_USER: "The last user of a vault cannot be removed.",
    StorageCode.WRONG_PASSPHRASE: "The passphrase for user '{user}' is wrong.",
    StorageCode.WRONG_PASSPHRASE_WAIT: "The passphrase for user '{user}' is wrong. Next try "
                                       "in {seconds}.",
    StorageCode.UNLOCK_THROTTLED: "Too many wrong passphrases: please wait {seconds} before "
                                  "the next try.",
    StorageCode.LOCKED: "The vault is locked.",
    StorageCode.BACKUP_INTERVAL_RANGE: "The backup reminder interval must be {minimum} to "
                                       "{maximum} days.",
    StorageCode.PASSPHRASE_TOO_SHORT: "The passphrase must have at least {minimum} characters; "
                                      "several unrelated words are easy to remember and hard "
                                      "to guess.",
    StorageCode.PASSPHRASE_TOO_LONG: "The passphrase may have at most {maximum} characters.",
    StorageCode.PASSPHRASE_NOT_TEXT: "The passphrase contains bytes that are not valid text.",
    StorageCode.PASSPHRASE_TOO_FEW_CHARACTERS: "The passphrase repeats too few different "
                                               "characters; choose several words.",
    StorageCode.PASSPHRASE_TOO_COMMON: "The passphrase is too easy to guess; choose several "
                                       "unrelated words.",
    StorageCode.PASSPHRASE_UNCHANGED: "The new passphrase is the current one; choose a "
                                      "different one (nothing was changed).",
    StorageCode.RECOVERY_CODE_LENGTH: "The recovery code must have {groups} groups of "
                                      "{group_length} characters ({total} in all); {entered} "
                                      "were entered.",
    StorageCode.RECOVERY_CODE_CHARACTERS: "The recovery code contains characters it cannot "
                                          "hold: {characters}.",
    StorageCode.RECOVERY_CODE_GROUP_TYPO: "Group {group} of the recovery code contains a typo; "
                                          "please check it.",
    StorageCode.RECOVERY_CODE_CHECKSUM: "The recovery code contains a typo (its checksum does "
                                        "not match); please check it.",
    StorageCode.RECOVERY_CODE_FOREIGN: "The recovery code does not belong to this vault.",
    StorageCode.NO_RECOVERY_SLOT: "This vault has no recovery code.",
    StorageCode.KEYSLOT_DAMAGED: "The key slot of user '{user}' in the vault is damaged, so "
                                 "no passphrase can open it; unlock as another user, set a new "
                                 "passphrase with 'vorfallbuch recover', or restore the last "
                                 "backup.",
    StorageCode.RECOVERY_SLOT_DAMAGED: "The vault's recovery slot is damaged, so the recovery "
                                       "code cannot open it; unlock with a user's passphrase, or "
                                       "restore the last backup.",
    StorageCode.RECORD_NOT_FOUND: "There is no {kind} {record_id}.",
    StorageCode.NOTHING_TO_PURGE: "There is no {kind} {record_id} to purge.",
    StorageCode.RECORD_WITHOUT_CONTENT: "The {kind} {record_id} has no content.",
    StorageCode.CONFLICT: "The {kind} {record_id} was changed elsewhere meanwhile (now version "
                          "{version}, this edit was based on version {expected}); nothing was "
                          "saved — reload it and apply the change again.",
    StorageCode.REVISION_PURGED: "The {kind} {record_id} version {version} was purged.",
    StorageCode.REVISION_DAMAGED: "The {kind} {record_id} (version {version}) cannot be opened: "
                                  "it was damaged or altered.",
    StorageCode.RECORD_ROW_DAMAGED: "The {kind} {record_id} cannot be read: the database page "
                                    "that holds it is damaged (the rest is readable; run "
                                    "'vorfallbuch verify' and restore the last backup into a "
                                    "new folder).",
    StorageCode.RECORD_MALFORMED: "The {kind} {record_id} holds malformed data.",
    StorageCode.SEAL_DAMAGED: "A stored value cannot be opened: it was damaged or altered.",
    StorageCode.CHAIN_LINK_DAMAGED: "Chain link {seq} cannot be opened (damaged or altered); "
                                    "the chain is broken from link {seq} on.",
    StorageCode.CHAIN_LINK_MISSING: "Chain link {index} is missing (found {found} instead); "
                                    "the chain is broken from link {index} on.",
    StorageCode.CHAIN_LINK_MISMATCH: "Chain link {seq} does not match its content or its "
                                     "predecessor; the chain is broken from link {seq} on.",
    StorageCode.REVISION_NO_CONTENT: "Version {version} of {kind} {record_id} has no content.",
    StorageCode.REVISION_NOT_IN_CHAIN: "Version {version} of {kind} {record_id} is not in the "
                                       "history chain.",
    StorageCode.REVISION_DIFFERS_FROM_CHAIN: "Version {version} of {kind} {record_id} differs "
                                             "from the content recorded in the history chain.",
    StorageCode.DATABASE_CHECK_FAILED: "The database failed its integrity check: "
                                       "{sqlite_message}.",
    StorageCode.ATTACHMENT_FILE_MISSING: "The stored file of attachment {attachment_id} is "
                                         "missing.",
    StorageCode.ATTACHMENT_HEADER_DAMAGED: "The stored file of attachment {attachment_id} has a "
                                           "damaged header.",
    StorageCode.ATTACHMENT_SEGMENT_DAMAGED: "Segment {segment} of the stored file of attachment "
                                            "{attachment_id} is damaged, truncated or altered.",
    StorageCode.ATTACHMENT_MISMATCH: "The stored file of attachment {attachment_id} does not "
                                     "match the SHA-256 taken at intake.",
    StorageCode.ATTACHMENT_FACTS_UNREADABLE: "The facts stored about attachment "
                                             "{attachment_id} (its size and SHA-256) cannot be "
                                             "read.",
    StorageCode.ATTACHMENT_FOLDER_BUSY: "The attachment folder is being cleaned up by another "
                                        "program right now; the attachment was not stored.",
    StorageCode.NOT_A_DRAFT_ID: "'{draft_id}' is not a draft id.",
    StorageCode.DRAFT_DAMAGED: "The draft {name} is damaged.",
    StorageCode.BACKUP_TARGET_IS_FOLDER: "'{path}' is a folder; give a file name for the "
                                         "backup.",
    StorageCode.TARGET_EXISTS: "'{path}' exists already; choose another name.",
    StorageCode.FOLDER_MISSING: "The folder '{folder}' does not exist.",
    StorageCode.BACKUP_INSIDE_VAULT: "'{path}' is inside the vault in {folder}; choose a place "
                                     "outside it for the backup.",
    StorageCode.SNAPSHOT_FAILED: "The database snapshot failed ({sqlite_message}); no backup "
                                 "was written.",
    StorageCode.VAULT_CHANGED_DURING_BACKUP: "The vault changed while the backup was written "
                                             "(an attachment was purged); please run the "
                                             "backup again.",
    StorageCode.BACKUP_CHECK_FAILED: "The backup failed its read-back check ({problem}); it "
                                     "was not kept.",
    StorageCode.BACKUP_NOT_NOTED: "The backup is complete, but the vault could not note it "
                                  "for the backup reminder: {problem}.",
    StorageCode.COPY_OF_ANOTHER_VAULT: "The copy belongs to another vault.",
    StorageCode.BACKUP_FILE_MISSING: "The backup file '{path}' does not exist.",
    StorageCode.BACKUP_IS_FOLDER: "'{path}' is a folder, not a backup file.",
    StorageCode.BACKUP_UNREADABLE: "The backup file '{path}' cannot be read ({strerror}).",
    StorageCode.NOT_A_BACKUP: "'{path}' is not a Vorfallbuch backup.",
    StorageCode.BACKUP_HEADER_LENGTH: "The backup '{path}' is damaged (bad header length).",
    StorageCode.BACKUP_HEADER_UNREADABLE: "The backup '{path}' is damaged (unreadable header).",
    StorageCode.BACKUP_OTHER_VERSION: "'{path}' was written by another version of Vorfallbuch.",
    StorageCode.BACKUP_RECOVERY_CODE_WRONG: "The recovery code does not open this backup.",
    StorageCode.BACKUP_UNKNOWN_USER: "The backup has no user '{name}'; its users are: {users}.",
    StorageCode.BACKUP_PASSPHRASE_WRONG: "The passphrase does not open this backup.",
    StorageCode.BACKUP_KEYSLOTS_DAMAGED: "The backup is damaged (unreadable keyslots).",
    StorageCode.BACKUP_SEGMENT_DAMAGED: "Segment {segment} of the backup is damaged, truncated "
                                        "or altered.",
    StorageCode.BACKUP_UNEXPECTED_ENTRY: "The backup holds an unexpected entry; nothing was "
                                         "restored.",
    StorageCode.BACKUP_DAMAGED: "The backup is damaged; nothing was restored.",
    StorageCode.BACKUP_ARCHIVE_DAMAGED: "The backup is damaged (its archive cannot be read); "
                                        "nothing was restored.",
    StorageCode.BACKUP_INCOMPLETE: "The backup is incomplete (its file list does not match); "
                                   "nothing was restored.",
    StorageCode.BACKUP_FILE_LIST_DAMAGED: "The backup is damaged (unreadable file list); "
                                          "nothing was restored.",
    StorageCode.BACKUP_OF_ANOTHER_VAULT: "The backup's database belongs to another vault; "
                                         "nothing was restored.",
    StorageCode.RESTORE_OVER_VAULT: "There is already a vault in {folder}; restoring over it "
                                    "needs --replace (the old vault is then kept aside).",
    StorageCode.RESTORE_TARGET_NOT_EMPTY: "'{path}' exists and is not an empty folder or a "
                                          "vault.",
    StorageCode.RESTORE_INSIDE_VAULT: "'{path}' is inside the vault in {folder}; choose a place "
                                      "outside it for the restored vault.",
    StorageCode.RESTORE_CHECK_FAILED: "The backup does not verify ({problem}); nothing was "
                                      "restored.",
}

APP: dict[ErrorCode, str] = {
    AppCode.MALFORMED_ID: "'{given}' is not a valid {kind} id (give at least {minimum} of its "
                          "hex characters).",
    AppCode.NO_SUCH_ID: "There is no {kind} with id '{given}'.",
    AppCode.AMBIGUOUS_ID: "The id '{given}' matches {count} {kind}s; give more characters.",
    AppCode.RECORD_UNREADABLE: "The {kind} {record_id} holds data this version cannot read "
                               "({problem}).",
    AppCode.OUT_NOT_WRITTEN: "'{path}' cannot be written ({strerror}).",
    AppCode.EXTRACT_MISMATCH: "The attachment {attachment_id} does not match the SHA-256 taken "
                              "at intake; nothing was written.",
    AppCode.NOT_AN_OWNER: "Only an owner of the vault manages users and the recovery code.",
    AppCode.LAST_OWNER: "'{name}' is the vault's last owner and can be neither removed nor "
                        "made a clerk; make another user an owner first.",
    AppCode.TIME_ZONE_MISSING: "The time-zone database has no {zone}, so dates cannot be "
                               "converted to German time; this installation is incomplete (it "
                               "needs the system's time-zone data or the Python package tzdata).",
}

# Input errors. A code with a "kind" is about a field of a record: its sentence follows
# "incident: title: " (the kind, then the field), as the command line has always said it.
INPUT: dict[ErrorCode, str] = {
    InputCode.MISSING: "is required.",
    InputCode.TEXT_TOO_SHORT: "must have at least {limit} characters.",
    InputCode.TEXT_TOO_LONG: "may have at most {limit} characters.",
    InputCode.TOO_FEW_ITEMS: "needs at least {limit} entries.",
    InputCode.TOO_MANY_ITEMS: "may have at most {limit} entries.",
    InputCode.CONTROL_CHARACTERS: "must not contain control characters (line breaks and tabs "
                                  "are fine).",
    InputCode.LINE_CONTROL_CHARACTERS: "must not contain control characters or line breaks.",
    InputCode.NOT_UTF8: "contains bytes that are not valid text (UTF-8).",
    InputCode.EMPTY: "must not be empty.",
    InputCode.NEGATIVE: "must not be negative.",
    InputCode.NUMBER_TOO_SMALL: "must be at least {limit}.",
    InputCode.NUMBER_TOO_LARGE: "is too large (the limit is {limit}).",
    InputCode.DECIMAL_PLACES: "may have at most {limit} decimal places.",
    InputCode.NOT_A_NUMBER: "is not a valid number.",
    InputCode.NOT_ALLOWED: "is not one of the allowed values ({allowed}).",
    InputCode.NOT_A_RECORD_ID: "is not a record id (32 hexadecimal characters).",
    InputCode.UNKNOWN_FIELD: "is not a known field.",
    InputCode.NOT_A_DATE: "is not a valid date (use YYYY-MM-DD).",
    InputCode.NOT_A_TIME: "is not a valid time (use HH:MM or HH:MM:SS).",
    InputCode.NOT_A_DATETIME: "is not a valid date and time (ISO 8601).",
    InputCode.NOT_A_LIST: "must be a list [...].",
    InputCode.NOT_AN_OBJECT: "must be an object {{...}}.",
    InputCode.NOT_TEXT: "must be text.",
    InputCode.NOT_TRUE_OR_FALSE: "must be true or false.",
    InputCode.INVALID: "is invalid.",
    InputCode.END_BEFORE_START: "must not be before occurred.",
    InputCode.PERSON_LINKED_TWICE: "the same person is linked twice in the same role.",
    InputCode.NOT_AN_EMAIL: "'{value}' is not an e-mail address.",
    InputCode.CONTACT_WITHOUT_NAME: "a contact needs a name or an organisation.",
    InputCode.TIME_WITH_ZONE: "give the local time without a time zone.",
    InputCode.MISSING_LINK: "there is no {target} {record_id}.",
    InputCode.FIXED_FIELD: "describes the original file and cannot be changed.",
    InputCode.PERIOD_ORDER: "The period starts after it ends.",
    InputCode.NOT_A_FILE: "'{path}' does not exist or is not a file.",
    InputCode.FILE_NO_PERMISSION: "'{path}' cannot be read (no permission).",
    InputCode.FILE_IS_FOLDER: "'{path}' is a folder, not a file.",
    InputCode.FILE_UNREADABLE: "'{path}' cannot be read ({strerror}).",
    InputCode.OUT_EXISTS: "'{path}' exists already; choose another name.",
    InputCode.OUT_IS_FOLDER: "'{path}' is a folder; give a file name.",
}

TEMPLATES: dict[ErrorCode, str] = {**STORAGE, **APP, **INPUT}


def wait_text(seconds: float) -> str:
    """A wait as the command line says it: "30 s", "2 min", "1 min 30 s" (rounded up)."""
    total = max(1, int(seconds + 0.999))
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    return f"{minutes} min" if minutes else f"{secs} s"


def byte_text(size: int) -> str:
    """'512 bytes', '1.5 MB' (binary units)."""
    for factor, unit in ((1024**4, "TB"), (1024**3, "GB"), (1024**2, "MB"), (1024, "KB")):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def _value(name: str, value: Any) -> str:
    """A parameter as it goes into a sentence, by what it is and what it is called."""
    if isinstance(value, StorageError):
        return describe(value).removesuffix(".")  # the reason behind, inside this sentence
    if isinstance(value, NotDone):
        return ACTIONS[value]
    if name in ("kind", "target"):
        return KINDS.get(str(value), str(value))
    if name == "seconds":
        return wait_text(float(value))
    if name in ("free", "needed"):
        return byte_text(int(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, os.PathLike):
        return str(os.fspath(value))  # as the platform writes it
    return str(value)


def _about(exc: InvalidInputError) -> str:
    """What an input error is about: "incident: title: ", or "incident: " without a field."""
    kind = KINDS.get(str(exc.params.get("kind", "")), str(exc.params.get("kind", "")))
    return f"{kind}: {exc.field}: " if exc.field else f"{kind}: "


def describe(exc: BaseException) -> str:
    """One English sentence for a failure the user should see."""
    if isinstance(exc, UsageError):
        return exc.message
    if not isinstance(exc, StorageError):
        return str(exc)
    template = TEMPLATES.get(exc.code)
    if exc.code is StorageCode.DISK_FULL and not exc.params.get("needed"):
        template = "The disk holding {folder} is full ({free} free); free some space or " \
                   "choose another place; {action}."
    if template is None:  # intake's and export's codes are worded by their own modules
        from cli.export_messages import export_error
        from cli.notices import intake_error

        return intake_error(exc) or export_error(exc) or str(exc)
    sentence = template.format(**{name: _value(name, value)
                                  for name, value in exc.params.items()})
    if isinstance(exc, InvalidInputError) and "kind" in exc.code.params:
        return _about(exc) + sentence
    return sentence
