"""Where the CLI gets secrets from: a file, the environment (for scripts), or a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from cli.errors import UsageError
from cli.inputs import read_text_file

ENV_PASSPHRASE = "VORFALLBUCH_PASSPHRASE"
ENV_NEW_PASSPHRASE = "VORFALLBUCH_NEW_PASSPHRASE"
ENV_RECOVERY = "VORFALLBUCH_RECOVERY_CODE"
MAX_SECRET_FILE = 64 * 1024


def read_secret_file(path: str, what: str) -> str:
    """The file's content without one trailing line break (as restic and borg read it)."""
    text = read_text_file(path, MAX_SECRET_FILE, f"The {what} file '{path}'",
                          f"is too large to hold a {what}")
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise UsageError(f"The {what} file '{path}' is empty.")
    return text


def _from_env(name: str) -> str | None:
    """A secret from the environment; bytes that are not UTF-8 (which the key derivation
    cannot take) are a clear error, not a crash."""
    value = os.environ.get(name)
    if value and any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise UsageError(f"{name} holds bytes that are not UTF-8 text.")
    return value


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def current_passphrase(passphrase_file: str | None, user: str | None) -> str:
    if passphrase_file:
        return read_secret_file(passphrase_file, "passphrase")
    from_env = _from_env(ENV_PASSPHRASE)
    if from_env:
        return from_env
    if _interactive():
        return getpass.getpass(f"Passphrase{f' for {user}' if user else ''}: ")
    raise UsageError(
        f"No passphrase given: type it in a terminal, set {ENV_PASSPHRASE}, "
        "or use --passphrase-file FILE."
    )


def new_passphrase(new_passphrase_file: str | None, env: str = ENV_NEW_PASSPHRASE) -> str:
    if new_passphrase_file:
        return read_secret_file(new_passphrase_file, "passphrase")
    from_env = _from_env(env)
    if from_env:
        return from_env
    if _interactive():
        first = getpass.getpass("New passphrase: ")
        second = getpass.getpass("Repeat the new passphrase: ")
        if first != second:
            raise UsageError("The two passphrases differ; nothing was changed.")
        return first
    raise UsageError(
        f"No new passphrase given: type it in a terminal, set {env}, "
        "or use --new-passphrase-file FILE."
    )


def recovery_code(code_file: str | None) -> str:
    if code_file:
        return read_secret_file(code_file, "recovery code")
    from_env = _from_env(ENV_RECOVERY)
    if from_env:
        return from_env
    if _interactive():
        return getpass.getpass("Recovery code (groups may be typed with or without dashes): ")
    raise UsageError(
        f"No recovery code given: type it in a terminal, set {ENV_RECOVERY}, "
        "or use --recovery-code-file FILE."
    )
