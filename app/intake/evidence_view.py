"""Evidence shown in an export, read as untrusted work: each PDF copy for the annex and each
picture for print is made in a fresh sandboxed child (app/intake/runner.py: memory, CPU time
and file writes limited, a time limit, a cap on the answer) and the answer is checked here. A
file that makes a library hang, crash or explode costs its time limit, never the export:
everything that goes wrong is an EvidenceProblem with its code (app/evidence_codes.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from app.evidence_codes import EvidenceCode, EvidenceProblem
from app.intake.annex_copy import MAX_CONTENT, MAX_COPY
from app.intake.codes import IntakeCode
from app.intake.errors import SandboxFailure
from app.intake.print_image import PrintImage
from app.intake.runner import run_worker

PDF_TIMEOUT = 20.0  # seconds for one PDF: parse, copy and trial-stamp every page
PDF_MEMORY = 768 * 1024 * 1024
IMAGE_TIMEOUT = 15.0
PER_PICTURE = 1.0  # seconds more for each further picture of a batch (a photo takes ~0.1 s)
IMAGE_MEMORY = 768 * 1024 * 1024
MAX_PRINT_IMAGE = 8 * 1024 * 1024  # bytes of a picture prepared for print (~1 MB usually)
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


@dataclass(frozen=True)
class PictureRequest:
    data: bytes  # the original
    max_width_pt: float
    max_height_pt: float
    keep_sharp: bool = False  # screenshots stay PNG


def image_for_print(data: bytes, max_width_pt: float, max_height_pt: float,
                    keep_sharp: bool = False, *, timeout: float = IMAGE_TIMEOUT,
                    memory: int = IMAGE_MEMORY, cancel: CancelFn | None = None,
                    fault: str | None = None) -> PrintImage:
    """The picture decoded, turned upright and scaled for print (app/intake/print_image.py)
    in the child, or EvidenceProblem."""
    (result,) = images_for_print([PictureRequest(data, max_width_pt, max_height_pt,
                                                 keep_sharp)], timeout=timeout, memory=memory,
                                 cancel=cancel, fault=fault)
    if isinstance(result, EvidenceProblem):
        raise result
    return result


def images_for_print(requests: Sequence[PictureRequest], *, timeout: float = IMAGE_TIMEOUT,
                     memory: int = IMAGE_MEMORY, cancel: CancelFn | None = None,
                     fault: str | None = None) -> list[PrintImage | EvidenceProblem]:
    """Each picture prepared for print, or the reason it cannot be, in one child for all
    (a child's start costs more than decoding a photo at print size). `timeout` is for one
    picture, each further one adds PER_PICTURE. When the child as a whole fails (a picture
    that hangs, crashes or exhausts the decoder), each picture is tried again in a child of
    its own, so only the culprit is lost."""
    if not requests:
        return []
    items = [{"size": len(r.data), "width_pt": r.max_width_pt, "height_pt": r.max_height_pt,
              "keep_sharp": r.keep_sharp} for r in requests]
    try:
        header, payload = _run({"mode": "images", "items": items},
                               b"".join(r.data for r in requests),
                               timeout + PER_PICTURE * (len(requests) - 1),
                               memory, MAX_PRINT_IMAGE * len(requests), cancel, fault)
    except EvidenceProblem as problem:
        if len(requests) == 1:
            return [problem]
        return [result for request in requests for result in images_for_print(
            [request], timeout=timeout, memory=memory, cancel=cancel, fault=fault)]
    results = header.get("results")
    if not isinstance(results, list) or len(results) != len(requests):
        return [EvidenceProblem(EvidenceCode.READER_FAILED) for _ in requests]
    out: list[PrintImage | EvidenceProblem] = []
    offset = 0
    for request, result in zip(requests, results, strict=True):
        try:
            picture, offset = _picture(request, result, payload, offset)
        except EvidenceProblem as problem:
            out.append(problem)
            continue
        out.append(picture)
    return out


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _picture(request: PictureRequest, result: Any, payload: bytes,
             offset: int) -> tuple[PrintImage, int]:
    """One answer of the child, checked: (the picture, where the next one's bytes begin)."""
    if not isinstance(result, dict):
        raise EvidenceProblem(EvidenceCode.READER_FAILED)
    if "error" in result:
        raise _child_error(result["error"], EvidenceCode.IMAGE_UNREADABLE)
    width, height = result.get("width_pt"), result.get("height_pt")
    size, length = result.get("source_size"), result.get("size")
    if not (isinstance(size, list) and len(size) == 2 and all(map(_number, size))
            and _number(width) and _number(height) and isinstance(length, int)
            and 0 < length <= MAX_PRINT_IMAGE and offset + length <= len(payload)):
        raise EvidenceProblem(EvidenceCode.READER_FAILED)
    data = payload[offset:offset + length]
    width_pt, height_pt = float(cast(float, width)), float(cast(float, height))
    if width_pt > request.max_width_pt + 1 or height_pt > request.max_height_pt + 1 \
            or not data.startswith(PNG_MAGIC if request.keep_sharp else JPEG_MAGIC):
        raise EvidenceProblem(EvidenceCode.READER_FAILED)
    return PrintImage(data, width_pt, height_pt, (int(size[0]), int(size[1]))), offset + length
