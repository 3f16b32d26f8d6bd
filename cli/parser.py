"""The argument parser type shared by the command modules."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, NoReturn

from cli.output import one_line

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """Usage errors as one line, with a pointer to --help."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"vorfallbuch: error: {one_line(message)} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_USAGE)


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[Parser]
else:
    Subparsers = argparse._SubParsersAction
