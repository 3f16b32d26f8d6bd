"""The command line's own mistakes: a malformed option value, a file named on the command line
that cannot be read, a missing secret. They are about the command line itself, so they carry
the CLI's English sentence; the core's errors carry codes (cli/messages.py words them)."""

from __future__ import annotations


class UsageError(Exception):
    """One English sentence for the user; exit code 1, like an error the core reports."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
