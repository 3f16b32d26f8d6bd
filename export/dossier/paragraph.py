"""A reportlab Paragraph that draws right-to-left text in display order, line by line.

reportlab breaks lines on the logical text (already shaped: rtl.shape), which is right: the
words of a line and its width do not depend on their order. Only drawing needs the display
order, so `drawPara` draws a reordered copy of the broken lines and leaves the paragraph as it
was (splitting at a page break still works on logical text). A paragraph whose first strong
character is right-to-left is set flush right.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from export.dossier import rtl

_TEXT = 0  # reportlab's _FK_TEXT: a fragment of text (others: images, callbacks, breaks)


class BidiParagraph(Paragraph):
    style: ParagraphStyle
    blPara: Any
    rtl: bool

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any,
                 **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        plain = "".join(str(getattr(f, "text", "")) for f in self.frags or ())
        self.rtl = rtl.base_is_rtl(plain)
        if self.rtl and self.style.alignment == TA_LEFT:
            self.style = ParagraphStyle(self.style.name, parent=self.style, alignment=TA_RIGHT)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, BidiParagraph):
                part.rtl = self.rtl  # the direction of the whole paragraph, not of its rest
        return parts

    def drawPara(self, debug: int = 0) -> Any:
        logical = self.blPara
        rtl_base = getattr(self, "rtl", False)  # a Paragraph turned into one (contents)
        if not any(rtl.NEEDS_BIDI.search(_line_text(logical, line)) for line in logical.lines):
            return super().drawPara(debug)
        self.blPara = visual_lines(logical, rtl_base)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def _line_text(bl: Any, line: Any) -> str:
    if bl.kind == 0:
        return " ".join(line[1])
    return "".join(str(getattr(f, "text", "")) for f in line.words)


def visual_lines(bl: Any, rtl_base: bool) -> Any:
    """A copy of reportlab's broken lines with each line in display order."""
    lines = []
    for line in bl.lines:
        if not rtl.NEEDS_BIDI.search(_line_text(bl, line)):
            lines.append(line)
        elif bl.kind == 0:  # one font: words joined by single spaces
            text = " ".join(line[1])
            ordered = rtl.visual_pieces([(bl.fontName, text)], rtl_base, rtl.mirror_alias)
            lines.append((line[0], "".join(chunk for _, chunk in ordered).split(" ")))
        else:
            frags = line.words
            pieces = [(f.fontName if _is_text(f) else None, str(f.text) if _is_text(f) else "")
                      for f in frags]
            words = [frags[owner].clone(text=chunk) if pieces[owner][0] is not None
                     else frags[owner]
                     for owner, chunk in rtl.visual_pieces(pieces, rtl_base, rtl.mirror_alias)]
            lines.append(line.clone(words=words))
    return bl.clone(lines=lines)


def _is_text(frag: Any) -> bool:
    return getattr(frag, "_fkind", _TEXT) == _TEXT and not hasattr(frag, "cbDefn")


class BidiTableOfContents(TableOfContents):
    """The table of contents, its entries drawn like BidiParagraph (left-aligned, as the dots
    and page numbers expect)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        for row in self._table._cellvalues:
            for cell in row:
                for flowable in cell if isinstance(cell, list | tuple) else [cell]:
                    if type(flowable) is Paragraph:
                        flowable.__class__ = BidiParagraph
                        flowable.rtl = False
        return size
