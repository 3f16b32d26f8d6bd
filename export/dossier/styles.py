"""Paragraph styles of the dossier and small builders that never take raw markup."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from export.dossier import fonts
from export.dossier.paragraph import BidiParagraph

PAGE_MARGIN = 2 * cm
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#BBBBBB")
SHADE = colors.HexColor("#EEEEEE")
ACCENT = colors.HexColor("#8B0000")
# One printed line of body text: long texts are cut into paragraphs of at most this many
# characters so reportlab never re-wraps a 200,000-character paragraph at every page break.
CHUNK = 2500


def _style(name: str, size: float, font: str = fonts.REGULAR, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35, **kw)


BODY = _style("Body", 9.5, spaceAfter=3)
SMALL = _style("Small", 8, textColor=GREY)
# The exact words of a threat or a post: set off from the account, as a quotation.
QUOTE = _style("Quote", 9.5, leftIndent=18, rightIndent=18, spaceAfter=3, borderPadding=4,
               backColor=SHADE)
CELL = _style("Cell", 8.5)
CELL_BOLD = _style("CellBold", 8.5, fonts.BOLD)
LABEL = _style("Label", 8.5, fonts.BOLD, textColor=GREY, spaceBefore=5, spaceAfter=1)
MONO = _style("Mono", 7.5, fonts.MONO)
MONO_SMALL = _style("MonoSmall", 6.6, fonts.MONO)
H1 = _style("H1", 16, fonts.BOLD, spaceBefore=6, spaceAfter=10, textColor=ACCENT)
H2 = _style("H2", 12.5, fonts.BOLD, spaceBefore=12, spaceAfter=6)
H3 = _style("H3", 10.5, fonts.BOLD, spaceBefore=10, spaceAfter=4)
TITLE = _style("Title", 24, fonts.BOLD, alignment=TA_CENTER, spaceAfter=14)
COVER = _style("Cover", 12, alignment=TA_CENTER, spaceAfter=6)
MARK = _style("Mark", 20, fonts.BOLD, alignment=TA_CENTER, textColor=ACCENT, spaceBefore=30)
TOC_LEVELS = [_style("TOC1", 10, leftIndent=0, firstLineIndent=0),
              _style("TOC2", 9, leftIndent=14, firstLineIndent=0)]


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of literal text (escaped, with font fallback)."""
    if style.fontName == fonts.MONO:
        # Courier is a standard PDF font without a character map here: ASCII only.
        if text.isascii():
            return Paragraph(escape(text).replace("\n", "<br/>"), style)
        return BidiParagraph(fonts.markup(text), style)
    return BidiParagraph(fonts.markup(text, style.fontName), style)


def heading(text: str, style: ParagraphStyle) -> Paragraph:
    """A heading (H1/H2) that enters the table of contents and the bookmarks as written."""
    result = para(text, style)
    result.toc_text = text
    return result


def long_text(text: str, style: ParagraphStyle = BODY) -> list[Paragraph]:
    """A free text of any length as paragraphs: one per line, long lines cut near CHUNK."""
    result: list[Paragraph] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        while len(line) > CHUNK:
            cut = line.rfind(" ", CHUNK // 2, CHUNK)
            cut = cut + 1 if cut > 0 else CHUNK
            result.append(para(line[:cut], style))
            line = line[cut:]
        result.append(para(line, style))
    return result


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
