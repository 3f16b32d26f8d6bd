"""One German sentence (through tr()) for each failure the core reports; the core speaks English
for the CLI. Details the user needs (a path, a name, a number) are picked out of the English
sentence; why a file operation failed comes from the OSError behind it (`raise ... from None`
keeps it as `__context__`). A failure nothing here knows gets a general German sentence and its
English text goes to the log, never on screen."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.errors import AmbiguousIdError, InvalidInputError, TimeZoneDataError
from storage.errors import (
    ConflictError,
    IntegrityError,
    LockedError,
    PassphrasePolicyError,
    ReadOnlyError,
    RecordNotFoundError,
    RecoveryCodeError,
    SchemaError,
    StorageError,
    UnknownUserError,
    UserManagementError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from storage.throttle import UnlockThrottledError
from ui.file_errors import os_error, os_reason, strerror_reason

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_label(field: str) -> str:
    labels = {
        "title": tr("Titel"), "occurred": tr("Zeitpunkt"), "occurred_to": tr("Ende"),
        "discovered_on": tr("Kenntnis am"), "place": tr("Ort"), "municipality": tr("Gemeinde"),
        "platform": tr("Plattform"), "description": tr("Was ist passiert"),
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


def _os_error_behind(exc: BaseException) -> OSError | None:
    cause = exc.__cause__ or exc.__context__
    for _ in range(5):
        if cause is None or isinstance(cause, OSError):
            return cause
        cause = cause.__cause__ or cause.__context__
    return None


def _reason(exc: BaseException, strerror: str = "") -> str:
    """Why the file operation behind a core error failed: from the OSError the core caught,
    else from the English system text it quoted (strerror), else a general clause."""
    behind = _os_error_behind(exc)
    return os_reason(behind) if behind is not None else strerror_reason(strerror)


def _action(english: str) -> str:
    """What did not happen, for storage.fileio.os_error_message's sentences."""
    return {
        "the attachment was not stored": tr("der Anhang wurde nicht gespeichert"),
        "no dossier was written": tr("es wurde kein Dossier geschrieben"),
        "nothing was saved": tr("es wurde nichts gespeichert"),
        "the draft was not kept": tr("der Entwurf wurde nicht aufbewahrt"),
        "the draft was not removed": tr("der Entwurf wurde nicht entfernt"),
        "the drafts were not read": tr("die Entwürfe wurden nicht gelesen"),
    }.get(english, tr("es wurde nichts geändert"))


