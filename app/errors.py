"""The errors the core reports to users, in one place for the front ends (importing this is
cheap: no ORM, no pydantic), and the codes app/ raises them with. Like storage's codes
(storage/errors.py), each code declares its parameters; the front ends word them: the GUI in
German (ui/messages.py), the command line in English (cli/messages.py)."""

from __future__ import annotations

from typing import Any

from storage.errors import (
    ConflictError,
    ErrorCode,
    IntegrityError,
    LockedError,
    NotDone,
    PassphrasePolicyError,
    ReadOnlyError,
    RecordNotFoundError,
    RecoveryCodeError,
    SchemaError,
    StorageCode,
    StorageError,
    UnknownUserError,
    UserManagementError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from storage.fileio import file_error
from storage.throttle import UnlockThrottledError

# The front ends catch and word these; they never import storage/ themselves. A failed file
# operation becomes file_error(exc, NotDone...), which says what did not happen.
__all__ = ["AmbiguousIdError", "AppCode", "AppError", "ConflictError", "ErrorCode",
           "InputCode", "IntegrityError", "InvalidInputError", "LockedError", "NotDone",
           "PassphrasePolicyError", "ReadOnlyError", "RecordNotFoundError", "RecoveryCodeError",
           "SchemaError", "StorageCode", "StorageError", "TimeZoneDataError",
           "UnknownUserError", "UnlockThrottledError", "UserManagementError", "VaultExistsError",
           "VaultNotFoundError", "WrongPassphraseError", "file_error"]


class InputCode(ErrorCode):
    """What is wrong with input (InvalidInputError). The field it is about is the error's
    `field`, not a parameter; "kind" is the kind of record being checked ("incident",
    "person", "attachment"), "limit" the bound involved, "path" a file the user named."""

    # What pydantic reports, mapped onto a closed set (app/validation.py).
    MISSING = "missing", "kind"
    EMPTY = "empty", "kind"  # a text that must not be empty (at least one character)
    TEXT_TOO_SHORT = "text_too_short", "kind", "limit"
    TEXT_TOO_LONG = "text_too_long", "kind", "limit"
    TOO_FEW_ITEMS = "too_few_items", "kind", "limit"
    TOO_MANY_ITEMS = "too_many_items", "kind", "limit"
    CONTROL_CHARACTERS = "control_characters", "kind"  # in a text of several lines
    LINE_CONTROL_CHARACTERS = "line_control_characters", "kind"  # one line: no breaks either
    NOT_UTF8 = "not_utf8", "kind"
    NEGATIVE = "negative", "kind"
    NUMBER_TOO_SMALL = "number_too_small", "kind", "limit"
    NUMBER_TOO_LARGE = "number_too_large", "kind", "limit"
    DECIMAL_PLACES = "decimal_places", "kind", "limit"
    NOT_A_NUMBER = "not_a_number", "kind"
    NOT_ALLOWED = "not_allowed", "kind", "allowed"  # pydantic's list of the allowed values
    NOT_A_RECORD_ID = "not_a_record_id", "kind"
    UNKNOWN_FIELD = "unknown_field", "kind"
    NOT_A_DATE = "not_a_date", "kind"
    NOT_A_TIME = "not_a_time", "kind"
    NOT_A_DATETIME = "not_a_datetime", "kind"
    NOT_A_LIST = "not_a_list", "kind"
    NOT_AN_OBJECT = "not_an_object", "kind"
    NOT_TEXT = "not_text", "kind"
    NOT_TRUE_OR_FALSE = "not_true_or_false", "kind"
    INVALID = "invalid", "kind"
    # The models' own checks: raised as PydanticCustomError whose type is the code's value
    # (app/domain/checks.py), so from_validation_error finds the code without reading text.
    END_BEFORE_START = "end_before_start", "kind"
    PERSON_LINKED_TWICE = "person_linked_twice", "kind"
    NOT_AN_EMAIL = "not_an_email", "kind", "value"
    CONTACT_WITHOUT_NAME = "contact_without_name", "kind"
    TIME_WITH_ZONE = "time_with_zone", "kind"
    # The service's own checks.
    MISSING_LINK = "missing_link", "kind", "target", "record_id"  # target: the linked kind
    FIXED_FIELD = "fixed_field", "kind"
    PERIOD_ORDER = "period_order"
    # Files the user named.
    NOT_A_FILE = "not_a_file", "path"  # does not exist, or is not a regular file
    FILE_NO_PERMISSION = "file_no_permission", "path"
    FILE_IS_FOLDER = "file_is_folder", "path"
    FILE_UNREADABLE = "file_unreadable", "path", "errno", "strerror"
    OUT_EXISTS = "out_exists", "path"
    OUT_IS_FOLDER = "out_is_folder", "path"


class AppCode(ErrorCode):
    """What app/ reports besides input errors; parameters named as in StorageCode."""

    MALFORMED_ID = "malformed_id", "kind", "given", "minimum"
    NO_SUCH_ID = "no_such_id", "kind", "given"
    AMBIGUOUS_ID = "ambiguous_id", "kind", "given", "count"
    # A stored record this version cannot read; "problem" is the InvalidInputError behind it.
    RECORD_UNREADABLE = "record_unreadable", "kind", "record_id", "problem"
    OUT_NOT_WRITTEN = "out_not_written", "path", "errno", "strerror"
    EXTRACT_MISMATCH = "extract_mismatch", "attachment_id"
    # User management (app/users.py): only owners manage users; a vault keeps one owner.
    NOT_AN_OWNER = "not_an_owner"
    LAST_OWNER = "last_owner", "name"
    # The time-zone database has no `zone` (Europe/Berlin): the installation is incomplete.
    TIME_ZONE_MISSING = "time_zone_missing", "zone"


class AppError(StorageError):
    """Base for app-level user errors (shares StorageError so front ends catch one type)."""


class InvalidInputError(AppError):
    """Input that fails validation: `code` says what is wrong, `params` hold its details
    (as the code declares them), and `field` names the field ("title", "case.notes.0.text";
    "" when the input as a whole is wrong), for forms to highlight it and for the wording."""

    def __init__(self, code: ErrorCode, /, field: str = "", **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field


class AmbiguousIdError(AppError):
    pass


class TimeZoneDataError(AppError):
    """The time-zone database lacks a zone the app needs: a broken installation, not input."""

    default_code = AppCode.TIME_ZONE_MISSING
