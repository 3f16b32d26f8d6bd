"""What a backup writes beside its target is owner-only from the first byte, and what a killed
backup leaves behind is removed by the next backup to that folder or by the vault's next
opening (storage/leftovers.py). A clean-up that fails itself never hides the real error."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage import leftovers
from storage.backup import create_backup
from storage.errors import StorageCode, StorageError
from storage.fileio import FileOps
from storage.vault import Vault
from tests.conftest import PASSPHRASE, USER, raises_code

ROOT = Path(__file__).resolve().parents[2]

# A backup that stops for good once its snapshot is taken, in a process the test kills.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from storage.backup import create_backup
    from storage.vault import Vault

    vault = Vault.open(Path(sys.argv[1]))
    vault.unlock(sys.argv[3], sys.argv[4])

    def say(text):
        if text.startswith("Writing"):
            print("READY", flush=True)
            time.sleep(600)

    create_backup(vault, Path(sys.argv[2]), progress=say)
""")


def _temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def _killed_backup(vault_dir: Path, target: Path) -> list[Path]:
    """Start a backup in a child, kill it (SIGKILL) mid-way; what it left beside the target."""
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
    return _temporaries(target.parent)


@pytest.fixture
def closed_vault(created: tuple[Vault, str], vault_dir: Path) -> Path:
    created[0].close()
    return vault_dir


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX modes")
def test_a_killed_backup_leaves_only_owner_only_files_and_the_next_backup_removes_them(
        closed_vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "backups" / "tresor.vfb"
    target.parent.mkdir()
    left = _killed_backup(closed_vault, target)
    assert left, "the killed backup left nothing: the test did not stop it mid-way"
    assert any(p.name.endswith(".snapshot") for p in left)  # the one holding the keyslots
    for path in left:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, (path, oct(path.stat().st_mode))
    vault = Vault.open(closed_vault)
    try:
        # (the opening swept already; put one back to see the next backup sweep it too)
        assert _temporaries(target.parent) == []
        again = _killed_backup(closed_vault, target)
        assert again
        vault.unlock(USER, PASSPHRASE)
        create_backup(vault, target)
        assert _temporaries(target.parent) == []
        assert target.exists()
    finally:
        vault.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_opening_the_vault_removes_what_a_killed_backup_left_and_its_marker(
        closed_vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "tresor.vfb"
    target.parent.mkdir()
    assert _killed_backup(closed_vault, target)
    markers = [p for p in closed_vault.iterdir() if p.name.startswith(leftovers.MARKER_PREFIX)]
    assert len(markers) == 1 and markers[0].read_text(encoding="utf-8") == str(target.parent)
    Vault.open(closed_vault).close()
    assert _temporaries(target.parent) == []
    assert not markers[0].exists()


def test_live_and_foreign_files_are_kept(tmp_path: Path) -> None:
    """A live writer's files (this process) and those of another computer (a shared folder)
    younger than a day stay; a dead writer's of this computer go; strangers' files stay."""
    target = tmp_path / "tresor.vfb"
    mine = leftovers.names(target)["tmp"]
    mine.write_bytes(b"x")
    dead_pid = 2**22 + 12345  # above Linux's pid_max default: no such process
    dead = target.with_name(f".tresor.vfb.vfb{dead_pid}-{leftovers.host_tag()}abcd.tmp")
    dead.write_bytes(b"x")
    other_host = "0000" if leftovers.host_tag() != "0000" else "ffff"
    foreign = target.with_name(f".tresor.vfb.vfb{dead_pid}-{other_host}abcd.snapshot")
    foreign.write_bytes(b"x")
    stranger = tmp_path / ".tresor.vfb.notes"
    stranger.write_bytes(b"x")
    assert leftovers.sweep(tmp_path) == [dead]
    assert mine.exists() and foreign.exists() and stranger.exists()
    old = 2 * leftovers.MAX_AGE
    os.utime(foreign, (foreign.stat().st_atime - old, foreign.stat().st_mtime - old))
    assert leftovers.sweep(tmp_path) == [foreign]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_temporaries_are_owner_only_while_the_backup_runs(vault: Vault, tmp_path: Path) -> None:
    before = os.umask(0o022)  # the usual umask: a file made without care is world-readable
    seen: dict[str, list[tuple[str, int]]] = {}

    def say(text: str) -> None:
        seen[text] = [(p.name, stat.S_IMODE(p.stat().st_mode)) for p in _temporaries(tmp_path)]
        for folder in (p for p in _temporaries(tmp_path) if p.is_dir()):
            for inner in folder.rglob("*"):
                seen[text].append((inner.name, stat.S_IMODE(inner.stat().st_mode)))

    try:
        create_backup(vault, tmp_path / "tresor.vfb", progress=say)
    finally:
        os.umask(before)
    modes = [mode for entries in seen.values() for _name, mode in entries]
    assert any(name.endswith(".snapshot") for e in seen.values() for name, _m in e)
    assert modes and all(mode & 0o077 == 0 for mode in modes), seen


class _FullDisk(FileOps):
    def write(self, fd: int, data: bytes | memoryview) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failing_clean_up_does_not_hide_the_full_disk(
        created: tuple[Vault, str], vault_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    created[0].close()
    vault = Vault.open(vault_dir, file_ops=_FullDisk())
    vault.unlock(USER, PASSPHRASE)
    target = tmp_path / "out" / "tresor.vfb"
    target.parent.mkdir()
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == target.parent:  # the target's medium turned read-only meanwhile
            raise OSError(errno.EROFS, "Read-only file system")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    try:
        with raises_code(StorageError, StorageCode.DISK_FULL, folder=target.parent) as caught:
            create_backup(vault, target)
        assert caught.value.params["needed"] > 0  # about the vault's size
    finally:
        monkeypatch.undo()
        vault.close()
    assert not target.exists()
