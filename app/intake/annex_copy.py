"""A clean copy of an untrusted PDF for the dossier's annex, made in the sandboxed child
(app/intake/worker.py, mode "pdf_annex"; the dossier asks through app/intake/evidence_view.py).

The page tree is walked first, by hand and without recursion, so a /Kids that points back at
itself or a tree nested absurdly deep is named before pypdf follows it. The pages are then
written once into memory (what breaks only when written breaks here), and each page of the
copy is stamped on trial, with an empty overlay merged as the dossier's footer will be: the
content streams are decoded then, so a decompression bomb explodes in the child, under its
limits. What the stamp will decode in the parent is bounded by `max_content`."""

from __future__ import annotations

import io
import logging
from typing import Any

from app.evidence_codes import EvidenceCode, EvidenceProblem

MAX_DEPTH = 64  # levels of /Pages nodes; real files have a handful
MAX_PAGES = 5000
MAX_COPY = 200_000_000  # bytes of the original and of its clean copy
MAX_CONTENT = 300_000_000  # decoded content bytes over all pages (the stamp decodes them)
STREAM_CAP_MB = 75  # pypdf's own cap on what one stream may inflate to (LimitReachedError)


def _walk_page_tree(root: Any) -> int:
    """The number of leaf pages; EvidenceProblem for a cycle, absurd depth or too many
    nodes."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Any, int]] = [(root, 0)]
    pages = 0
    while stack:
        node, depth = stack.pop()
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                raise EvidenceProblem(EvidenceCode.PDF_TOO_DEEP)
            seen.add(key)
            node = node.get_object()
        if depth > MAX_DEPTH or len(seen) > 4 * MAX_PAGES:
            raise EvidenceProblem(EvidenceCode.PDF_TOO_DEEP)
        if not isinstance(node, DictionaryObject):
            continue
        kids = node.get("/Kids")
        if kids is None:
            pages += 1
            continue
        kids = kids.get_object() if isinstance(kids, IndirectObject) else kids
        if isinstance(kids, ArrayObject):
            stack.extend((kid, depth + 1) for kid in kids)
    return pages


def clean_copy(data: bytes, max_copy: int = MAX_COPY,
               max_content: int = MAX_CONTENT) -> tuple[dict[str, Any], bytes]:
    """({"pages": n}, the clean copy) or EvidenceProblem."""
    from pypdf import PageObject, PdfReader, PdfWriter
    from pypdf.errors import LimitReachedError

    logging.getLogger("pypdf").setLevel(logging.WARNING)  # to the log, scrubbed
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except RecursionError:
        raise EvidenceProblem(EvidenceCode.PDF_TOO_DEEP) from None
    except Exception:  # pypdf raises many kinds of errors on damaged files
        raise EvidenceProblem(EvidenceCode.PDF_UNREADABLE) from None
    if encrypted:
        try:
            opened = bool(reader.decrypt(""))  # many only restrict printing
        except Exception:
            opened = False
        if not opened:
            raise EvidenceProblem(EvidenceCode.PDF_ENCRYPTED)
    try:
        _walk_page_tree(reader.root_object.get("/Pages"))
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        if not writer.pages:
            raise EvidenceProblem(EvidenceCode.PDF_NO_PAGES)
        sink = io.BytesIO()
        writer.write(sink)
    except (EvidenceProblem, MemoryError):
        raise
    except RecursionError:
        raise EvidenceProblem(EvidenceCode.PDF_TOO_DEEP) from None
    except Exception:
        raise EvidenceProblem(EvidenceCode.PDF_UNREADABLE) from None
    copy = sink.getvalue()
    if len(copy) > max_copy:
        raise EvidenceProblem(EvidenceCode.PDF_TOO_LARGE, limit_mb=max_copy // 1_000_000)
    pages = len(writer.pages)
    del writer, reader
    # The trial stamp, on a fresh reading of the copy (as the parent will read it).
    try:
        trial = PdfWriter(clone_from=PdfReader(io.BytesIO(copy), strict=False))
        decoded = 0
        for page in trial.pages:
            contents = page.get_contents()
            decoded += len(contents.get_data()) if contents is not None else 0
            if decoded > max_content:
                raise EvidenceProblem(EvidenceCode.PDF_TOO_LARGE,
                                      limit_mb=max_content // 1_000_000)
            box = page.cropbox
            float(box.width), float(box.height), float(box.left), float(box.bottom)
            overlay = PageObject.create_blank_page(width=10, height=10)
            page.merge_transformed_page(overlay, (1, 0, 0, 1, 0, 0), over=True, expand=False)
        if len(trial.pages) != pages:
            raise EvidenceProblem(EvidenceCode.PDF_UNREADABLE)
    except (EvidenceProblem, MemoryError):
        raise
    except RecursionError:
        raise EvidenceProblem(EvidenceCode.PDF_TOO_DEEP) from None
    except LimitReachedError:  # pypdf's own cap on what one stream may inflate to
        raise EvidenceProblem(EvidenceCode.PDF_TOO_LARGE, limit_mb=STREAM_CAP_MB) from None
    except Exception:
        raise EvidenceProblem(EvidenceCode.PDF_NOT_INSERTED) from None
    return {"pages": pages}, copy

