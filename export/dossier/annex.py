"""The annex: original pages of attached PDFs. Each PDF is read as untrusted work first: a
clean, trial-stamped copy is made in a sandboxed child (app/intake/evidence_view.py), or the
reason it cannot be is noted. The renderer leaves one blank placeholder page per original
page, and `assemble` swaps the originals in, unchanged, so page numbers and the table of
contents stay right. No PDF stops the export: a PDF that cannot be copied gets a page with its
name, SHA-256, size and the reason instead of its pages, and one whose pages cannot be put in
at the end gets a replacement page on each of its placeholders (export/dossier/replacement.py).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import BinaryIO

from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from app.domain import Attachment
from app.entries import Entry
from app.errors import StorageError
from app.evidence_codes import EvidenceCode, EvidenceProblem
from app.intake.evidence_view import pdf_for_annex
from app.progress import CancelFn
from app.service import VaultService
from app.texts.evidence import german
from export.dossier import labels
from export.dossier.evidence import fact_table, original_problem, read_original
from export.dossier.replacement import Stand, replacement_pages
from export.dossier.stamp import footer, overlays, shown_size, stamp
from export.dossier.styles import H1, H2, gap, heading, para
from export.dossier.template import ANNEX, PAGE, AnnexSlot, Marks

_log = logging.getLogger(__name__)


@dataclass
class AnnexItem:
    label: str  # "Anlage A1"
    number: str  # evidence number "3.1"
    attachment: Entry[Attachment]
    pdf: bytes  # a clean copy of the readable pages; empty when it could not be appended
    pages: int
    problem: EvidenceProblem | None = None  # why it could not be appended

    @property
    def reason(self) -> str:
        """The problem in the dossier's German, or ""."""
        return german(self.problem.code, self.problem.params) if self.problem else ""


def check_pdf(service: VaultService, attachment: Entry[Attachment],
              cancel: CancelFn | None = None) -> tuple[bytes, int, EvidenceProblem | None]:
    """(clean PDF bytes, pages, None) or (b"", 0, the problem). The original is decrypted in
    memory and copied in the sandbox; raises app.progress.Cancelled only."""
    try:
        original = read_original(service, attachment)
    except StorageError as exc:
        return b"", 0, original_problem(exc)
    try:
        copy = pdf_for_annex(original, cancel=cancel)
    except EvidenceProblem as exc:
        return b"", 0, exc
    return copy.data, copy.pages, None


def annex_story(items: list[AnnexItem]) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("Anlagen: Originalseiten von PDF-Dateien", H1),
                             para("Jede Anlage beginnt mit dieser Angabe von Dateiname und "
                                  "SHA-256-Prüfsumme; danach folgen die Seiten des Originals "
                                  "unverändert, nur mit einer Fußzeile (Anlage, Dateiname und "
                                  "Seitenzahl) am unteren Rand.")]
    for number, item in enumerate(items):
        att = item.attachment.value
        if number:
            story.append(PageBreak())
        story += [heading(f"{item.label}: {att.original_name}", H2), gap(6), fact_table([
            ("Beweismittel", item.number), ("Datei", att.original_name),
            ("SHA-256", att.sha256),
            ("Größe", f"{labels.size(att.size)} ({labels.count(att.size)} Byte)"),
            ("Seiten", str(item.pages) if item.pages else ""),
            ("Anhang", f"Nicht angehängt: {item.reason}" if item.problem
             else f"Es folgen die {item.pages} Originalseiten."),
        ], frozenset({"SHA-256"}))]
        for index in range(item.pages):
            story += [NextPageTemplate(ANNEX), PageBreak(), AnnexSlot(item.attachment.id, index)]
        if item.pages:
            story += [NextPageTemplate(PAGE)]
    return story


