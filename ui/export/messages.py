"""German sentences for what the export pipeline reports (it speaks English for the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import InvalidInputError
from export.protect import MAX_PASSWORD_BYTES
from ui.messages import describe


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportMessages", text)


def export_error(exc: BaseException) -> str:
    """One German sentence for a failed export; nothing was written in every case."""
    if isinstance(exc, InvalidInputError):
        known = {
            "out_exists": tr("Die Datei gibt es schon; bitte wählen Sie einen anderen Namen."),
            "out_folder": tr("Bitte geben Sie einen Dateinamen an, keinen Ordner."),
            "out_missing_folder": tr("Den gewählten Ordner gibt es nicht."),
            "out_in_vault": tr("Das Dossier darf nicht im Ordner des Tresors gespeichert "
                               "werden; bitte wählen Sie einen Ort außerhalb."),
            "password_empty": tr("Das Passwort ist leer."),
            "password_too_long": tr("Das Passwort ist zu lang (höchstens {0} Byte, etwa {0} "
                                    "Buchstaben ohne Umlaute).").format(MAX_PASSWORD_BYTES),
            "password_characters": tr("Das Passwort enthält Zeichen, die PDF-Programme nicht "
                                      "annehmen (Steuer- oder Sonderzeichen)."),
            "password_bidi": tr("Das Passwort mischt Schrift von rechts nach links mit Schrift "
                                "von links nach rechts; PDF-Programme nehmen das nicht an."),
            "recipient_characters": tr("Der Empfänger darf keinen Zeilenumbruch enthalten."),
        }
        if exc.code in known:
            return known[exc.code]
        if exc.field == "recipient":
            return tr("Der Empfänger ist zu lang (höchstens {0} Zeichen).").format(exc.limit)
        if exc.field == "date_from":
            return tr("Der Zeitraum beginnt nach seinem Ende.")
        if "no incident" in str(exc).lower() or "empty" in str(exc).lower():
            return tr("Zu dieser Auswahl gibt es keine Vorfälle; es wurde nichts exportiert.")
    sentence = describe(exc)
    return tr("Es wurde keine Datei geschrieben: {0}").format(sentence)