# -- the core's English sentences with details ------------------------------------------------
Row = tuple[type[BaseException], str, Callable[[], str]]  # type, pattern, German template
# The first row whose type matches and whose pattern matches the whole English sentence wins;
# its groups fill {0}, {1}, ... in order. A group named "reason" holds the system's English
# text and becomes the German reason, "action" becomes what did not happen, and the empty
# group "label" becomes the German name of the field an input error is about.
ROWS: list[Row] = [
    (VaultExistsError, r"There is already a vault in (.+?)(?:; .*)?\.",
     lambda: tr("Im Ordner „{0}“ gibt es schon einen Tresor.")),
    (VaultNotFoundError, r"There is no vault in (.+); create one with .*",
     lambda: tr("Im Ordner „{0}“ gibt es keinen Tresor.")),
    (StorageError, r"The vault folder (.+) cannot be created \((?P<reason>.*)\)\.",
     lambda: tr("Der Ordner „{0}“ für den Tresor kann nicht angelegt werden: {1}.")),
    (StorageError, r"The vault folder (.+) cannot be used \((?P<reason>.*)\)\.",
     lambda: tr("Der Ordner „{0}“ des Tresors kann nicht benutzt werden: {1}.")),
    (StorageError, r"'(.+)' cannot be written \((?P<reason>.*)\)\.",
     lambda: tr("„{0}“ kann nicht geschrieben werden: {1}.")),
    # storage.fileio.os_error_message
    (StorageError, r"The disk is full; (?P<action>.+)\.",
     lambda: tr("Der Datenträger ist voll; {0}.")),
    (StorageError, r"The medium is read-only; (?P<action>.+)\.",
     lambda: tr("Der Datenträger ist schreibgeschützt; {0}.")),
    (StorageError, r"Writing was not permitted; (?P<action>.+)\.",
     lambda: tr("Das Schreiben ist nicht erlaubt (fehlende Berechtigung); {0}.")),
    (StorageError, r"A file error occurred \((?P<reason>.*)\); (?P<action>.+)\.",
     lambda: tr("Ein Dateizugriff ist fehlgeschlagen ({0}); {1}.")),
    (StorageError, r"The attachment folder is being cleaned up by another program right now; "
                   r"(?P<action>.+)\.",
     lambda: tr("Der Ordner der Anhänge wird gerade von einem anderen Programm aufgeräumt; "
                "{0}, bitte gleich noch einmal versuchen.")),
    # storage.database
    (StorageError, r"The vault is busy with another program; .*", lambda: tr(
        "Der Tresor wird gerade von einem anderen Programm benutzt; bitte gleich noch einmal "
        "versuchen.")),
    (StorageError, r"The vault cannot be written \(read-only medium or folder\)\.", lambda: tr(
        "Der Tresor liegt auf einem schreibgeschützten Datenträger; es kann nichts gespeichert "
        "werden.")),
    (StorageError, r"The vault database reported an error: .*", lambda: tr(
        "Die Datenbank des Tresors hat einen Fehler gemeldet; es wurde nichts gespeichert.")),
    (SchemaError, r"This vault was made by a newer Vorfallbuch .*", lambda: tr(
        "Dieser Tresor stammt von einer neueren Version von Vorfallbuch; bitte aktualisieren "
        "Sie das Programm.")),
    (SchemaError, r"This vault needs an update of its format, .*", lambda: tr(
        "Das Format dieses Tresors muss aktualisiert werden, was auf einem schreibgeschützten "
        "Datenträger nicht geht; bitte kopieren Sie ihn zuerst in einen beschreibbaren "
        "Ordner.")),
    (SchemaError, r"This folder does not hold a readable Vorfallbuch vault\.",
     lambda: tr("In diesem Ordner liegt kein lesbarer Tresor von Vorfallbuch.")),
    (StorageError, r"The vault is read-only, so the export .*", lambda: tr(
        "Der Tresor ist schreibgeschützt, daher kann der Export nicht in seiner Historie "
        "vermerkt werden; es wurde nichts exportiert.")),
    # users, passphrases and the recovery code
    (RecoveryCodeError, r"Group (\d+) of the recovery code .*",
     lambda: tr("In Gruppe {0} des Wiederherstellungscodes ist ein Tippfehler.")),
    (RecoveryCodeError, r".* does not belong to this vault\.",
     lambda: tr("Dieser Wiederherstellungscode gehört nicht zu diesem Tresor.")),
    (RecoveryCodeError, r"The recovery code must have (\d+) groups of \d+ characters "
     r"\((\d+) in all\); (\d+) were entered\.", lambda: tr(
        "Der Wiederherstellungscode hat {0} Gruppen mit zusammen {1} Zeichen; eingegeben "
        "wurden {2}.")),
    (RecoveryCodeError, r"The recovery code contains characters it cannot hold: (.+)\.",
     lambda: tr("Der Wiederherstellungscode enthält Zeichen, die darin nicht vorkommen: {0}.")),
    (PassphrasePolicyError, r"The passphrase must have at least (\d+) characters; .*",
     lambda: tr("Die Passphrase muss mindestens {0} Zeichen haben; mehrere Wörter ohne "
                "Zusammenhang sind leicht zu merken und schwer zu erraten.")),
    (PassphrasePolicyError, r"The passphrase may have at most (\d+) characters\.",
     lambda: tr("Die Passphrase darf höchstens {0} Zeichen haben.")),
    (PassphrasePolicyError, r".* not valid text\.",
     lambda: tr("Die Passphrase enthält ungültige Zeichen.")),
    (PassphrasePolicyError, r"The passphrase repeats too few different characters; .*",
     lambda: tr("Die Passphrase wiederholt zu wenige verschiedene Zeichen; nehmen Sie mehrere "
                "Wörter.")),
    (PassphrasePolicyError, r"The passphrase is too easy to guess; .*",
     lambda: tr("Die Passphrase ist zu leicht zu erraten (sehr verbreitet oder Ihr Name); "
                "nehmen Sie mehrere Wörter, die nichts miteinander zu tun haben.")),
    (UnknownUserError, r"The vault has no user '(.+)'; .*",
     lambda: tr("Einen Benutzer „{0}“ gibt es in diesem Tresor nicht.")),
    (UserManagementError, r"There is already a user named '(.+)'\.",
     lambda: tr("Einen Benutzer „{0}“ gibt es schon.")),
    (UserManagementError, r"A user name must not be empty\.",
     lambda: tr("Der Benutzername darf nicht leer sein.")),
    (UserManagementError, r"A user name may have at most (\d+) characters\.",
     lambda: tr("Der Benutzername darf höchstens {0} Zeichen haben.")),
    (UserManagementError, r"A user name must not contain control characters\.",
     lambda: tr("Der Benutzername darf keine Steuerzeichen enthalten.")),
    (IntegrityError, r".*\battachment\b.*", lambda: tr(
        "Die gespeicherte Datei dieses Anhangs fehlt oder ist beschädigt; bitte führen Sie die "
        "Prüfung aus und stellen Sie den Tresor aus einer Sicherung wieder her.")),
    # input: the model's own checks (code "value_error"), then the service's about paths
    (InvalidInputError, r"(?P<label>).*must not be before occurred\.",
     lambda: tr("{0} darf nicht vor dem Zeitpunkt liegen.")),
    (InvalidInputError, r".*the same person is linked twice in the same role\.",
     lambda: tr("Dieselbe Person ist zweimal in derselben Rolle verknüpft.")),
    (InvalidInputError, r".*'(.*)' is not an e-mail address\.",
     lambda: tr("„{0}“ ist keine gültige E-Mail-Adresse.")),
    (InvalidInputError, r".*a contact needs a name or an organisation\.",
     lambda: tr("Ein Kontakt braucht einen Namen oder eine Organisation.")),
    (InvalidInputError, r"(?P<label>).*give the local time without a time zone\.",
     lambda: tr("{0}: Bitte die Ortszeit ohne Zeitzone angeben.")),
    (InvalidInputError, r"(?P<label>).*describes the original file and cannot be changed\.",
     lambda: tr("{0} beschreibt die Originaldatei und kann nicht geändert werden.")),
    (InvalidInputError, r"'(.+)' is not a readable file\.",
     lambda: tr("„{0}“ ist keine lesbare Datei.")),
    (InvalidInputError, r"'(.+)' does not exist or is not a file\.",
     lambda: tr("„{0}“ existiert nicht oder ist keine Datei.")),
    (InvalidInputError, r"'(.+)' is a folder, not a file\.",
     lambda: tr("„{0}“ ist ein Ordner und keine Datei.")),
    (InvalidInputError, r"'(.+)' cannot be read \((?P<reason>.*)\)\.",
     lambda: tr("„{0}“ kann nicht gelesen werden: {1}.")),
    (InvalidInputError, r"'(.+)' is a folder; give a file name.*\.",
     lambda: tr("„{0}“ ist ein Ordner; bitte geben Sie einen Dateinamen an.")),
    (InvalidInputError, r"The folder '(.+)' does not exist\.",
     lambda: tr("Den Ordner „{0}“ gibt es nicht.")),
    (StorageError, r"'(.+)' exists already; choose another name\.",
     lambda: tr("„{0}“ gibt es schon; bitte wählen Sie einen anderen Namen.")),
    (StorageError, r"'(.+)' is inside the vault in .+; choose a place outside it for .+\.",
     lambda: tr("„{0}“ liegt im Ordner des Tresors; bitte wählen Sie einen Ort außerhalb.")),
    (InvalidInputError, r"Attachment \w+ is not a readable e-mail\.",
     lambda: tr("Dieser Anhang ist keine lesbare E-Mail.")),
    (InvalidInputError, r"The part number must be 0 or more\.",
     lambda: tr("Die Nummer des Teils darf nicht negativ sein.")),
    (InvalidInputError, r"Part (\d+) could not be extracted: .*",
     lambda: tr("Teil {0} der E-Mail konnte nicht entnommen werden.")),
]


