"""Every schema change must still open the committed vault made by schema version 1."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.service import VaultService
from storage.errors import SchemaError, StorageCode, VaultNotFoundError
from storage.schema import SCHEMA_VERSION
from storage.vault import Vault
from tests.conftest import raises_code
from tests.fixtures.make_vault_v1 import ATTACHMENT_BYTES, PASSPHRASE, USER

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault_v1"
RECOVERY = (Path(__file__).parents[1] / "fixtures" / "vault_v1.recovery-code").read_text().strip()


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    target = tmp_path / "vault_v1"
    shutil.copytree(FIXTURE, target)
    return target


def schema_version(folder: Path) -> int:
    # Read-only and immutable: the committed fixture must never get -wal/-shm files.
    conn = sqlite3.connect(f"file:{folder / 'vault.db'}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
    finally:
        conn.close()


def test_fixture_is_schema_1() -> None:
    assert schema_version(FIXTURE) == 1


def test_schema_1_vault_opens_migrates_and_verifies(old_vault: Path, tmp_path: Path) -> None:
    vault = Vault.open(old_vault)
    assert schema_version(old_vault) == SCHEMA_VERSION
    vault.unlock(USER, PASSPHRASE)
    service = VaultService(vault)
    report = service.verify()
    assert report.ok, report.failures
    incidents = service.list_incidents()
    assert incidents.failures == []
    [incident] = incidents.entries
    assert incident.value.title == "Drohbrief im Briefkasten"
    assert incident.value.description.endswith("Привет, مرحبا")
    assert incident.value.case.aktenzeichen == "123 Js 456/24"
    assert str(incident.value.discovered_on) == "2024-02-29"
    assert incident.version == 2
    [person] = service.list_persons().entries
    assert person.value.name == "Max Müller"
    assert incident.value.persons[0].person_id == person.id
    [attachment] = service.list_attachments(incident.id).entries
    assert attachment.value.sha256 == hashlib.sha256(ATTACHMENT_BYTES).hexdigest()
    out = tmp_path / "brief.bin"
    service.extract_attachment(attachment.id, out)
    assert out.read_bytes() == ATTACHMENT_BYTES
    assert [h.deleted for h in service.history("incident", incident.id)] == [False, False]
    # it can be written to after migration
    service.add_incident({"title": "neu", "occurred": {"date": "2026-01-01"}})
    assert service.verify().ok
    vault.close()


def test_schema_1_recovery_code_still_works(old_vault: Path) -> None:
    vault = Vault.open(old_vault)
    vault.recover(RECOVERY, USER, "a new passphrase after migration")
    vault.close()


def test_vault_from_a_newer_program_is_refused(old_vault: Path) -> None:
    conn = sqlite3.connect(old_vault / "vault.db")
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with raises_code(SchemaError, StorageCode.NEWER_SCHEMA, schema=999):
        Vault.open(old_vault)


def test_folder_without_a_vault_is_named(tmp_path: Path) -> None:
    with raises_code(VaultNotFoundError, StorageCode.VAULT_NOT_FOUND,
                     folder=tmp_path / "nothing"):
        Vault.open(tmp_path / "nothing")
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "vault.db").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(SchemaError):
        Vault.open(tmp_path / "junk")
