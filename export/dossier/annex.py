"""The annex: original pages of attached PDFs. Each PDF is checked first (readable, not
encrypted); the renderer leaves one blank placeholder page per original page, and `assemble`
swaps the originals in, unchanged, so page numbers and the table of contents stay right."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from app.domain import Attachment
from app.entries import Entry
from app.errors import StorageError
from app.service import VaultService
from export.dossier.evidence import fact_table, read_original, unreadable
from export.dossier.stamp import footer, overlays, shown_size, stamp
from export.dossier.styles import H1, H2, gap, heading, para
from export.dossier.template import ANNEX, PAGE, AnnexSlot, Marks


@dataclass
class AnnexItem:
    label: str  # "Anlage A1"
    number: str  # evidence number "3.1"
    attachment: Entry[Attachment]
    pdf: bytes  # a clean copy of the readable pages; empty when it could not be appended
    pages: int
    problem: str  # German sentence when it could not be appended


def check_pdf(service: VaultService, attachment: Entry[Attachment]) -> tuple[bytes, int, str]:
    """(clean PDF bytes, pages, problem). The original is decrypted in memory, parsed and
    written once into memory, so a PDF that breaks only when written fails here, not later."""
    try:
        original = read_original(service, attachment)
    except StorageError as exc:
        return b"", 0, f"Die Datei konnte nicht gelesen werden: {unreadable(exc)}"
    try:
        reader = PdfReader(io.BytesIO(original), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return b"", 0, "Die PDF-Datei ist mit einem Kennwort geschützt."
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        if not writer.pages:
            return b"", 0, "Die PDF-Datei enthält keine lesbaren Seiten."
        sink = io.BytesIO()
        writer.write(sink)
        return sink.getvalue(), len(writer.pages), ""
    except Exception:  # pypdf raises many kinds of errors on damaged files
        return b"", 0, "Die PDF-Datei ist beschädigt oder kein PDF."


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
            ("SHA-256", att.sha256), ("Seiten", str(item.pages) if item.pages else ""),
            ("Anhang", item.problem or f"Es folgen die {item.pages} Originalseiten."),
        ], frozenset({"SHA-256"}))]
        for index in range(item.pages):
            story += [NextPageTemplate(ANNEX), PageBreak(), AnnexSlot(item.attachment.id, index)]
        if item.pages:
            story += [NextPageTemplate(PAGE)]
    return story


def assemble(own: bytes, items: list[AnnexItem], marks: Marks,
             outline: list[tuple[str, int, int]], out: BinaryIO) -> int:
    """Write the final PDF: placeholders replaced by the original pages, each stamped with
    its footer (stamp.py), bookmarks added."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(own)))
    readers = {item.attachment.id: PdfReader(io.BytesIO(item.pdf)) for item in items if item.pdf}
    by_id = {item.attachment.id: item for item in items}
    total = len(writer.pages)
    slots = sorted(marks.annex_slots.items())
    originals = [readers[key].pages[index] for _page, (key, index) in slots]
    footers = overlays([(shown_size(original), footer(
        by_id[key].label, by_id[key].attachment.value.original_name, page_number, total))
        for original, (page_number, (key, _index)) in zip(originals, slots, strict=True)])
    for (page_number, _slot), original, overlay in zip(slots, originals, footers, strict=True):
        writer.remove_page(page_number - 1)
        stamp(writer.insert_page(original, page_number - 1), overlay)
    parents: list[object] = []
    for title, level, page in outline:
        parent = parents[level - 1] if level and len(parents) >= level else None
        item = writer.add_outline_item(title=title, page_number=page - 1,
                                       parent=parent)  # type: ignore[arg-type]
        del parents[level:]
        parents.append(item)
    writer.page_mode = "/UseOutlines"
    writer.write(out)
    return len(writer.pages)
