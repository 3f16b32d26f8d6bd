"""The `vorfallbuch` command: the GUI for `vorfallbuch gui` (and with no arguments), the command
line for everything else. Qt is imported only when the GUI starts, so CLI commands stay quick;
and the GUI does not wait for the CLI's modules (the full command table imports the vault, the
ORM and pydantic: most of a second) when all it was given is `gui` and `--vault`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def preimport_for_gui() -> None:
    """Import the plain-Python modules the unlock dialog needs before Qt is loaded: once
    PySide6 is imported, it reads the source of every newly imported module (its __feature__
    import hook), which makes each later import slower."""
    import app.settings  # noqa: F401
    import storage.peek
    import storage.throttle  # noqa: F401


def start_gui(vault_dir: Path) -> int:
    preimport_for_gui()
    from ui.app import run

    return run(vault_dir)


def gui_vault_dir(args: Sequence[str]) -> Path | None:
    """The vault folder when `args` only start the GUI (`gui`, `--vault DIR`,
    `--vault=DIR`, in any order, each at most once), else None: the CLI then parses them,
    with its help and its error messages."""
    vault: str | None = None
    seen_gui = False
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if token == "gui" and not seen_gui:
            seen_gui = True
        elif token == "--vault" and vault is None and rest and not rest[0].startswith("-"):
            vault = rest.pop(0)
        elif token.startswith("--vault=") and vault is None:
            vault = token.removeprefix("--vault=")
        else:
            return None
    if vault:
        return Path(vault)
    from app.settings import vault_dir

    return vault_dir()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--intake-worker"]:  # the frozen build's sandbox child (app/intake/runner.py)
        from app.intake.worker import main as intake_worker

        return intake_worker(args[1:])
    folder = gui_vault_dir(args)
    if folder is not None:
        return start_gui(folder)
    from app.cli.main import main as cli_main

    return cli_main(args, gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
