"""What the user sees when the app itself fails: an exception that escapes a slot or an event
handler would otherwise only be printed to the terminal (PySide6 prints it and carries on), so
a user who started the app from the desktop would see a click do nothing. The hook shows one
German sentence instead and writes the traceback to the log (the terminal, never a file: an
exception's text may quote decrypted data, which must not reach the disk)."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from ui.dialogs import Dialogs

log = logging.getLogger(__name__)
QUIET_SECONDS = 10.0  # a failure repeating on every repaint is shown once, not in a loop

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class UnexpectedErrorHook:
    def __init__(self, dialogs: Dialogs, clock: Callable[[], float] = time.monotonic) -> None:
        self.dialogs = dialogs
        self.clock = clock
        self.shown_at: float | None = None
        self.showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if threading.current_thread() is not threading.main_thread():
            return  # a Qt worker thread: a message box there would bring Qt down
        now = self.clock()
        if self.showing or (self.shown_at is not None and now - self.shown_at < QUIET_SECONDS):
            return  # one message at a time, and not again at once
        from ui.messages import describe

        self.showing, self.shown_at = True, now
        try:
            self.dialogs.error(None, describe(exc))
        except Exception:  # the hook itself must never fail
            log.exception("the error message could not be shown")
        finally:
            self.showing = False


def install(dialogs: Dialogs) -> UnexpectedErrorHook:
    """Route uncaught exceptions (of the GUI thread and of Python threads) to the hook."""
    hook = UnexpectedErrorHook(dialogs)
    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # Not on the GUI thread: a message box there would crash Qt; the log must do.
        log.error("unexpected error in thread %s", args.thread.name if args.thread else "?",
                  exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback))

    threading.excepthook = thread_hook
    return hook
