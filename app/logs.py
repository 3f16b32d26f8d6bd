"""Where the libraries' warnings go: a rotating log file in the platform's log folder, never the
terminal (unless asked with --verbose), and nothing in it that names a person.

pypdf, Pillow, extract-msg, Qt's image plugins (ui/qt_log.py) and the intake child
(forward_child_log) all write through Python's logging. What reaches the file is reduced to the
level, the logger's name and a scrubbed message (scrub): no quoted text, no word with a letter
outside ASCII, no address, no path, no long token, no traceback and no exception text (those can
quote decrypted data; the terminal still gets the crash hook's traceback, the file only the
exception's type). One message shape is written at most REPEATS times per process, so a file
with ten thousand damaged strips costs a line, not a megabyte. The file is owner-only from its
first byte and rotates at MAX_BYTES with BACKUPS old files beside it.

If the folder cannot be made or written (a read-only profile, a full disk), nothing is logged to
disk and the app works as before: a log is never a reason to fail.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import re
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from platformdirs import user_log_dir

from app.paths import APP_NAME

LOG_NAME = "vorfallbuch.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
REPEATS = 20
MAX_MESSAGE = 240
MAX_TOKEN = 32
# Our own packages: their errors still reach the terminal without --verbose (the crash hook's
# traceback); the libraries' warnings do not.
OWN = ("app", "ui", "cli", "export", "storage")
# The intake child marks the lines of its log on stderr; anything else there (a library's
# stray print, which may quote the file) is dropped.
CHILD_MARK = "\x1evorfallbuch-log\t"
CHILD_LOGGER = "intake.child"
_TAG = "_vorfallbuch_handler"

_QUOTED = re.compile(r"""b?'[^']*'|b?"[^"]*"|„[^“”]*[“”]|“[^”]*”|«[^»]*»|‘[^’]*’""")
_ADDRESS = re.compile(r"\S*@\S*")
_SPACE = re.compile(r"\s+")
_NAMED_FILE = re.compile(r"[A-Za-z]\.[A-Za-z]")  # Drohbrief.pdf, anna.schmidt, www.host.de


def log_dir() -> Path:
    override = os.environ.get("VORFALLBUCH_LOG_DIR")
    if override:
        return Path(override)
    return Path(user_log_dir(APP_NAME, appauthor=False))


def _path_like(token: str) -> bool:
    bare = token.strip("()[]{},;:.")
    if "\\" in bare or bare.startswith("~") or re.match(r"^[A-Za-z]:", bare):
        return True
    # One leading slash and a word is a PDF name (/Title, /XObject); more is a path.
    return bare.count("/") > 1 or ("/" in bare and not bare.startswith("/"))


def _token(token: str) -> str:
    if (not token.isascii() or len(token) > MAX_TOKEN or "@" in token or _path_like(token)
            or "%" in token or _NAMED_FILE.search(token)):
        return "…"
    return token


def scrub(text: str) -> str:
    """`text` without what could name a person or quote a file: quoted text, addresses, paths,
    file and host names, words with letters outside ASCII and long tokens become "…"; one line,
    at most MAX_MESSAGE characters. (A bare ASCII word cannot be told from a name; the
    libraries' messages are technical, and this is the second line of defence.) A message
    that is quoted as a whole (Qt quotes its strings) keeps its words."""
    line = _SPACE.sub(" ", text).strip()
    if len(line) >= 2 and line[0] == line[-1] == '"' and '"' not in line[1:-1].replace('\\"',
                                                                                        ""):
        line = line[1:-1].replace('\\"', '"')
    line = _QUOTED.sub("…", line.replace('\\"', '"'))
    line = _ADDRESS.sub("…", line)
    words = [_token(word) for word in line.split(" ")]
    kept: list[str] = []
    for word in words:
        if not (word == "…" and kept and kept[-1] == "…"):
            kept.append(word)
    out = " ".join(kept)
    return out if len(out) <= MAX_MESSAGE else out[:MAX_MESSAGE - 1] + "…"


def shape(message: str) -> str:
    """A message with its numbers taken out: what counts as "the same message again"."""
    return re.sub(r"\d+", "#", message)