def _known(exc: BaseException) -> str | None:
    """The sentence of the first row for this error, with its details, else None."""
    text = str(exc)
    for kind, pattern, template in ROWS:
        found = re.fullmatch(pattern, text, re.DOTALL) if isinstance(exc, kind) else None
        if found is None:
            continue
        names = {index: name for name, index in found.re.groupindex.items()}
        values = []
        for index, value in enumerate(found.groups(), start=1):
            name = names.get(index)
            if name == "reason":
                value = _reason(exc, value)
            elif name == "action":
                value = _action(value)
            elif name == "label":
                field = getattr(exc, "field", "")
                value = field_label(field) if field else tr("Eingabe")
            values.append(value)
        return template().format(*values)
    return None


def _by_type(exc: BaseException) -> str | None:
    """The sentence for an error whose English text adds nothing the user needs."""
    if isinstance(exc, UnlockThrottledError):
        return tr("Zu viele falsche Passphrasen; bitte warten Sie {0} Sekunden.").format(
            int(exc.seconds + 0.999))
    fixed: list[tuple[type[BaseException] | tuple[type[BaseException], ...],
                      Callable[[], str]]] = [
        (WrongPassphraseError, lambda: tr("Die Passphrase ist falsch.")),
        (RecoveryCodeError, lambda: tr(
            "Der Wiederherstellungscode ist nicht vollständig oder enthält Tippfehler.")),
        (PassphrasePolicyError, lambda: tr("Die Passphrase ist zu schwach: mindestens 12 "
                                           "Zeichen, am besten mehrere Wörter, nicht Ihr Name.")),
        (ConflictError, lambda: tr(
            "Dieser Eintrag wurde inzwischen an anderer Stelle geändert, daher wurde Ihre "
            "Änderung nicht gespeichert; bitte laden Sie ihn neu und ändern Sie ihn erneut.")),
        (ReadOnlyError, lambda: tr("Der Tresor liegt auf einem schreibgeschützten "
                                   "Datenträger; es kann nichts gespeichert werden.")),
        ((RecordNotFoundError, AmbiguousIdError), lambda: tr(
            "Der Eintrag existiert nicht mehr (vielleicht an anderer Stelle gelöscht).")),
        (IntegrityError, lambda: tr(
            "Ein Eintrag ist beschädigt und kann nicht geöffnet werden; bitte führen Sie die "
            "Prüfung aus und stellen Sie ihn aus einer Sicherung wieder her.")),
        (LockedError, lambda: tr("Der Tresor ist gesperrt.")),
        (UnknownUserError, lambda: tr("Diesen Benutzer gibt es in diesem Tresor nicht.")),
        (UserManagementError, lambda: tr("Der Benutzername ist ungültig oder schon vergeben.")),
        (VaultExistsError, lambda: tr("Hier gibt es schon einen Tresor.")),
        (VaultNotFoundError, lambda: tr("Hier gibt es keinen Tresor.")),
        (SchemaError, lambda: tr("Die Datenbank des Tresors ist beschädigt oder gehört nicht zu "
                                 "Vorfallbuch; bitte stellen Sie sie aus einer Sicherung wieder "
                                 "her.")),
        (TimeZoneDataError, lambda: tr(
            "Die Zeitzonendaten fehlen, daher lässt sich das Datum nicht in deutsche Zeit "
            "umrechnen; bitte installieren Sie Vorfallbuch neu.")),
    ]
    return next((sentence() for kind, sentence in fixed if isinstance(exc, kind)), None)


