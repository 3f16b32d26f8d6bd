"""Page layout: A4 pages with header and footer ("Seite X von Y"), blank placeholder pages for
the annex, the table of contents and bookmarks fed from the headings, cancel checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from app.progress import Cancelled
from export.dossier import fonts
from export.dossier.picture import binary_streams
from export.dossier.styles import GREY, H1, H2, LINE, PAGE_MARGIN

PAGE = "page"
ANNEX = "annex"


@dataclass
class Decor:
    """What the header and footer say, and which pages carry none (annex placeholders)."""

    left: str
    right: str
    footer: str
    bare_pages: set[int] = field(default_factory=set)


@dataclass
class Marks:
    """What the final pass learned about page numbers (1-based)."""

    annex_slots: dict[int, tuple[str, int]] = field(default_factory=dict)  # page -> (att, idx)
    outline: list[tuple[str, int, int]] = field(default_factory=list)  # (title, level, page)


def canvas_maker(decor: Decor) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws header and footer as each page ends. "von Y" is the page count of the previous
        layout pass: multiBuild sets the dossier at least twice (the table of contents needs
        its page numbers), and DossierDocTemplate asks for one more pass whenever the count
        changed, so the saved pass always says the right total without keeping any page."""

        page_total = 0  # set by DossierDocTemplate at the start of each pass

        def showPage(self) -> None:
            if self.page_total and self._pageNumber not in decor.bare_pages:
                self._decorate(self.page_total)
            super().showPage()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setStrokeColor(LINE)
            self.setLineWidth(0.5)
            self.line(PAGE_MARGIN, height - 1.35 * 28.35, width - PAGE_MARGIN,
                      height - 1.35 * 28.35)
            self.line(PAGE_MARGIN, 1.3 * 28.35, width - PAGE_MARGIN, 1.3 * 28.35)
            self.setFillColor(GREY)
            _draw(self, PAGE_MARGIN, height - 1.2 * 28.35, decor.left)
            _draw(self, width - PAGE_MARGIN - fonts.plain_width(decor.right, 8),
                  height - 1.2 * 28.35, decor.right)
            _draw(self, PAGE_MARGIN, 0.85 * 28.35, decor.footer)
            number = f"Seite {self._pageNumber} von {total}"
            _draw(self, width - PAGE_MARGIN - fonts.plain_width(number, 8), 0.85 * 28.35, number)
            self.restoreState()

    return NumberedCanvas


def _draw(canvas: Canvas, x: float, y: float, text: str) -> None:
    text = text if len(text) <= 120 else text[:119] + "…"
    for font, chunk in fonts.line_runs(text):
        canvas.setFont(font, 8)
        canvas.drawString(x, y, chunk)
        x += canvas.stringWidth(chunk, font, 8)


class _Frame(Frame):
    """A frame that, in the first pass, only lays out. That pass is never the saved one (no
    page total is known yet, so DossierDocTemplate always asks for another), and drawing is
    more than half of the work of a pass, so it places every flowable without drawing it."""

    layout_only = False

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        own = getattr(flowable, "__dict__", None)
        if not self.layout_only or own is None:
            return int(super().add(flowable, canv, trySplit))
        # Frame.add draws through flowable.drawOn: shadow it on the instance (through its
        # __dict__, as reportlab's Drawing refuses attributes it does not know).
        own["drawOn"] = _draw_nothing
        try:
            return int(super().add(flowable, canv, trySplit))
        finally:
            own.pop("drawOn", None)


def _draw_nothing(*args: Any, **kwargs: Any) -> None:
    pass


class AnnexSlot(Flowable):
    """Stands on a blank page that the original page `index` of attachment `key` replaces."""

    def __init__(self, key: str, index: int) -> None:
        super().__init__()
        self.key, self.index = key, index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if isinstance(doc, DossierDocTemplate):
            page = self.canv.getPageNumber()
            doc.marks.annex_slots[page] = (self.key, self.index)
            doc.decor.bare_pages.add(page)


class DossierDocTemplate(BaseDocTemplate):
    def __init__(self, out: Any, decor: Decor, cancel: Callable[[], bool] | None,
                 on_flowable: Callable[[], None], **kw: Any) -> None:
        super().__init__(out, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
                         topMargin=PAGE_MARGIN, bottomMargin=PAGE_MARGIN, **kw)
        self.decor = decor
        self.marks = Marks()
        self.page_total = 0  # pages of the previous pass: the "von Y" of this one
        self._pages_set = 0
        self._cancel = cancel
        self._on_flowable = on_flowable
        frame = _Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        bare = _Frame(0, 0, A4[0], A4[1], id="bare")
        self.addPageTemplates([PageTemplate(PAGE, [frame]), PageTemplate(ANNEX, [bare])])

    def multiBuild(self, story: list[Flowable], maxPasses: int = 10, **kw: Any) -> int:
        """Set the story in as few passes as possible: the contents are seeded with every
        heading (page numbers unknown), so the first pass already lays out the pages as they
        will stay and the second one is normally the last."""
        seeds = [(level, fonts.markup(text), 0)
                 for level, text in filter(None, map(toc_entry, story))]
        for flowable in story:
            if isinstance(flowable, TableOfContents):
                flowable.addEntries(seeds)
        with binary_streams():
            passes: int = super().multiBuild(story, maxPasses, **kw)
        return passes

    def _allSatisfied(self) -> bool:  # reportlab's hook, asked after each pass
        return bool(super()._allSatisfied()) and self.page_total == self._pages_set

    def beforeDocument(self) -> None:
        # Each pass starts afresh; only the final pass's marks count.
        self.marks = Marks()
        self.decor.bare_pages.clear()
        self.page_total, self._pages_set = self._pages_set, 0
        # The canvas keeps the total itself: reportlab ends the last page after it has taken
        # the canvas's _doctemplate away again.
        self.canv.page_total = self.page_total
        self.canv._doctemplate = self
        for template in self.pageTemplates:
            for frame in template.frames:
                frame.layout_only = self.page_total == 0

    def afterPage(self) -> None:
        self._pages_set = self.page

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()
        self._on_flowable()
        entry = toc_entry(flowable)
        if entry is not None:
            (level, text), page = entry, self.page
            # The table of contents parses its entries as markup: escape them.
            self.notify("TOCEntry", (level, fonts.markup(text), page))
            self.marks.outline.append((text, level, page))


def toc_entry(flowable: Flowable) -> tuple[int, str] | None:
    """(level, text) of a heading (styles.heading) for the contents, else None."""
    text = str(getattr(flowable, "toc_text", ""))
    if not text or not isinstance(flowable, Paragraph) \
            or flowable.style.name not in (H1.name, H2.name):
        return None
    return 0 if flowable.style.name == H1.name else 1, text
