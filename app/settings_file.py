"""The settings file's rules, shared by the pydantic model (app/settings.py) and by what the
desktop app reads before its first window (app/start_settings.py: the language, the vault
folder the user chose, the last user), which must not import pydantic: it costs about 140 ms
to import here, more than half of a bare Qt window's start.

The settings are declared and validated by the pydantic model in app/settings.py. Whenever it
writes the file, it adds a CRC-32 of what it wrote (DIGEST_KEY). A file whose checksum matches
is what the model accepted, and its start values are taken from it here (through the same
rules the model applies); any other file (an older app's, a hand-edited or damaged one) goes
through the model (app/start_settings.py). The checksum is no protection against someone who
can write the user's files (they could change the app itself): it only tells the app's own
file from any other."""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from app.paths import APP_NAME

LANGUAGES = ("de", "en")
LANGUAGE_ENV = "VORFALLBUCH_LANGUAGE"  # "de" or "en": the GUI language for this run
CONFIG_ENV = "VORFALLBUCH_CONFIG"  # another settings file (tests, a second profile)
MAX_FILE_BYTES = 1_000_000  # a settings file is a few hundred bytes; anything huge is not ours
MAX_REMEMBERED_VAULTS = 1000  # vault ids kept for "support contacts offered"
MAX_PATH_CHARS = 4096  # longer than any path a desktop file system accepts
MAX_USER_CHARS = 1000
DIGEST_KEY = "crc32_of_the_settings_above"


class Bounds(NamedTuple):
    low: int
    high: int

    def clamp(self, value: int) -> int:
        return min(max(value, self.low), self.high)


AUTO_LOCK_MINUTES = Bounds(1, 120)
CLIPBOARD_CLEAR_SECONDS = Bounds(5, 300)


def settings_path() -> Path:
    """settings.json in the platform's config folder, or VORFALLBUCH_CONFIG."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def language_override() -> str | None:
    """The language VORFALLBUCH_LANGUAGE asks for, if it names one the app has."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    return value if value in LANGUAGES else None


def usable_folder(text: str) -> bool:
    """"" (the default folder) or an absolute path of sane length without NUL or line breaks."""
    if text == "":
        return True
    return (len(text) <= MAX_PATH_CHARS and not any(c in text for c in "\0\n\r")
            and Path(text).is_absolute())


def usable_user(text: str) -> bool:
    return len(text) <= MAX_USER_CHARS


def digest(values: dict[str, Any]) -> str:
    """The checksum the model writes beside the settings (over their canonical JSON). A
    CRC-32, not a cryptographic hash: it only has to tell a changed file from the app's own
    (anyone can compute either), and hashlib alone costs ~5 ms of the app's start here."""
    canonical = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{zlib.crc32(canonical.encode('utf-8')):08x}"


def read_json(path: Path) -> object:
    """The parsed file, or None when it is missing, huge, not UTF-8 or not JSON."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return None
        return json.loads(raw.decode("utf-8"), parse_int=_parse_int)
    except (OSError, ValueError, RecursionError):
        return None


@dataclass(frozen=True)
class StartSettings:
    """The model's defaults for these three (tests/app/test_settings.py keeps them equal)."""

    language: str = "de"
    last_user: str = ""  # preselected in the unlock dialog
    vault_folder: str = ""  # "" is the platform's default folder


def written_by_the_app(data: object) -> dict[str, Any] | None:
    """The settings in `data` if it is exactly what the model last wrote, else None."""
    if not isinstance(data, dict) or not isinstance(data.get(DIGEST_KEY), str):
        return None
    values = {k: v for k, v in data.items() if k != DIGEST_KEY}
    return values if digest(values) == data[DIGEST_KEY] else None


def from_the_apps_file(path: Path) -> StartSettings | None:
    """The start values of a file the model wrote (digest and rules check out), else None."""
    values = written_by_the_app(read_json(path))
    if values is None:
        return None
    language, user, folder = (values.get(k) for k in ("language", "last_user", "vault_folder"))
    if (language in LANGUAGES and isinstance(user, str) and usable_user(user)
            and isinstance(folder, str) and usable_folder(folder)):
        return StartSettings(str(language), user, folder)
    return None


def _parse_int(text: str) -> int:
    """JSON integers, with absurdly long ones cut to a big value: Python refuses to convert
    more than 4,300 digits, which would otherwise throw the whole file away."""
    if len(text) > 18:
        return -(10**18) if text.startswith("-") else 10**18
    return int(text)
