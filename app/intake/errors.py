"""The one error a parser raises for a file it cannot read."""

from __future__ import annotations


class UnreadableFileError(Exception):
    """The file could not be parsed; the message is one English sentence for the user.

    Intake stores the original all the same and keeps this message as its note.
    """
