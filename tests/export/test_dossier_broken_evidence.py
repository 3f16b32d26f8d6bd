"""Issue 13, section 1: no broken piece of evidence stops the dossier. Hostile PDFs, images
that cannot be decoded and a mail that cannot be rendered are attached to a real vault; the
export writes the file all the same, prints in each one's place its name, SHA-256, size and
the reason in German, keeps every good original page, and its history entry lists what it
could not show. The sandboxed child that reads them costs its time limit at most."""

from __future__ import annotations

import functools
import io
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pypdf import PdfReader

from app.evidence_codes import EvidenceCode
from app.intake import evidence_view
from app.service import VaultService
from app.texts.evidence import german
from export.dossier import DossierRequest, build_dossier, labels
from export.dossier import annex as annex_module
from export.dossier import build as build_module
from export.dossier import evidence as evidence_module
from export.pipeline import EXPORT_EVENT, export_pdf, past_exports
from tests.export import hostile_evidence as hostile
from tests.export.dossier_support import (
    add_file,
    at,
    body_text,
    eml,
    image_xobjects,
    jpeg,
    page_texts,
    pdf_letter,
    squeeze,
)

C = EvidenceCode
# name -> (bytes, the code the dossier gives; None: the file is repaired and appended)
BROKEN_PDFS: dict[str, tuple[Any, C | None]] = {
    "abgeschnitten.pdf": (hostile.truncated_pdf, C.PDF_UNREADABLE),
    "verschluesselt.pdf": (hostile.encrypted_pdf, C.PDF_ENCRYPTED),
    "zirkulaer.pdf": (hostile.cyclic_pdf, C.PDF_TOO_DEEP),
    "tief-verschachtelt.pdf": (hostile.deep_pdf, C.PDF_TOO_DEEP),
    "bombe.pdf": (hostile.bomb_pdf, C.PDF_TOO_LARGE),
}
BROKEN_IMAGES: dict[str, tuple[Any, C]] = {
    "abgeschnitten.png": (hostile.truncated_png, C.IMAGE_UNREADABLE),
    "abgeschnitten.jpg": (hostile.truncated_jpeg, C.IMAGE_UNREADABLE),
    "pixelbombe.png": (hostile.pixel_bomb_png, C.IMAGE_TOO_LARGE),
}


