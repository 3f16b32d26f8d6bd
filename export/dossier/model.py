"""The dossier's public request/result types, shared by the renderer (`build_dossier`,
and the export pipeline (export/pipeline.py), which owns everything after
the bytes: encryption, atomic writing, the record in the history chain, CLI and GUI.

`build_dossier(service, request, out, progress=None, cancel=None, now=None)` writes an
unencrypted PDF to `out`, never changes the vault, and raises app.progress.Cancelled, or
ExportError(EMPTY_SELECTION) for a selection without incidents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.evidence_codes import EvidenceCode
from app.query import IncidentQuery


class Profile(StrEnum):
    POLIZEI = "polizei"  # everything
    BERATUNG = "beratung"  # persons involved pseudonymised, their contact data removed
    STATISTIK = "statistik"  # no names, no free texts: counts and dates only


@dataclass(frozen=True)
class DossierRequest:
    profile: Profile = Profile.POLIZEI
    selection: IncidentQuery = field(default_factory=IncidentQuery)  # empty: every incident
    recipient: str = ""  # "Polizeirevier Pirna", "ZASTEX", ...
    municipality: str = ""  # default: most frequent incident municipality
    person_concerned: str = ""  # default: the current user's name
    include_annex: bool = True  # append attached PDFs' pages


@dataclass(frozen=True)
class Unshown:
    """A piece of evidence the dossier could not show (a PDF's pages, a picture, a mail): it
    printed the file's name, SHA-256, size and the reason in its place."""

    attachment_id: str
    name: str
    sha256: str
    size: int
    code: EvidenceCode
    params: dict[str, Any] = field(default_factory=dict)

    def as_entry(self) -> dict[str, Any]:
        """As the export's history entry keeps it: ids and facts about the file, not its name
        (the entry says nothing of the incidents or the persons involved)."""
        return {"attachment_id": self.attachment_id, "sha256": self.sha256, "size": self.size,
                "code": self.code.value, "params": dict(self.params)}

    @classmethod
    def from_entry(cls, entry: Any) -> Unshown | None:
        """One item of a history entry's "unshown" list (its name is not kept), or None for
        an item out of shape."""
        if not isinstance(entry, dict) or entry.get("code") not in set(EvidenceCode):
            return None
        code = EvidenceCode(entry["code"])
        params = entry.get("params")
        if not isinstance(params, dict) or set(params) != set(code.params):
            return None
        return cls(str(entry.get("attachment_id", "")), "", str(entry.get("sha256", "")),
                   int(entry.get("size", 0)), code, params)


@dataclass(frozen=True)
class DossierResult:
    pages: int
    incident_ids: tuple[str, ...]
    attachment_ids: tuple[str, ...]  # the evidence listed in the index
    unshown: tuple[Unshown, ...] = ()  # evidence shown by a replacement, in dossier order


