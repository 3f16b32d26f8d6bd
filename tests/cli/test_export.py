"""`vorfallbuch export pdf` and `export list`: a working export end to end (a real process,
password from a file), and every hostile option refused with one line, leaving the vault and
the target folder as they were."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pypdf
import pytest

from app.domain import Incident
from app.service import INCIDENT, VaultService
from cli.export_cmds import PROFILES
from export.dossier import Profile
from storage.vault import Vault
from tests.cli.support import InProcess, make_vault, ok, one_line_error, run
from tests.conftest import PASSPHRASE, USER

TITLE = "Hassmail über die Straßenumbenennung"
PREFIX = "abcd"


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three incidents; two of them share the id prefix 'abcd' (made with chosen ids through
    the record store, so an ambiguous prefix is certain)."""
    folder = make_vault(tmp_path_factory.mktemp("export") / "vault")
    vault = Vault.open(folder)
    try:
        vault.unlock(USER, PASSPHRASE)
        service = VaultService(vault)
        service.add_incident({"title": TITLE, "occurred": {"date": "2026-02-03"},
                              "categories": ["beleidigung"],
                              "description": "Привет — مرحبا — Grüße"})
        for n, day in ((0, "2026-03-01"), (1, "2026-04-01")):
            content = {"title": f"Vorfall {n}", "occurred": {"date": day},
                       "categories": ["bedrohung"]}
            vault.records.create(INCIDENT, PREFIX + str(n) * 28,
                                 Incident.model_validate(content).model_dump(mode="json"),
                                 service.user_id)
    finally:
        vault.close()
    return folder


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def cli(shared_vault: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Iterator[InProcess]:
    """The shared vault; a refused command must leave it exactly as it was."""
    runner = InProcess(shared_vault, capsys, monkeypatch)
    before = runner.state()
    yield runner
    assert runner.state() == before, "a refused export changed the vault"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_profile_choices_match_the_renderer() -> None:
    assert tuple(p.value for p in Profile) == PROFILES


def test_export_with_a_password_file_end_to_end(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    added = run(vault, "incident", "add", "--title", TITLE, "--occurred", "2026-02-03",
                "--category", "beleidigung")
    ok(added)
    secret = tmp_path / "pw.txt"
    secret.write_text("Grüße 😀 пароль\nthis second line is not part of it\n", encoding="utf-8")
    target = tmp_path / "dossier.pdf"
    result = ok(run(vault, "export", "pdf", "--out", target, "--password-file", secret,
                    "--recipient", "Polizeirevier Pirna", "--json"))
    record = result.json()
    assert record["sha256"] == sha256(target) and record["password"] is True
    assert record["recipient"] == "Polizeirevier Pirna" and record["profile"] == "polizei"
    assert len(record["incident_ids"]) == 1
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    reader = pypdf.PdfReader(target)
    assert reader.decrypt("Grüße 😀 пароль")
    assert TITLE in "".join(p.extract_text() or "" for p in reader.pages)

    listed = ok(run(vault, "export", "list", "--json")).json()
    assert [r["sha256"] for r in listed] == [record["sha256"]]
    log = ok(run(vault, "log")).out
    assert "export" in log and "pdf-dossier" in log
    # The password appears nowhere: not in the output, the log or the export record.
    for text in (result.out, result.err, log, str(listed)):
        assert "пароль" not in text


def test_export_selection_and_text_output(
        shared_vault: Path, out_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cli = InProcess(shared_vault, capsys, monkeypatch)  # this one adds one chain entry
    target = out_dir / "auswahl.pdf"
    chain_before = cli.state()[1]
    result = ok(cli("export", "pdf", "--out", str(target), "--category", "bedrohung",
                    "--from", "2026-03-15", "--to", "2026-12-31", "--profile", "beratung",
                    "--no-annex"))
    assert "Wrote" in result.out and sha256(target) in result.out
    assert "not password-protected" in result.out
    listed = ok(cli("export", "list", "--json")).json()
    assert listed[-1]["incident_ids"] == [PREFIX + "1" * 28]
    assert listed[-1]["profile"] == "beratung"
    assert cli.state()[1] == chain_before + 1
    table = ok(cli("export", "list")).out
    assert "auswahl.pdf" in table and "beratung" in table


def refused(cli: InProcess, out_dir: Path, *args: str, words: tuple[str, ...] = (),
            code: int | None = None) -> None:
    result = cli("export", "pdf", *args)
    one_line_error(result, *words, code=code)
    assert sorted(p.name for p in out_dir.iterdir()) == [], "a refused export left a file"


def test_bad_dates_and_periods(cli: InProcess, out_dir: Path) -> None:
    out = str(out_dir / "d.pdf")
    refused(cli, out_dir, "--out", out, "--from", "2026-13-01", words=("--from", "date"))
    refused(cli, out_dir, "--out", out, "--to", "vorvorgestern", words=("--to", "date"))
    refused(cli, out_dir, "--out", out, "--to", "31.02.2026", words=("--to", "no such day"))
    refused(cli, out_dir, "--out", out, "--from", "x" * 100_000, words=("--from",))
    refused(cli, out_dir, "--out", out, "--from", "2026-05-01", "--to", "2026-04-01",
            words=("after",))
    refused(cli, out_dir, "--out", out, "--from", "2031-01-01", words=("incident",))
    refused(cli, out_dir, "--out", out, "--from", "1.1.31", words=("incident",))  # German too


def test_unknown_category_and_profile_are_usage_errors(cli: InProcess, out_dir: Path) -> None:
    out = str(out_dir / "d.pdf")
    refused(cli, out_dir, "--out", out, "--category", "mord", words=("category",), code=2)
    refused(cli, out_dir, "--out", out, "--profile", "presse", words=("profile",), code=2)
    refused(cli, out_dir, words=("--out",), code=2)


def test_unknown_and_ambiguous_incident_ids(cli: InProcess, out_dir: Path) -> None:
    out = str(out_dir / "d.pdf")
    refused(cli, out_dir, "--out", out, "--incident", "ffffffff", words=("no incident",))
    refused(cli, out_dir, "--out", out, "--incident", PREFIX, words=("matches 2",))
    refused(cli, out_dir, "--out", out, "--incident", "zz; rm -rf /", words=("not a valid",))
    refused(cli, out_dir, "--out", out, "--incident", "ab", words=("not a valid",))


def test_bad_targets(cli: InProcess, out_dir: Path, shared_vault: Path) -> None:
    refused(cli, out_dir, "--out", str(out_dir / "fehlt" / "d.pdf"), words=("does not exist",))
    refused(cli, out_dir, "--out", str(out_dir), words=("folder",))
    inside = sorted(str(p) for p in shared_vault.rglob("*"))
    refused(cli, out_dir, "--out", str(shared_vault / "d.pdf"), words=("inside the vault",))
    refused(cli, out_dir, "--out", str(shared_vault / "attachments" / "d.pdf"),
            words=("inside the vault",))
    assert sorted(str(p) for p in shared_vault.rglob("*")) == inside
    existing = out_dir / "d.pdf"
    existing.write_bytes(b"keep me")
    result = cli("export", "pdf", "--out", str(existing))
    one_line_error(result, "exists already")
    assert existing.read_bytes() == b"keep me"
    existing.unlink()
    refused(cli, out_dir, "--out", str(out_dir / "d.pdf"), "--recipient", "a\nb",
            words=("recipient",))
    refused(cli, out_dir, "--out", str(out_dir / "d.pdf"), "--recipient", "x" * 300,
            words=("recipient",))


def test_bad_password_files(cli: InProcess, out_dir: Path, tmp_path: Path) -> None:
    out = str(out_dir / "d.pdf")
    cases: dict[str, bytes | None] = {
        "missing": None,
        "empty": b"",
        "newline only": b"\n",
        "huge": b"a" * (10 * 1024 * 1024),
        "binary": bytes(range(256)) * 4,
        "nul": b"pass\x00word\n",
        "too long": ("ü" * 100).encode("utf-8"),
    }
    words = {"missing": "does not exist", "empty": "empty", "newline only": "empty",
             "huge": "too large", "binary": "not UTF-8", "nul": "character",
             "too long": "127"}
    for name, content in cases.items():
        path = tmp_path / f"pw-{name.replace(' ', '-')}"
        if content is not None:
            path.write_bytes(content)
        result = cli("export", "pdf", "--out", out, "--password-file", str(path))
        line = one_line_error(result, words[name])
        assert "a" * 50 not in line  # the file's content is never echoed
    folder = tmp_path / "pw-folder"
    folder.mkdir()
    refused(cli, out_dir, "--out", out, "--password-file", str(folder), words=("folder",))
    assert sorted(p.name for p in out_dir.iterdir()) == []
