"""The German wording of app/evidence_codes.py, once for the dossier and the GUI.

The dossier prints `german(code, params)` on the page that stands in for evidence it could not
show; the GUI translates each template in the context "Evidence" (English through Qt Linguist)
and lists the same sentences after an export (ui/export/). Placeholders are the code's
parameter names; numbers get the German decimal comma."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.evidence_codes import EvidenceCode
from app.texts import QT_TRANSLATE_NOOP
from app.texts.notices import german_number

C = EvidenceCode
TEMPLATES: dict[EvidenceCode, str] = {
    C.ORIGINAL_MISSING: QT_TRANSLATE_NOOP(
        "Evidence", "Die gespeicherte Datei fehlt im Tresor oder ist beschädigt."),
    C.ORIGINAL_MISMATCH: QT_TRANSLATE_NOOP(
        "Evidence", "Die gespeicherte Datei stimmt nicht mehr mit der bei der Aufnahme "
        "festgehaltenen Prüfsumme überein."),
    C.PDF_UNREADABLE: QT_TRANSLATE_NOOP(
        "Evidence", "Die Datei konnte nicht als PDF gelesen werden; das Original liegt "
        "unverändert im Tresor."),
    C.PDF_ENCRYPTED: QT_TRANSLATE_NOOP(
        "Evidence", "Die PDF-Datei ist mit einem Kennwort geschützt; das Original liegt "
        "unverändert im Tresor."),
    C.PDF_NO_PAGES: QT_TRANSLATE_NOOP(
        "Evidence", "Die PDF-Datei enthält keine lesbaren Seiten; das Original liegt "
        "unverändert im Tresor."),
    C.PDF_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Evidence", "Der Seitenbaum der PDF-Datei ist zirkulär oder zu tief verschachtelt; das "
        "Original liegt unverändert im Tresor."),
    C.PDF_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Evidence", "Die PDF-Datei ist zu groß, um ihre Seiten anzuhängen (mehr als {limit_mb} "
        "MB); das Original liegt unverändert im Tresor."),
    C.PDF_NOT_INSERTED: QT_TRANSLATE_NOOP(
        "Evidence", "Die Seiten der PDF-Datei ließen sich nicht in das Dossier einfügen; das "
        "Original liegt unverändert im Tresor."),
    C.IMAGE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Evidence", "Die Datei ist kein lesbares Bild; das Original liegt unverändert im "
        "Tresor."),
    C.IMAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Evidence", "Das Bild ist zu groß, um es einzubetten; das Original liegt unverändert "
        "im Tresor."),
    C.IMAGE_EMPTY: QT_TRANSLATE_NOOP(
        "Evidence", "Das Bild ist leer (ohne Breite oder Höhe); das Original liegt unverändert "
        "im Tresor."),
    C.MAIL_NOT_RENDERED: QT_TRANSLATE_NOOP(
        "Evidence", "Die E-Mail konnte nicht dargestellt werden; das Original liegt "
        "unverändert im Tresor."),
    C.READER_TIMEOUT: QT_TRANSLATE_NOOP(
        "Evidence", "Das Lesen der Datei dauerte länger als {seconds} Sekunden und wurde "
        "abgebrochen; das Original liegt unverändert im Tresor."),
    C.READER_LIMITS: QT_TRANSLATE_NOOP(
        "Evidence", "Das Lesen der Datei brauchte mehr Speicher oder Rechenzeit als erlaubt und "
        "wurde abgebrochen; das Original liegt unverändert im Tresor."),
    C.READER_FAILED: QT_TRANSLATE_NOOP(
        "Evidence", "Das Leseprogramm brach beim Lesen der Datei ab; das Original liegt "
        "unverändert im Tresor."),
}


def render(code: EvidenceCode, params: Mapping[str, Any], *,
           translate: Callable[[str], str] = str,
           number: Callable[[int | float], str] = german_number) -> str:
    """The template of `code` (through `translate`) with `params` filled in."""
    values = {name: number(value) if isinstance(value, int | float)
              and not isinstance(value, bool) else value for name, value in params.items()}
    return translate(TEMPLATES[code]).format(**values)


def german(code: EvidenceCode, params: Mapping[str, Any]) -> str:
    """The reason in German, as the dossier prints it."""
    return render(code, params)
