"""German words for the English sentences the intake core writes (app/intake speaks English
for the CLI, and the vault keeps the English text): why a file could not be read
(EvidenceFacts.unreadable, and IntakeService's errors about a path), and the notes about a
file or about the proposed incident (IncidentDraft.notes, EmailFacts.problems, the lines
intake writes into Attachment.note).

Each table row is a pattern over one English sentence, with groups for the numbers and names
in it, and the German template (through tr()) that gets the same values. A sentence no row
knows gets a general German sentence, never the English one; tests/test_intake_texts.py
finds every sentence the core can write and fails when one has no row here."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.errors import InvalidInputError
from ui.file_errors import known_strerror_reason
from ui.messages import describe

Row = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeTexts", text)


def _number(text: str) -> str:
    """A number as the core wrote it (e.g. '2.5'), with the German decimal comma."""
    return text.replace(".", ",")


def _field(name: str) -> str:
    """The mail header or part a note is about, in German where it is not a header's name."""
    known = {"From": tr("Absender (From)"), "Subject": tr("Betreff (Subject)"),
             "To": tr("Empfänger (To)"), "Cc": tr("Kopie (Cc)"),
             "Attachment name": tr("Anhangname"), "Body": tr("Text der E-Mail")}
    return known.get(name, name)


def _unreadable(path: str, strerror: str) -> str:
    """The system's reason said in German; a text that is not one of its own stays as it is."""
    reason = known_strerror_reason(strerror)
    if reason is None:
        return tr("„{0}“ kann nicht gelesen werden ({1}).").format(path, strerror)
    return tr("„{0}“ kann nicht gelesen werden: {1}.").format(path, reason)


def _rows(pairs: list[tuple[str, Callable[[re.Match[str]], str]]]) -> list[Row]:
    return [(re.compile(pattern, re.DOTALL), german) for pattern, german in pairs]


_READ = "The file could not be read: "

