"""Whether a PDF may be handed to a viewer: opened with pypdf in the intake child (a process
with memory and CPU limits and a timeout, app/intake/runner.py), its pages counted.

The in-app viewer (QtPdf, i.e. pdfium) hangs for minutes on some page trees (a /Kids cycle,
thousands of nested /Pages levels) and cannot be interrupted. pypdf detects those within
milliseconds and refuses them; a file that makes pypdf itself hang or explode costs the time
limit, in a child that is killed. Only a READABLE verdict goes on to QtPdf.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.intake.errors import SandboxFailure
from app.intake.runner import run_worker

PROBE_TIMEOUT = 10.0  # seconds, start-up of the child included
MAX_VIEW_PAGES = 20_000  # more pages than any real document; the viewer lays out each one


class PdfVerdict(StrEnum):
    READABLE = "readable"
    PASSWORD = "password"  # encrypted with a password that is not empty
    DAMAGED = "damaged"  # no PDF pypdf can read
    PAGE_TREE = "page_tree"  # cycles, absurd depth or too many entries in the page tree
    TOO_MANY_PAGES = "too_many_pages"
    TIMEOUT = "timeout"  # took longer than the limit
    READER_FAILED = "reader_failed"  # the child crashed, ran out of memory or gave no answer


@dataclass(frozen=True)
class PdfProbe:
    verdict: PdfVerdict
    pages: int | None = None


def probe_here(data: bytes) -> dict[str, object]:
    """In the intake child: the verdict on `data` as JSON-ready values."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    logging.getLogger("pypdf").setLevel(logging.WARNING)  # to the log, scrubbed
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return {"verdict": PdfVerdict.PASSWORD.value}
        pages = len(reader.pages)
    except (LimitReachedError, RecursionError):
        return {"verdict": PdfVerdict.PAGE_TREE.value}
    except Exception as exc:  # hostile input: any parser error means "not viewable"
        cyclic = "cycl" in str(exc).lower()
        return {"verdict": (PdfVerdict.PAGE_TREE if cyclic else PdfVerdict.DAMAGED).value}
    if pages > MAX_VIEW_PAGES:
        return {"verdict": PdfVerdict.TOO_MANY_PAGES.value, "pages": pages}
    if pages == 0:
        return {"verdict": PdfVerdict.DAMAGED.value}
    return {"verdict": PdfVerdict.READABLE.value, "pages": pages}


def probe_pdf(data: bytes, timeout: float = PROBE_TIMEOUT,
              cancel: Callable[[], bool] | None = None, fault: str | None = None) -> PdfProbe:
    """The verdict on a PDF, from a child process. Raises only Cancelled."""
    from app.intake.codes import IntakeCode

    try:
        reply = run_worker({"mode": "probe_pdf"}, data, timeout=timeout, cancel=cancel,
                           fault=fault)
    except SandboxFailure as exc:
        timed_out = exc.code == IntakeCode.READER_TIMEOUT
        return PdfProbe(PdfVerdict.TIMEOUT if timed_out else PdfVerdict.READER_FAILED)
    answer = reply.header.get("probe")
    if not isinstance(answer, dict):
        return PdfProbe(PdfVerdict.READER_FAILED)
    try:
        verdict = PdfVerdict(str(answer.get("verdict")))
    except ValueError:  # the child's answer is not trusted
        return PdfProbe(PdfVerdict.READER_FAILED)
    pages = answer.get("pages")
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 0:
        pages = None
    if verdict == PdfVerdict.READABLE and (pages is None or pages > MAX_VIEW_PAGES):
        return PdfProbe(PdfVerdict.READER_FAILED)
    return PdfProbe(verdict, pages)
