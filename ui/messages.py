"""One German sentence (through tr()) for each failure the core reports. The core raises a
code with its parameters (storage/errors.py, app/errors.py), never a sentence: each code has
its German template here, with named placeholders for its parameters, and each parameter is
put into words by its name and kind (a field's label, the German reason for an errno, what did
not happen, a path as the platform writes it, a number with the decimal comma). A failure
nothing here knows gets a general German sentence, and its code goes to the log, never on
screen. tests/gui/test_messages.py checks that every code has a template here that uses only
the parameters the code declares."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import (
    AppCode,
    ErrorCode,
    InputCode,
    InvalidInputError,
    NotDone,
    StorageCode,
    StorageError,
)
from ui.file_errors import errno_reason, os_error

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_label(field: str) -> str:
    labels = {
        "title": tr("Titel"), "occurred": tr("Zeitpunkt"), "occurred_to": tr("Ende"),
        "discovered_on": tr("Kenntnis am"), "place": tr("Ort"), "municipality": tr("Gemeinde"),
        "platform": tr("Plattform"), "description": tr("Was ist passiert"),
        "discovery": tr("Wie, durch wen bemerkt"), "verbatim": tr("Wortlaut"),
        "evidence_handed_on": tr("Beweismittel übergeben am"),
        "evidence_handed_to": tr("Beweismittel übergeben an"),
        "means": tr("Wie / womit"), "context": tr("Zusammenhang"), "targeted": tr("Betroffene"),
        "persons": tr("Personen"), "injury": tr("Verletzungen"),
        "damage_eur": tr("Schaden (EUR)"), "impact": tr("Folgen"),
        "own_reaction": tr("Eigene Reaktion"), "protective_measures": tr("Schutzmaßnahmen"),
        "tags": tr("Schlagworte"), "case": tr("Verfahrensstand"), "name": tr("Name"),
        "organisation": tr("Organisation"), "function": tr("Funktion"),
        "phones": tr("Telefon"), "emails": tr("E-Mail"), "address": tr("Anschrift"),
        "web": tr("Web"), "notes": tr("Notizen"), "kind": tr("Art"),
        "handles": tr("Online-Profile"), "vehicle_plates": tr("Kennzeichen"),
        "police_office": tr("Polizeidienststelle"),
        "police_case_number": tr("Tagebuch-/Vorgangsnummer"),
        "strafantrag_by": tr("Strafantrag durch"), "prosecutor_office": tr("Staatsanwaltschaft"),
        "aktenzeichen": tr("Aktenzeichen"), "categories": tr("Kategorien"),
        "place_kind": tr("Art des Ortes"), "channel": tr("Kanal"),
        "motivation": tr("Motivation"), "perpetrator_unknown": tr("Täter unbekannt"),
        "related": tr("Verwandte Vorfälle"), "review_on": tr("Überprüfen am"),
        "reported_on": tr("Angezeigt am"), "strafantrag_on": tr("Strafantrag am"),
        "outcome": tr("Ausgang"), "checked_on": tr("Geprüft am"), "source": tr("Quelle"),
        # attachments and their online record, and the export form
        "reported": tr("Angezeigt"), "note": tr("Notiz"), "original_name": tr("Dateiname"),
        "gps_in_exports": tr("Standort in Exporten"), "url": tr("Adresse (URL)"),
        "author_handle": tr("Benutzername des Verfassers"),
        "author_profile_url": tr("Profil-Adresse des Verfassers"),
        "posted_at": tr("Veröffentlicht am"), "captured_at": tr("Gesichert am"),
        "captured_by": tr("Gesichert von"), "file": tr("Datei"), "out": tr("Zieldatei"),
        "attachment": tr("Anhang"), "index": tr("Teil der E-Mail"),
        "password": tr("Passwort"), "recipient": tr("Empfänger"),
        "date_from": tr("Zeitraum"), "selection": tr("Auswahl"), "sha256": tr("SHA-256"),
    }
    parts = [p for p in field.split(".") if not p.isdigit()]
    for part in reversed(parts):
        if part in labels:
            return labels[part]
    return field


# -- the parameters, in words -----------------------------------------------------------------
Wording = Callable[[], str]  # called when needed: tr() must see the language installed then

# What did not happen, for the end of a sentence.
ACTIONS: dict[NotDone, Wording] = {
    NotDone.NOTHING_SAVED: lambda: tr("es wurde nichts gespeichert"),
    NotDone.NOTHING_CHANGED: lambda: tr("es wurde nichts geändert"),
    NotDone.NOTHING_WRITTEN: lambda: tr("es wurde nichts geschrieben"),
    NotDone.ATTACHMENT_NOT_STORED: lambda: tr("der Anhang wurde nicht gespeichert"),
    NotDone.NO_BACKUP_WRITTEN: lambda: tr("es wurde keine Sicherung geschrieben"),
    NotDone.NOTHING_RESTORED: lambda: tr("es wurde nichts wiederhergestellt"),
    NotDone.NO_DOSSIER_WRITTEN: lambda: tr("es wurde kein Dossier geschrieben"),
    NotDone.DRAFT_NOT_KEPT: lambda: tr("der Entwurf wurde nicht aufbewahrt"),
    NotDone.DRAFT_NOT_REMOVED: lambda: tr("der Entwurf wurde nicht entfernt"),
    NotDone.DRAFTS_NOT_READ: lambda: tr("die Entwürfe wurden nicht gelesen"),
}

# The record kinds ("kind", "target"), in a context of their own: inside a sentence they are
# not the capitalised labels of ui/labels.py. All four are masculine: the templates rely on it.
KINDS: dict[str, Wording] = {
    "incident": lambda: QCoreApplication.translate("RecordKinds", "Vorfall"),
    "person": lambda: QCoreApplication.translate("RecordKinds", "Kontakt"),
    "attachment": lambda: QCoreApplication.translate("RecordKinds", "Anhang"),
    "": lambda: QCoreApplication.translate("RecordKinds", "Eintrag"),
}


def _number(value: int | float | Decimal) -> str:
    """A number as German writes it: 2,5 (the decimal comma), 12, 300."""
    if isinstance(value, float | Decimal) and value == int(value):
        return str(int(value))
    return str(value).replace(".", ",")


def _bytes(size: int) -> str:
    """A byte count as the file managers show it: '512 Bytes', '1,5 MB' (binary units)."""
    for factor, unit in ((1024**4, "TB"), (1024**3, "GB"), (1024**2, "MB"), (1024, "KB")):
        if size >= factor:
            return f"{_number(round(size / factor, 1))} {unit}"
    return tr("{0} Bytes").format(size)


def _value(name: str, value: Any) -> str:  # a parameter: whatever its code declares
    """A parameter as it goes into a German sentence, by what it is and what it is called."""
    if isinstance(value, StorageError):
        return describe(value).removesuffix(".")  # the reason behind, inside this sentence
    if isinstance(value, NotDone):
        return ACTIONS[value]()
    if name in ("kind", "target"):
        wording = KINDS.get(str(value))
        return wording() if wording is not None else str(value)
    if name == "errno":
        return errno_reason(value)
    if name == "seconds":
        return str(max(1, int(float(value) + 0.999)))  # a wait, in whole seconds, rounded up
    if name in ("free", "needed"):
        return _bytes(int(value))
    if isinstance(value, os.PathLike):
        return str(os.path.normpath(os.fspath(value)))  # as the platform writes it
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return _number(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


# -- the codes ---------------------------------------------------------------------------------
STORAGE: dict[ErrorCode, Wording] = {
    StorageCode.VAULT_EXISTS: lambda: tr("Im Ordner „{folder}“ gibt es schon einen Tresor."),
    StorageCode.VAULT_NOT_FOUND: lambda: tr("Im Ordner „{folder}“ gibt es keinen Tresor."),
    StorageCode.FOLDER_NOT_CREATED: lambda: tr(
        "Der Ordner „{folder}“ für den Tresor kann nicht angelegt werden: {errno}."),
    StorageCode.FOLDER_UNUSABLE: lambda: tr(
        "Der Ordner „{folder}“ des Tresors kann nicht benutzt werden: {errno}."),
    StorageCode.DISK_FULL: lambda: tr(
        "Der Datenträger von „{folder}“ ist voll (frei: {free}, gebraucht: mindestens "
        "{needed}); schaffen Sie Platz oder wählen Sie einen anderen Ort; {action}."),
    StorageCode.MEDIUM_READ_ONLY: lambda: tr(
        "Der Datenträger von „{folder}“ ist schreibgeschützt; {action}."),
    StorageCode.WRITE_NOT_PERMITTED: lambda: tr(
        "In „{folder}“ darf nicht geschrieben werden (fehlende Berechtigung); {action}."),
    StorageCode.TARGET_VANISHED: lambda: tr(
        "Der Ort „{folder}“ ist nicht mehr erreichbar (entfernt oder getrennt); {action}."),
    StorageCode.FILE_ERROR: lambda: tr(
        "Ein Dateizugriff in „{folder}“ ist fehlgeschlagen ({errno}); {action}."),
    StorageCode.DATABASE_IO_ERROR: lambda: tr(
        "Der Datenträger des Tresors in „{folder}“ konnte nicht gelesen oder beschrieben "
        "werden (Ein-/Ausgabefehler); prüfen Sie den Datenträger und führen Sie die Prüfung "
        "aus; {action}."),
    StorageCode.VAULT_READ_ONLY: lambda: tr(
        "Der Tresor liegt auf einem schreibgeschützten Datenträger; es kann nichts gespeichert "
        "werden."),
    StorageCode.VAULT_BUSY: lambda: tr(
        "Der Tresor wird gerade von einem anderen Programm benutzt; bitte gleich noch einmal "
        "versuchen."),
    StorageCode.DATABASE_READ_ONLY: lambda: tr(
        "Der Tresor liegt auf einem schreibgeschützten Datenträger; es kann nichts gespeichert "
        "werden."),
    StorageCode.DATABASE_DAMAGED: lambda: tr(
        "Die Datenbank des Tresors ist beschädigt oder gehört nicht zu Vorfallbuch; die Prüfung "
        "zeigt, was noch lesbar ist, und die letzte Sicherung lässt sich wiederherstellen."),
    StorageCode.DATABASE_ERROR: lambda: tr(
        "Die Datenbank des Tresors hat einen Fehler gemeldet; es wurde nichts gespeichert."),
    StorageCode.NOT_A_VAULT: lambda: tr(
        "In diesem Ordner liegt kein lesbarer Tresor von Vorfallbuch."),
    StorageCode.NEWER_SCHEMA: lambda: tr(
        "Dieser Tresor stammt von einer neueren Version von Vorfallbuch; bitte aktualisieren Sie "
        "das Programm."),
    StorageCode.MIGRATION_NEEDS_WRITING: lambda: tr(
        "Das Format dieses Tresors muss aktualisiert werden, was auf einem schreibgeschützten "
        "Datenträger nicht geht; bitte kopieren Sie ihn zuerst in einen beschreibbaren Ordner."),
    StorageCode.USER_NAME_EMPTY: lambda: tr("Der Benutzername darf nicht leer sein."),
    StorageCode.USER_NAME_TOO_LONG: lambda: tr(
        "Der Benutzername darf höchstens {limit} Zeichen haben."),
    StorageCode.USER_NAME_CONTROL_CHARACTERS: lambda: tr(
        "Der Benutzername darf keine Steuerzeichen enthalten."),
    StorageCode.USER_EXISTS: lambda: tr("Einen Benutzer „{name}“ gibt es schon."),
    StorageCode.NO_USERS: lambda: tr("Dieser Tresor hat keine Benutzer."),
    StorageCode.UNKNOWN_USER: lambda: tr("Einen Benutzer „{name}“ gibt es in diesem Tresor nicht."),
    StorageCode.NO_PASSPHRASE_SLOT: lambda: tr(
        "Für diesen Benutzer ist keine Passphrase hinterlegt."),
    StorageCode.LAST_USER: lambda: tr(
        "Der letzte Benutzer eines Tresors kann nicht entfernt werden."),
    StorageCode.WRONG_PASSPHRASE: lambda: tr("Die Passphrase ist falsch."),
    StorageCode.WRONG_PASSPHRASE_WAIT: lambda: tr(
        "Die Passphrase ist falsch; der nächste Versuch ist in {seconds} Sekunden möglich."),
    StorageCode.UNLOCK_THROTTLED: lambda: tr(
        "Zu viele falsche Passphrasen; bitte warten Sie {seconds} Sekunden."),
    StorageCode.LOCKED: lambda: tr("Der Tresor ist gesperrt."),
    StorageCode.BACKUP_INTERVAL_RANGE: lambda: tr(
        "Die Erinnerung an Sicherungen muss zwischen {minimum} und {maximum} Tagen liegen."),
    StorageCode.PASSPHRASE_TOO_SHORT: lambda: tr(
        "Die Passphrase muss mindestens {minimum} Zeichen haben; mehrere Wörter ohne "
        "Zusammenhang sind leicht zu merken und schwer zu erraten."),
    StorageCode.PASSPHRASE_TOO_LONG: lambda: tr(
        "Die Passphrase darf höchstens {maximum} Zeichen haben."),
    StorageCode.PASSPHRASE_NOT_TEXT: lambda: tr("Die Passphrase enthält ungültige Zeichen."),
    StorageCode.PASSPHRASE_TOO_FEW_CHARACTERS: lambda: tr(
        "Die Passphrase wiederholt zu wenige verschiedene Zeichen; nehmen Sie mehrere Wörter."),
    StorageCode.PASSPHRASE_TOO_COMMON: lambda: tr(
        "Die Passphrase ist zu leicht zu erraten (sehr verbreitet oder Ihr Name); nehmen Sie "
        "mehrere Wörter, die nichts miteinander zu tun haben."),
    StorageCode.PASSPHRASE_UNCHANGED: lambda: tr(
        "Die neue Passphrase ist die bisherige; bitte wählen Sie eine andere (es wurde nichts "
        "geändert)."),
    StorageCode.RECOVERY_CODE_LENGTH: lambda: tr(
        "Der Wiederherstellungscode hat {groups} Gruppen mit zusammen {total} Zeichen; "
        "eingegeben wurden {entered}."),
    StorageCode.RECOVERY_CODE_CHARACTERS: lambda: tr(
        "Der Wiederherstellungscode enthält Zeichen, die darin nicht vorkommen: {characters}."),
    StorageCode.RECOVERY_CODE_GROUP_TYPO: lambda: tr(
        "In Gruppe {group} des Wiederherstellungscodes ist ein Tippfehler."),
    StorageCode.RECOVERY_CODE_CHECKSUM: lambda: tr(
        "Der Wiederherstellungscode ist nicht vollständig oder enthält Tippfehler."),
    StorageCode.RECOVERY_CODE_FOREIGN: lambda: tr(
        "Dieser Wiederherstellungscode gehört nicht zu diesem Tresor."),
    StorageCode.NO_RECOVERY_SLOT: lambda: tr(
        "Für diesen Tresor ist kein Wiederherstellungscode hinterlegt."),
    StorageCode.KEYSLOT_DAMAGED: lambda: tr(
        "Der Schlüssel von „{user}“ im Tresor ist beschädigt, deshalb öffnet das Kennwort den "
        "Tresor nicht; melden Sie sich als anderer Benutzer an, setzen Sie mit dem "
        "Wiederherstellungscode ein neues Kennwort oder stellen Sie die letzte Sicherung "
        "wieder her."),
    StorageCode.RECOVERY_SLOT_DAMAGED: lambda: tr(
        "Der Wiederherstellungsschlüssel im Tresor ist beschädigt, deshalb öffnet der "
        "Wiederherstellungscode den Tresor nicht; melden Sie sich mit dem Kennwort eines "
        "Benutzers an oder stellen Sie die letzte Sicherung wieder her."),
    StorageCode.RECORD_NOT_FOUND: lambda: tr(
        "Der {kind} existiert nicht mehr (vielleicht an anderer Stelle gelöscht)."),
    StorageCode.NOTHING_TO_PURGE: lambda: tr(
        "Den {kind} gibt es nicht (mehr); es wurde nichts endgültig gelöscht."),
    StorageCode.RECORD_WITHOUT_CONTENT: lambda: tr(
        "Der {kind} hat keinen lesbaren Inhalt; bitte führen Sie die Prüfung aus."),
    StorageCode.CONFLICT: lambda: tr(
        "Dieser Eintrag wurde inzwischen an anderer Stelle geändert, daher wurde Ihre Änderung "
        "nicht gespeichert; bitte laden Sie ihn neu und ändern Sie ihn erneut."),
    StorageCode.REVISION_PURGED: lambda: tr(
        "Diese Fassung des Eintrags wurde endgültig gelöscht und kann nicht geöffnet werden."),
    StorageCode.REVISION_DAMAGED: lambda: tr(
        "Ein Eintrag ist beschädigt und kann nicht geöffnet werden; bitte führen Sie die "
        "Prüfung aus und stellen Sie ihn aus einer Sicherung wieder her."),
    StorageCode.RECORD_ROW_DAMAGED: lambda: tr(
        "Ein Eintrag steht auf einer beschädigten Seite der Datenbank und kann nicht gelesen "
        "werden, die übrigen sind lesbar; bitte führen Sie die Prüfung aus und stellen Sie die "
        "letzte Sicherung in einem neuen Ordner wieder her."),
    StorageCode.RECORD_MALFORMED: lambda: tr(
        "Ein Eintrag ist beschädigt und kann nicht geöffnet werden; bitte führen Sie die "
        "Prüfung aus und stellen Sie ihn aus einer Sicherung wieder her."),
    StorageCode.SEAL_DAMAGED: lambda: tr(
        "Ein Eintrag ist beschädigt und kann nicht geöffnet werden; bitte führen Sie die "
        "Prüfung aus und stellen Sie ihn aus einer Sicherung wieder her."),
    StorageCode.CHAIN_LINK_DAMAGED: lambda: tr(
        "Glied {seq} der Historie ist beschädigt oder verändert; die Historie ist ab dort "
        "unterbrochen."),
    StorageCode.CHAIN_LINK_MISSING: lambda: tr(
        "Glied {index} der Historie fehlt; die Historie ist ab dort unterbrochen."),
    StorageCode.CHAIN_LINK_MISMATCH: lambda: tr(
        "Glied {seq} der Historie passt nicht zu seinem Inhalt oder seinem Vorgänger; die "
        "Historie ist ab dort unterbrochen."),
    StorageCode.REVISION_NO_CONTENT: lambda: tr(
        "Fassung {version} ({kind} {record_id}) hat keinen Inhalt."),
    StorageCode.REVISION_NOT_IN_CHAIN: lambda: tr(
        "Fassung {version} ({kind} {record_id}) fehlt in der Historie."),
    StorageCode.REVISION_DIFFERS_FROM_CHAIN: lambda: tr(
        "Fassung {version} ({kind} {record_id}) weicht von dem Inhalt ab, den die Historie "
        "festhält."),
    StorageCode.DATABASE_CHECK_FAILED: lambda: tr(
        "Die Datenbank des Tresors hat die Prüfung ihrer Integrität nicht bestanden; bitte "
        "stellen Sie sie aus einer Sicherung wieder her."),
    StorageCode.ATTACHMENT_FILE_MISSING: lambda: tr(
        "Die gespeicherte Datei dieses Anhangs fehlt oder ist beschädigt; bitte führen Sie die "
        "Prüfung aus und stellen Sie den Tresor aus einer Sicherung wieder her."),
    StorageCode.ATTACHMENT_HEADER_DAMAGED: lambda: tr(
        "Die gespeicherte Datei dieses Anhangs fehlt oder ist beschädigt; bitte führen Sie die "
        "Prüfung aus und stellen Sie den Tresor aus einer Sicherung wieder her."),
    StorageCode.ATTACHMENT_SEGMENT_DAMAGED: lambda: tr(
        "Die gespeicherte Datei dieses Anhangs fehlt oder ist beschädigt; bitte führen Sie die "
        "Prüfung aus und stellen Sie den Tresor aus einer Sicherung wieder her."),
    StorageCode.ATTACHMENT_MISMATCH: lambda: tr(
        "Die gespeicherte Datei dieses Anhangs stimmt nicht mehr mit der bei der Aufnahme "
        "festgehaltenen Prüfsumme überein; bitte stellen Sie den Tresor aus einer Sicherung "
        "wieder her."),
    StorageCode.ATTACHMENT_FACTS_UNREADABLE: lambda: tr(
        "Die gespeicherten Angaben zu diesem Anhang (Größe und Prüfsumme) sind nicht lesbar; "
        "bitte führen Sie die Prüfung aus."),
    StorageCode.ATTACHMENT_FOLDER_BUSY: lambda: tr(
        "Der Ordner der Anhänge wird gerade von einem anderen Programm aufgeräumt; der Anhang "
        "wurde nicht gespeichert, bitte gleich noch einmal versuchen."),
    StorageCode.NOT_A_DRAFT_ID: lambda: tr("„{draft_id}“ bezeichnet keinen Entwurf."),
    StorageCode.DRAFT_DAMAGED: lambda: tr(
        "Der Entwurf „{name}“ ist beschädigt und kann nicht geöffnet werden."),
    StorageCode.BACKUP_TARGET_IS_FOLDER: lambda: tr(
        "„{path}“ ist ein Ordner; bitte geben Sie einen Dateinamen für die Sicherung an."),
    StorageCode.TARGET_EXISTS: lambda: tr(
        "„{path}“ gibt es schon; bitte wählen Sie einen anderen Namen."),
    StorageCode.FOLDER_MISSING: lambda: tr("Den Ordner „{folder}“ gibt es nicht."),
    StorageCode.BACKUP_INSIDE_VAULT: lambda: tr(
        "„{path}“ liegt im Ordner des Tresors; bitte wählen Sie einen Ort außerhalb."),
    StorageCode.SNAPSHOT_FAILED: lambda: tr(
        "Die Datenbank konnte nicht für die Sicherung kopiert werden; es wurde keine Sicherung "
        "geschrieben."),
    StorageCode.VAULT_CHANGED_DURING_BACKUP: lambda: tr(
        "Der Tresor hat sich während der Sicherung geändert (ein Anhang wurde endgültig "
        "gelöscht); bitte führen Sie die Sicherung noch einmal aus."),
    StorageCode.BACKUP_CHECK_FAILED: lambda: tr(
        "Die Sicherung hat die Prüfung nach dem Schreiben nicht bestanden ({problem}); sie "
        "wurde nicht behalten."),
    StorageCode.BACKUP_NOT_NOTED: lambda: tr(
        "Die Sicherung ist vollständig, aber der Tresor konnte sie nicht für die Erinnerung "
        "vermerken: {problem}."),
    StorageCode.COPY_OF_ANOTHER_VAULT: lambda: tr("Die Kopie gehört zu einem anderen Tresor."),
    StorageCode.BACKUP_FILE_MISSING: lambda: tr("Die Sicherungsdatei „{path}“ gibt es nicht."),
    StorageCode.BACKUP_IS_FOLDER: lambda: tr(
        "„{path}“ ist ein Ordner und keine Sicherungsdatei."),
    StorageCode.BACKUP_UNREADABLE: lambda: tr(
        "Die Sicherungsdatei „{path}“ kann nicht gelesen werden: {errno}."),
    StorageCode.NOT_A_BACKUP: lambda: tr("„{path}“ ist keine Sicherung von Vorfallbuch."),
    StorageCode.BACKUP_HEADER_LENGTH: lambda: tr(
        "Die Sicherung „{path}“ ist beschädigt (ihr Kopf ist nicht lesbar)."),
    StorageCode.BACKUP_HEADER_UNREADABLE: lambda: tr(
        "Die Sicherung „{path}“ ist beschädigt (ihr Kopf ist nicht lesbar)."),
    StorageCode.BACKUP_OTHER_VERSION: lambda: tr(
        "„{path}“ wurde von einer anderen Version von Vorfallbuch geschrieben."),
    StorageCode.BACKUP_RECOVERY_CODE_WRONG: lambda: tr(
        "Der Wiederherstellungscode öffnet diese Sicherung nicht."),
    StorageCode.BACKUP_UNKNOWN_USER: lambda: tr(
        "In dieser Sicherung gibt es keinen Benutzer „{name}“."),
    StorageCode.BACKUP_PASSPHRASE_WRONG: lambda: tr("Die Passphrase öffnet diese Sicherung nicht."),
    StorageCode.BACKUP_KEYSLOTS_DAMAGED: lambda: tr(
        "Die Sicherung ist beschädigt (ihre Schlüssel sind nicht lesbar)."),
    StorageCode.BACKUP_SEGMENT_DAMAGED: lambda: tr(
        "Die Sicherung ist ab Abschnitt {segment} beschädigt, unvollständig oder verändert."),
    StorageCode.BACKUP_UNEXPECTED_ENTRY: lambda: tr(
        "Die Sicherung enthält einen unerwarteten Eintrag; es wurde nichts wiederhergestellt."),
    StorageCode.BACKUP_DAMAGED: lambda: tr(
        "Die Sicherung ist beschädigt; es wurde nichts wiederhergestellt."),
    StorageCode.BACKUP_ARCHIVE_DAMAGED: lambda: tr(
        "Die Sicherung ist beschädigt; es wurde nichts wiederhergestellt."),
    StorageCode.BACKUP_INCOMPLETE: lambda: tr(
        "Die Sicherung ist unvollständig; es wurde nichts wiederhergestellt."),
    StorageCode.BACKUP_FILE_LIST_DAMAGED: lambda: tr(
        "Die Sicherung ist beschädigt; es wurde nichts wiederhergestellt."),
    StorageCode.BACKUP_OF_ANOTHER_VAULT: lambda: tr(
        "Die Datenbank in der Sicherung gehört zu einem anderen Tresor; es wurde nichts "
        "wiederhergestellt."),
    StorageCode.RESTORE_OVER_VAULT: lambda: tr(
        "Im Ordner „{folder}“ gibt es schon einen Tresor; er wird nur ersetzt, wenn Sie das "
        "ausdrücklich wählen (der alte wird dann beiseitegelegt)."),
    StorageCode.RESTORE_TARGET_NOT_EMPTY: lambda: tr(
        "„{path}“ ist weder ein leerer Ordner noch ein Tresor."),
    StorageCode.RESTORE_INSIDE_VAULT: lambda: tr(
        "„{path}“ liegt im Ordner eines Tresors; bitte wählen Sie einen Ort außerhalb."),
    StorageCode.RESTORE_CHECK_FAILED: lambda: tr(
        "Die Sicherung besteht die Prüfung nicht ({problem}); es wurde nichts wiederhergestellt."),
}

APP: dict[ErrorCode, Wording] = {
    AppCode.MALFORMED_ID: lambda: tr(
        "„{given}“ ist keine gültige Kennung (mindestens {minimum} Zeichen aus 0–9 und a–f)."),
    AppCode.NO_SUCH_ID: lambda: tr(
        "Der {kind} existiert nicht mehr (vielleicht an anderer Stelle gelöscht)."),
    AppCode.AMBIGUOUS_ID: lambda: tr(
        "Die Kennung „{given}“ passt zu {count} Einträgen; bitte geben Sie mehr Zeichen an."),
    AppCode.RECORD_UNREADABLE: lambda: tr(
        "Der {kind} enthält Angaben, die diese Version von Vorfallbuch nicht lesen kann; bitte "
        "aktualisieren Sie das Programm."),
    AppCode.OUT_NOT_WRITTEN: lambda: tr("„{path}“ kann nicht geschrieben werden: {errno}."),
    AppCode.EXTRACT_MISMATCH: lambda: tr(
        "Die gespeicherte Datei dieses Anhangs stimmt nicht mehr mit der bei der Aufnahme "
        "festgehaltenen Prüfsumme überein; es wurde nichts geschrieben."),
    AppCode.NOT_AN_OWNER: lambda: tr(
        "Benutzer und den Wiederherstellungscode verwalten nur Inhaber des Tresors."),
    AppCode.LAST_OWNER: lambda: tr(
        "„{name}“ ist der letzte Inhaber dieses Tresors und kann weder entfernt noch zum "
        "Mitarbeiter gemacht werden; machen Sie zuerst einen anderen Benutzer zum Inhaber."),
    AppCode.TIME_ZONE_MISSING: lambda: tr(
        "Die Zeitzonendaten fehlen, daher lässt sich das Datum nicht in deutsche Zeit "
        "umrechnen; bitte installieren Sie Vorfallbuch neu."),
}

# Input errors; {field} is the German label of the field the error is about (field_label).
INPUT: dict[ErrorCode, Wording] = {
    InputCode.MISSING: lambda: tr("{field} fehlt."),
    InputCode.EMPTY: lambda: tr("{field} darf nicht leer sein."),
    InputCode.TEXT_TOO_SHORT: lambda: tr("{field} ist zu kurz (mindestens {limit} Zeichen)."),
    InputCode.TEXT_TOO_LONG: lambda: tr("{field} ist zu lang (höchstens {limit} Zeichen)."),
    InputCode.TOO_FEW_ITEMS: lambda: tr("{field}: zu wenige Einträge (mindestens {limit})."),
    InputCode.TOO_MANY_ITEMS: lambda: tr("{field}: zu viele Einträge (höchstens {limit})."),
    InputCode.CONTROL_CHARACTERS: lambda: tr("{field} enthält Steuerzeichen."),
    InputCode.LINE_CONTROL_CHARACTERS: lambda: tr("{field} enthält Steuerzeichen."),
    InputCode.NOT_UTF8: lambda: tr("{field} enthält ungültige Zeichen."),
    InputCode.NEGATIVE: lambda: tr("{field} darf nicht negativ sein."),
    InputCode.NUMBER_TOO_SMALL: lambda: tr("{field} ist zu klein (mindestens {limit})."),
    InputCode.NUMBER_TOO_LARGE: lambda: tr("{field} ist zu groß."),
    InputCode.DECIMAL_PLACES: lambda: tr("{field}: höchstens {limit} Nachkommastellen."),
    InputCode.NOT_A_NUMBER: lambda: tr("{field}: keine gültige Zahl."),
    InputCode.NOT_ALLOWED: lambda: tr("{field}: Dieser Wert ist nicht vorgesehen."),
    InputCode.NOT_A_RECORD_ID: lambda: tr(
        "{field}: Das ist keine gültige Kennung eines Eintrags."),
    InputCode.UNKNOWN_FIELD: lambda: tr("{field} ist kein bekanntes Feld."),
    InputCode.NOT_A_DATE: lambda: tr("{field}: kein gültiges Datum."),
    InputCode.NOT_A_TIME: lambda: tr("{field}: keine gültige Uhrzeit."),
    InputCode.NOT_A_DATETIME: lambda: tr("{field}: kein gültiges Datum mit Uhrzeit."),
    InputCode.NOT_A_LIST: lambda: tr("{field} muss eine Liste sein."),
    InputCode.NOT_AN_OBJECT: lambda: tr("{field} hat nicht die erwartete Form."),
    InputCode.NOT_TEXT: lambda: tr("{field} muss ein Text sein."),
    InputCode.NOT_TRUE_OR_FALSE: lambda: tr("{field} muss „ja“ oder „nein“ sein."),
    InputCode.INVALID: lambda: tr("{field} ist ungültig."),
    InputCode.END_BEFORE_START: lambda: tr("{field} darf nicht vor dem Zeitpunkt liegen."),
    InputCode.PERSON_LINKED_TWICE: lambda: tr(
        "Dieselbe Person ist zweimal in derselben Rolle verknüpft."),
    InputCode.NOT_AN_EMAIL: lambda: tr("„{value}“ ist keine gültige E-Mail-Adresse."),
    InputCode.CONTACT_WITHOUT_NAME: lambda: tr(
        "Ein Kontakt braucht einen Namen oder eine Organisation."),
    InputCode.TIME_WITH_ZONE: lambda: tr("{field}: Bitte die Ortszeit ohne Zeitzone angeben."),
    InputCode.MISSING_LINK: lambda: tr("{field}: Ein verknüpfter Eintrag existiert nicht mehr."),
    InputCode.FIXED_FIELD: lambda: tr(
        "{field} beschreibt die Originaldatei und kann nicht geändert werden."),
    InputCode.PERIOD_ORDER: lambda: tr("Der Zeitraum beginnt nach seinem Ende."),
    InputCode.NOT_A_FILE: lambda: tr("„{path}“ existiert nicht oder ist keine Datei."),
    InputCode.FILE_NO_PERMISSION: lambda: tr(
        "„{path}“ kann nicht gelesen werden: dafür fehlt die Berechtigung."),
    InputCode.FILE_IS_FOLDER: lambda: tr("„{path}“ ist ein Ordner und keine Datei."),
    InputCode.FILE_UNREADABLE: lambda: tr("„{path}“ kann nicht gelesen werden: {errno}."),
    InputCode.OUT_EXISTS: lambda: tr(
        "„{path}“ gibt es schon; bitte wählen Sie einen anderen Namen."),
    InputCode.OUT_IS_FOLDER: lambda: tr(
        "„{path}“ ist ein Ordner; bitte geben Sie einen Dateinamen an."),
}

TEMPLATES: dict[ErrorCode, Wording] = {**STORAGE, **APP, **INPUT}


def render(exc: StorageError) -> str | None:
    """The German sentence for the error's code with its parameters, else None (a code this
    module does not know: intake's and export's, or a sentence not yet converted)."""
    wording = TEMPLATES.get(exc.code)
    if exc.code is StorageCode.DISK_FULL and not exc.params.get("needed"):
        wording = disk_full_unknown_need
    if wording is None:
        return None
    values = {name: _value(name, value) for name, value in exc.params.items()}
    if isinstance(exc, InvalidInputError):
        values["field"] = field_label(exc.field) if exc.field else tr("Eingabe")
    return wording().format(**values)


def disk_full_unknown_need() -> str:
    return tr("Der Datenträger von „{folder}“ ist voll (frei: {free}); schaffen Sie Platz "
              "oder wählen Sie einen anderen Ort; {action}.")


# -- the one entry point ----------------------------------------------------------------------
def _other(exc: BaseException) -> str | None:
    """A cancelled job, and the errors of intake and of the export, worded by their codes in
    their own modules (imported here: rare)."""
    from app.progress import Cancelled
    from ui.export.messages import export_sentence
    from ui.notices import intake_error

    if isinstance(exc, Cancelled):
        return tr("Der Vorgang wurde abgebrochen.")
    return intake_error(exc) or export_sentence(exc)


def describe(exc: BaseException) -> str:
    """One German sentence for a failure the user should see."""
    if isinstance(exc, OSError):
        return os_error(exc)
    sentence = render(exc) if isinstance(exc, StorageError) else None
    sentence = sentence or _other(exc)
    if sentence is not None:
        return sentence
    code = getattr(exc, "code", None)
    log.warning("error without a German sentence: %s: %s", type(exc).__name__,
                code.value if isinstance(code, ErrorCode) else exc)
    if isinstance(exc, InvalidInputError):  # at least which field to look at
        label = field_label(exc.field) if exc.field else tr("Eingabe")
        return INPUT[InputCode.INVALID]().format(field=label)
    if isinstance(exc, StorageError):
        return tr("Der Tresor konnte den Vorgang nicht ausführen; bitte versuchen Sie es noch "
                  "einmal.")
    return tr("Ein unerwarteter Fehler ist aufgetreten; bitte versuchen Sie es noch einmal "
              "(es wurde nichts halb gespeichert).")