# Why a file could not be read (the first match wins: specific rows come first).
REASONS: list[Row] = _rows([
    (r"The file is empty \(0 bytes\)\.", lambda m: tr("Die Datei ist leer (0 Byte).")),
    (r"The image is larger than (\d+) MB; it was stored without reading it\.", lambda m: tr(
        "Das Bild ist größer als {0} MB; es wurde gespeichert, ohne es auszulesen.").format(
        m[1])),
    (r"The e-mail is larger than (\d+) MB; it was stored without reading it\.", lambda m: tr(
        "Die E-Mail ist größer als {0} MB; sie wurde gespeichert, ohne sie auszulesen.").format(
        m[1])),
    (r"The image is larger than (\d+) megapixels \((\d+) x (\d+) pixels\), a possible "
     r"decompression bomb; it was stored without decoding it\.", lambda m: tr(
        "Das Bild ist größer als {0} Megapixel ({1} × {2} Pixel) und womöglich eine "
        "Dekompressionsbombe; es wurde gespeichert, ohne es zu entpacken.").format(
        m[1], m[2], m[3])),
    (r"The image is larger than (\d+) megapixels, a possible decompression bomb; it was "
     r"stored without decoding it\.", lambda m: tr(
        "Das Bild ist größer als {0} Megapixel und womöglich eine Dekompressionsbombe; es "
        "wurde gespeichert, ohne es zu entpacken.").format(m[1])),
    (r"The file is not an image in an allowed format \((.+)\)\.", lambda m: tr(
        "Die Datei ist kein Bild in einem erlaubten Format ({0}).").format(m[1])),
    (r"The image is damaged and could not be read\.", lambda m: tr(
        "Das Bild ist beschädigt und konnte nicht gelesen werden.")),
    (r"The image is truncated or damaged and could not be decoded completely\.", lambda m: tr(
        "Das Bild ist unvollständig oder beschädigt und konnte nicht ganz gelesen werden.")),
    (r"The audio or video file is damaged and could not be read\.", lambda m: tr(
        "Die Audio- oder Videodatei ist beschädigt und konnte nicht gelesen werden.")),
    (r"The file is named like a PDF but is not one\.", lambda m: tr(
        "Die Datei heißt wie ein PDF, ist aber keines.")),
    (r"The file could not be opened \((.+)\)\.", lambda m: tr(
        "Die Datei konnte nicht geöffnet werden ({0}).").format(m[1])),
    (r"The file is not an e-mail: it does not start with mail headers\.", lambda m: tr(
        "Die Datei ist keine E-Mail: Sie beginnt nicht mit E-Mail-Kopfzeilen.")),
    (r"The e-mail could not be read \((.+)\)\.", lambda m: tr(
        "Die E-Mail konnte nicht gelesen werden (Fehler {0}).").format(m[1])),
    (r"The inner file could not be read \((.+)\)\.", lambda m: tr(
        "Die Datei aus der E-Mail konnte nicht gelesen werden (Fehler {0}).").format(m[1])),
    (r"The e-mail has no inner file number (\d+)\.", lambda m: tr(
        "Die E-Mail enthält keine Datei mit der Nummer {0}.").format(m[1])),
    (r"Inner file number (\d+) could not be exported\.", lambda m: tr(
        "Die Datei Nummer {0} konnte nicht aus der E-Mail geholt werden.").format(m[1])),
    (r"The file is too short or damaged to be an Outlook message\.", lambda m: tr(
        "Die Datei ist zu kurz oder zu beschädigt für eine Outlook-Nachricht.")),
    (r"The file is damaged or is not an Outlook message\.", lambda m: tr(
        "Die Datei ist beschädigt oder keine Outlook-Nachricht.")),
    (r"The file is an Office or Outlook file but not an e-mail \(item type (.+)\)\.",
     lambda m: tr("Die Datei ist eine Office- oder Outlook-Datei, aber keine E-Mail "
                  "(Elementtyp {0}).").format(m[1])),
    (r"The file's name or path is too long to be read safely\.", lambda m: tr(
        "Name oder Pfad der Datei sind zu lang, um sie sicher zu lesen.")),
    (r"Reading the file produced far more data than it can hold; it was stopped\.", lambda m: tr(
        "Beim Lesen der Datei entstanden weit mehr Daten als zulässig; das Lesen wurde "
        "abgebrochen.")),
    (_READ + r"the reader gave no usable answer\.", lambda m: tr(
        "Die Datei konnte nicht gelesen werden: Das Leseprogramm gab keine brauchbare "
        "Antwort.")),
    (_READ + r"the reader's answer was incomplete\.", lambda m: tr(
        "Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war "
        "unvollständig.")),
    (_READ + r"the reader's answer was not valid\.", lambda m: tr(
        "Die Datei konnte nicht gelesen werden: Die Antwort des Leseprogramms war ungültig.")),
    (_READ + r"the reader process did not start \((.+)\)\.", lambda m: tr(
        "Die Datei konnte nicht gelesen werden: Das Leseprogramm ließ sich nicht starten "
        "({0}).").format(m[1])),
    (_READ + r"the reader stopped unexpectedly \(exit code (-?\d+)\)\.", lambda m: tr(
        "Die Datei konnte nicht gelesen werden: Das Leseprogramm brach unerwartet ab "
        "(Exit-Code {0}).").format(m[1])),
    (r"Reading the file used more time or memory than allowed and was stopped\.", lambda m: tr(
        "Das Lesen der Datei brauchte mehr Zeit oder Speicher als erlaubt und wurde "
        "abgebrochen.")),
    (r"Reading the file took longer than ([\d.e+-]+) seconds and was stopped\.", lambda m: tr(
        "Das Lesen der Datei dauerte länger als {0} Sekunden und wurde abgebrochen.").format(
        _number(m[1]))),
    (r"Reading the file needed more memory than allowed; it was stopped\.", lambda m: tr(
        "Das Lesen der Datei brauchte mehr Speicher als erlaubt und wurde abgebrochen.")),
    (r"The file is nested too deeply to be read\.", lambda m: tr(
        "Die Datei ist zu tief verschachtelt, um gelesen zu werden.")),
    (r"The file could not be read \((.+)\)\.", lambda m: tr(
        "Die Datei konnte nicht gelesen werden (Fehler {0}).").format(m[1])),
    # IntakeService about the path it was given
    (r"'(.+)' is a folder, not a file\.", lambda m: tr(
        "„{0}“ ist ein Ordner, keine Datei.").format(m[1])),
    (r"'(.+)' does not exist or is not a file\.", lambda m: tr(
        "„{0}“ existiert nicht oder ist keine Datei.").format(m[1])),
    (r"'(.+)' cannot be read \(no permission\)\.", lambda m: tr(
        "„{0}“ kann nicht gelesen werden (keine Berechtigung).").format(m[1])),
    (r"'(.+)' cannot be read \((.+)\)\.", lambda m: _unreadable(m[1], m[2])),
    (r"Give at least one file\.", lambda m: tr("Bitte mindestens eine Datei angeben.")),
    (r"At most (\d+) files at a time\.", lambda m: tr(
        "Höchstens {0} Dateien auf einmal.").format(m[1])),
])

