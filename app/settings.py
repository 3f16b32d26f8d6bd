"""User preferences, declared once with their defaults, stored as JSON in the platform's config
folder. Not secret (no vault data); a damaged file falls back to the defaults."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from platformdirs import user_config_dir

from app.paths import APP_NAME

LANGUAGES = ("de", "en")
LANGUAGE_ENV = "VORFALLBUCH_LANGUAGE"  # "de" or "en": the GUI language for this run


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
    offer_support_contacts: bool = True  # offer the Saxony contacts on first start

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
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return settings
        if not isinstance(data, dict):
            return settings
        for field in fields(cls):
            value = data.get(field.name)
            if isinstance(value, type(getattr(settings, field.name))):
                setattr(settings, field.name, value)
        settings.auto_lock_minutes = min(max(settings.auto_lock_minutes, 1), 240)
        settings.clipboard_clear_seconds = min(max(settings.clipboard_clear_seconds, 5), 600)
        if settings.language not in LANGUAGES:
            settings.language = "de"
        return settings

    def save(self, path: Path) -> None:
        data = asdict(self)
        if self.language == language_override():
            # Came from the environment, not from the user: keep the stored choice.
            data["language"] = self._read(path).language
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(temp, path)
