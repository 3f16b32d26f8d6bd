"""Renders the dossier (work in progress: the layout follows in the next commits)."""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO

from app.service import VaultService
from export.dossier.model import CancelFn, DossierRequest, DossierResult, ProgressFn


def build_dossier(service: VaultService, request: DossierRequest, out: BinaryIO,
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                  now: dt.datetime | None = None) -> DossierResult:
    """Write the dossier as an unencrypted PDF to `out`. Never changes the vault. Raises
    Cancelled when `cancel` returns True, InvalidInputError for an empty selection."""
    raise NotImplementedError("the dossier renderer is being built")
