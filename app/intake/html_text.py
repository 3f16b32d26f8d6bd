"""HTML mail bodies reduced to plain text, never rendered.

A small tokenizer of our own instead of html.parser: the stdlib parser of Python 3.11 takes
quadratic time on input like "a<" repeated (250,000 repeats ran for minutes), and hate mail is
hostile input. This one looks ahead at most once per position for each delimiter ('>', '-->',
the end of a script), so it is linear. Nothing is fetched, no script runs. Scripts, styles and
other invisible containers are dropped with their content; images give at most their alt text
(never their address); links keep their target as text, "label <url>", because the address a
hate mail points to can matter to the police.
"""

from __future__ import annotations

import html as html_lib
import re

MAX_HTML_CHARS = 2_000_000  # more HTML than this is cut before reading (the mail says so)

_DROPPED = frozenset({"script", "style", "title", "template", "svg", "math", "iframe",
                      "noembed", "noframes", "xmp"})
_RAW_TEXT = {tag: re.compile(f"</{tag}", re.IGNORECASE) for tag in
             ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")}
# Paragraph-like elements are set off by an empty line, other blocks by a line break.
_PARAGRAPHS = frozenset({"blockquote", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p",
                         "pre", "table", "ul"})
_BLOCKS = _PARAGRAPHS | {"address", "article", "aside", "body", "center", "dd", "div", "dt",
                         "fieldset", "figcaption", "figure", "footer", "form", "header", "hr",
                         "li", "main", "nav", "section", "tbody", "thead", "tr"}
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,63})")
_ATTR = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
_SPACES = re.compile(r"[ \t\f\v\r\n\u00a0]+")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n){2,}")


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTR.finditer(text):
        name, value = match.group(1).lower(), match.group(2)
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.setdefault(name, html_lib.unescape(value))
    return found


class _TextCollector:
    def __init__(self, limit: int) -> None:
        self.chunks: list[str] = []
        self.length = 0
        self.limit = limit
        self.full = False
        self._dropped: list[str] = []  # open invisible containers
        self._links: list[tuple[str, int]] = []  # (href, chunk index where its label starts)
        self._breaks = 0  # line breaks at the end of the text so far

    def emit(self, text: str) -> None:
        if self.full or not text:
            return
        room = self.limit - self.length
        if len(text) > room:
            text, self.full = text[:room], True
        self.chunks.append(text)
        self.length += len(text)
        self._breaks = 0

    def line_break(self, count: int) -> None:
        """Ends the current line; `count` 2 leaves an empty line. Breaks do not pile up."""
        if self.chunks and self._breaks < count and not self.full:
            self.chunks.append("\n" * (count - self._breaks))
            self.length += count - self._breaks
            self._breaks = count

    def data(self, text: str) -> None:
        if self._dropped:
            return
        text = _SPACES.sub(" ", html_lib.unescape(text))
        if text != " " or not self._breaks:  # no blank at the start of a line
            self.emit(text)

    def start(self, tag: str, attrs_text: str) -> None:
        if tag in _DROPPED:
            if not attrs_text.endswith("/"):
                self._dropped.append(tag)
            return
        if self._dropped:
            return
        if tag == "br":
            self.emit("\n")
        elif tag in _BLOCKS:
            self.line_break(2 if tag in _PARAGRAPHS else 1)
            if tag == "li":
                self.emit("- ")
        elif tag in ("td", "th"):
            self.emit(" ")
        elif tag == "img":
            alt = _SPACES.sub(" ", _attributes(attrs_text).get("alt", "")).strip()
            if alt:
                self.emit(f"[{alt}]")
        elif tag == "a":
            self._close_link()
            self._links.append((_attributes(attrs_text).get("href", "").strip(),
                                len(self.chunks)))
            if attrs_text.endswith("/"):
                self._close_link()

    def end(self, tag: str) -> None:
        if self._dropped:
            if tag in self._dropped:
                del self._dropped[len(self._dropped) - 1 - self._dropped[::-1].index(tag):]
            return
        if tag == "a":
            self._close_link()
        elif tag in _BLOCKS:
            self.line_break(2 if tag in _PARAGRAPHS else 1)

    def _close_link(self) -> None:
        if not self._links:
            return
        href, start = self._links.pop()
        label = _SPACES.sub(" ", "".join(self.chunks[start:])).strip()
        if href and not href.lower().startswith(_SCRIPT_SCHEMES) and href != label:
            space = "" if self.chunks and self.chunks[-1][-1:].isspace() else " "
            self.emit(f"{space}<{_SPACES.sub(' ', href)}>")

    def finish(self) -> str:
        while self._links:
            self._close_link()
        text = "\n".join(line.strip(" ") for line in "".join(self.chunks).split("\n"))
        return _BLANK_LINES.sub("\n\n", text).strip("\n ")


class _Finder:
    """str.find with memory: positions only grow, so each delimiter is searched for once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._last: dict[str, tuple[int, int]] = {}

    def find(self, needle: str, pos: int) -> int:
        start, found = self._last.get(needle, (0, -2))
        if (found == -1 and pos >= start) or found >= pos:
            return found
        found = self.text.find(needle, pos)
        self._last[needle] = (pos, found)
        return found


def _tokenize(html: str, out: _TextCollector) -> None:
    finder = _Finder(html)
    pos, size = 0, len(html)
    while pos < size and not out.full:
        lt = html.find("<", pos)
        if lt < 0:
            out.data(html[pos:])
            return
        if lt > pos:
            out.data(html[pos:lt])
        if html.startswith("<!--", lt):
            close = finder.find("-->", lt + 4)
            pos = size if close < 0 else close + 3
            continue
        tag = _TAG_START.match(html, lt)
        if tag is None:
            if html.startswith(("<!", "<?"), lt):  # doctype, CDATA, processing instruction
                gt = finder.find(">", lt)
                pos = size if gt < 0 else gt + 1
            else:
                out.data("<")
                pos = lt + 1
            continue
        gt = finder.find(">", tag.end())
        if gt < 0:
            return  # a tag cut off at the end: nothing readable follows
        name, closing = tag.group(2).lower(), bool(tag.group(1))
        pos = gt + 1
        if closing:
            out.end(name)
            continue
        attrs_text = html[tag.end():gt].strip()
        out.start(name, attrs_text)
        raw_end = _RAW_TEXT.get(name)
        if raw_end is not None and not attrs_text.endswith("/"):
            found = raw_end.search(html, pos)
            stop = size if found is None else found.start()
            if name == "textarea":
                out.data(html[pos:stop])
            pos = stop  # the closing tag is read as a tag next round


def html_to_text(html: str, limit: int = 400_000) -> tuple[str, bool]:
    """Returns (text, was_cut); at most `limit` characters of text are produced."""
    cut = len(html) > MAX_HTML_CHARS
    collector = _TextCollector(limit)
    _tokenize(html[:MAX_HTML_CHARS] if cut else html, collector)
    return collector.finish(), cut or collector.full
