"""The `vorfallbuch` command (and `python -m cli`): the desktop app with no command or with
`gui`, the command line for everything else, both from the one parser in cli/main.py.

This is the one module of cli/ that knows the GUI: it imports ui/ only when the app starts,
so commands stay quick, and Qt is loaded only after the plain-Python modules the unlock
dialog needs (see preimport_for_gui)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def preimport_for_gui() -> None:
    """Import the plain-Python modules the unlock dialog needs before Qt is loaded: once
    PySide6 is imported, it reads the source of every newly imported module (its __feature__
    import hook), which makes each later import slower."""
    import app.access
    import app.start_settings  # noqa: F401


def missing_display() -> str | None:
    """On Linux, the one line to print when there is no screen for the window: Qt's own
    message ("could not load the Qt platform plugin xcb ... reinstalling may fix it") sends a
    user after libraries when only DISPLAY is missing (an SSH session, a service)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, ...: Qt needs no display server
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("vorfallbuch: Kein Bildschirm gefunden: DISPLAY ist nicht gesetzt. Starten Sie "
            "Vorfallbuch in Ihrer Desktop-Sitzung; Befehle wie 'vorfallbuch incident list' "
            "gehen auch ohne Bildschirm.")


def start_gui(vault_dir: Path) -> int:
    problem = missing_display()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    preimport_for_gui()
    from ui.app import run

    return run(vault_dir)


def main(argv: Sequence[str] | None = None) -> int:
    from app.process import forbid_dumps

    forbid_dumps()  # before any secret is read: no crash dump holds the passphrase or the data
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--intake-worker"]:  # the frozen build's sandbox child (app/intake/runner.py)
        from app.intake.worker import main as intake_worker

        return intake_worker(args[1:])
    from cli.main import main as cli_main

    return cli_main(args, gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
