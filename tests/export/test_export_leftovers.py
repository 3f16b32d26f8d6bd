"""A dossier being written and an original being extracted sit in a temporary file beside the
target that is owner-only from its first byte; what a killed export leaves there (a readable
dossier of the mayor's cases on a USB stick) is removed by the next export or extract to that
folder, or by the vault's next opening (storage/leftovers.py)."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.service import VaultService
from export.dossier.model import DossierRequest
from export.pipeline import export_pdf
from storage import leftovers
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
DEAD_PID = 2**22 + 12345  # above Linux's pid_max default: no such process

# An export that stops for good once the dossier is being written, in a process the test kills.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from app.service import VaultService
    from export.dossier.model import DossierRequest
    from export.pipeline import export_pdf
    from storage.vault import Vault

    vault = Vault.open(Path(sys.argv[1]))
    vault.unlock(sys.argv[3], sys.argv[4])

    def progress(done, total, text):
        print("READY", flush=True)
        time.sleep(600)

    export_pdf(VaultService(vault), DossierRequest(), Path(sys.argv[2]), progress=progress)
""")


def _hidden(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def closed_vault(created: tuple[Vault, str], vault_dir: Path) -> Path:
    vault = created[0]
    VaultService(vault).add_incident({"title": "Drohbrief an das Rathaus",
                                      "occurred": {"date": "2026-03-14"}})
    vault.close()
    return vault_dir


def _killed_export(vault_dir: Path, target: Path) -> list[Path]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(vault_dir), str(target), USER,
                              PASSPHRASE], stdout=subprocess.PIPE, env=env, cwd=ROOT)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == b"READY"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    return _hidden(target.parent)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX modes")
def test_a_killed_export_leaves_an_owner_only_file_the_vault_s_opening_removes(
        closed_vault: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "Dossier.pdf"
    left = _killed_export(closed_vault, target)
    assert [p.name.endswith(".part") for p in left] == [True]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)
    Vault.open(closed_vault).close()  # the marker names the stick: opening sweeps it
    assert _hidden(stick) == []
    assert list(closed_vault.glob(f"{leftovers.MARKER_PREFIX}*")) == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX modes")
def test_the_next_export_to_the_folder_removes_what_a_killed_one_left(
        closed_vault: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    left = _killed_export(closed_vault, stick / "Dossier.pdf")
    assert left
    # The marker is dropped here, so only the next export's own sweep can find the file.
    for marker in closed_vault.glob(f"{leftovers.MARKER_PREFIX}*"):
        marker.unlink()
    vault = Vault.open(closed_vault)
    vault.unlock(USER, PASSPHRASE)
    try:
        assert _hidden(stick) == left
        export_pdf(VaultService(vault), DossierRequest(), stick / "Zweites.pdf")
    finally:
        vault.close()
    assert _hidden(stick) == []
    assert sorted(p.name for p in stick.iterdir()) == ["Zweites.pdf"]
    assert stat.S_IMODE((stick / "Zweites.pdf").stat().st_mode) == 0o600
    assert list(closed_vault.glob(f"{leftovers.MARKER_PREFIX}*")) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_extracted_original_is_owner_only_and_sweeps_a_killed_extract(
        service: VaultService, tmp_path: Path) -> None:
    incident = service.add_incident({"title": "Hassmail", "occurred": {"date": "2026-03-14"}})
    data = b"From: wut@example.org\n\nWir wissen, wo du wohnst.\n"
    attachment = service.add_attachment_stream(incident.id, io.BytesIO(data), "hass.eml", None)
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".hass.eml.vfb{DEAD_PID}-{leftovers.host_tag()}abcd.part"
    stale.write_bytes(data)
    foreign = out / ".someone-elses.part"
    foreign.write_bytes(b"not ours")
    service.extract_attachment(attachment.id, out / "hass.eml")
    assert (out / "hass.eml").read_bytes() == data
    assert stat.S_IMODE((out / "hass.eml").stat().st_mode) == 0o600
    assert not stale.exists() and foreign.exists()
    assert list(service.folder.glob(f"{leftovers.MARKER_PREFIX}*")) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_dossier_is_owner_only_while_it_is_written(service: VaultService,
                                                       tmp_path: Path) -> None:
    service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    seen: list[tuple[str, int]] = []

    def progress(_done: int, _total: int, _text: str) -> None:
        seen.extend((p.name, stat.S_IMODE(p.stat().st_mode)) for p in _hidden(tmp_path))

    export_pdf(service, DossierRequest(), tmp_path / "Dossier.pdf", progress=progress)
    assert seen and all(name.endswith(".part") and mode == 0o600 for name, mode in seen)
    assert _hidden(tmp_path) == []
