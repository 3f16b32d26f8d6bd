"""`vorfallbuch export pdf` with broken evidence (issue 13, section 1), as a real process:
the dossier is written, the command exits 0, prints one English warning line per piece of
evidence it could not show, and `export list` finds them in the history entry."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from app.evidence_codes import EvidenceCode
from app.service import VaultService
from storage.vault import Vault
from tests.cli.support import make_vault, ok, run
from tests.conftest import PASSPHRASE, USER
from tests.export import hostile_evidence as hostile
from tests.export.dossier_support import add_file, pdf_letter, squeeze

BROKEN = {"abgeschnitten.pdf": (hostile.truncated_pdf(), EvidenceCode.PDF_UNREADABLE),
          "verschluesselt.pdf": (hostile.encrypted_pdf(), EvidenceCode.PDF_ENCRYPTED),
          "zirkulaer.pdf": (hostile.cyclic_pdf(), EvidenceCode.PDF_TOO_DEEP),
          "pixelbombe.png": (hostile.pixel_bomb_png(), EvidenceCode.IMAGE_TOO_LARGE)}


def filled_vault(folder: Path, files: Path) -> tuple[Path, dict[str, str]]:
    make_vault(folder)
    files.mkdir()
    vault = Vault.open(folder)
    try:
        vault.unlock(USER, PASSPHRASE)
        service = VaultService(vault)
        incident = service.add_incident({"title": "Kaputte Beweise",
                                         "occurred": {"date": "2026-02-01"}})
        ids = {"gut.pdf": add_file(service, files, incident.id, "gut.pdf",
                                   pdf_letter(2, "Gutes Original"))}
        for name, (data, _code) in BROKEN.items():
            ids[name] = add_file(service, files, incident.id, name, data)
    finally:
        vault.close()
    return folder, ids


def test_export_exits_0_and_warns_once_per_piece_it_could_not_show(tmp_path: Path) -> None:
    vault, ids = filled_vault(tmp_path / "vault", tmp_path / "files")
    out = tmp_path / "dossier.pdf"
    done = ok(run(vault, "export", "pdf", "--out", out, "--recipient", "Polizeirevier Pirna"))
    assert done.out.startswith(f"Wrote {out} (")
    assert "4 pieces of evidence could not be shown" in done.out
    warnings = [line for line in done.err.splitlines() if line.strip()]
    assert len(warnings) == len(BROKEN), done.err
    for name in BROKEN:
        (line,) = [w for w in warnings if f"'{name}'" in w]
        assert line.startswith("vorfallbuch: warning: ") and "SHA-256 " in line
        assert line.endswith("the original is kept unchanged in the vault.")
    assert "password-protected; the original" in done.err
    assert "could not be read as a PDF" in done.err

    pages = [p.extract_text() or "" for p in PdfReader(out).pages]
    assert sum("Gutes Original Seite" in p for p in pages) == 2
    whole = squeeze("\n".join(pages))
    assert squeeze("Die Datei konnte nicht als PDF gelesen werden; das Original liegt "
                   "unverändert im Tresor.") in whole

    listed = ok(run(vault, "export", "list", "--json")).json()
    (record,) = listed
    assert {u["attachment_id"]: u["code"] for u in record["unshown"]} == {
        ids[name]: code.value for name, (_data, code) in BROKEN.items()}


def test_the_json_record_names_the_pieces(tmp_path: Path) -> None:
    vault, _ids = filled_vault(tmp_path / "vault", tmp_path / "files")
    out = tmp_path / "dossier.pdf"
    done = ok(run(vault, "export", "pdf", "--out", out, "--json"))
    record = json.loads(done.out)
    assert sorted(u["name"] for u in record["unshown"]) == sorted(BROKEN)
    assert len(done.err.strip().splitlines()) == len(BROKEN)
