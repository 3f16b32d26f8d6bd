"""Page layout: A4 pages with header and footer ("Seite X von Y"), blank placeholder pages for
the annex, the table of contents and bookmarks fed from the headings, cancel checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from export.dossier import fonts
from export.dossier.model import Cancelled
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
        """Keeps each page until the end, then draws header and footer knowing the total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber not in decor.bare_pages:
                    self._decorate(total)
                super().showPage()
            super().save()

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
        self._cancel = cancel
        self._on_flowable = on_flowable
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        bare = Frame(0, 0, A4[0], A4[1], id="bare")
        self.addPageTemplates([PageTemplate(PAGE, [frame]), PageTemplate(ANNEX, [bare])])

    def beforeDocument(self) -> None:
        # Each pass starts afresh; only the final pass's marks count.
        self.marks = Marks()
        self.decor.bare_pages.clear()
        self.canv._doctemplate = self

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled("The dossier was cancelled.")
        self._on_flowable()
        text = str(getattr(flowable, "toc_text", ""))
        if text and isinstance(flowable, Paragraph) and flowable.style.name in (H1.name, H2.name):
            level = 0 if flowable.style.name == H1.name else 1
            page = self.page
            # The table of contents parses its entries as markup: escape them.
            self.notify("TOCEntry", (level, fonts.markup(text), page))
            self.marks.outline.append((text, level, page))
