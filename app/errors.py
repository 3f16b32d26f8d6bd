"""The errors the core reports to users, in one place for the front ends (importing this is
cheap: no ORM, no pydantic)."""

from __future__ import annotations

from storage.errors import (
    ConflictError,
    ErrorCode,
    IntegrityError,
    LockedError,
    PassphrasePolicyError,
    ReadOnlyError,
    RecordNotFoundError,
    RecoveryCodeError,
    SchemaError,
    StorageError,
    UnknownUserError,
    UserManagementError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from storage.fileio import os_error_message
from storage.throttle import UnlockThrottledError

# The front ends catch and word these; they never import storage/ themselves.
__all__ = ["AmbiguousIdError", "AppError", "ConflictError", "ErrorCode", "IntegrityError",
           "InvalidInputError", "LockedError", "PassphrasePolicyError", "ReadOnlyError",
           "RecordNotFoundError", "RecoveryCodeError", "SchemaError", "StorageError",
           "UnknownUserError", "UnlockThrottledError", "UserManagementError",
           "VaultExistsError", "VaultNotFoundError", "WrongPassphraseError", "os_error_message"]


class AppError(StorageError):
    """Base for app-level user errors (shares StorageError so front ends catch one type)."""


class InvalidInputError(AppError):
    """Input that fails validation. ``field`` names the field, for forms to highlight it;
    ``code`` says what is wrong in a stable word (pydantic's error type, e.g.
    "string_too_long", or "value_error" for the model's own checks) so a German front end can
    say it in its own words; ``limit`` is the bound involved, if any."""

    def __init__(self, message: str, field: str = "", code: str = "",
                 limit: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.code = code  # type: ignore[assignment]  # TRANSITIONAL: pydantic error types
        self.limit = limit


class AmbiguousIdError(AppError):
    pass
