"""`python -m ui [--vault DIR]` starts the GUI."""

import sys

from ui.launcher import main

sys.exit(main(["gui", *sys.argv[1:]]))
