"""Where the vault lives by default: the platform's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Vorfallbuch"


def default_vault_dir() -> Path:
    override = os.environ.get("VORFALLBUCH_VAULT")
    if override:
        return Path(override)
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"
