"""Errors raised by the storage layer. Each carries one clear, user-facing sentence."""

from __future__ import annotations


class StorageError(Exception):
    """Base for every error the storage layer reports to a user."""


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
    pass


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
