"""The export's codes (export/errors.py) in German, through tr(): nothing was written in every
case. This module does not import ui/messages.py, which asks it for these sentences; the
message for any failure of an export is ui/export/failure.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.evidence_codes import EvidenceCode
from app.texts.evidence import render as render_evidence
from export.errors import ExportCode, ExportError
from ui.file_errors import os_reason
from ui.notices import number

if TYPE_CHECKING:
    from export.dossier.model import Unshown


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportMessages", text)


def _too_long() -> str:
    return tr("Das Passwort ist zu lang (höchstens {limit} Byte, etwa {limit} Buchstaben ohne "
              "Umlaute).")


def _characters() -> str:
    return tr("Das Passwort enthält Zeichen, die PDF-Programme nicht annehmen (Steuer- oder "
              "Sonderzeichen).")


E = ExportCode
TEMPLATES: dict[ExportCode, Callable[[], str]] = {
    E.RECIPIENT_TOO_LONG: lambda: tr("Der Empfänger ist zu lang (höchstens {limit} Zeichen)."),
    E.RECIPIENT_CHARACTERS: lambda: tr("Der Empfänger darf keinen Zeilenumbruch enthalten."),
    E.EMPTY_SELECTION: lambda: tr(
        "Zu dieser Auswahl gibt es keine Vorfälle; es wurde nichts exportiert."),
    E.PASSWORD_EMPTY: lambda: tr("Das Passwort ist leer."),
    E.PASSWORD_BLANK: lambda: tr("Das Passwort ist leer."),
    E.PASSWORD_TOO_LONG: lambda: _too_long(),
    E.PASSWORD_TOO_MANY_BYTES: lambda: _too_long(),
    E.PASSWORD_NOT_TEXT: lambda: _characters(),
    E.PASSWORD_CHARACTER: lambda: _characters(),
    E.PASSWORD_BIDI: lambda: tr("Das Passwort mischt Schrift von rechts nach links mit Schrift "
                                "von links nach rechts; PDF-Programme nehmen das nicht an."),
    E.OUT_IS_FOLDER: lambda: tr("Bitte geben Sie einen Dateinamen an, keinen Ordner."),
    E.OUT_FOLDER_MISSING: lambda: tr("Den gewählten Ordner gibt es nicht."),
    E.OUT_EXISTS: lambda: tr("Die Datei gibt es schon; bitte wählen Sie einen anderen Namen."),
    E.OUT_IN_VAULT: lambda: tr("Das Dossier darf nicht im Ordner des Tresors gespeichert "
                               "werden; bitte wählen Sie einen Ort außerhalb."),
    E.VAULT_READ_ONLY: lambda: tr(
        "Der Tresor ist schreibgeschützt, daher kann der Export nicht in seiner Historie "
        "vermerkt werden; es wurde nichts exportiert."),
    E.WRITE_FAILED: lambda: tr("Es wurde kein Dossier geschrieben: {reason}."),
}


def wording(code: ExportCode, params: Mapping[str, Any]) -> str:
    values = dict(params)
    if "errno" in params:
        number = int(params["errno"] or 0)
        values["reason"] = os_reason(OSError(number, str(params.get("strerror") or "")))
    return TEMPLATES[code]().format(**values)


def export_sentence(exc: BaseException) -> str | None:
    """The German sentence for an error the export raised, else None."""
    if isinstance(exc, ExportError):
        return wording(exc.code, exc.params)
    return None


def evidence_wording(code: EvidenceCode, params: Mapping[str, Any]) -> str:
    """Why a piece of evidence was shown by a replacement page in the dossier (the dossier's
    own German, app/texts/evidence.py), through tr() in the context "Evidence"."""
    return render_evidence(code, params, translate=lambda text: QCoreApplication.translate(
        "Evidence", text), number=number)


def unshown_list(unshown: Sequence[Unshown]) -> str:
    """The evidence an export could not show, one line each (for the finished dialog)."""
    lines = [tr("Ein Beweismittel konnte nicht dargestellt werden; im Dossier steht an seiner "
                "Stelle eine Seite mit Dateiname, SHA-256-Prüfsumme und Grund:")
             if len(unshown) == 1 else
             tr("{count} Beweismittel konnten nicht dargestellt werden; im Dossier steht an "
                "ihrer Stelle eine Seite mit Dateiname, SHA-256-Prüfsumme und Grund:").format(
                    count=len(unshown))]
    lines += [f"• {u.name or u.attachment_id[:8]}: {evidence_wording(u.code, u.params)}"
              for u in unshown]
    return "\n".join(lines)