# -- input that failed validation -------------------------------------------------------------
def invalid_input(exc: InvalidInputError) -> str:
    label = field_label(exc.field) if exc.field else tr("Eingabe")
    limit = exc.limit
    code = {"literal_error": "enum", "less_than_equal": "less_than",
            "greater_than": "greater_than_equal"}.get(exc.code, exc.code)
    if code.startswith(("int_", "float_", "decimal_")) and code != "decimal_max_places":
        code = "number"
    reasons = {
        "missing": tr("{0} fehlt.").format(label),
        "string_too_short": tr("{0} darf nicht leer sein.").format(label),
        "string_too_long": tr("{0} ist zu lang (höchstens {1} Zeichen).").format(label, limit),
        "control_characters": tr("{0} enthält Steuerzeichen.").format(label),
        "string_unicode": tr("{0} enthält ungültige Zeichen.").format(label),
        "too_long": tr("{0}: zu viele Einträge (höchstens {1}).").format(label, limit),
        "too_short": tr("{0}: zu wenige Einträge (mindestens {1}).").format(label, limit),
        "greater_than_equal": tr("{0} darf nicht negativ sein.").format(label) if not limit
        else tr("{0} ist zu klein (mindestens {1}).").format(label, limit),
        "less_than": tr("{0} ist zu groß.").format(label),
        "decimal_max_places": tr("{0}: höchstens zwei Nachkommastellen.").format(label),
        "number": tr("{0}: keine gültige Zahl.").format(label),
        "enum": tr("{0}: Dieser Wert ist nicht vorgesehen.").format(label),
        "record_id": tr("{0}: Das ist keine gültige Kennung eines Eintrags.").format(label),
        "extra_forbidden": tr("{0} ist kein bekanntes Feld.").format(label),
        "missing_link": tr("{0}: Ein verknüpfter Eintrag existiert nicht mehr.").format(label),
    }
    if code in reasons:
        return reasons[code]
    known = _known(exc)
    if known is not None:
        return known
    if "date" in exc.code or "time" in exc.code:
        return tr("{0}: kein gültiges Datum.").format(label)
    log.warning("input error without a German sentence: %s (%s)", exc.code or "-", exc)
    return tr("{0} ist ungültig.").format(label)


