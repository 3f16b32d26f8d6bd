"""The settings file is the user's, not ours to trust: whatever is in it loads without a
traceback, as the defaults where a value is unusable, clamped where a number is out of bounds,
and keeping every other value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.settings import AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, MAX_FILE_BYTES, Settings

DEFAULTS = Settings()


@pytest.fixture(autouse=True)
def _no_language_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VORFALLBUCH_LANGUAGE", raising=False)


def load_text(tmp_path: Path, text: str | bytes) -> Settings:
    path = tmp_path / "settings.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return Settings.load(path)


def test_defaults() -> None:
    assert DEFAULTS.auto_lock_minutes == 5
    assert DEFAULTS.clipboard_clear_seconds == 30
    assert DEFAULTS.language == "de" and DEFAULTS.offer_support_contacts
    assert AUTO_LOCK_MINUTES.low <= 5 <= AUTO_LOCK_MINUTES.high
    assert CLIPBOARD_CLEAR_SECONDS.low <= 30 <= CLIPBOARD_CLEAR_SECONDS.high


@pytest.mark.parametrize("text", [
    "", "{", "nicht json", "[1, 2]", '"text"', "null", "42", "{}",
    "[" * 100_000,  # deeper than the JSON parser recurses
    '{"auto_lock_minutes": 10',  # cut off
    b"\xff\xfe\x00garbage",  # not UTF-8
])
def test_garbage_loads_as_the_defaults(tmp_path: Path, text: str | bytes) -> None:
    assert load_text(tmp_path, text) == DEFAULTS


def test_a_missing_file_a_folder_and_a_huge_file_load_as_the_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "missing.json") == DEFAULTS
    (tmp_path / "folder.json").mkdir()
    assert Settings.load(tmp_path / "folder.json") == DEFAULTS
    huge = json.dumps({"auto_lock_minutes": 10, "pad": "x" * MAX_FILE_BYTES})
    assert load_text(tmp_path, huge) == DEFAULTS


@pytest.mark.parametrize(("minutes", "expected"), [
    (-5, 1), (0, 1), (1, 1), (7, 7), (120, 120), (121, 120), (10**30, 120),
    (-(10**30), 1), (2.6, 3), (1e308, 120), (-1e308, 1),
])
def test_numbers_out_of_bounds_are_clamped(tmp_path: Path, minutes: float,
                                           expected: int) -> None:
    settings = load_text(tmp_path, json.dumps({"auto_lock_minutes": minutes,
                                               "clipboard_clear_seconds": minutes}))
    assert settings.auto_lock_minutes == expected
    assert settings.clipboard_clear_seconds == CLIPBOARD_CLEAR_SECONDS.clamp(round(minutes))
    assert type(settings.auto_lock_minutes) is int


def test_a_number_too_long_for_python_is_clamped_and_the_rest_kept(tmp_path: Path) -> None:
    digits = "9" * 5000  # Python refuses to convert more than 4,300 digits by default
    text = ('{"auto_lock_minutes": -' + digits + ', "clipboard_clear_seconds": ' + digits
            + ', "last_user": "Anna Schmidt"}')
    settings = load_text(tmp_path, text)
    assert settings.auto_lock_minutes == 1
    assert settings.clipboard_clear_seconds == CLIPBOARD_CLEAR_SECONDS.high
    assert settings.last_user == "Anna Schmidt"


@pytest.mark.parametrize("value", ["10", True, False, None, [], {}, "NaN"])
def test_wrong_types_fall_back_to_the_default_and_keep_the_rest(tmp_path: Path,
                                                                value: object) -> None:
    text = json.dumps({"auto_lock_minutes": value, "clipboard_clear_seconds": value,
                       "language": "en", "last_user": "Anna Schmidt",
                       "offer_support_contacts": False, "support_offer_answered": ["v1"]})
    settings = load_text(tmp_path, text)
    assert settings.auto_lock_minutes == 5 and settings.clipboard_clear_seconds == 30
    assert settings.language == "en" and settings.last_user == "Anna Schmidt"
    assert settings.offer_support_contacts is False
    assert settings.support_offer_answered == ["v1"]


def test_not_a_number_and_infinity_fall_back_to_the_default(tmp_path: Path) -> None:
    settings = load_text(tmp_path, '{"auto_lock_minutes": NaN, '
                                   '"clipboard_clear_seconds": Infinity, "last_user": "B"}')
    assert (settings.auto_lock_minutes, settings.clipboard_clear_seconds) == (5, 30)
    assert settings.last_user == "B"


def test_every_field_of_the_wrong_type(tmp_path: Path) -> None:
    text = json.dumps({"auto_lock_minutes": 9, "language": 7, "last_user": ["Anna"],
                       "offer_support_contacts": "nein", "support_offer_answered": "v1",
                       "unknown": {"x": 1}})
    settings = load_text(tmp_path, text)
    assert settings == Settings(auto_lock_minutes=9)
    assert load_text(tmp_path, '{"language": "fr"}').language == "de"


def test_the_remembered_vaults_keep_only_usable_ids(tmp_path: Path) -> None:
    text = json.dumps({"support_offer_answered": ["a", 3, None, "", "b", "a", "x" * 500,
                                                  ["c"]]})
    assert load_text(tmp_path, text).support_offer_answered == ["a", "b"]
    settings = Settings()
    for number in range(1100):
        settings.remember_support_offer(f"vault-{number}")
    settings.remember_support_offer("vault-1099")  # once only
    assert len(settings.support_offer_answered) == 1000
    assert settings.support_offer_answered[-1] == "vault-1099"


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "settings.json"
    settings = Settings(auto_lock_minutes=17, clipboard_clear_seconds=90, language="en",
                        last_user="Anna Schmidt", support_offer_answered=["v1", "v2"])
    settings.save(path)
    assert Settings.load(path) == settings
    assert not path.with_name(path.name + ".tmp").exists()


def test_code_cannot_set_a_value_the_model_refuses() -> None:
    """Only a file is forgiven: a refused value set in code is an error, not a silent default
    (numbers are still clamped, as from the file)."""
    from pydantic import ValidationError

    settings = Settings()
    with pytest.raises(ValidationError):
        settings.language = "fr"  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        settings.vault_folder = "relative/folder"
    settings.auto_lock_minutes = 500
    assert settings.auto_lock_minutes == AUTO_LOCK_MINUTES.high
    assert settings.language == "de" and settings.vault_folder == ""


# -- what the app needs before its first window (app/start_settings.py) ---------------------
def test_the_start_values_default_as_the_model_does() -> None:
    from app.settings_file import StartSettings

    start, model = StartSettings(), Settings()
    assert (start.language, start.last_user, start.vault_folder) == (
        model.language, model.last_user, model.vault_folder)


def test_the_apps_own_file_is_read_at_start_without_pydantic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "settings.json"
    Settings(language="en", last_user="Anna Schmidt", vault_folder=str(tmp_path / "tresor"),
             auto_lock_minutes=12).save(path)
    script = ("import sys\nfrom pathlib import Path\n"
              "from app.start_settings import read_start_settings\n"
              "s = read_start_settings(Path(sys.argv[1]))\n"
              "print(s.language, s.last_user, s.vault_folder, 'pydantic' in sys.modules)\n")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=root, check=True,
                            capture_output=True, text=True, timeout=60,
                            env={k: v for k, v in __import__("os").environ.items()
                                 if k != "VORFALLBUCH_LANGUAGE"})
    assert result.stdout.split() == ["en", "Anna", "Schmidt", str(tmp_path / "tresor"),
                                     "False"]


@pytest.mark.parametrize("edit", ["hand", "forged"])
def test_any_other_file_goes_through_the_model(tmp_path: Path, edit: str) -> None:
    """A hand edit breaks the digest; a forged digest over values the rules refuse is still
    refused: in both cases the model decides, value by value."""
    from app.settings_file import DIGEST_KEY, digest
    from app.start_settings import read_start_settings

    path = tmp_path / "settings.json"
    Settings(last_user="Anna Schmidt").save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(language="fr", vault_folder="relative/folder", last_user="Bernd")
    if edit == "forged":
        data[DIGEST_KEY] = digest({k: v for k, v in data.items() if k != DIGEST_KEY})
    path.write_text(json.dumps(data), encoding="utf-8")
    start = read_start_settings(path)
    assert (start.language, start.last_user, start.vault_folder) == ("de", "Bernd", "")
    assert read_start_settings(tmp_path / "none.json").language == "de"  # first start


def test_the_language_override_holds_at_start_too(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from app.start_settings import read_start_settings

    path = tmp_path / "settings.json"
    Settings(language="de").save(path)
    monkeypatch.setenv("VORFALLBUCH_LANGUAGE", "en")
    assert read_start_settings(path).language == "en"
    assert Settings.load(path).language == "en"
    Settings.load(path).save(path)  # the override is never written back
    monkeypatch.delenv("VORFALLBUCH_LANGUAGE")
    assert read_start_settings(path).language == "de"
