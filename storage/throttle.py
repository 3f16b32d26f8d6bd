"""Growing waits after wrong passphrases, persisted per vault across restarts.

The count lives in a small file beside the database, not in it: a wrong try must change
nothing else in the vault. It slows down guessing through the program; an attacker with the
files faces Argon2id instead. Success resets it."""

from __future__ import annotations

import contextlib
import json
import math
import os
from collections.abc import Callable
from pathlib import Path

from storage.errors import StorageCode, StorageError

FILE_NAME = "unlock-failures.json"
FREE_TRIES = 5
FIRST_WAIT = 30.0  # seconds, after the fifth wrong passphrase
MAX_WAIT = 15 * 60.0  # a stressed user should never be locked out for long


class UnlockThrottledError(StorageError):
    """Raised with the seconds left to wait (params["seconds"], a float)."""

    default_code = StorageCode.UNLOCK_THROTTLED

    @property
    def seconds(self) -> float:
        return float(self.params["seconds"])


def wait_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive wrong passphrases."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(MAX_WAIT, FIRST_WAIT * 2.0 ** min(failures - FREE_TRIES, 16)))


class UnlockThrottle:
    def __init__(self, folder: Path, now: Callable[[], float]) -> None:
        self._path = folder / FILE_NAME
        self._now = now
        self._memory: tuple[int, float] | None = None  # used when the folder is read-only

    def _read(self) -> tuple[int, float]:
        if self._memory is not None:
            return self._memory
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            failures, last = int(data["failures"]), float(data["last"])
            if not math.isfinite(last):
                raise ValueError("not a time")
            return failures, last
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError, OverflowError):
            # A damaged counter must not lock anyone out, nor reset to zero silently: it
            # counts as five failures at the time it was last written.
            try:
                return FREE_TRIES, self._path.stat().st_mtime
            except OSError:
                return FREE_TRIES, self._now()

    def _write(self, failures: int, last: float) -> None:
        temp = self._path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
        try:
            temp.write_text(json.dumps({"failures": failures, "last": last}), encoding="utf-8")
            os.replace(temp, self._path)
            self._memory = None
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            self._memory = (failures, last)  # read-only medium: count for this session

    def remaining(self) -> float:
        failures, last = self._read()
        now = self._now()
        if last > now:
            # The clock was put back since (or the file names a time to come): the wait
            # counts from now, so it never lasts longer than the wait itself.
            self._write(failures, now)
            last = now
        return max(0.0, last + wait_after(failures) - now)

    def check(self) -> None:
        """Raise before any key derivation when the user has to wait."""
        left = self.remaining()
        if left > 0:
            raise UnlockThrottledError(seconds=left)

    def failed(self) -> int:
        failures, _ = self._read()
        self._write(failures + 1, self._now())
        return failures + 1

    def succeeded(self) -> None:
        self._memory = None
        with contextlib.suppress(OSError):
            self._path.unlink(missing_ok=True)
