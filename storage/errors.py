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


class StorageCode(ErrorCode):
    # TRANSITIONAL, while issue 12 converts the raise sites: an error raised with an English
    # sentence instead of a code. Removed once no raise site passes a sentence.
    LEGACY_SENTENCE = "legacy_sentence", "text"


class StorageError(Exception):
    """Base for every error the core reports to a user. `code` says what went wrong, `params`
    hold its details. str() is for logs and tracebacks: the code and the names of its
    parameters, never their values (a path or a name can be personal data)."""

    default_code: ErrorCode | None = None

    def __init__(self, code: ErrorCode | str | None = None, /, **params: Any) -> None:
        self._legacy: str | None = None
        if isinstance(code, str) and not isinstance(code, ErrorCode):  # TRANSITIONAL
            self._legacy = code
            params, code = {"text": code, **params}, StorageCode.LEGACY_SENTENCE
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
        if self._legacy is not None:  # TRANSITIONAL
            return self._legacy
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
