"""The one error for work the user called off: long work in the core (intake, the dossier)
takes a `cancelled()` check and raises Cancelled when it says stop, having left nothing
half-done (docs/architecture.md, "Background jobs"). It is no failure, so it carries no code:
each front end says it once ("Der Vorgang wurde abgebrochen.", the CLI's "interrupted")."""

from __future__ import annotations

from collections.abc import Callable

CancelFn = Callable[[], bool]  # True: stop and raise Cancelled


class Cancelled(Exception):
    """The caller's cancel check said stop; nothing usable was written."""
