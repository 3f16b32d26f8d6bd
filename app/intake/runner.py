"""Running a parser of an untrusted file in a separate process that can be killed.

The child (app/intake/worker.py) gets one request line and the bytes on its standard input
(or a path it only reads), limits its own memory, CPU time and file writes, and answers with
one JSON line, optionally followed by raw bytes. Everything that can go wrong on the way - a
crash, a hang, a child that runs out of memory, prints garbage or too much - becomes a
`SandboxFailure` with its code; the caller turns it into the reason on the stored original.
Nothing here raises for what is inside a file, and nothing the child says is trusted: its
answer is checked here (shape, size) and by the caller (the facts and their codes).

The child is started as `python -m app.intake.worker` from a source tree, and as the app's
own executable with `--intake-worker` in a frozen (PyInstaller) build, where `-m` does not
exist: cli/launcher.py hands that argument to the worker before anything else is imported.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import app
from app.intake.codes import IntakeCode
from app.intake.errors import SandboxFailure
from app.intake.limits import FAULT_ENV, MAX_REQUEST, MEMORY_LIMIT
from app.logs import forward_child_log
from app.progress import Cancelled

WORKER_FLAG = "--intake-worker"
DEFAULT_TIMEOUT = 30.0  # seconds for one file, start-up of the child included
MAX_REPLY = 16 * 1024 * 1024  # the JSON line; EmailFacts at their largest stay below
_POLL = 0.05


@dataclass(frozen=True)
class WorkerReply:
    header: dict[str, Any]
    payload: bytes = b""


def worker_command(memory: int, cpu_seconds: int) -> list[str]:
    limits = ["--memory", str(memory), "--cpu", str(cpu_seconds)]
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, *limits]
    return [sys.executable, "-B", "-m", "app.intake.worker", *limits]


def _child_env(fault: str | None) -> dict[str, str]:
    # The child needs no secret: the passphrase variables (and every other setting of ours)
    # stay in the parent.
    env = {k: v for k, v in os.environ.items() if not k.startswith("VORFALLBUCH_")}
    if not getattr(sys, "frozen", False):
        root = str(Path(app.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    if fault:
        env[FAULT_ENV] = fault
    return env


class _Reader(threading.Thread):
    """Drains one pipe of the child up to `cap` bytes; past the cap it flags the overflow and
    stops, or (`discard`: the child's stderr, whose excess is only log lines) keeps draining
    without keeping, so a chatty child never blocks on a full pipe."""

    def __init__(self, stream: IO[bytes], cap: int, discard: bool = False) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.cap = cap
        self.discard = discard
        self.chunks: list[bytes] = []
        self.size = 0
        self.overflow = False

    def run(self) -> None:
        try:
            while chunk := self.stream.read(65536):
                if self.size + len(chunk) > self.cap:
                    self.overflow = True
                    if self.discard:
                        continue
                    return
                self.chunks.append(chunk)
                self.size += len(chunk)
        except (OSError, ValueError):
            return

    def data(self) -> bytes:
        return b"".join(self.chunks)


class _Writer(threading.Thread):
    """Feeds the request and the bytes to the child; a child that stops reading (it found
    what it needed, or died) must not block the parent, so errors here are ignored."""

    def __init__(self, stream: IO[bytes], head: bytes, source: Path | bytes | None) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.head = head
        self.source = source

    def run(self) -> None:
        try:
            self.stream.write(self.head)
            if isinstance(self.source, bytes):
                view = memoryview(self.source)
                for start in range(0, len(view), 1 << 20):
                    self.stream.write(view[start:start + (1 << 20)])
        except (OSError, ValueError):
            pass
        finally:
            with contextlib.suppress(OSError):
                self.stream.close()


def run_worker(
    request: dict[str, Any],
    data: bytes | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_payload: int = 0,
    memory: int = MEMORY_LIMIT,
    cancel: Callable[[], bool] | None = None,
    fault: str | None = None,
) -> WorkerReply:
    """Send `request` (and `data`, when the bytes are in memory) to a fresh child and return
    its answer. Raises SandboxFailure or Cancelled, nothing else."""
    head = json.dumps(request).encode("utf-8") + b"\n"
    if len(head) > MAX_REQUEST:
        raise SandboxFailure(IntakeCode.REQUEST_TOO_LONG)
    cpu = max(2, math.ceil(timeout) + 1)
    kwargs: dict[str, Any] = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW
    try:
        child = subprocess.Popen(
            worker_command(memory, cpu), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=_child_env(fault), close_fds=True, **kwargs)
    except OSError as exc:
        raise SandboxFailure(IntakeCode.READER_NOT_STARTED, errno=exc.errno or 0,
                             strerror=exc.strerror or "") from None
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    writer = _Writer(child.stdin, head, data)
    out = _Reader(child.stdout, MAX_REPLY + max_payload + 1)
    err = _Reader(child.stderr, 64 * 1024, discard=True)
    for thread in (writer, out, err):
        thread.start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                child.wait(timeout=_POLL)
                break
            except subprocess.TimeoutExpired:
                pass
            if out.overflow:
                raise SandboxFailure(IntakeCode.READER_FLOOD)
            if cancel is not None and cancel():
                raise Cancelled()
            if time.monotonic() > deadline:
                raise SandboxFailure(IntakeCode.READER_TIMEOUT, seconds=float(timeout))
        out.join(timeout=5)
        err.join(timeout=5)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            stream.close()
        forward_child_log(err.data())  # the child's warnings, scrubbed, to our log file
    return _reply(child.returncode, out)


def _reply(code: int, out: _Reader) -> WorkerReply:
    if out.overflow:
        raise SandboxFailure(IntakeCode.READER_FLOOD)
    raw = out.data()
    line, newline, payload = raw.partition(b"\n")
    header: Any = None
    if newline and len(line) <= MAX_REPLY:
        try:
            header = json.loads(line)
        except ValueError:
            header = None
    if not isinstance(header, dict):
        if code != 0:
            raise _exit_failure(code)
        raise SandboxFailure(IntakeCode.READER_NO_ANSWER)
    size = header.get("payload_size", 0)
    if not isinstance(size, int) or size != len(payload):
        raise SandboxFailure(IntakeCode.READER_INCOMPLETE)
    return WorkerReply(header, payload)


def _exit_failure(code: int) -> SandboxFailure:
    if code in (-9, -24, 137):  # SIGKILL (memory on some systems), SIGXCPU
        return SandboxFailure(IntakeCode.READER_LIMITS)
    return SandboxFailure(IntakeCode.READER_CRASHED, exit_code=code)
