"""Evidence shown in an export, read as untrusted work: each PDF copy for the annex and each
picture for print is made in a fresh sandboxed child (app/intake/runner.py: memory, CPU time
and file writes limited, a time limit, a cap on the answer) and the answer is checked here. A
file that makes a library hang, crash or explode costs its time limit, never the export:
everything that goes wrong is an EvidenceProblem with its code (app/evidence_codes.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.evidence_codes import EvidenceCode, EvidenceProblem
from app.intake.annex_copy import MAX_CONTENT, MAX_COPY
from app.intake.codes import IntakeCode
from app.intake.errors import SandboxFailure
from app.intake.print_image import PrintImage
from app.intake.runner import run_worker

PDF_TIMEOUT = 20.0  # seconds for one PDF: parse, copy and trial-stamp every page
PDF_MEMORY = 768 * 1024 * 1024
IMAGE_TIMEOUT = 15.0
IMAGE_MEMORY = 768 * 1024 * 1024
MAX_PRINT_IMAGE = 32 * 1024 * 1024  # bytes of a picture prepared for print
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
CANCEL_AFTER = 1.0  # seconds a child runs before a cancel is asked for
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class PdfCopy:
    data: bytes  # a clean copy written by pypdf
    pages: int


def _failure(exc: SandboxFailure) -> EvidenceProblem:
    if exc.code is IntakeCode.READER_TIMEOUT:
        return EvidenceProblem(EvidenceCode.READER_TIMEOUT, seconds=exc.params["seconds"])
    if exc.code in (IntakeCode.READER_LIMITS, IntakeCode.READER_FLOOD,
                    IntakeCode.READER_MEMORY):
        return EvidenceProblem(EvidenceCode.READER_LIMITS)
    return EvidenceProblem(EvidenceCode.READER_FAILED)


def _child_error(error: Any, unreadable: EvidenceCode) -> EvidenceProblem:
    """The child's error code, checked: ours with the parameters it declares, or the worker's
    own (memory, nesting, a parser's exception)."""
    code = error.get("code") if isinstance(error, dict) else None
    params = error.get("params") if isinstance(error, dict) else None
    if not isinstance(params, dict):
        params = {}
    if code in set(EvidenceCode):
        known = EvidenceCode(code)
        values = {name: params.get(name) for name in known.params}
        if all(isinstance(v, int | float) and not isinstance(v, bool)
               for v in values.values()):
            return EvidenceProblem(known, **values)
    if code == IntakeCode.READER_MEMORY.value:
        return EvidenceProblem(EvidenceCode.READER_LIMITS)
    if code == IntakeCode.NESTED_TOO_DEEPLY.value:
        return EvidenceProblem(EvidenceCode.PDF_TOO_DEEP if unreadable is
                               EvidenceCode.PDF_UNREADABLE else unreadable)
    if code == IntakeCode.READER_FAILED.value:
        return EvidenceProblem(unreadable)
    return EvidenceProblem(EvidenceCode.READER_FAILED)


def _run(request: dict[str, Any], data: bytes, timeout: float, memory: int, max_payload: int,
         cancel: CancelFn | None, fault: str | None) -> tuple[dict[str, Any], bytes]:
    started = time.monotonic()

    def slow_and_cancelled() -> bool:
        # asked only once a child takes longer than a normal file: how often an export asks
        # stays the same from one run to the next, and a hanging file still stops at once
        return cancel is not None and time.monotonic() - started > CANCEL_AFTER and cancel()

    try:
        reply = run_worker(request, data, timeout=timeout, max_payload=max_payload,
                           memory=memory, cancel=slow_and_cancelled, fault=fault)
    except SandboxFailure as exc:
        raise _failure(exc) from None
    return reply.header, reply.payload


def pdf_for_annex(data: bytes, *, timeout: float = PDF_TIMEOUT, memory: int = PDF_MEMORY,
                  max_copy: int = MAX_COPY, cancel: CancelFn | None = None,
                  fault: str | None = None) -> PdfCopy:
    """A clean copy of the PDF `data` whose pages can be stamped, or EvidenceProblem.
    Raises app.progress.Cancelled when `cancel` says so."""
    if len(data) > max_copy:
        raise EvidenceProblem(EvidenceCode.PDF_TOO_LARGE, limit_mb=max_copy // 1_000_000)
    header, payload = _run({"mode": "pdf_annex", "max_copy": max_copy,
                            "max_content": MAX_CONTENT}, data, timeout, memory, max_copy,
                           cancel, fault)
    if "error" in header:
        raise _child_error(header["error"], EvidenceCode.PDF_UNREADABLE)
    pages = header.get("pages")
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1 \
            or not payload.startswith(b"%PDF-"):
        raise EvidenceProblem(EvidenceCode.READER_FAILED)
    return PdfCopy(payload, pages)


def image_for_print(data: bytes, max_width_pt: float, max_height_pt: float,
                    keep_sharp: bool = False, *, timeout: float = IMAGE_TIMEOUT,
                    memory: int = IMAGE_MEMORY, cancel: CancelFn | None = None,
                    fault: str | None = None) -> PrintImage:
    """The picture decoded, turned upright and scaled for print (app/intake/print_image.py)
    in the child, or EvidenceProblem."""
    header, payload = _run({"mode": "image", "width_pt": max_width_pt,
                            "height_pt": max_height_pt, "keep_sharp": keep_sharp}, data,
                           timeout, memory, MAX_PRINT_IMAGE, cancel, fault)
    if "error" in header:
        raise _child_error(header["error"], EvidenceCode.IMAGE_UNREADABLE)
    width, height = header.get("width_pt"), header.get("height_pt")
    size = header.get("source_size")
    numbers = (width, height, *(size if isinstance(size, list) else ()))
    if not (isinstance(size, list) and len(size) == 2
            and all(isinstance(n, int | float) and not isinstance(n, bool) and n > 0
                    for n in numbers)
            and float(width) <= max_width_pt + 1 and float(height) <= max_height_pt + 1  # type: ignore[arg-type]
            and payload.startswith(PNG_MAGIC if keep_sharp else JPEG_MAGIC)):
        raise EvidenceProblem(EvidenceCode.READER_FAILED)
    return PrintImage(payload, float(width), float(height),  # type: ignore[arg-type]
                      (int(size[0]), int(size[1])))
