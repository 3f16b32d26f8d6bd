"""Where the vault lives by default (the platform's per-user data folder), and where the app's
own read-only files (fonts, translations) are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Vorfallbuch"


def default_vault_dir() -> Path:
    override = os.environ.get("VORFALLBUCH_VAULT")
    if override:
        return Path(override)
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"


def resource_dir() -> Path:
    """The `resources` folder: beside the packages in a source tree or an editable install, in
    the bundle folder (`sys._MEIPASS`, `_internal/` beside the executable) in the frozen
    PyInstaller build (build.spec copies it there)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
