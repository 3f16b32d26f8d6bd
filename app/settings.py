"""User preferences, declared once with their defaults and bounds, stored as JSON in the
platform's config folder. Not secret (no vault data). A damaged file falls back to the
defaults field by field: a value of the wrong type is ignored, a number out of bounds is
clamped, and everything else in the file is kept."""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from platformdirs import user_config_dir

from app.paths import APP_NAME, default_vault_dir

LANGUAGES = ("de", "en")
LANGUAGE_ENV = "VORFALLBUCH_LANGUAGE"  # "de" or "en": the GUI language for this run
MAX_FILE_BYTES = 1_000_000  # a settings file is a few hundred bytes; anything huge is not ours
MAX_REMEMBERED_VAULTS = 1000  # vault ids kept for "support contacts offered"
MAX_PATH_CHARS = 4096  # longer than any path a desktop file system accepts


class Bounds(NamedTuple):
    low: int
    high: int

    def clamp(self, value: int) -> int:
        return min(max(value, self.low), self.high)


AUTO_LOCK_MINUTES = Bounds(1, 120)
CLIPBOARD_CLEAR_SECONDS = Bounds(5, 300)


def language_override() -> str | None:
    """The language VORFALLBUCH_LANGUAGE asks for, if it names one the app has."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    return value if value in LANGUAGES else None


@dataclass
class Settings:
    auto_lock_minutes: int = 5  # lock after this long without input
    clipboard_clear_seconds: int = 30  # copied text is cleared after this
    language: str = "de"  # "de" or "en"
    last_user: str = ""  # preselected in the unlock dialog
    offer_support_contacts: bool = True  # offer the Saxony contacts on a vault's first unlock
    # Ids of the vaults whose user has answered that offer (the id is stored unencrypted in
    # the vault folder, so it tells nothing that the folder does not).
    support_offer_answered: list[str] = field(default_factory=list)
    # The vault folder the user chose in the app ("Anderen Tresor öffnen…", a place chosen in
    # the setup wizard); "" means the platform's default folder. Not secret: the folder's
    # name is visible on the disk anyway.
    vault_folder: str = ""

    @staticmethod
    def default_path() -> Path:
        override = os.environ.get("VORFALLBUCH_CONFIG")
        if override:
            return Path(override)
        return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.json"

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The stored settings; VORFALLBUCH_LANGUAGE ("de" or "en") overrides the language for
        this run without being written back (see save)."""
        settings = cls._read(path)
        override = language_override()
        if override is not None:
            settings.language = override
        return settings

    @classmethod
    def _read(cls, path: Path) -> Settings:
        settings = cls()
        try:
            with path.open("rb") as file:
                raw = file.read(MAX_FILE_BYTES + 1)
            if len(raw) > MAX_FILE_BYTES:
                return settings
            data = json.loads(raw.decode("utf-8"), parse_int=_parse_int)
        except (OSError, ValueError, RecursionError):
            return settings
        if isinstance(data, dict):
            settings.update_from(data)
        return settings

    def update_from(self, data: dict[str, Any]) -> None:
        """Take each usable value of `data`; keep the current one for anything else."""
        minutes = _whole_number(data.get("auto_lock_minutes"))
        if minutes is not None:
            self.auto_lock_minutes = AUTO_LOCK_MINUTES.clamp(minutes)
        seconds = _whole_number(data.get("clipboard_clear_seconds"))
        if seconds is not None:
            self.clipboard_clear_seconds = CLIPBOARD_CLEAR_SECONDS.clamp(seconds)
        if data.get("language") in LANGUAGES:
            self.language = data["language"]
        last_user = data.get("last_user")
        if isinstance(last_user, str) and len(last_user) <= 1000:
            self.last_user = last_user
        if isinstance(data.get("offer_support_contacts"), bool):
            self.offer_support_contacts = data["offer_support_contacts"]
        answered = data.get("support_offer_answered")
        if isinstance(answered, list):
            ids = [v for v in answered if isinstance(v, str) and 0 < len(v) <= 200]
            self.support_offer_answered = list(dict.fromkeys(ids))[-MAX_REMEMBERED_VAULTS:]

        folder = data.get("vault_folder")
        if isinstance(folder, str) and usable_folder(folder):
            self.vault_folder = folder

    def remember_support_offer(self, vault_id: str) -> None:
        if vault_id not in self.support_offer_answered:
            self.support_offer_answered.append(vault_id)
            del self.support_offer_answered[:-MAX_REMEMBERED_VAULTS]

    def save(self, path: Path) -> None:
        data = asdict(self)
        if self.language == language_override():
            # Came from the environment, not from the user: keep the stored choice.
            data["language"] = self._read(path).language
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(temp, path)


def usable_folder(text: str) -> bool:
    """"" (the default folder) or an absolute path of sane length without NUL or line breaks."""
    if text == "":
        return True
    return (len(text) <= MAX_PATH_CHARS and not any(c in text for c in "\0\n\r")
            and Path(text).is_absolute())


def vault_dir() -> Path:
    """The vault folder when none is given: VORFALLBUCH_VAULT, else the folder the user chose
    in the app, else the platform's default."""
    if os.environ.get("VORFALLBUCH_VAULT"):
        return default_vault_dir()
    chosen = Settings.load(Settings.default_path()).vault_folder
    return Path(chosen) if chosen else default_vault_dir()


def _parse_int(text: str) -> int:
    """JSON integers, with absurdly long ones cut to a big value: Python refuses to convert
    more than 4,300 digits, which would otherwise throw the whole file away."""
    if len(text) > 18:
        return -(10**18) if text.startswith("-") else 10**18
    return int(text)


def _whole_number(value: object) -> int | None:
    """An int from JSON, or a finite float rounded; None for anything else (bools too, which
    Python counts as ints)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return round(value)
    return None