class Repeats(logging.Filter):
    """Lets each (logger, message shape) through REPEATS times, then once a line saying that
    more were left out, then nothing."""

    def __init__(self, limit: int = REPEATS) -> None:
        super().__init__()
        self.limit = limit
        self.seen: dict[tuple[str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        key = (record.name, shape(scrub(message)))
        count = self.seen.get(key, 0) + 1
        self.seen[key] = count
        if count == self.limit + 1:
            record.msg, record.args = "further messages like this are not logged", None
            return True
        return count <= self.limit


class PrivateFormatter(logging.Formatter):
    """Time, level, logger and the scrubbed message; of an exception only its type."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        try:
            message = record.getMessage()
        except Exception:  # a library's bad format string must not lose the line
            message = str(record.msg)
        text = scrub(message)
        if record.exc_info and record.exc_info[0] is not None:
            text += f" ({record.exc_info[0].__name__})"
        return f"{self.formatTime(record)} {record.levelname} {record.name}: {text}"


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that is owner-only (0600) from its first byte, on every rotation too."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)  # a file left by an older version
        return open(descriptor, "a", encoding="utf-8", errors="replace")

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # a full disk or a vanished folder: the log is never a reason to fail


class _Terminal(logging.Filter):
    def __init__(self, verbose: bool) -> None:
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if self.verbose:
            return True
        own = record.name.split(".", 1)[0] in OWN
        return own and record.levelno >= logging.ERROR


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: TextIO | None = None, line: str | None = None) -> None:
    """warnings.showwarning: a library's warning (Pillow's DecompressionBombWarning, a
    deprecation) is a log record of the module that gave it, not a line on stderr."""
    module = Path(filename).stem if filename else "warnings"
    logging.getLogger(f"py.warnings.{module}").warning("%s: %s", category.__name__, message)


def _open_file(folder: Path) -> PrivateFileHandler | None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = PrivateFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                     backupCount=BACKUPS, encoding="utf-8", delay=False)
    except OSError:
        return None
    return handler


def _reset(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _TAG, False):
            root.removeHandler(handler)
            handler.close()


def _install(root: logging.Logger, handlers: Iterable[logging.Handler]) -> None:
    for handler in handlers:
        setattr(handler, _TAG, True)
        root.addHandler(handler)
    root.setLevel(logging.WARNING)
    warnings.showwarning = _show_warning


def setup(verbose: bool = False, stream: TextIO | None = None,
          folder: Path | None = None) -> Path | None:
    """Route every warning of this process: to the log file (scrubbed; None is returned when
    it cannot be written) and, with `verbose`, to `stream` (default stderr) as they are; without
    it the terminal gets only our own errors. Calling it again replaces what it set up."""
    root = logging.getLogger()
    _reset(root)
    file_handler = _open_file(folder or log_dir())
    terminal = logging.StreamHandler(stream or sys.stderr)
    terminal.addFilter(_Terminal(verbose))
    handlers: list[logging.Handler] = [terminal]
    if file_handler is not None:
        file_handler.setFormatter(PrivateFormatter())
        file_handler.addFilter(Repeats())
        handlers.append(file_handler)
    _install(root, handlers)
    return None if file_handler is None else Path(file_handler.baseFilename)


class _ChildFormatter(PrivateFormatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record).split(": ", 1)[-1]
        return f"{CHILD_MARK}{record.levelname}\t{record.name}\t{text}"


def setup_child(stream: TextIO | None = None) -> None:
    """In the intake child: its log, scrubbed and capped, as marked lines on stderr, which the
    parent forwards to its own log (forward_child_log)."""
    root = logging.getLogger()
    _reset(root)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(_ChildFormatter())
    handler.addFilter(Repeats())
    _install(root, [handler])


def forward_child_log(data: bytes, limit: int = 200) -> int:
    """Log the marked lines of an intake child's stderr under intake.child.<its logger>,
    scrubbed again (the child read a hostile file); returns how many were forwarded."""
    forwarded = 0
    for raw in data.decode("utf-8", "replace").split("\n"):
        if not raw.startswith(CHILD_MARK) or forwarded >= limit:
            continue
        parts = raw[len(CHILD_MARK):].split("\t", 2)
        if len(parts) != 3:
            continue
        level = logging.getLevelName(parts[0])
        name = re.sub(r"\.{2,}", ".", re.sub(r"[^A-Za-z0-9_.]", "", parts[1]))
        name = name.strip(".")[:60] or "unknown"
        logging.getLogger(f"{CHILD_LOGGER}.{name}").log(
            level if isinstance(level, int) else logging.WARNING, "%s", scrub(parts[2]))
        forwarded += 1
    return forwarded
