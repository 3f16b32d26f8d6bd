"""The process keeps its secrets: no core dump and no crash dump with its memory.

An unlocked app holds the data key, the passphrase while it is typed, and decrypted incident
texts; a crash dump of it (a core file, systemd-coredump, Windows Error Reporting, macOS's
crash reporter) would write them to disk, readable by whoever finds the file. Both front ends
call `forbid_dumps` first thing (cli/launcher.py); the intake sandbox child limits itself on
its own (app/intake/worker.py).

- Linux: RLIMIT_CORE 0 (no core file) and PR_SET_DUMPABLE 0, which also stops core dumps piped
  to a handler (systemd-coredump ignores RLIMIT_CORE) and ptrace by other processes of the
  same user.
- macOS and other POSIX systems: RLIMIT_CORE 0.
- Windows: Windows Error Reporting is told not to collect heap memory for this process
  (WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)), and the crash dialog is switched off
  (SetErrorMode(SEM_NOGPFAULTERRORBOX)). A dump an administrator configures system-wide
  (LocalDumps with a full dump type) cannot be refused by the process itself.
"""

from __future__ import annotations

import sys
from typing import Any

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def forbid_dumps() -> list[str]:
    """Turn crash dumps of this process off; the measures that took effect (for tests and the
    log). Never raises: a system without one of them keeps the others."""
    done: list[str] = []
    if sys.platform == "win32":
        done += _windows()
        return done
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("rlimit_core")
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None and libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            done.append("not_dumpable")
    return done


def dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux), None where that cannot be asked."""
    libc = _libc() if sys.platform.startswith("linux") else None
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> Any:  # a ctypes.CDLL, or None
    try:
        import ctypes

        # The symbols already loaded into the process, libc's among them (finding libc by
        # name would run ldconfig: tens of milliseconds at every start).
        return ctypes.CDLL(None, use_errno=True)
    except (ImportError, OSError):
        return None


def _windows() -> list[str]:
    done: list[str] = []
    try:
        import ctypes

        windll = ctypes.windll  # type: ignore[attr-defined, unused-ignore]
        sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
        windll.kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        done.append("no_crash_dialog")
        wer_fault_reporting_flag_noheap = 1
        if windll.wer.WerSetFlags(wer_fault_reporting_flag_noheap) == 0:  # S_OK
            done.append("wer_no_heap")
    except (ImportError, OSError, AttributeError):
        pass
    return done