_TODAY = ("; the incident date is set to today "
          r"\(precision unknown\)\.")

# Notes about a file that was read, and about the proposed incident.
NOTES: list[Row] = _rows([
    # the incident proposal (app/intake/prefill.py)
    (r"The e-mail has no readable date" + _TODAY, lambda m: tr(
        "Die E-Mail hat kein lesbares Datum, daher ist heute als Datum eingetragen "
        "(Genauigkeit: unbekannt); bitte prüfen.")),
    (r"The file carries no date" + _TODAY, lambda m: tr(
        "Die Datei trägt kein Datum, daher ist heute als Datum eingetragen "
        "(Genauigkeit: unbekannt); bitte prüfen.")),
    (r"The e-mail names no sender; no person was linked\.", lambda m: tr(
        "Die E-Mail nennt keinen Absender; niemand wurde verknüpft.")),
    (r"The sender is the contact '(.*)' \(not a person involved\); not linked as "
     r"perpetrator\.", lambda m: tr(
        "Der Absender ist der Kontakt „{0}“ (keine beteiligte Person) und wurde nicht als "
        "Täter/in verknüpft.").format(m[1])),
    # the attachment's note (app/intake/service.py)
    (r"The file changed between reading and storing; the facts were read from the earlier "
     r"version\.", lambda m: tr(
        "Die Datei hat sich zwischen Lesen und Speichern geändert; die ausgelesenen Angaben "
        "stammen von der früheren Fassung.")),
    # images and media
    (r"Parts of the image's EXIF data are damaged; what could be read was kept\.", lambda m: tr(
        "Teile der EXIF-Daten des Bildes sind beschädigt; was lesbar war, wurde übernommen.")),
    (r"The image's EXIF data is damaged; the image was read without it\.", lambda m: tr(
        "Die EXIF-Daten des Bildes sind beschädigt; das Bild wurde ohne sie gelesen.")),
    (r"The image's GPS data is damaged; the position was left out\.", lambda m: tr(
        "Die GPS-Daten des Bildes sind beschädigt; der Standort wurde weggelassen.")),
    (r"The EXIF date could not be read: (.*)\.", lambda m: tr(
        "Das EXIF-Datum konnte nicht gelesen werden: „{0}“.").format(m[1])),
    (r"The duration could not be read from the file\.", lambda m: tr(
        "Die Dauer konnte nicht aus der Datei gelesen werden.")),
    (r"The audio or video format is not known; its duration could not be read\.", lambda m: tr(
        "Das Audio- oder Videoformat ist unbekannt; die Dauer konnte nicht gelesen werden.")),
    (r"The PDF is damaged; it was kept as it is, but its pages could not be counted\.",
     lambda m: tr("Das PDF ist beschädigt; es wurde unverändert übernommen, aber seine Seiten "
                  "konnten nicht gezählt werden.")),
    (r"The PDF is password-protected; its pages could not be counted\.", lambda m: tr(
        "Das PDF ist passwortgeschützt; seine Seiten konnten nicht gezählt werden.")),
    (r"The PDF is damaged or encrypted in an unknown way; its pages could not be counted\.",
     lambda m: tr("Das PDF ist beschädigt oder auf unbekannte Weise verschlüsselt; seine "
                  "Seiten konnten nicht gezählt werden.")),
    # e-mails (EmailFacts.problems)
    (r"From header missing", lambda m: tr("Die Absenderzeile (From) fehlt.")),
    (r"From header has no readable address", lambda m: tr(
        "Die Absenderzeile (From) enthält keine lesbare Adresse.")),
    (r"Date header missing", lambda m: tr("Die Datumszeile (Date) fehlt.")),
    (r"Date header unreadable", lambda m: tr("Die Datumszeile (Date) ist nicht lesbar.")),
    (r"Only the first (\d+) of (\d+) Received headers are listed", lambda m: tr(
        "Nur die ersten {0} von {1} Received-Zeilen sind aufgeführt.").format(m[1], m[2])),
    (r"The mail has more than (\d+) MIME parts; the rest was not read", lambda m: tr(
        "Die E-Mail hat mehr als {0} MIME-Teile; der Rest wurde nicht gelesen.").format(m[1])),
    (r"The mail has (\d+) (.+) headers; the first is shown", lambda m: tr(
        "Die E-Mail hat {0} Kopfzeilen „{1}“; gezeigt wird die erste.").format(m[1], m[2])),
    (r"(.+): unknown character set \"(.*)\", read as UTF-8 or Windows-1252", lambda m: tr(
        "{0}: unbekannter Zeichensatz „{1}“, als UTF-8 oder Windows-1252 gelesen.").format(
        _field(m[1]), m[2])),
    (r"(.+): an encoded word could not be decoded and is shown as written", lambda m: tr(
        "{0}: Ein kodiertes Wort ließ sich nicht entschlüsseln und steht so da, wie es "
        "geschrieben wurde.").format(_field(m[1]))),
    (r"Further problems were not listed\.", lambda m: tr(
        "Weitere Auffälligkeiten sind nicht aufgeführt.")),
    (r"The MIME structure is nested too deeply to read; only the headers were read",
     lambda m: tr("Die MIME-Struktur ist zu tief verschachtelt; nur die Kopfzeilen wurden "
                  "gelesen.")),
    (r"MIME parts nested deeper than (\d+) levels were not read", lambda m: tr(
        "MIME-Teile, die tiefer als {0} Ebenen verschachtelt sind, wurden nicht gelesen.").format(
        m[1])),
    (r"MIME structure damaged \((.+)\)", lambda m: tr(
        "Die MIME-Struktur ist beschädigt ({0}).").format(m[1])),
    (r"A multipart part without a usable boundary was skipped", lambda m: tr(
        "Ein Multipart-Teil ohne brauchbare Grenze wurde übersprungen.")),
    (r"Only the first (\d+) inner files are listed", lambda m: tr(
        "Nur die ersten {0} Dateien in der E-Mail sind aufgeführt.").format(m[1])),
    (r"Inner file (\d+) could not be decoded", lambda m: tr(
        "Die Datei Nummer {0} in der E-Mail konnte nicht entschlüsselt werden.").format(m[1])),
    (r"Inner file (\d+) could not be exported", lambda m: tr(
        "Die Datei Nummer {0} in der E-Mail konnte nicht herausgelöst werden.").format(m[1])),
    (r"The Outlook file has no Internet headers: no Received chain, no raw headers",
     lambda m: tr("Die Outlook-Datei hat keine Internet-Kopfzeilen: keine Received-Kette, "
                  "keine Rohfassung der Kopfzeilen.")),
    (r"The sender could not be read", lambda m: tr("Der Absender konnte nicht gelesen "
                                                    "werden.")),
    (r"The Outlook file has no send date", lambda m: tr("Die Outlook-Datei hat kein "
                                                         "Sendedatum.")),
    (r"The attachments of the Outlook file could not be read", lambda m: tr(
        "Die Anhänge der Outlook-Datei konnten nicht gelesen werden.")),
    (r"Attachment (\d+) of the Outlook file could not be read \((.+)\)", lambda m: tr(
        "Anhang {0} der Outlook-Datei konnte nicht gelesen werden ({1}).").format(m[1], m[2])),
])