def qpdf_check(pdf: bytes, tmp: Path) -> None:
    """qpdf's check finds no error in the file: `qpdf --check` where it is installed, else
    the same library's check through pikepdf."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        with pikepdf.open(io.BytesIO(pdf)) as opened:
            assert opened.check_pdf_syntax() == []
        return
    path = tmp / "check.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, timeout=120)
    assert done.returncode in (0, 3), done.stdout.decode(errors="replace")[-2000:]  # 3: warnings


def fill_broken(service: VaultService, tmp: Path) -> dict[str, str]:
    """One incident with every broken file, a good PDF, a repairable PDF, a good photo and a
    broken mail; name -> attachment id."""
    tmp.mkdir(parents=True, exist_ok=True)
    incident = service.add_incident({"title": "Kaputte Beweise",
                                     "occurred": {"date": "2026-02-01"}})
    ids = {"gut.pdf": add_file(service, tmp, incident.id, "gut.pdf",
                               pdf_letter(2, "Gutes Original")),
           "xref-verdreht.pdf": add_file(service, tmp, incident.id, "xref-verdreht.pdf",
                                         hostile.flipped_xref_pdf()),
           "foto.jpg": add_file(service, tmp, incident.id, "foto.jpg", jpeg(640, 480)),
           "kaputt.eml": add_file(service, tmp, incident.id, "kaputt.eml",
                                  hostile.broken_mail())}
    for name, (make, _code) in {**BROKEN_PDFS, **BROKEN_IMAGES}.items():
        ids[name] = add_file(service, tmp, incident.id, name, make())
    return ids


@pytest.fixture
def exported(service: VaultService, tmp_path: Path) -> tuple[VaultService, dict[str, str], Any,
                                                             bytes]:
    ids = fill_broken(service, tmp_path / "files")
    out = tmp_path / "out"
    out.mkdir()
    record = export_pdf(service, DossierRequest(recipient="Polizeirevier Pirna"),
                        out / "dossier.pdf")
    return service, ids, record, (out / "dossier.pdf").read_bytes()


def test_the_dossier_is_written_with_a_page_in_place_of_each_broken_file(
        exported: tuple[VaultService, dict[str, str], Any, bytes], tmp_path: Path) -> None:
    service, ids, record, pdf = exported
    texts = page_texts(pdf)
    assert record.pages == len(texts) == len(PdfReader(io.BytesIO(pdf)).pages)
    for number, text in enumerate(texts, 1):
        assert f"Seite {number} von {len(texts)}" in text, number

    expected = {ids[n]: code for n, (_m, code) in {**BROKEN_PDFS, **BROKEN_IMAGES}.items()}
    assert {u.attachment_id: u.code for u in record.unshown} == expected
    for name, (_make, code) in BROKEN_PDFS.items():
        att = service.get_attachment(ids[name]).value
        assert code is not None
        # the annex page of this file: its name, SHA-256, size and the German reason
        pages = [squeeze(t) for t in texts if f"{name}" in t and "Nicht angehängt" in t]
        assert len(pages) == 1, name
        for part in (att.sha256, f"{labels.count(att.size)}Byte", german(code, dict(
                next(u.params for u in record.unshown if u.attachment_id == ids[name])))):
            assert squeeze(part) in pages[0], (name, part)
    body = squeeze(body_text(pdf))
    for name, (_make, code) in BROKEN_IMAGES.items():
        att = service.get_attachment(ids[name]).value
        assert squeeze(att.sha256) in body
        assert squeeze(f"Bild nicht eingebettet: {german(code, {})}") in body
    assert squeeze("Die Datei konnte nicht als PDF gelesen werden; das Original liegt "
                   "unverändert im Tresor.") in body
    assert image_xobjects(pdf) == 1  # the good photo

    # the good originals' pages are there, stamped; the repaired one's too
    assert sum("Gutes Original Seite" in t for t in texts) == 2
    assert sum("Verdrehtes Original Seite" in t for t in texts) == 2
    assert sum("Anlage A1: gut.pdf – Seite" in t for t in texts) == 2
    qpdf_check(pdf, tmp_path)


def test_the_history_entry_lists_what_could_not_be_shown(
        exported: tuple[VaultService, dict[str, str], Any, bytes]) -> None:
    service, ids, record, _pdf = exported
    entry = service.log()[-1]
    assert entry["kind"] == EXPORT_EVENT
    listed = {u["attachment_id"]: u["code"] for u in entry["unshown"]}
    assert listed == {u.attachment_id: u.code.value for u in record.unshown}
    assert all(set(u) == {"attachment_id", "sha256", "size", "code", "params"}
               for u in entry["unshown"])  # no file names in the history
    (past,) = past_exports(service)
    assert [u.attachment_id for u in past.unshown] == [u.attachment_id for u in record.unshown]
    assert {u.name for u in record.unshown} == set(BROKEN_PDFS) | set(BROKEN_IMAGES)
    assert ids["kaputt.eml"] not in listed


@pytest.mark.parametrize(("fault", "code"), [
    ("hang", C.READER_TIMEOUT), ("spin", C.READER_TIMEOUT), ("crash", C.READER_FAILED),
    ("garbage", C.READER_FAILED), ("flood", C.READER_LIMITS),
])
def test_a_child_that_misbehaves_costs_its_time_limit_only(fault: str, code: C) -> None:
    started = time.monotonic()
    with pytest.raises(evidence_view.EvidenceProblem) as caught:
        evidence_view.pdf_for_annex(pdf_letter(1), timeout=2.0, fault=fault)
    assert caught.value.code is code
    assert time.monotonic() - started < 2.0 + 3.0


def test_a_hanging_reader_costs_the_dossier_its_timeout_and_no_more(
        service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    incident = service.add_incident({"title": "Hängt", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "haengt.pdf", pdf_letter(1, "Original"))
    monkeypatch.setattr(annex_module, "pdf_for_annex",
                        functools.partial(evidence_view.pdf_for_annex, timeout=2.0,
                                          fault="hang"))
    started = time.monotonic()
    out = io.BytesIO()
    result = build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    assert time.monotonic() - started < 2.0 + 15.0
    (unshown,) = result.unshown
    assert unshown.code is C.READER_TIMEOUT and unshown.params == {"seconds": 2.0}
    assert squeeze("Das Lesen der Datei dauerte länger als 2 Sekunden") in squeeze(
        body_text(out.getvalue()))


def test_pages_that_fail_at_the_final_assembly_get_replacement_pages(
        service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child's copy passed, but putting its pages in fails (here: the second page's stamp
    of one file raises): each of that file's placeholders gets a replacement page, the page
    count and numbering stay, the other file's pages are there."""
    incident = service.add_incident({"title": "Briefe", "occurred": {"date": "2026-02-01"}})
    bad = add_file(service, tmp_path, incident.id, "a-stempel.pdf", pdf_letter(3, "Erster"))
    add_file(service, tmp_path, incident.id, "b-gut.pdf", pdf_letter(2, "Zweiter"))
    real_stamp = annex_module.stamp
    calls = {"n": 0}

    def stamp(page: Any, overlay: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("a content stream pypdf cannot merge")
        real_stamp(page, overlay)

    monkeypatch.setattr(annex_module, "stamp", stamp)
    out = io.BytesIO()
    result = build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    texts = page_texts(out.getvalue())
    assert result.pages == len(texts)
    for number, text in enumerate(texts, 1):
        assert f"Seite {number} von {len(texts)}" in text
    (unshown,) = result.unshown
    assert unshown.attachment_id == bad and unshown.code is C.PDF_NOT_INSERTED
    replaced = [t for t in texts if "An dieser Stelle stünde Seite" in t]
    assert len(replaced) == 3 and not any("Erster Seite" in t for t in texts)
    sha = service.get_attachment(bad).value.sha256
    for index, text in enumerate(replaced, 1):
        assert f"Seite {index} von 3 der Datei" in text and sha in squeeze(text)
        assert "a-stempel.pdf" in text
    assert sum("Zweiter Seite" in t for t in texts) == 2


def test_a_child_copy_that_cannot_be_read_back_gets_replacement_pages(
        service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    incident = service.add_incident({"title": "Brief", "occurred": {"date": "2026-02-01"}})
    add_file(service, tmp_path, incident.id, "luege.pdf", pdf_letter(2))
    monkeypatch.setattr(build_module, "check_pdf",
                        lambda *_a, **_k: (b"%PDF-1.7 not really", 2, None))
    out = io.BytesIO()
    result = build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    texts = page_texts(out.getvalue())
    assert result.pages == len(texts)
    assert [u.code for u in result.unshown] == [C.PDF_NOT_INSERTED]
    assert sum("An dieser Stelle stünde Seite" in t for t in texts) == 2


def test_a_mail_that_cannot_be_rendered_is_named_and_the_rest_goes_on(
        service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    incident = service.add_incident({"title": "Mail", "occurred": {"date": "2026-02-01"}})
    sender = "Wut <wut@example.org>"
    mail = add_file(service, tmp_path, incident.id, "wut.eml", eml(sender, "Text"),
                    metadata={"email": {"sender": sender, "subject": "Drohung"}})
    add_file(service, tmp_path, incident.id, "kaputt.eml", hostile.broken_mail())

    def broken(*_args: Any) -> Any:
        raise ValueError("a mail the renderer cannot set")

    monkeypatch.setattr(evidence_module, "_email", broken)
    out = io.BytesIO()
    result = build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    assert [(u.attachment_id, u.code) for u in result.unshown] == [(mail, C.MAIL_NOT_RENDERED)]
    body = squeeze(body_text(out.getvalue()))
    assert squeeze(german(C.MAIL_NOT_RENDERED, {})) in body
    assert "kaputt.eml" in body


def test_pictures_are_decoded_in_one_child_and_each_gets_its_own_answer() -> None:
    requests = [evidence_view.PictureRequest(data, 480, 340, sharp) for data, sharp in (
        (jpeg(1600, 1200), False), (hostile.truncated_png(), True),
        (hostile.pixel_bomb_png(), False), (hostile.truncated_jpeg(), False), (b"", False),
        (jpeg(800, 600, orientation=6), False))]
    results = evidence_view.images_for_print(requests)
    codes = [r.code if isinstance(r, evidence_view.EvidenceProblem) else None
             for r in results]
    assert codes == [None, C.IMAGE_UNREADABLE, C.IMAGE_TOO_LARGE, C.IMAGE_UNREADABLE,
                     C.IMAGE_UNREADABLE, None]
    first, last = results[0], results[-1]
    assert not isinstance(first, Exception) and not isinstance(last, Exception)
    assert first.data.startswith(b"\xff\xd8\xff") and first.width_pt <= 480
    assert last.source_size == (600, 800)  # turned upright


def test_a_batch_whose_child_fails_is_tried_picture_by_picture() -> None:
    requests = [evidence_view.PictureRequest(jpeg(640, 480), 480, 340) for _ in range(3)]
    started = time.monotonic()
    results = evidence_view.images_for_print(requests, fault="crash")
    assert [getattr(r, "code", None) for r in results] == [C.READER_FAILED] * 3
    assert time.monotonic() - started < 20


def test_a_mail_at_every_limit_of_its_facts_is_set(service: VaultService,
                                                   tmp_path: Path) -> None:
    """Unbroken 1,000-character header lines, long Received lines, a huge body without a
    space: reportlab must wrap them all (a row taller than a page would stop the layout)."""
    incident = service.add_incident({"title": "Mail", "occurred": {"date": "2026-02-01"}})
    word = "x" * 1000
    add_file(service, tmp_path, incident.id, "lang.eml", eml("a@b.c", "x"), metadata={"email": {
        "sender": word, "to": word, "cc": word, "subject": word, "message_id": word,
        "date_raw": word, "received": ["r" * 20_000] * 5, "raw_headers": "h" * 50_000,
        "body_text": "b" * 100_000,
        "parts": [{"index": i, "name": "n" * 300, "media_type": "m" * 300} for i in range(50)]}})
    out = io.BytesIO()
    result = build_dossier(service, DossierRequest(), out, now=at(2026, 3, 25))
    assert result.unshown == () and result.pages == len(page_texts(out.getvalue()))


@pytest.mark.parametrize("fault", ["unknown_code", "wrong_params", "sentence", "error_sentence",
                                   "error_code_params", "environ"])
def test_nothing_the_child_says_is_trusted(fault: str) -> None:
    with pytest.raises(evidence_view.EvidenceProblem) as caught:
        evidence_view.pdf_for_annex(pdf_letter(1), timeout=10.0, fault=fault)
    assert caught.value.code is C.READER_FAILED
    (result,) = evidence_view.images_for_print(
        [evidence_view.PictureRequest(jpeg(64, 48), 480, 340)], timeout=10.0, fault=fault)
    assert getattr(result, "code", None) is C.READER_FAILED


def test_a_pdf_too_large_to_copy_is_refused_before_and_after_the_child() -> None:
    big = pdf_letter(40, "Viel Text " * 20)
    with pytest.raises(evidence_view.EvidenceProblem) as caught:
        evidence_view.pdf_for_annex(big, max_copy=len(big) - 1)
    assert caught.value.code is C.PDF_TOO_LARGE
    from app.intake.annex_copy import clean_copy

    with pytest.raises(evidence_view.EvidenceProblem) as caught:
        clean_copy(big, max_copy=len(big) * 10, max_content=1000)
    assert caught.value.code is C.PDF_TOO_LARGE
    header, copy = clean_copy(big)
    assert header == {"pages": 40} and copy.startswith(b"%PDF-")
