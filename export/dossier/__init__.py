"""The PDF dossier (issue 6): what the mayor hands to the police or an advisor.

`build_dossier` renders the selected incidents with reportlab (no Qt) into an unencrypted PDF;
the export pipeline encrypts, writes and records it.
"""

from export.dossier.build import build_dossier
from export.dossier.model import DossierRequest, DossierResult, Profile

__all__ = ["DossierRequest", "DossierResult", "Profile", "build_dossier"]

