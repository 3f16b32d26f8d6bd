"""The sandbox's constants that both sides need: the parent (app/intake/runner.py) and the child
(app/intake/worker.py). Imports nothing, so the child starts without the domain models
(pydantic), which the dossier's pictures and PDF copies do not need."""

from __future__ import annotations

MEMORY_LIMIT = 1024 * 1024 * 1024  # address space of the child (POSIX only)
MAX_REQUEST = 64 * 1024
# A test seam: the tests make the child misbehave (hang, allocate, crash, print garbage) to
# prove the limits. It reaches the child only through `run_worker(..., fault=...)`; a value
# inherited from the environment is removed, so nothing outside a test can switch it on.
FAULT_ENV = "VORFALLBUCH_INTAKE_TEST_FAULT"
