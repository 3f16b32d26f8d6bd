"""Why a piece of evidence could not be shown in an export (a PDF's pages in the annex, a
picture, a mail), as codes with their parameters. Such a problem never stops an export: the
dossier prints a replacement with the file's name, SHA-256, size and the reason, and the
export's history entry lists it. The German wording is in app/texts/evidence.py (the dossier
and the GUI), the English in cli/export_messages.py.

Cheap to import (the sandboxed child, app/intake/worker.py, answers with these codes)."""

from __future__ import annotations

from typing import Any

from storage.errors import ErrorCode, StorageError


class EvidenceCode(ErrorCode):
    # the stored original
    ORIGINAL_MISSING = "evidence_original_missing"
    ORIGINAL_MISMATCH = "evidence_original_mismatch"
    # a PDF for the annex
    PDF_UNREADABLE = "evidence_pdf_unreadable"
    PDF_ENCRYPTED = "evidence_pdf_encrypted"
    PDF_NO_PAGES = "evidence_pdf_no_pages"
    PDF_TOO_DEEP = "evidence_pdf_too_deep"  # page tree with cycles or absurd depth
    PDF_TOO_LARGE = "evidence_pdf_too_large", "limit_mb"  # original or clean copy
    PDF_NOT_INSERTED = "evidence_pdf_not_inserted"  # the final assembly failed for it
    # a picture
    IMAGE_UNREADABLE = "evidence_image_unreadable"
    IMAGE_TOO_LARGE = "evidence_image_too_large"  # too many pixels, a decompression bomb
    IMAGE_EMPTY = "evidence_image_empty"  # zero width or height
    # a mail
    MAIL_NOT_RENDERED = "evidence_mail_not_rendered"
    # the sandbox (app/intake/runner.py) gave no usable answer
    READER_TIMEOUT = "evidence_reader_timeout", "seconds"
    READER_LIMITS = "evidence_reader_limits"  # memory, CPU time or output beyond the limits
    READER_FAILED = "evidence_reader_failed"  # crashed, no answer, an answer out of shape


class EvidenceProblem(StorageError):
    """A piece of evidence that cannot be shown; the export words it in place of the evidence
    and goes on (it never reaches a user as an error)."""

    code: EvidenceCode

    def __init__(self, code: EvidenceCode, /, **params: Any) -> None:
        super().__init__(code, **params)
