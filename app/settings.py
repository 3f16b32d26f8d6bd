"""User preferences, declared once as a pydantic model with their defaults and bounds, stored as
JSON in the platform's config folder. Not secret (no vault data). A damaged or hand-edited file
loads value by value: a number out of bounds is clamped, a value the model refuses falls back
to that field's default, and everything else in the file is kept. The file's rules (paths,
bounds, the digest written with it) are in app/settings_file.py, which the desktop app reads
before its first window without importing pydantic (app/start_settings.py)."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from app.settings_file import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    DIGEST_KEY,
    LANGUAGE_ENV,
    LANGUAGES,
    MAX_FILE_BYTES,
    MAX_REMEMBERED_VAULTS,
    MAX_USER_CHARS,
    Bounds,
    digest,
    language_override,
    read_json,
    settings_path,
    usable_folder,
)

__all__ = ["AUTO_LOCK_MINUTES", "CLIPBOARD_CLEAR_SECONDS", "LANGUAGES", "LANGUAGE_ENV",
           "MAX_FILE_BYTES", "MAX_REMEMBERED_VAULTS", "Bounds", "Settings"]


def _whole_number(value: object) -> object:
    """A finite float from a file is rounded (5.6 minutes is 6); a bool, which Python counts
    as an int, is passed on as text for the model to refuse."""
    if isinstance(value, float) and math.isfinite(value):
        return round(value)
    if isinstance(value, bool):
        return str(value)
    return value


def _folder(text: str) -> str:
    if not usable_folder(text):
        raise ValueError("not an absolute folder path")
    return text


def _strings_only(value: object) -> object:
    """A list from a file keeps its strings; anything else in it is dropped."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else value


def _vault_ids(ids: list[str]) -> list[str]:
    """Each id once, the newest MAX_REMEMBERED_VAULTS kept; unusable entries dropped."""
    kept = [v for v in ids if 0 < len(v) <= 200]
    return list(dict.fromkeys(kept))[-MAX_REMEMBERED_VAULTS:]


# Whole numbers kept within their bounds: too low or too high is the nearest bound.
AutoLockMinutes = Annotated[int, BeforeValidator(_whole_number), Field(strict=True),
                            AfterValidator(AUTO_LOCK_MINUTES.clamp)]
ClipboardSeconds = Annotated[int, BeforeValidator(_whole_number), Field(strict=True),
                             AfterValidator(CLIPBOARD_CLEAR_SECONDS.clamp)]


class Settings(BaseModel):
    model_config = ConfigDict(validate_assignment=True, extra="ignore")

    auto_lock_minutes: AutoLockMinutes = 5  # lock after this long without input
    clipboard_clear_seconds: ClipboardSeconds = 30  # copied text is cleared after this
    language: Literal["de", "en"] = "de"
    last_user: Annotated[str, Field(strict=True, max_length=MAX_USER_CHARS)] = ""  # preselected
    offer_support_contacts: Annotated[bool, Field(strict=True)] = True  # at a first unlock
    # Ids of the vaults whose user has answered that offer (the id is stored unencrypted in
    # the vault folder, so it tells nothing that the folder does not).
    support_offer_answered: Annotated[list[Annotated[str, Field(strict=True)]],
                                      BeforeValidator(_strings_only),
                                      AfterValidator(_vault_ids)] = []
    # The vault folder the user chose in the app ("Anderen Tresor öffnen…", a place chosen in
    # the setup wizard); "" means the platform's default folder. Not secret: the folder's
    # name is visible on the disk anyway.
    vault_folder: Annotated[str, Field(strict=True), AfterValidator(_folder)] = ""
    # The folder the last backup was written to (a USB stick), suggested for the next one.
    last_backup_folder: Annotated[str, Field(strict=True), AfterValidator(_folder)] = ""

    @staticmethod
    def default_path() -> Path:
        return settings_path()

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The stored settings; VORFALLBUCH_LANGUAGE ("de" or "en") overrides the language for
        this run without being written back (see save)."""
        settings = cls.load_stored(path)
        override = language_override()
        if override is not None:
            settings.language = override  # type: ignore[assignment]
        return settings

    @classmethod
    def load_stored(cls, path: Path) -> Settings:
        """What the file says, without the language override."""
        return cls.from_data(read_json(path))

    @classmethod
    def from_data(cls, data: object) -> Settings:
        """Settings from a parsed file: each usable value taken, the defaults for the rest
        (a value the model refuses is dropped and the others are validated again)."""
        if not isinstance(data, dict):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.model_fields}
        for _ in range(len(cls.model_fields) + 1):
            try:
                return cls.model_validate(known)
            except ValidationError as exc:
                refused = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
                known = {k: v for k, v in known.items() if k not in refused}
        return cls()

    def remember_support_offer(self, vault_id: str) -> None:
        if vault_id not in self.support_offer_answered:
            self.support_offer_answered = [*self.support_offer_answered, vault_id]

    def save(self, path: Path) -> None:
        """Write the settings with the digest that lets the next start read them without the
        model (app/settings_file.py): temp file, then rename."""
        data = self.model_dump(mode="json")
        if self.language == language_override():
            # Came from the environment, not from the user: keep the stored choice.
            data["language"] = self.load_stored(path).language
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(json.dumps({**data, DIGEST_KEY: digest(data)}, indent=2),
                        encoding="utf-8")
        os.replace(temp, path)