def assemble(own: bytes, items: list[AnnexItem], marks: Marks,
             outline: list[tuple[str, int, int]], out: BinaryIO) -> tuple[int, list[AnnexItem]]:
    """Write the final PDF: placeholders replaced by the original pages, each stamped with
    its footer (stamp.py), bookmarks added. Returns the page count and the items whose pages
    could not be put in (each of their placeholders got a replacement page instead, and their
    `problem` is set). Only an error in the dossier's own pages or in writing raises."""
    failed: set[str] = set()
    try:
        data, pages = _assemble(own, items, marks, outline, failed)
    except Exception:  # a page that went in but cannot be written: every annex replaced
        _log.debug("annex pages could not be written; all are replaced", exc_info=True)
        failed = {item.attachment.id for item in items if item.pdf}
        data, pages = _assemble(own, items, marks, outline, failed)
    problems = []
    for item in items:
        if item.attachment.id in failed:
            item.problem = EvidenceProblem(EvidenceCode.PDF_NOT_INSERTED)
            problems.append(item)
    out.write(data)
    return pages, problems


def _assemble(own: bytes, items: list[AnnexItem], marks: Marks,
              outline: list[tuple[str, int, int]], failed: set[str]) -> tuple[bytes, int]:
    """The final PDF's bytes and page count; adds to `failed` the ids of the items whose pages
    could not be put in; those in `failed` on entry get replacement pages straight away."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(own)))
    by_id = {item.attachment.id: item for item in items}
    total = len(writer.pages)
    slots = sorted(marks.annex_slots.items())  # (page number, (attachment id, index))
    originals: dict[str, list[PageObject]] = {}
    for item in items:
        key = item.attachment.id
        if not item.pdf or key in failed:
            continue
        try:
            pages = list(PdfReader(io.BytesIO(item.pdf)).pages)
            if len(pages) != item.pages:
                raise ValueError("pages")
            sizes = [shown_size(page) for page in pages]
            for size in sizes:
                if not all(0 < side < 1e5 for side in size):
                    raise ValueError("page size")
        except Exception:
            failed.add(key)
            continue
        originals[key] = pages
    chosen = [(n, key, index) for n, (key, index) in slots
              if key in originals and index < len(originals[key])]
    footers = dict(zip([(key, index) for _n, key, index in chosen], overlays([
        (shown_size(originals[key][index]), footer(
            by_id[key].label, by_id[key].attachment.value.original_name, n, total))
        for n, key, index in chosen]), strict=True))
    for page_number, (key, index) in slots:
        at = page_number - 1
        if key not in failed and (key, index) in footers:
            writer.remove_page(at)
            try:
                stamp(writer.insert_page(originals[key][index], at), footers[key, index])
                continue
            except Exception:
                failed.add(key)
                if len(writer.pages) == total:  # the original went in, its stamp failed
                    writer.remove_page(at)
                writer.insert_page(_blank(), at)
        else:
            failed.add(key)
    # Replacement pages on every placeholder of a failed item, also those already filled.
    stands = [_stand(by_id[key], index, n, total) for n, (key, index) in slots if key in failed]
    for stand, sheet in zip(stands, replacement_pages(stands), strict=True):
        at = stand.number - 1
        writer.remove_page(at)
        writer.insert_page(sheet, at)
    parents: list[object] = []
    for title, level, page in outline:
        parent = parents[level - 1] if level and len(parents) >= level else None
        entry = writer.add_outline_item(title=title, page_number=page - 1,
                                        parent=parent)  # type: ignore[arg-type]
        del parents[level:]
        parents.append(entry)
    writer.page_mode = "/UseOutlines"
    sink = io.BytesIO()
    writer.write(sink)
    return sink.getvalue(), len(writer.pages)


def _blank() -> PageObject:
    return PageObject.create_blank_page(width=595.28, height=841.89)


def _stand(item: AnnexItem, index: int, number: int, total: int) -> Stand:
    att = item.attachment.value
    reason = german(EvidenceCode.PDF_NOT_INSERTED, {})
    return Stand(item.label, att.original_name, att.sha256, att.size, index, item.pages,
                 reason, number, total)
