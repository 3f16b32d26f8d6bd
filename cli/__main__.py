"""`python -m cli`: the same as the `vorfallbuch` command."""

import sys

from cli.launcher import main

sys.exit(main())
