"""German sentences for what the core reports (the core speaks English for the CLI).
Every string goes through tr() so the English translation can follow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import AmbiguousIdError, InvalidInputError
from storage.errors import (
    ConflictError,
    IntegrityError,
    LockedError,
    PassphrasePolicyError,
    ReadOnlyError,
    RecordNotFoundError,
    RecoveryCodeError,
    StorageError,
    UnknownUserError,
    UserManagementError,
    WrongPassphraseError,
)
from storage.throttle import UnlockThrottledError


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_label(field: str) -> str:
    labels = {
        "title": tr("Titel"), "occurred": tr("Zeitpunkt"), "occurred_to": tr("Ende"),
        "discovered_on": tr("Kenntnis am"), "place": tr("Ort"),
        "municipality": tr("Gemeinde"), "platform": tr("Plattform"),
        "description": tr("Was ist passiert"), "means": tr("Wie / womit"),
        "context": tr("Zusammenhang"), "targeted": tr("Betroffene"), "persons": tr("Personen"),
        "injury": tr("Verletzungen"), "damage_eur": tr("Schaden (EUR)"),
        "impact": tr("Folgen"), "own_reaction": tr("Eigene Reaktion"),
        "protective_measures": tr("Schutzmaßnahmen"), "tags": tr("Schlagworte"),
        "case": tr("Verfahrensstand"), "name": tr("Name"), "organisation": tr("Organisation"),
        "function": tr("Funktion"), "phones": tr("Telefon"), "emails": tr("E-Mail"),
        "address": tr("Anschrift"), "web": tr("Web"), "notes": tr("Notizen"),
        "kind": tr("Art"), "handles": tr("Online-Profile"), "vehicle_plates": tr("Kennzeichen"),
        "police_office": tr("Polizeidienststelle"),
        "police_case_number": tr("Tagebuch-/Vorgangsnummer"),
        "strafantrag_by": tr("Strafantrag durch"),
        "prosecutor_office": tr("Staatsanwaltschaft"), "aktenzeichen": tr("Aktenzeichen"),
        "categories": tr("Kategorien"), "place_kind": tr("Art des Ortes"),
        "channel": tr("Kanal"), "motivation": tr("Motivation"),
        "perpetrator_unknown": tr("Täter unbekannt"), "related": tr("Verwandte Vorfälle"),
        "review_on": tr("Überprüfen am"), "reported_on": tr("Angezeigt am"),
        "strafantrag_on": tr("Strafantrag am"), "outcome": tr("Ausgang"),
        "checked_on": tr("Geprüft am"), "source": tr("Quelle"),
    }
    parts = [p for p in field.split(".") if not p.isdigit()]
    for part in reversed(parts):
        if part in labels:
            return labels[part]
    return field


def invalid_input(exc: InvalidInputError) -> str:
    label = field_label(exc.field) if exc.field else tr("Eingabe")
    limit = exc.limit
    reasons = {
        "missing": tr("{0} fehlt.").format(label),
        "string_too_short": tr("{0} darf nicht leer sein.").format(label),
        "string_too_long": tr("{0} ist zu lang (höchstens {1} Zeichen).").format(label, limit),
        "control_characters": tr("{0} enthält Steuerzeichen.").format(label),
        "string_unicode": tr("{0} enthält ungültige Zeichen.").format(label),
        "too_long": tr("{0}: zu viele Einträge (höchstens {1}).").format(label, limit),
        "greater_than_equal": tr("{0} darf nicht negativ sein.").format(label),
        "decimal_max_places": tr("{0}: höchstens zwei Nachkommastellen.").format(label),
    }
    reasons["missing_link"] = tr("{0}: Ein verknüpfter Eintrag existiert nicht mehr.").format(
        label)
    if exc.code in reasons:
        return reasons[exc.code]
    if "date" in exc.code or "time" in exc.code:
        return tr("{0}: kein gültiges Datum.").format(label)
    return tr("{0} ist ungültig ({1}).").format(label, str(exc))


def describe(exc: BaseException) -> str:
    """One German sentence for a failure the user should see."""
    if isinstance(exc, InvalidInputError):
        return invalid_input(exc)
    if isinstance(exc, UnlockThrottledError):
        return tr("Zu viele falsche Passphrasen. Bitte warten Sie {0} Sekunden.").format(
            int(exc.seconds + 0.999))
    if isinstance(exc, WrongPassphraseError):
        return tr("Die Passphrase ist falsch.")
    if isinstance(exc, RecoveryCodeError):
        if "Group" in str(exc):
            group = "".join(c for c in str(exc).split("Group", 1)[1] if c.isdigit())[:2]
            return tr("In Gruppe {0} des Wiederherstellungscodes ist ein Tippfehler.").format(
                group)
        if "does not belong" in str(exc):
            return tr("Dieser Wiederherstellungscode gehört nicht zu diesem Tresor.")
        return tr("Der Wiederherstellungscode ist nicht vollständig oder enthält Tippfehler.")
    if isinstance(exc, PassphrasePolicyError):
        return tr("Die Passphrase ist zu schwach: mindestens 12 Zeichen, am besten mehrere "
                  "Wörter, nicht Ihr Name.")
    if isinstance(exc, ConflictError):
        return tr("Dieser Eintrag wurde inzwischen an anderer Stelle geändert. Ihre Änderung "
                  "wurde nicht gespeichert; bitte laden Sie ihn neu und ändern Sie ihn erneut.")
    if isinstance(exc, ReadOnlyError):
        return tr("Der Tresor liegt auf einem schreibgeschützten Datenträger; es kann nichts "
                  "gespeichert werden.")
    if isinstance(exc, RecordNotFoundError | AmbiguousIdError):
        return tr("Der Eintrag existiert nicht mehr (vielleicht an anderer Stelle gelöscht).")
    if isinstance(exc, IntegrityError):
        return tr("Ein Eintrag ist beschädigt und kann nicht geöffnet werden. Bitte führen Sie "
                  "die Prüfung aus und stellen Sie ihn aus einer Sicherung wieder her.")
    if isinstance(exc, LockedError):
        return tr("Der Tresor ist gesperrt.")
    if isinstance(exc, UnknownUserError):
        return tr("Diesen Benutzer gibt es in diesem Tresor nicht.")
    if isinstance(exc, UserManagementError):
        return tr("Der Benutzername ist ungültig oder schon vergeben.")
    if isinstance(exc, StorageError):
        text = str(exc)
        if "disk is full" in text:
            return tr("Der Datenträger ist voll; es wurde nichts gespeichert.")
        if "busy" in text:
            return tr("Der Tresor wird gerade von einem anderen Programm benutzt; bitte gleich "
                      "noch einmal versuchen.")
        return tr("Der Vorgang ist fehlgeschlagen: {0}").format(text)
    return tr("Ein unerwarteter Fehler ist aufgetreten ({0}). Es wurde nichts "
              "halb gespeichert.").format(type(exc).__name__)
