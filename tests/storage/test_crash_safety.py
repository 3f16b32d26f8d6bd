"""Quick variant of the crash-safety harness: a writer killed 50 times at random moments loses
no acknowledged save and leaves a vault that passes every check (docs/durability.md, "The
crash-safety harness"; the long variant is `./run crash`)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from tools.crash_harness import Options, run

KILLS = 50
# A fresh seed each run widens the coverage over time; set this variable to replay one.
SEED_VARIABLE = "VORFALLBUCH_CRASH_SEED"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks its writer")
def test_killed_writer_loses_no_acknowledged_save(tmp_path: Path) -> None:
    seed = int(os.environ.get(SEED_VARIABLE) or random.SystemRandom().randrange(2**32))
    # Two vaults of 25 kills: later checks see the leftovers of earlier kills, and each check
    # (verify reads every attachment in full) stays cheap enough for the suite.
    result = run(Options(kills=KILLS, seed=seed, kills_per_vault=KILLS // 2), tmp_path)
    replay = (f"replay: {SEED_VARIABLE}={seed} pytest {__file__} or "
              f"./run crash --kills {KILLS} --kills-per-vault {KILLS // 2} --seed {seed}")
    assert result.kills == KILLS, f"stopped early; {replay}\n" + "\n".join(result.messages)
    assert result.ok, (f"seed {seed}: {result.lost} lost saves, {result.failed} failed checks; "
                       f"{replay}\n" + "\n".join(result.messages[:20]))
    # The run must have exercised what it claims to test, not just idled between kills.
    assert result.acked >= KILLS
    assert result.in_flight_at_kill > 0
