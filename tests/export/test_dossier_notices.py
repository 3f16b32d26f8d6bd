"""What intake noticed about the evidence reaches the dossier in German, never in English: a
broken image, an e-mail with damaged MIME and missing headers, an empty file, a file named like
a PDF that is none and a damaged PDF go through the real intake (the sandbox child), the
dossier is built and read back with pypdf. A vault of schema 1 whose attachment holds the
English sentences an earlier version wrote still opens, lists and exports; those sentences are
printed as they were written."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from app.domain.notice import Notice
from app.intake.codes import IntakeCode
from app.intake.service import IntakeService
from app.service import VaultService
from app.texts.notices import german
from cli import notices as cli_notices
from export.dossier import DossierRequest, build_dossier
from export.pipeline import export_pdf
from storage.vault import Vault
from tests import intake_samples as samples
from tests.export.dossier_support import at, body_text, missing_parts, squeeze
from tests.fixtures.make_vault_v1 import PASSPHRASE, USER
from tests.intake_email_samples import CRLF, header

C = IntakeCode
FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault_v1"


def broken_mail() -> bytes:
    """No From, no Date, a subject in an unknown character set, a damaged base64 attachment."""
    return b"".join([
        header("To", "amt@gemeinde.example"),
        header("Subject", "=?x-klingon?Q?Dro=FChung?="),
        header("Content-Type", 'multipart/mixed; boundary="m"'), CRLF,
        b"--m", CRLF, header("Content-Type", "text/plain"), CRLF, b"Siehe Anhang.", CRLF,
        b"--m", CRLF, header("Content-Type", "application/octet-stream"),
        header("Content-Disposition", 'attachment; filename="x.bin"'),
        header("Content-Transfer-Encoding", "base64"), CRLF, b"TVqQ*GV2a", CRLF,
        b"--m--", CRLF])


def build(service: VaultService) -> str:
    out = io.BytesIO()
    build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    return body_text(out.getvalue())


def test_the_dossier_prints_intake_s_notices_in_german(service: VaultService,
                                                       tmp_path: Path) -> None:
    files = {
        "kaputt.jpg": samples.jpeg((300, 200))[:1500],
        "drohung.eml": broken_mail(),
        "leer.txt": b"",
        "brief.pdf": b"<html>kein PDF</html>",
        "beschaedigt.pdf": b"%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] >>\n%%EOF",
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    result = IntakeService(service).intake(paths)
    stored = {e.value.original_name: e.value.metadata for e in result.attachments}
    notices: list[Notice] = []
    for facts in stored.values():
        notices += [*([facts.unreadable] if facts.unreadable else []), *facts.notices,
                    *(facts.email.problems if facts.email else [])]
    codes = {n.code for n in notices}
    assert {C.IMAGE_TRUNCATED, C.EMPTY_FILE, C.NOT_A_PDF, C.FROM_MISSING, C.DATE_MISSING,
            C.UNKNOWN_CHARSET, C.MIME_DAMAGED} <= codes
    assert codes & {C.PDF_DAMAGED, C.PDF_ENCRYPTION_UNKNOWN}

    whole = build(service)
    for notice in notices:
        assert missing_parts(whole, german(notice)) == [], german(notice)
        english = cli_notices.notice_text(notice)
        assert squeeze(english) not in squeeze(whole), english
    for english_word in ("The file", "could not", "header", "character set", "bytes)"):
        assert english_word not in whole, english_word
    assert "Die Datei ist leer (0 Byte). Das Original ist unverändert gespeichert." in " ".join(
        whole.split())


@pytest.fixture
def old_vault(tmp_path: Path) -> Vault:
    target = tmp_path / "vault_v1"
    shutil.copytree(FIXTURE, target)
    vault = Vault.open(target)
    vault.unlock(USER, PASSPHRASE)
    yield vault
    vault.close()


OLD_REASON = "The file is empty (0 bytes)."
OLD_NOTE = ("The file changed between reading and storing; the facts were read from the "
            "earlier version.")


def test_an_old_vaults_english_notes_open_list_and_export(old_vault: Vault,
                                                          tmp_path: Path) -> None:
    service = VaultService(old_vault)
    [incident] = service.list_incidents().entries
    [entry] = service.list_attachments(incident.id).entries
    # What an earlier version wrote into the revision (the model is bypassed: raw JSON).
    raw = old_vault.records.get(entry.id, "attachment")
    content = dict(raw.content)
    content["metadata"] = {"unreadable": OLD_REASON,
                           "email": {"problems": ["From header missing"]}}
    content["note"] = OLD_NOTE
    old_vault.records.update(entry.id, content, raw.version, service.user_id)

    listing = service.list_attachments(incident.id)
    assert listing.failures == []
    [opened] = listing.entries
    facts = opened.value.metadata
    assert facts.unreadable == Notice.of(C.LEGACY_TEXT, text=OLD_REASON)
    assert facts.email is not None and [german(p) for p in facts.email.problems] == [
        "From header missing"]
    assert opened.value.note == OLD_NOTE

    out = tmp_path / "dossier.pdf"
    record = export_pdf(service, DossierRequest(), out)
    assert record.attachment_ids == (entry.id,)
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(out).pages).split())
    # shown as written: the old English under the dossier's German labels
    assert f"{OLD_REASON} Das Original ist unverändert gespeichert." in text
    assert "From header missing" in text
    assert squeeze(OLD_NOTE) in squeeze(text)
    assert service.verify().ok
