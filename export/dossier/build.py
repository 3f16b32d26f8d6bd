"""Builds the dossier: gather the data (read-only), lay it out with reportlab in as many
passes as the table of contents needs, then swap in the annex pages with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from typing import BinaryIO

from reportlab.platypus import Flowable

from app.entries import no_freeze
from app.progress import CancelFn, Cancelled, Progress
from app.service import VaultService
from export.dossier import fonts, labels
from export.dossier.annex import AnnexItem, annex_story, assemble, check_pdf
from export.dossier.closing import evidence_index, integrity
from export.dossier.data import DossierData, gather
from export.dossier.evidence import is_pdf, prepare_pictures
from export.dossier.incident import incident_section
from export.dossier.model import DossierRequest, DossierResult, Profile
from export.dossier.sections import PROFILE_TITLE, chronology, contents, cover, summary
from export.dossier.styles import H1, heading
from export.dossier.template import Decor, DossierDocTemplate, canvas_maker


class _Steps:
    """Progress in steps: one per incident, one per annexed PDF, then layout and assembly."""

    def __init__(self, progress: Progress | None, cancel: CancelFn | None) -> None:
        self.progress, self.cancel = progress, cancel
        self.done, self.total = 0, 1
        self.page = 0
        self.pages = 0  # the finished dossier's page count

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()

    def step(self, text: str, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self.progress is not None:
            self.progress(self.done, self.total, text)

    def on_flowable(self, page: int) -> None:
        if page != self.page and self.progress is not None:
            self.page = page
            self.progress(self.done, self.total, f"Seite {page} wird gesetzt")


def build_dossier(service: VaultService, request: DossierRequest, out: BinaryIO,
                  progress: Progress | None = None, cancel: CancelFn | None = None,
                  now: dt.datetime | None = None) -> DossierResult:
    """Write the dossier as an unencrypted PDF to `out`. Never changes the vault. Raises
    Cancelled when `cancel` returns True, ExportError for an empty selection."""
    steps = _Steps(progress, cancel)
    steps.check()
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    fonts.register()
    data = gather(service, request, now)
    data.cancel = cancel
    # reportlab's document is one web of reference cycles holding every title and page: it
    # must not be frozen by a list loading meanwhile, and is collected once _lay_out returns.
    with no_freeze():
        _lay_out(service, request, data, steps, out)
    order = [a.id for _n, a in data.all_attachments()]
    unshown = sorted(data.unshown.values(), key=lambda u: order.index(u.attachment_id)
                     if u.attachment_id in order else len(order))
    return DossierResult(pages=steps.pages, incident_ids=tuple(e.id for e in data.incidents),
                         attachment_ids=tuple(order), unshown=tuple(unshown))


def _lay_out(service: VaultService, request: DossierRequest, data: DossierData,
             steps: _Steps, out: BinaryIO) -> None:
    pdfs = [(n, a) for n, a in data.all_attachments() if is_pdf(a.value)] \
        if request.include_annex and data.profile is Profile.POLIZEI else []
    steps.total = len(data.incidents) + len(pdfs) + 2
    steps.step("Auswahl gelesen", 0)

    items: list[AnnexItem] = []
    for number, attachment in pdfs:
        pdf, pages, problem = check_pdf(service, attachment, steps.cancel)
        items.append(AnnexItem(f"Anlage A{len(items) + 1}", number, attachment, pdf, pages,
                               problem))
        if problem is not None:
            data.not_shown(attachment, problem)
        steps.step(f"PDF-Anlage {attachment.value.original_name} geprüft")
    annex_refs = {i.attachment.id: f"{i.label} am Ende des Dossiers" if not i.problem
                  else f"{i.label}: nicht angehängt – {i.reason}" for i in items}

    prepare_pictures(service, data, lambda: steps.step("Bilder vorbereitet", 0))
    story: list[Flowable] = [*cover(data), *contents(), *summary(data), *chronology(data)]
    if data.profile is not Profile.STATISTIK:
        story.append(heading("Vorfälle", H1))
        for entry in data.incidents:
            story += incident_section(service, data, entry, annex_refs)
            steps.step(f"Vorfall {data.numbers[entry.id]} vorbereitet")
    else:
        steps.step("Statistik vorbereitet", len(data.incidents))
    story += evidence_index(data) + integrity(data)
    if items:
        story += annex_story(items)

    own = io.BytesIO()
    decor = _decor(data)
    doc = DossierDocTemplate(own, decor, steps.cancel, lambda: steps.on_flowable(doc.page),
                             title="Dokumentation von Anfeindungen" + (
                                 f" – {data.municipality}" if data.municipality else ""),
                             author="" if data.profile is Profile.STATISTIK else data.author,
                             subject=PROFILE_TITLE[data.profile], creator="Vorfallbuch")
    doc.multiBuild(story, canvasmaker=canvas_maker(decor))
    steps.step("Seiten gesetzt")
    steps.pages, failed = assemble(own.getvalue(), items, doc.marks, doc.marks.outline, out)
    for item in failed:
        assert item.problem is not None
        data.not_shown(item.attachment, item.problem)
    steps.step("Dossier fertig")


def _decor(data: DossierData) -> Decor:
    place = f" · {data.municipality}" if data.municipality else ""
    return Decor(left=f"Dokumentation von Anfeindungen{place}",
                 right=f"VERTRAULICH · Profil {labels.PROFILE[data.profile]}",
                 footer=f"Erstellt am {labels.datetime(data.now)}")
