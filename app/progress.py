"""How long work in the core (intake, the dossier, later backups) reports and stops, declared
once: it takes `progress(done, total, text)` and `cancelled()`, and raises Cancelled when the
check says stop, having left nothing half-done (docs/architecture.md, "Background jobs").
Cancelled is no failure, so it carries no code: each front end says it once ("Der Vorgang
wurde abgebrochen.", the CLI's "interrupted"). `text` is for a progress line; a front end may
show its own words instead."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]  # (done, total, text)
CancelFn = Callable[[], bool]  # True: stop and raise Cancelled


class Cancelled(Exception):
    """The caller's cancel check said stop; nothing usable was written."""