def _translate(table: list[Row], english: str) -> str | None:
    text = english.strip()
    for pattern, german in table:
        match = pattern.fullmatch(text)
        if match is not None:
            return german(match)
    return None


def known_reason(english: str) -> str | None:
    """The German sentence for a reason the table knows, else None."""
    return _translate(REASONS, english)


def known_note(english: str) -> str | None:
    """The German sentence for a note the table knows, else None."""
    return _translate(NOTES, english)


def german_reason(english: str) -> str:
    """Why a file could not be read, in German (EvidenceFacts.unreadable)."""
    return known_reason(english) or tr("Die Datei konnte nicht gelesen werden.")


def german_note(english: str) -> str:
    """A note intake made about a file or the proposed incident, in German."""
    return known_note(english) or tr("Beim Einlesen gab es einen Hinweis, für den keine "
                                     "deutsche Fassung vorliegt.")


def german_note_text(note: str) -> str:
    """An attachment's note with the lines intake wrote in German; what the user wrote (any
    line no table knows) stays as it is."""
    return "\n".join(known_reason(line) or known_note(line) or line
                     for line in note.split("\n"))


def german_problems(problems: list[str]) -> str:
    """EmailFacts.problems as one German text."""
    return " ".join(german_note(p) for p in problems)


def describe_intake(exc: BaseException) -> str:
    """One German sentence for a failure of IntakeService (its path errors are English)."""
    if isinstance(exc, InvalidInputError) and exc.field == "file":
        return german_reason(str(exc))
    return describe(exc)
