"""Fixtures shared by every layer's tests: every test gets its own vault in a temporary
folder, with cheap KDF parameters passed explicitly (the product and the CLI always calibrate)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.errors import ErrorCode, StorageError
from app.service import LockedVault, VaultService
from storage.kdf import KdfParams
from storage.vault import Vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Local times are shown German time, as the users see them; a POSIX rule needs no tz database.
os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
if hasattr(time, "tzset"):
    time.tzset()
# No test reads or writes the real user's settings: the folder chosen in the app would steer
# every CLI command run without --vault. (GUI tests get their own file: `settings_path`.)
os.environ["VORFALLBUCH_CONFIG"] = str(
    Path(tempfile.mkdtemp(prefix="vorfallbuch-test-settings-")) / "settings.json")
# Nor the real user's log folder (app/logs.py): the CLI run in-process sets its log up.
os.environ["VORFALLBUCH_LOG_DIR"] = tempfile.mkdtemp(prefix="vorfallbuch-test-logs-")
# Nor does a test app find the user's running Vorfallbuch (ui/single_instance.py), or one of
# another test session's.
os.environ["VORFALLBUCH_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="vorfallbuch-test-run-")

CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
USER = "Anna Schmidt"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    """A fresh unlocked vault and its recovery code."""
    vault, code = Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF)
    yield vault, code
    vault.close()


@pytest.fixture
def vault(created: tuple[Vault, str]) -> Vault:
    return created[0]


@pytest.fixture
def service(vault: Vault) -> VaultService:
    return VaultService(vault)


def storage_of(service: VaultService | LockedVault) -> Vault:
    """The storage behind a service or a locked vault, for tests that look past the one door
    (what is on disk, raw revisions, that the keys are gone); product code never does this."""
    return service._vault


@contextmanager
def raises_code(kind: type[StorageError], code: ErrorCode,
                **params: Any) -> Iterator[pytest.ExceptionInfo[StorageError]]:
    """pytest.raises for the core's errors: the type, the code, and the parameters given
    (the others may be anything); what a user reads is tested with each front end's wording."""
    with pytest.raises(kind) as caught:
        yield caught
    assert caught.value.code is code, (caught.value.code, caught.value.params)
    for name, value in params.items():
        assert caught.value.params[name] == value, (name, caught.value.params)


@pytest.fixture
def without_tz_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """zoneinfo as on a broken install: no system time-zone folder and no tzdata package."""
    # `import tzdata...` raises ImportError, also for its submodules zoneinfo imported before.
    for name in ["tzdata", *(m for m in sys.modules if m.startswith("tzdata."))]:
        monkeypatch.setitem(sys.modules, name, None)
    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()
    try:
        yield
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()