# -- the one entry point ----------------------------------------------------------------------
def _other(exc: BaseException) -> str | None:
    """Errors from intake and export that are not StorageErrors (imported here: rare)."""
    from app.intake.errors import UnreadableFileError
    from app.intake.runner import IntakeCancelled, SandboxFailure
    from export.dossier.model import Cancelled

    if isinstance(exc, IntakeCancelled | Cancelled):
        return tr("Der Vorgang wurde abgebrochen.")
    if isinstance(exc, UnreadableFileError | SandboxFailure):
        from ui.intake_texts import german_reason

        return german_reason(str(exc))
    return None


def describe(exc: BaseException) -> str:
    """One German sentence for a failure the user should see."""
    if isinstance(exc, InvalidInputError):
        return invalid_input(exc)
    if isinstance(exc, OSError):
        return os_error(exc)
    sentence = _known(exc) or _by_type(exc) or _other(exc)
    if sentence is not None:
        return sentence
    log.warning("error without a German sentence: %s: %s", type(exc).__name__, exc)
    if isinstance(exc, StorageError):
        return tr("Der Tresor konnte den Vorgang nicht ausführen; bitte versuchen Sie es noch "
                  "einmal.")
    return tr("Ein unerwarteter Fehler ist aufgetreten; bitte versuchen Sie es noch einmal "
              "(es wurde nichts halb gespeichert).")
