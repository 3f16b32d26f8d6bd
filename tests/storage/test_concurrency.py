"""Several processes on one vault: saves serialise, the chain never forks, nothing is lost,
and an edit over someone else's change is refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.service import VaultService
from storage.errors import ConflictError, StorageCode
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER, raises_code

WRITER = r"""
import json, sys
from app.service import VaultService
from storage.errors import ConflictError
from storage.vault import Vault

folder, count, tag, shared = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
vault = Vault.open(__import__("pathlib").Path(folder))
vault.unlock(None, sys.argv[5])
service = VaultService(vault)
acked, shared_updates, conflicts = [], 0, 0
for i in range(count):
    entry = service.add_incident({"title": f"{tag} {i}", "occurred": {"date": "2026-05-01"}})
    acked.append(entry.id)
    while True:  # read-modify-write of a record both writers change
        current = service.get_incident(shared)
        data = current.value.model_dump(mode="json")
        data["tags"] = data["tags"] + [f"{tag}{i}"]
        try:
            service.update_incident(shared, data, current.version)
            shared_updates += 1
            break
        except ConflictError:
            conflicts += 1
print(json.dumps({"acked": acked, "shared_updates": shared_updates, "conflicts": conflicts}))
vault.close()
"""


def test_two_writer_processes_never_fork_the_chain(created: tuple[Vault, str],
                                                   vault_dir: Path) -> None:
    vault, _ = created
    shared = VaultService(vault).add_incident({"title": "geteilt",
                                               "occurred": {"date": "2026-05-01"}}).id
    vault.close()
    count = 40
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(vault_dir), str(count), tag,
                               shared, PASSPHRASE], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for tag in ("A", "B")]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out))

    reopened = Vault.open(vault_dir)
    reopened.unlock(USER, PASSPHRASE)
    service = VaultService(reopened)
    report = service.verify()
    assert report.ok, report.failures
    titles = {e.id: e.value.title for e in service.list_incidents().entries}
    for result in results:
        assert all(i in titles for i in result["acked"])
    assert len(titles) == 2 * count + 1
    final = service.get_incident(shared)
    # every acknowledged update of the shared record survived: none overwrote another
    assert sorted(final.value.tags) == sorted([f"A{i}" for i in range(count)]
                                              + [f"B{i}" for i in range(count)])
    assert final.version == 1 + 2 * count
    # 1 creation + 1 shared + 2 x (count adds + count updates), numbered without gaps
    assert report.chain_length == 2 + 4 * count
    reopened.close()


def test_edit_over_a_change_made_elsewhere_is_refused(created: tuple[Vault, str],
                                                      vault_dir: Path) -> None:
    vault, _ = created
    mine = VaultService(vault)
    entry = mine.add_incident({"title": "Original", "occurred": {"date": "2026-05-01"}})
    other_vault = Vault.open(vault_dir)  # a second program on the same vault
    other_vault.unlock(USER, PASSPHRASE)
    theirs = VaultService(other_vault)
    seen_by_them = theirs.get_incident(entry.id)
    mine.update_incident(entry.id, {"title": "Meine Änderung",
                                    "occurred": {"date": "2026-05-01"}}, entry.version)
    with raises_code(ConflictError, StorageCode.CONFLICT, record_id=entry.id,
                     version=seen_by_them.version + 1, expected=seen_by_them.version):
        theirs.update_incident(entry.id, {"title": "Ihre Änderung",
                                          "occurred": {"date": "2026-05-01"}},
                               seen_by_them.version)
    with pytest.raises(ConflictError):
        theirs.delete_incident(entry.id, seen_by_them.version)
    # their view refreshes without a restart and shows the other change
    assert theirs.get_incident(entry.id).value.title == "Meine Änderung"
    assert [h.version for h in theirs.history("incident", entry.id)] == [1, 2]
    other_vault.close()
