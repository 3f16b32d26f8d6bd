"""What the desktop app needs from the settings before its first window, and the vault folder a
command uses when none is given: read from a file the settings model wrote without importing
pydantic (app/settings_file.py says how), any other file through the model."""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import default_vault_dir
from app.settings_file import (
    StartSettings,
    from_the_apps_file,
    language_override,
    settings_path,
)

__all__ = ["StartSettings", "read_start_settings", "settings_path", "vault_dir"]


def read_start_settings(path: Path) -> StartSettings:
    """The start values; VORFALLBUCH_LANGUAGE overrides the language for this run. No file
    (the first start) means the defaults."""
    start = StartSettings() if not path.exists() else from_the_apps_file(path)
    if start is None:
        from app.settings import Settings  # not the app's own file: the model decides

        full = Settings.load_stored(path)
        start = StartSettings(full.language, full.last_user, full.vault_folder)
    override = language_override()
    return start if override is None else StartSettings(override, start.last_user,
                                                        start.vault_folder)


def vault_dir() -> Path:
    """The vault folder when none is given: VORFALLBUCH_VAULT, else the folder the user chose
    in the app, else the platform's default."""
    if os.environ.get("VORFALLBUCH_VAULT"):
        return default_vault_dir()
    chosen = read_start_settings(settings_path()).vault_folder
    return Path(chosen) if chosen else default_vault_dir()


