"""The `vorfallbuch` command: the GUI for `vorfallbuch gui` (and with no arguments), the command
line for everything else. Qt is imported only when the GUI starts, so CLI commands stay quick."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def start_gui(vault_dir: Path) -> int:
    from ui.app import run

    return run(vault_dir)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--intake-worker"]:  # the frozen build's sandbox child (app/intake/runner.py)
        from app.intake.worker import main as intake_worker

        return intake_worker(args[1:])
    from app.cli.main import main as cli_main

    return cli_main(args, gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
