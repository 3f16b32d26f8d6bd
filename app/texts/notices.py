"""The German wording of intake's codes (app/intake/codes.py), once for the GUI and the dossier.

The dossier prints `german(notice)`; the GUI translates each template in the context
"Notices" (English through Qt Linguist) and fills in the same parameters (ui/notices.py).
Placeholders are the code's parameter names; `{reason}` (codes with an `errno`) is the
system's reason, which the GUI says in German itself. Numbers get the German decimal comma and
thousands point, a mail part (MailPart) its label."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.domain.notice import Notice
from app.intake.codes import OS_REASON, IntakeCode, MailPart
from app.texts import QT_TRANSLATE_NOOP

C = IntakeCode
TEMPLATES: dict[IntakeCode, str] = {
    # why a file could not be read
    C.EMPTY_FILE: QT_TRANSLATE_NOOP("Notices", "Die Datei ist leer (0 Byte)."),
    C.IMAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Notices", "Das Bild ist größer als {limit_mb} MB; es wurde gespeichert, ohne es "
        "auszulesen."),
    C.EMAIL_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail ist größer als {limit_mb} MB; sie wurde gespeichert, ohne sie "
        "auszulesen."),
    C.IMAGE_BOMB: QT_TRANSLATE_NOOP(
        "Notices", "Das Bild ist größer als {limit_mp} Megapixel und womöglich eine "
        "Dekompressionsbombe; es wurde gespeichert, ohne es zu entpacken."),
    C.IMAGE_BOMB_SIZE: QT_TRANSLATE_NOOP(
        "Notices", "Das Bild ist größer als {limit_mp} Megapixel ({width} × {height} Pixel) und "
        "womöglich eine Dekompressionsbombe; es wurde gespeichert, ohne es zu entpacken."),
    C.IMAGE_FORMAT: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei ist kein Bild in einem erlaubten Format ({formats})."),
    C.IMAGE_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Das Bild ist beschädigt und konnte nicht gelesen werden."),
    C.IMAGE_TRUNCATED: QT_TRANSLATE_NOOP(
        "Notices", "Das Bild ist unvollständig oder beschädigt und konnte nicht ganz gelesen "
        "werden."),
    C.MEDIA_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Die Audio- oder Videodatei ist beschädigt und konnte nicht gelesen werden."),
    C.NOT_A_PDF: QT_TRANSLATE_NOOP("Notices", "Die Datei heißt wie ein PDF, ist aber keines."),
    C.FILE_NOT_OPENED: QT_TRANSLATE_NOOP("Notices", "Die Datei konnte nicht geöffnet werden."),
    C.NOT_AN_EMAIL: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei ist keine E-Mail: Sie beginnt nicht mit E-Mail-Kopfzeilen."),
    C.EMAIL_READER_FAILED: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail konnte nicht gelesen werden (Fehler {error})."),
    C.INNER_READER_FAILED: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei aus der E-Mail konnte nicht gelesen werden (Fehler {error})."),
    C.NO_INNER_FILE: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail enthält keine Datei mit der Nummer {index}."),
    C.INNER_NOT_EXPORTED: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei Nummer {index} konnte nicht aus der E-Mail geholt werden."),
    C.MSG_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei ist zu kurz oder zu beschädigt für eine Outlook-Nachricht."),
    C.MSG_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei ist beschädigt oder keine Outlook-Nachricht."),
    C.MSG_NOT_MAIL: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei ist eine Office- oder Outlook-Datei, aber keine E-Mail "
        "(Elementtyp {item_type})."),
    # the sandbox
    C.REQUEST_TOO_LONG: QT_TRANSLATE_NOOP(
        "Notices", "Name oder Pfad der Datei sind zu lang, um sie sicher zu lesen."),
    C.READER_FLOOD: QT_TRANSLATE_NOOP(
        "Notices", "Beim Lesen der Datei entstanden weit mehr Daten als zulässig; das Lesen "
        "wurde abgebrochen."),
    C.READER_NO_ANSWER: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei konnte nicht gelesen werden: Das Leseprogramm gab keine brauchbare "
        "Antwort."),
    C.READER_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war "
        "unvollständig."),
    C.READER_INVALID: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war "
        "ungültig."),
    C.READER_NOT_STARTED: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei konnte nicht gelesen werden: Das Leseprogramm ließ sich nicht "
        "starten."),
    C.READER_CRASHED: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei konnte nicht gelesen werden: Das Leseprogramm brach unerwartet ab "
        "(Exit-Code {exit_code})."),
    C.READER_LIMITS: QT_TRANSLATE_NOOP(
        "Notices", "Das Lesen der Datei brauchte mehr Zeit oder Speicher als erlaubt und wurde "
        "abgebrochen."),
    C.READER_TIMEOUT: QT_TRANSLATE_NOOP(
        "Notices", "Das Lesen der Datei dauerte länger als {seconds} Sekunden und wurde "
        "abgebrochen."),
    C.READER_MEMORY: QT_TRANSLATE_NOOP(
        "Notices", "Das Lesen der Datei brauchte mehr Speicher als erlaubt und wurde "
        "abgebrochen."),
    C.NESTED_TOO_DEEPLY: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei ist zu tief verschachtelt, um gelesen zu werden."),
    C.READER_FAILED: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei konnte nicht gelesen werden (Fehler {error})."),
    # IntakeService about what it was given
    C.PATH_IS_FOLDER: QT_TRANSLATE_NOOP("Notices", "„{path}“ ist ein Ordner, keine Datei."),
    C.PATH_MISSING: QT_TRANSLATE_NOOP(
        "Notices", "„{path}“ existiert nicht oder ist keine Datei."),
    C.PATH_NO_PERMISSION: QT_TRANSLATE_NOOP(
        "Notices", "„{path}“ kann nicht gelesen werden (keine Berechtigung)."),
    C.PATH_UNREADABLE: QT_TRANSLATE_NOOP(
        "Notices", "„{path}“ kann nicht gelesen werden: {reason}."),
    C.NO_FILES: QT_TRANSLATE_NOOP("Notices", "Bitte mindestens eine Datei angeben."),
    C.TOO_MANY_FILES: QT_TRANSLATE_NOOP("Notices", "Höchstens {limit} Dateien auf einmal."),
    C.NOT_AN_EMAIL_ATTACHMENT: QT_TRANSLATE_NOOP(
        "Notices", "Dieser Anhang ist keine lesbare E-Mail."),
    C.PART_NEGATIVE: QT_TRANSLATE_NOOP(
        "Notices", "Die Nummer des Teils darf nicht negativ sein."),
    C.PART_NOT_EXTRACTED: QT_TRANSLATE_NOOP(
        "Notices", "Teil {index} der E-Mail konnte nicht entnommen werden."),
    # the proposed incident
    C.NO_EMAIL_DATE: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail hat kein lesbares Datum, daher ist heute als Datum eingetragen "
        "(Genauigkeit: unbekannt); bitte prüfen."),
    C.NO_FILE_DATE: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei trägt kein Datum, daher ist heute als Datum eingetragen "
        "(Genauigkeit: unbekannt); bitte prüfen."),
    C.SENDER_NOT_INVOLVED: QT_TRANSLATE_NOOP(
        "Notices", "Der Absender ist der Kontakt „{name}“ (keine beteiligte Person) und wurde "
        "nicht als Täter/in verknüpft."),
    C.NO_SENDER: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail nennt keinen Absender; niemand wurde verknüpft."),
    # a stored file
    C.CHANGED_MEANWHILE: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei hat sich zwischen Lesen und Speichern geändert; die ausgelesenen "
        "Angaben stammen von der früheren Fassung."),
    C.EXIF_PARTLY_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Teile der EXIF-Daten des Bildes sind beschädigt; was lesbar war, wurde "
        "übernommen."),
    C.EXIF_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Die EXIF-Daten des Bildes sind beschädigt; das Bild wurde ohne sie gelesen."),
    C.GPS_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Die GPS-Daten des Bildes sind beschädigt; der Standort wurde weggelassen."),
    C.EXIF_DATE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Notices", "Das EXIF-Datum konnte nicht gelesen werden: „{raw}“."),
    C.DURATION_UNKNOWN: QT_TRANSLATE_NOOP(
        "Notices", "Die Dauer konnte nicht aus der Datei gelesen werden."),
    C.MEDIA_FORMAT_UNKNOWN: QT_TRANSLATE_NOOP(
        "Notices", "Das Audio- oder Videoformat ist unbekannt; die Dauer konnte nicht gelesen "
        "werden."),
    C.PDF_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Das PDF ist beschädigt; es wurde unverändert übernommen, aber seine Seiten "
        "konnten nicht gezählt werden."),
    C.PDF_PASSWORD: QT_TRANSLATE_NOOP(
        "Notices", "Das PDF ist passwortgeschützt; seine Seiten konnten nicht gezählt werden."),
    C.PDF_ENCRYPTION_UNKNOWN: QT_TRANSLATE_NOOP(
        "Notices", "Das PDF ist beschädigt oder auf unbekannte Weise verschlüsselt; seine "
        "Seiten konnten nicht gezählt werden."),
    # an e-mail's problems
    C.FROM_MISSING: QT_TRANSLATE_NOOP("Notices", "Die Absenderzeile (From) fehlt."),
    C.FROM_NO_ADDRESS: QT_TRANSLATE_NOOP(
        "Notices", "Die Absenderzeile (From) enthält keine lesbare Adresse."),
    C.DATE_MISSING: QT_TRANSLATE_NOOP("Notices", "Die Datumszeile (Date) fehlt."),
    C.DATE_UNREADABLE: QT_TRANSLATE_NOOP("Notices", "Die Datumszeile (Date) ist nicht lesbar."),
    C.RECEIVED_CAPPED: QT_TRANSLATE_NOOP(
        "Notices", "Nur die ersten {listed} von {total} Received-Zeilen sind aufgeführt."),
    C.MIME_PARTS_CAPPED: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail hat mehr als {limit} MIME-Teile; der Rest wurde nicht gelesen."),
    C.HEADER_REPEATED: QT_TRANSLATE_NOOP(
        "Notices", "Die E-Mail hat {count} Kopfzeilen „{header}“; gezeigt wird die erste."),
    C.UNKNOWN_CHARSET: QT_TRANSLATE_NOOP(
        "Notices", "{part}: unbekannter Zeichensatz „{charset}“, als UTF-8 oder Windows-1252 "
        "gelesen."),
    C.ENCODED_WORD_BROKEN: QT_TRANSLATE_NOOP(
        "Notices", "{part}: Ein kodiertes Wort ließ sich nicht entschlüsseln und steht so da, "
        "wie es geschrieben wurde."),
    C.MORE_PROBLEMS: QT_TRANSLATE_NOOP("Notices", "Weitere Auffälligkeiten sind nicht aufgeführt."),
    C.MIME_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Notices", "Die MIME-Struktur ist zu tief verschachtelt; nur die Kopfzeilen wurden "
        "gelesen."),
    C.MIME_DEPTH_CAPPED: QT_TRANSLATE_NOOP(
        "Notices", "MIME-Teile, die tiefer als {levels} Ebenen verschachtelt sind, wurden nicht "
        "gelesen."),
    C.MIME_DAMAGED: QT_TRANSLATE_NOOP("Notices", "Die MIME-Struktur ist beschädigt ({defect})."),
    C.MULTIPART_NO_BOUNDARY: QT_TRANSLATE_NOOP(
        "Notices", "Ein Multipart-Teil ohne brauchbare Grenze wurde übersprungen."),
    C.INNER_FILES_CAPPED: QT_TRANSLATE_NOOP(
        "Notices", "Nur die ersten {limit} Dateien in der E-Mail sind aufgeführt."),
    C.INNER_UNDECODABLE: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei Nummer {number} in der E-Mail konnte nicht entschlüsselt werden."),
    C.INNER_UNEXPORTABLE: QT_TRANSLATE_NOOP(
        "Notices", "Die Datei Nummer {number} in der E-Mail konnte nicht herausgelöst werden."),
    C.MSG_NO_HEADERS: QT_TRANSLATE_NOOP(
        "Notices", "Die Outlook-Datei hat keine Internet-Kopfzeilen: keine Received-Kette, keine "
        "Rohfassung der Kopfzeilen."),
    C.SENDER_UNREADABLE: QT_TRANSLATE_NOOP("Notices", "Der Absender konnte nicht gelesen werden."),
    C.MSG_NO_DATE: QT_TRANSLATE_NOOP("Notices", "Die Outlook-Datei hat kein Sendedatum."),
    C.MSG_ATTACHMENTS_UNREADABLE: QT_TRANSLATE_NOOP(
        "Notices", "Die Anhänge der Outlook-Datei konnten nicht gelesen werden."),
    C.MSG_ATTACHMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Notices", "Anhang {number} der Outlook-Datei konnte nicht gelesen werden ({kind})."),
    C.MAIL_STRUCTURE_DAMAGED: QT_TRANSLATE_NOOP(
        "Notices", "Die Struktur der Mail ist beschädigt; der Text wurde so weit wie möglich "
        "gelesen."),
    C.WEB_CAPTURE: QT_TRANSLATE_NOOP(
        "Notices", "Die Aufnahme zeigt, was der Browser angezeigt hat; sie belegt nicht, woher "
        "die Seite stammt."),
    C.WEB_CAPTURE_NO_URL: QT_TRANSLATE_NOOP(
        "Notices", "Die gespeicherte Seite nennt keine Adresse; bitte die Adresse (URL) von Hand "
        "eintragen."),
    C.WEB_CAPTURE_URL_REFUSED: QT_TRANSLATE_NOOP(
        "Notices", "Die gespeicherte Adresse beginnt mit „{scheme}:“ statt mit http oder https "
        "und wurde nicht übernommen."),
    C.WEB_CAPTURE_CREDENTIALS: QT_TRANSLATE_NOOP(
        "Notices", "Benutzername und Passwort in der gespeicherten Adresse wurden nicht "
        "übernommen."),
    # an earlier version's English sentence, as it was written
    C.LEGACY_TEXT: QT_TRANSLATE_NOOP("Notices", "{text}"),
}

PART_LABELS: dict[MailPart, str] = {
    MailPart.FROM: QT_TRANSLATE_NOOP("Notices", "Absender (From)"),
    MailPart.TO: QT_TRANSLATE_NOOP("Notices", "Empfänger (To)"),
    MailPart.CC: QT_TRANSLATE_NOOP("Notices", "Kopie (Cc)"),
    MailPart.SUBJECT: QT_TRANSLATE_NOOP("Notices", "Betreff (Subject)"),
    MailPart.ATTACHMENT_NAME: QT_TRANSLATE_NOOP("Notices", "Anhangname"),
    MailPart.BODY: QT_TRANSLATE_NOOP("Notices", "Text der E-Mail"),
}

# {reason} where no one words the system's reason (the dossier never prints an error).
SOME_REASON = QT_TRANSLATE_NOOP("Notices", "das Betriebssystem hat einen Fehler gemeldet")


def german_number(value: int | float) -> str:
    """12.000 and 2,5, as German text writes numbers."""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return f"{value:g}".replace(".", ",")


def render(code: IntakeCode, params: Mapping[str, Any], *,
           translate: Callable[[str], str] = str,
           number: Callable[[int | float], str] = german_number,
           reason: Callable[[Mapping[str, Any]], str] | None = None) -> str:
    """The template of `code` (through `translate`) with `params` filled in: numbers through
    `number`, a mail part by its label, `{reason}` through `reason` (from errno)."""
    values: dict[str, Any] = {}
    for name, value in params.items():
        if name == "part" and value in set(MailPart):
            values[name] = translate(PART_LABELS[MailPart(value)])
        elif isinstance(value, int | float) and not isinstance(value, bool):
            values[name] = number(value)
        elif isinstance(value, Notice):
            values[name] = render(value.code, value.params, translate=translate, number=number,
                                  reason=reason)
        else:
            values[name] = value
    if "errno" in params:
        values[OS_REASON] = reason(params) if reason is not None else translate(SOME_REASON)
    return translate(TEMPLATES[code]).format(**values)


def german(notice: Notice) -> str:
    """The notice in German, as the dossier prints it."""
    return render(notice.code, notice.params)
