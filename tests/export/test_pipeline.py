"""The export pipeline on a real vault: the file it writes, its password protection (AES-256,
revision 6), its entry in the history chain, and that a cancel or a failure anywhere leaves
neither a file nor an entry, nor an unencrypted copy in a temp folder."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from PIL import Image

from app.domain import Category
from app.errors import NotDone, StorageCode
from app.progress import Cancelled
from app.query import IncidentQuery
from app.service import VaultService
from export.dossier import DossierRequest, Profile
from export.errors import ExportCode, ExportError
from export.pipeline import EXPORT_EVENT, export_pdf, past_exports
from export.protect import prepare_password
from storage.errors import StorageError
from tests.conftest import USER, storage_of

PASSWORD = "Grüße aus Pirna 😀 пароль"
TITLE = "Drohbrief an den Bürgermeister"
SUSPECT = "Max Mustermann-Øre"
SUSPECT_MAIL = "max.mustermann@example.org"


@pytest.fixture
def filled(service: VaultService, tmp_path: Path) -> VaultService:
    """Three incidents: one with a linked suspect and a photo, one with a text file."""
    person = service.add_person({"kind": "suspect", "name": SUSPECT, "emails": [SUSPECT_MAIL],
                                 "phones": ["+49 3501 123456"]})
    first = service.add_incident({
        "title": TITLE, "occurred": {"date": "2026-03-14", "time": "19:30"},
        "municipality": "Königstein", "categories": ["bedrohung", "beleidigung"],
        "description": "Er schrieb: »Wir wissen, wo Sie wohnen.« Straße, Größe, ß.",
        "persons": [{"person_id": person.id, "role": "perpetrator"}]})
    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (320, 200), (200, 30, 30)).save(photo, "JPEG")
    service.add_attachment(first.id, photo)
    second = service.add_incident({"title": "Schmiererei am Rathaus",
                                   "occurred": {"date": "2026-04-02"},
                                   "categories": ["sachbeschaedigung"]})
    note = tmp_path / "notiz.txt"
    note.write_text("Привет, مرحبا", encoding="utf-8")
    service.add_attachment(second.id, note)
    service.add_incident({"title": "Beleidigung im Netz", "occurred": {"date": "2026-05-20"},
                          "categories": ["beleidigung"], "channel": "social_media"})
    return service


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder of the test's own, for Python's tempfile and for qpdf (TMPDIR)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def chain(service: VaultService) -> list[dict[str, Any]]:
    return service.log()


def vault_state(service: VaultService) -> tuple[Any, ...]:
    """Every record head (id, version, content) and the chain length."""
    incidents = service.list_incidents().entries
    return (
        [(e.id, e.version, e.value) for e in incidents],
        [(e.id, e.version, e.value) for e in service.list_persons().entries],
        [[(a.id, a.version, a.value) for a in service.list_attachments(e.id).entries]
         for e in incidents],
        len(chain(service)),
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def text_of(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the written file and its record ----------------------------------------------------------
def test_export_writes_the_pdf_and_enters_it_in_the_history(
        filled: VaultService, out_dir: Path) -> None:
    target = out_dir / "dossier.pdf"
    ids = tuple(e.id for e in filled.list_incidents().entries)
    before = vault_state(filled)
    record = export_pdf(filled, DossierRequest(recipient="Polizeirevier Pirna"), target)

    assert files_in(out_dir) == ["dossier.pdf"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = pypdf.PdfReader(target)
    assert not reader.is_encrypted
    assert len(reader.pages) == record.pages > 0
    assert TITLE in text_of(reader)
    assert record.sha256 == sha256(target) and record.size == target.stat().st_size
    assert sorted(record.incident_ids) == sorted(ids)
    assert len(record.attachment_ids) == 2

    entries = chain(filled)
    assert len(entries) == before[3] + 1
    entry = entries[-1]
    assert entry["kind"] == EXPORT_EVENT and entry["seq"] == record.seq
    assert entry["author"] == filled.user_id and entry["author_name"] == USER
    assert entry["sha256"] == sha256(target)
    assert entry["size"] == target.stat().st_size
    assert entry["file_name"] == "dossier.pdf"
    assert entry["profile"] == "polizei" and entry["recipient"] == "Polizeirevier Pirna"
    assert sorted(entry["incident_ids"]) == sorted(ids)
    assert entry["password"] is False
    assert entry["at"] == record.at and entry["pages"] == record.pages
    # Only ids and facts about the file: nothing of the incidents or persons involved.
    logged = json.dumps(entry, ensure_ascii=False)
    for private in (TITLE, SUSPECT, SUSPECT_MAIL, "Königstein", "Mustermann", "wohnen",
                    str(out_dir)):
        assert private not in logged
    assert vault_state(filled)[:3] == before[:3]  # the records themselves are unchanged
    assert filled.verify().ok


def test_password_protected_file_opens_only_with_its_password(
        filled: VaultService, out_dir: Path, private_tmp: Path) -> None:
    target = out_dir / "geschuetzt.pdf"
    record = export_pdf(filled, DossierRequest(), target, password=PASSWORD)
    assert record.password and chain(filled)[-1]["password"] is True
    assert record.sha256 == sha256(target)

    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target, password="Grüße aus Pirna")
    with pikepdf.open(target, password=PASSWORD) as pdf:
        assert len(pdf.pages) == record.pages
        encrypt = pdf.trailer.Encrypt
        assert int(encrypt.R) == 6 and int(encrypt.V) == 5 and int(encrypt.Length) == 256
        assert str(encrypt.CF.StdCF.CFM) == "/AESV3"
        assert str(encrypt.StmF) == "/StdCF" and str(encrypt.StrF) == "/StdCF"
        assert pdf.allow.print_highres and not pdf.allow.modify_other

    reader = pypdf.PdfReader(target)
    assert reader.is_encrypted
    assert not reader.decrypt("falsch")
    assert reader.decrypt(PASSWORD)
    assert TITLE in text_of(reader) and len(reader.pages) == record.pages
    # The unencrypted PDF existed in memory only: nothing in the temp folder, no other file.
    assert files_in(private_tmp) == []
    assert files_in(out_dir) == ["geschuetzt.pdf"]


def test_the_unencrypted_pdf_never_reaches_a_disk_when_a_password_is_given(
        filled: VaultService, out_dir: Path, private_tmp: Path) -> None:
    seen: list[tuple[str, int]] = []

    def progress(_done: int, _total: int, _text: str) -> None:
        for folder in (out_dir, private_tmp):
            seen.extend((p.name, p.stat().st_size) for p in folder.iterdir())

    export_pdf(filled, DossierRequest(), out_dir / "d.pdf", password=PASSWORD,
               progress=progress)
    assert seen, "the progress callback was never called"
    # While the dossier is built, only the (still empty) file for the encrypted bytes exists.
    assert all(name.startswith(".d.pdf.") and name.endswith(".part") and size == 0
               for name, size in seen), seen


def test_a_password_is_checked_before_any_work(filled: VaultService, out_dir: Path) -> None:
    before = vault_state(filled)
    for bad in ("", "a" * 128, "ü" * 64, "tab\there", "\ue000", "abcمرحبا", "\u00ad"):
        with pytest.raises(ExportError) as caught:
            export_pdf(filled, DossierRequest(), out_dir / "d.pdf", password=bad)
        assert caught.value.field == "password", bad
    assert files_in(out_dir) == [] and vault_state(filled) == before


def test_password_preparation_follows_saslprep() -> None:
    assert prepare_password(PASSWORD) == PASSWORD
    assert prepare_password("Gro\u0308ße") == "Größe"  # typed decomposed: the NFC form
    assert prepare_password("a\u00a0b") == "a b"  # non-ASCII space maps to space
    assert prepare_password("ﬁx") == "fix"  # compatibility forms fold (NFKC)
    assert prepare_password("مرحبا") == "مرحبا"  # right-to-left alone is fine
    assert prepare_password("x" * 127) == "x" * 127


def test_a_decomposed_password_opens_with_the_composed_form(
        filled: VaultService, out_dir: Path) -> None:
    target = out_dir / "nfd.pdf"
    export_pdf(filled, DossierRequest(), target, password="Gro\u0308ße")
    with pikepdf.open(target, password="Größe") as pdf:
        assert len(pdf.pages) > 0


# -- selection, overwrite, history --------------------------------------------------------
def test_selection_and_profile_reach_the_record(filled: VaultService, out_dir: Path) -> None:
    wanted = [e for e in filled.list_incidents().entries if "beleidigung" in e.value.categories]
    request = DossierRequest(profile=Profile.STATISTIK,
                             selection=IncidentQuery(categories=(Category.BELEIDIGUNG,)),
                             recipient="ZASTEX")
    record = export_pdf(filled, request, out_dir / "s.pdf")
    assert sorted(record.incident_ids) == sorted(e.id for e in wanted)
    assert record.profile == "statistik" and record.recipient == "ZASTEX"


def test_overwrite_only_when_told(filled: VaultService, out_dir: Path) -> None:
    target = out_dir / "d.pdf"
    target.write_bytes(b"older file")
    chain_before = len(chain(filled))
    with pytest.raises(ExportError) as caught:
        export_pdf(filled, DossierRequest(), target)
    assert caught.value.code is ExportCode.OUT_EXISTS
    assert caught.value.params == {"path": str(target)}
    assert target.read_bytes() == b"older file" and len(chain(filled)) == chain_before
    record = export_pdf(filled, DossierRequest(), target, overwrite=True)
    assert record.sha256 == sha256(target) and files_in(out_dir) == ["d.pdf"]


def test_past_exports_lists_every_export_oldest_first(
        filled: VaultService, out_dir: Path) -> None:
    assert past_exports(filled) == []
    first = export_pdf(filled, DossierRequest(recipient="A"), out_dir / "a.pdf")
    second = export_pdf(filled, DossierRequest(recipient="B"), out_dir / "b.pdf",
                        password=PASSWORD)
    assert past_exports(filled) == [first, second]
    assert [r.file_name for r in past_exports(filled)] == ["a.pdf", "b.pdf"]


# -- refusals, cancel, failures -----------------------------------------------------------
@pytest.mark.parametrize(("where", "code"), [
    ("vault", ExportCode.OUT_IN_VAULT), ("vault_sub", ExportCode.OUT_IN_VAULT),
    ("missing", ExportCode.OUT_FOLDER_MISSING), ("folder", ExportCode.OUT_IS_FOLDER),
    ("recipient", ExportCode.RECIPIENT_CHARACTERS)])
def test_refused_targets_leave_nothing(filled: VaultService, out_dir: Path, where: str,
                                       code: ExportCode) -> None:
    folder = filled.folder
    request = DossierRequest()
    target = {"vault": folder / "d.pdf", "vault_sub": folder / "attachments" / "d.pdf",
              "missing": out_dir / "nicht da" / "d.pdf", "folder": out_dir,
              "recipient": out_dir / "d.pdf"}[where]
    if where == "recipient":
        request = DossierRequest(recipient="Polizei\nPirna")
    before = vault_state(filled)
    listing = sorted(str(p) for p in folder.rglob("*"))
    with pytest.raises(ExportError) as caught:
        export_pdf(filled, request, target)
    assert caught.value.code is code
    assert vault_state(filled) == before
    assert sorted(str(p) for p in folder.rglob("*")) == listing
    assert files_in(out_dir) == []


def test_an_empty_selection_writes_nothing(filled: VaultService, out_dir: Path) -> None:
    before = vault_state(filled)
    with pytest.raises(ExportError):
        later = IncidentQuery(date_from=dt.date(2030, 1, 1))
        export_pdf(filled, DossierRequest(selection=later), out_dir / "d.pdf")
    assert files_in(out_dir) == [] and vault_state(filled) == before


def count_cancel_checks(service: VaultService, folder: Path, password: str | None) -> int:
    calls = 0

    def never() -> bool:
        nonlocal calls
        calls += 1
        return False

    export_pdf(service, DossierRequest(), folder / "probe.pdf", password, cancel=never)
    (folder / "probe.pdf").unlink()
    return calls


@pytest.mark.parametrize("password", [None, PASSWORD])
def test_cancel_at_any_check_leaves_no_file_and_no_entry(
        filled: VaultService, out_dir: Path, private_tmp: Path, password: str | None) -> None:
    total = count_cancel_checks(filled, out_dir, password)
    assert total >= 2
    before = vault_state(filled)
    for stop_at in sorted({1, total // 2, total}):
        calls = 0

        def cancel(stop_at: int = stop_at) -> bool:
            nonlocal calls
            calls += 1
            return calls >= stop_at

        with pytest.raises(Cancelled):
            export_pdf(filled, DossierRequest(), out_dir / "d.pdf", password, cancel=cancel)
        assert files_in(out_dir) == [], stop_at
        assert files_in(private_tmp) == []
        assert vault_state(filled) == before


def test_a_failed_rename_rolls_back_the_entry_and_keeps_the_old_file(
        filled: VaultService, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = out_dir / "d.pdf"
    target.write_bytes(b"the file that was there")
    before = vault_state(filled)
    real_replace = os.replace

    def full_disk(source: Any, dest: Any) -> None:
        if str(source).endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, dest)

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ExportError) as caught:
        export_pdf(filled, DossierRequest(), target, overwrite=True)
    assert caught.value.code is ExportCode.WRITE_FAILED
    assert caught.value.params["errno"] == errno.ENOSPC
    monkeypatch.undo()
    assert files_in(out_dir) == ["d.pdf"]
    assert target.read_bytes() == b"the file that was there"
    assert vault_state(filled) == before


def test_a_failing_history_entry_leaves_no_file(
        filled: VaultService, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No export without its record: when the chain entry cannot be written, no file stays."""
    before = vault_state(filled)
    records = storage_of(filled).records

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=0, needed=0,
                 action=NotDone.NOTHING_SAVED)

    monkeypatch.setattr(records, "log_event", broken)
    with pytest.raises(StorageError):
        export_pdf(filled, DossierRequest(), out_dir / "d.pdf")
    monkeypatch.undo()
    assert files_in(out_dir) == [] and vault_state(filled) == before


def test_protect_rejects_a_stream_that_is_not_a_pdf() -> None:
    from export.protect import protect_pdf

    with pytest.raises(pikepdf.PdfError):
        protect_pdf(io.BytesIO(b"not a pdf"), io.BytesIO(), PASSWORD)
