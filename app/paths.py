"""Where the vault lives by default (the platform's per-user data folder), where the app's
own read-only files (fonts, translations) are, and how a running app names the vault it has
open so a second start finds it (ui/single_instance.py)."""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import sys
import tempfile
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


RUNTIME_DIR_ENV = "VORFALLBUCH_RUNTIME_DIR"


def runtime_dir() -> Path:
    """Where a running app keeps the lock files that say which vault it has open: the
    per-user temp folder (VORFALLBUCH_RUNTIME_DIR for tests)."""
    override = os.environ.get(RUNTIME_DIR_ENV)
    return Path(override) if override else Path(tempfile.gettempdir())


def instance_name(folder: Path) -> str:
    """One name per vault folder and OS user, the same however the folder is written (a
    relative path, a symlink, another case on Windows): the lock file's and the local
    socket's name. Only letters, digits and dashes: a named pipe on Windows, a socket file
    elsewhere."""
    try:
        resolved = folder.resolve()
    except OSError:
        resolved = folder.absolute()
    key = hashlib.sha256(os.path.normcase(str(resolved)).encode("utf-8", "surrogatepass"))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system (a container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    user = re.sub(r"[^A-Za-z0-9]+", "-", user)[:32] or "user"
    return f"vorfallbuch-{user}-{key.hexdigest()[:24]}"
