"""`python -m app` runs the command line."""

import sys

if sys.argv[1:2] == ["--intake-worker"]:  # the sandbox child (app/intake/runner.py)
    from app.intake.worker import main as intake_worker

    sys.exit(intake_worker(sys.argv[2:]))

from app.cli.main import main

sys.exit(main())
