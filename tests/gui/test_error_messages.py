"""What the GUI says when something fails (ui.messages.describe): one German sentence for every
error the core can raise and for the OSError family, with the detail the user needs (a path, a
name, the German label of a field) and without English or an exception's class name. Most
errors are made for real against a temporary vault; the rest are built with the code and the
parameters the core raises them with (tests/gui/test_messages.py goes through every code)."""

from __future__ import annotations

import errno
import io
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.errors import (
    AmbiguousIdError,
    AppCode,
    ErrorCode,
    InputCode,
    InvalidInputError,
    NotDone,
    TimeZoneDataError,
)
from app.intake.codes import IntakeCode
from app.intake.errors import IntakeError, SandboxFailure, UnreadableFileError
from app.progress import Cancelled
from app.service import VaultService
from export.errors import ExportCode, ExportError
from storage import errors as storage_errors
from storage import recovery
from storage.blobstore import BlobStore
from storage.errors import (
    ConflictError,
    IntegrityError,
    LockedError,
    ReadOnlyError,
    RecordNotFoundError,
    SchemaError,
    StorageCode,
    StorageError,
)
from storage.fileio import FileOps, file_error
from storage.policy import check_passphrase
from storage.throttle import UnlockThrottledError
from storage.userbook import check_user_name
from storage.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, USER, storage_of
from ui.export.failure import export_error
from ui.messages import describe

# Words of the core's English that must never reach a German message ("was" is German too).
ENGLISH = re.compile(
    r"\b(the|is|not|no|cannot|can|were|there|already|vault|file|folder|error|denied|"
    r"such|directory|disk|full|medium|read-only|permission|permitted|writing|written|must|"
    r"please|exists|does|of|to|and|or|with|for|user|users|wrong|group|typo|occurred|"
    r"space|left|device|invalid|unexpected|failed|busy|locked|damaged|missing)\b",
    re.IGNORECASE)
CLASS_NAMES = {name for name in dir(storage_errors) if name.endswith("Error")} | {
    "OSError", "PermissionError", "FileNotFoundError", "IsADirectoryError", "FileExistsError",
    "NotADirectoryError", "InvalidInputError", "AmbiguousIdError", "UnlockThrottledError",
    "UnreadableFileError", "SandboxFailure", "IntakeError", "ExportError", "Cancelled",
    "TimeZoneDataError", "RuntimeError", "Exception"}


class Unworded(ErrorCode):
    BRAND_NEW = "brand_new_code"


def check_german(sentence: str, exc: BaseException, *details: str) -> None:
    """German, free of the English original and of class names, keeps `details`."""
    for detail in details:
        assert detail in sentence, f"{detail!r} is missing in {sentence!r}"
    rest = sentence
    for detail in sorted(details, key=len, reverse=True):
        rest = rest.replace(detail, "…")
    english = str(exc)
    assert not english or english not in sentence, sentence
    assert not {name for name in CLASS_NAMES if name in sentence}, sentence
    assert not ENGLISH.search(rest), f"English in {sentence!r}: {ENGLISH.findall(rest)}"
    assert "\n" not in sentence and sentence.endswith("."), sentence
    assert not re.search(r"[.!?]\s+[A-ZÄÖÜ]", rest), f"more than one sentence: {sentence!r}"


def raised(action: Callable[[], object]) -> BaseException:
    with pytest.raises(Exception) as info:  # each caller checks the type
        action()
    return info.value


# -- the vault, its folder and its users ------------------------------------------------------
def test_vault_folder_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("kein Ordner", encoding="utf-8")
    folder = blocker / "vault"
    exc = raised(lambda: Vault.create(folder, USER, PASSPHRASE, kdf=CHEAP_KDF))
    assert type(exc) is StorageError and exc.code is StorageCode.FOLDER_NOT_CREATED
    assert exc.params["errno"] == errno.ENOTDIR
    sentence = describe(exc)
    check_german(sentence, exc, str(folder))
    assert "kein Ordner" in sentence and "Not a directory" not in sentence


def test_vault_exists_and_vault_not_found(tmp_path: Path, created: tuple[Vault, str],
                                          vault_dir: Path) -> None:
    exc = raised(lambda: Vault.create(vault_dir, USER, PASSPHRASE, kdf=CHEAP_KDF))
    assert type(exc) is storage_errors.VaultExistsError
    check_german(describe(exc), exc, str(vault_dir))
    empty = tmp_path / "leer"
    empty.mkdir()
    exc = raised(lambda: Vault.open(empty))
    assert type(exc) is storage_errors.VaultNotFoundError
    check_german(describe(exc), exc, str(empty))


def test_damaged_database(tmp_path: Path) -> None:
    folder = tmp_path / "kaputt"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"kein SQLite" * 100)
    exc = raised(lambda: Vault.open(folder).users())
    assert isinstance(exc, StorageError)
    check_german(describe(exc), exc)


def test_attachment_folder_cleaned_up_by_another_program(tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    folder.mkdir()

    class Rival(FileOps):
        """Another program's cleanup removes each fresh temp file before it is locked."""

        def create(self, path: Path) -> int:
            fd = super().create(path)
            BlobStore(folder, bytes(32), 1).cleanup(set(), lambda _blob: False)
            return fd

    store = BlobStore(folder, bytes(32), 1, Rival())
    exc = raised(lambda: store.write("a" * 32, io.BytesIO(b"Drohbrief")))
    assert type(exc) is StorageError
    check_german(describe(exc), exc)
    assert describe(exc) == ("Der Ordner der Anhänge wird gerade von einem anderen Programm "
                             "aufgeräumt; der Anhang wurde nicht gespeichert, bitte gleich noch "
                             "einmal versuchen.")


def test_users_passphrases_and_recovery_codes(vault: Vault) -> None:
    cases: list[tuple[Callable[[], object], tuple[str, ...]]] = [
        (lambda: check_user_name(""), ()),
        (lambda: check_user_name("x" * 101), ("100",)),
        (lambda: check_user_name("Anna\x07"), ()),
        (lambda: vault.add_user(USER, "eine ganz andere passphrase", kdf=CHEAP_KDF), (USER,)),
        (lambda: check_passphrase("kurz", USER), ("12",)),
        (lambda: check_passphrase("a" * 20, USER), ()),
        (lambda: check_passphrase("x" * 2000, USER), ()),
        (lambda: recovery.parse("ABCD"), ("4",)),
        (lambda: recovery.parse("!" * 35), ("!",)),
    ]
    code = recovery.generate()[0]
    typo = code[:1] + ("1" if code[1] != "1" else "2") + code[2:]
    cases.append((lambda: recovery.parse(typo), ("1",)))
    for action, details in cases:
        exc = raised(action)
        assert isinstance(exc, StorageError), exc
        check_german(describe(exc), exc, *details)
    vault.lock()
    for action in (lambda: vault.unlock(USER, "falsche passphrase!"),
                   lambda: vault.unlock("Niemand Bekanntes", PASSPHRASE)):
        exc = raised(action)
        check_german(describe(exc), exc)
    exc = raised(lambda: vault.unlock("Niemand Bekanntes", PASSPHRASE))
    assert "Niemand Bekanntes" in describe(exc)
    exc = raised(lambda: vault.session())
    assert type(exc) is LockedError
    check_german(describe(exc), exc)


# -- records and attachments through the service ----------------------------------------------
def test_records(service: VaultService, tmp_path: Path) -> None:
    entry = service.add_incident({"title": "Drohbrief", "occurred": {"date": "2026-03-14"}})
    service.update_incident(entry.id, entry.value, entry.version)
    exc = raised(lambda: service.update_incident(entry.id, entry.value, entry.version))
    assert type(exc) is ConflictError
    check_german(describe(exc), exc)
    exc = raised(lambda: service.get_incident("0" * 32))
    assert type(exc) is RecordNotFoundError
    check_german(describe(exc), exc)
    ambiguous = AmbiguousIdError(AppCode.AMBIGUOUS_ID, kind="incident", given="abcd", count=2)
    check_german(describe(ambiguous), ambiguous, "abcd", "2")

    attachment = service.add_attachment_stream(entry.id, io.BytesIO(b"Hallo"), "brief.txt")
    existing = tmp_path / "schon-da.txt"
    existing.write_text("x", encoding="utf-8")
    exc = raised(lambda: service.extract_attachment(attachment.id, existing))
    check_german(describe(exc), exc, str(existing))
    nowhere = tmp_path / "fehlt" / "brief.txt"
    exc = raised(lambda: service.extract_attachment(attachment.id, nowhere))
    assert type(exc) is StorageError
    check_german(describe(exc), exc, str(nowhere))
    missing = tmp_path / "gibt-es-nicht.txt"
    exc = raised(lambda: service.add_attachment(entry.id, missing))
    check_german(describe(exc), exc, str(missing))
    for blob in (storage_of(service).folder / "attachments").rglob("*"):
        if blob.is_file():
            blob.unlink()
    exc = raised(lambda: service.extract_attachment(attachment.id, tmp_path / "neu.txt"))
    assert type(exc) is IntegrityError
    check_german(describe(exc), exc)
    malformed = IntegrityError(StorageCode.RECORD_MALFORMED, kind="incident", record_id="1234")
    check_german(describe(malformed), malformed)


@pytest.mark.parametrize(("data", "field", "label"), [
    ({"title": "", "occurred": {"date": "2026-03-14"}}, "title", "Titel"),
    ({"title": "x" * 301, "occurred": {"date": "2026-03-14"}}, "title", "Titel"),
    ({"title": "A\x07", "occurred": {"date": "2026-03-14"}}, "title", "Titel"),
    ({"title": "A", "occurred": {"date": "2026-13-40"}}, "occurred", "Zeitpunkt"),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "occurred_to": {"date": "2026-03-01"}},
     "occurred_to", "Ende"),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "damage_eur": "-5"}, "damage_eur",
     "Schaden (EUR)"),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "damage_eur": "viel"}, "damage_eur",
     "Schaden (EUR)"),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "channel": "brieftaube"}, "channel",
     "Kanal"),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "related": ["xyz"]}, "related",
     "Verwandte Vorfälle"),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "unbekannt": 1}, "unbekannt", ""),
    ({"title": "A", "occurred": {"date": "2026-03-14"}, "related": ["a" * 32]}, "related",
     "Verwandte Vorfälle"),
])
def test_invalid_incident_input(service: VaultService, data: dict[str, object], field: str,
                                label: str) -> None:
    exc = raised(lambda: service.add_incident(data))
    assert isinstance(exc, InvalidInputError) and exc.field.startswith(field), exc
    sentence = describe(exc)
    check_german(sentence, exc, *([label] if label else [field]))
    if label:
        assert not re.search(rf"\b{field}\b", sentence), sentence


@pytest.mark.parametrize(("data", "details"), [
    ({"kind": "suspect"}, ()),
    ({"kind": "suspect", "name": "Max", "emails": ["kein-at-zeichen"]}, ("kein-at-zeichen",)),
])
def test_invalid_contact_input(service: VaultService, data: dict[str, object],
                               details: tuple[str, ...]) -> None:
    exc = raised(lambda: service.add_person(data))
    assert isinstance(exc, InvalidInputError)
    check_german(describe(exc), exc, *details)


@pytest.mark.parametrize(("exc", "details"), [
    (InvalidInputError(InputCode.TIME_WITH_ZONE, "occurred", kind="incident"), ("Zeitpunkt",)),
    (InvalidInputError(InputCode.FIXED_FIELD, "sha256", kind="attachment"), ("SHA-256",)),
    (InvalidInputError(InputCode.FILE_IS_FOLDER, "file", path=Path("/tmp/a b.txt")),
     ("/tmp/a b.txt",)),
    (InvalidInputError(InputCode.NOT_A_FILE, "file", path=Path("/tmp/a.txt")), ("/tmp/a.txt",)),
    (InvalidInputError(InputCode.FILE_NO_PERMISSION, "file", path=Path("/tmp/a.txt")),
     ("/tmp/a.txt", "Berechtigung")),
    (InvalidInputError(InputCode.FILE_UNREADABLE, "file", path=Path("/tmp/a.txt"),
                       errno=errno.EIO, strerror="Input/output error"),
     ("/tmp/a.txt", "Lese- oder Schreibfehler")),
    (InvalidInputError(InputCode.OUT_IS_FOLDER, "out", path=Path("/tmp/x.pdf")),
     ("/tmp/x.pdf",)),
    (InvalidInputError(InputCode.OUT_EXISTS, "out", path=Path("/tmp/x.pdf")), ("/tmp/x.pdf",)),
    (InvalidInputError(InputCode.PERIOD_ORDER, "date_from"), ("Zeitraum",)),
    (InvalidInputError(InputCode.MISSING_LINK, "persons", kind="incident", target="person",
                       record_id="ab" * 16), ("Personen",)),
    (InvalidInputError(InputCode.NOT_ALLOWED, "channel", kind="incident",
                       allowed="'email' or 'letter'"), ("Kanal",)),
    (IntakeError(IntakeCode.PATH_IS_FOLDER, path="/tmp/a b.txt"), ("/tmp/a b.txt",)),
    (IntakeError(IntakeCode.PATH_MISSING, path="/tmp/a.txt"), ("/tmp/a.txt",)),
    (IntakeError(IntakeCode.PATH_NO_PERMISSION, path="/tmp/a.txt"), ("/tmp/a.txt",)),
    (ExportError(ExportCode.OUT_IS_FOLDER, path="/tmp/x.pdf"), ("Dateinamen",)),
    (ExportError(ExportCode.OUT_FOLDER_MISSING, folder="/tmp/nix"), ("Ordner",)),
    (ExportError(ExportCode.OUT_IN_VAULT, path="/v/x.pdf", folder="/v"), ("Tresors",)),
    (IntakeError(IntakeCode.NOT_AN_EMAIL_ATTACHMENT, attachment="1234abcd"), ()),
    (IntakeError(IntakeCode.PART_NEGATIVE), ()),
    (IntakeError(IntakeCode.PART_NOT_EXTRACTED, index=3,
                 reason=SandboxFailure(IntakeCode.READER_FLOOD).notice), ("3",)),
    (ExportError(ExportCode.PASSWORD_EMPTY), ("Passwort",)),
    # A code no wording knows (a newer core's) still names the field.
    (InvalidInputError(Unworded.BRAND_NEW, "recipient"), ("Empfänger",)),
])
def test_input_errors(exc: StorageError, details: tuple[str, ...]) -> None:
    check_german(describe(exc), exc, *details)


# -- storage errors that only a broken disk or another program produce ------------------------
def _from_os_error(error: OSError, action: NotDone) -> StorageError:
    try:
        raise error
    except OSError as exc:
        return file_error(exc, action, folder=Path("/daten/Sicherungen"), needed=4096)


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EROFS, "Read-only file system"),
    PermissionError(errno.EACCES, "Permission denied"),
    OSError(errno.EIO, "Input/output error"),
])
@pytest.mark.parametrize("action", list(NotDone))
def test_file_operation_sentences(error: OSError, action: NotDone) -> None:
    exc = _from_os_error(error, action)
    sentence = describe(exc)
    check_german(sentence, exc)
    assert sentence.endswith(describe(StorageError(
        StorageCode.DISK_FULL, folder=Path("/daten"), free=0, needed=0,
        action=action)).split("; ")[-1])
    assert "/daten/Sicherungen" in sentence  # the target is named


@pytest.mark.parametrize("number", [errno.ENOENT, errno.ENODEV, errno.ENXIO])
def test_a_vanished_target_is_named(number: int) -> None:
    exc = _from_os_error(OSError(number, "gone"), NotDone.NO_BACKUP_WRITTEN)
    assert exc.code is StorageCode.TARGET_VANISHED
    assert describe(exc) == ("Der Ort „/daten/Sicherungen“ ist nicht mehr erreichbar (entfernt "
                             "oder getrennt); es wurde keine Sicherung geschrieben.")


def test_the_reason_of_a_file_error_comes_from_its_errno() -> None:
    exc = _from_os_error(OSError(errno.EIO, "Input/output error"), NotDone.NOTHING_SAVED)
    assert exc.code is StorageCode.FILE_ERROR and exc.params["errno"] == errno.EIO
    assert describe(exc) == ("Ein Dateizugriff in „/daten/Sicherungen“ ist fehlgeschlagen (der "
                             "Datenträger meldet einen Lese- oder Schreibfehler); es wurde "
                             "nichts gespeichert.")


@pytest.mark.parametrize("exc", [
    StorageError(StorageCode.VAULT_BUSY),
    StorageError(StorageCode.DATABASE_READ_ONLY),
    StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=0, needed=0,
                 action=NotDone.NOTHING_SAVED),
    StorageError(StorageCode.DATABASE_ERROR, sqlite_message="disk I/O error"),
    StorageError(StorageCode.FOLDER_UNUSABLE, folder=Path("/x/tresor"), errno=errno.EIO,
                 strerror="Input/output error"),
    StorageError(AppCode.OUT_NOT_WRITTEN, path=Path("/x/out.txt"), errno=errno.ENOENT,
                 strerror="No such file or directory"),
    SchemaError(StorageCode.NEWER_SCHEMA, schema=9),
    SchemaError(StorageCode.MIGRATION_NEEDS_WRITING),
    SchemaError(StorageCode.NOT_A_VAULT),
    ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.ATTACHMENT_NOT_STORED),
    IntegrityError(StorageCode.ATTACHMENT_SEGMENT_DAMAGED, attachment_id="1234", segment=3),
    storage_errors.RecoveryCodeError(StorageCode.RECOVERY_CODE_FOREIGN),
    storage_errors.UserManagementError(StorageCode.LAST_USER),
    UnlockThrottledError(seconds=29.2),
    StorageError(StorageCode.BACKUP_CHECK_FAILED, problem=IntegrityError(
        StorageCode.ATTACHMENT_MISMATCH, attachment_id="1234")),
    UnreadableFileError(IntakeCode.EMPTY_FILE),
    SandboxFailure(IntakeCode.READER_TIMEOUT, seconds=60.0),
    Cancelled(),
])
def test_storage_and_intake_sentences(exc: BaseException) -> None:
    check_german(describe(exc), exc)


@pytest.mark.usefixtures("without_tz_database")
def test_missing_time_zone_data_is_said_in_german() -> None:
    from app.intake.prefill import berlin

    exc = raised(berlin)
    assert isinstance(exc, TimeZoneDataError)
    sentence = describe(exc)
    check_german(sentence, exc)
    assert sentence.startswith("Die Zeitzonendaten fehlen")


def test_details_from_storage_errors() -> None:
    assert "/x/tresor" in describe(StorageError(
        StorageCode.FOLDER_UNUSABLE, folder=Path("/x/tresor"), errno=errno.EIO,
        strerror="Input/output error"))
    assert "30" in describe(UnlockThrottledError(seconds=29.2))
    assert describe(storage_errors.WrongPassphraseError(
        StorageCode.WRONG_PASSPHRASE_WAIT, user=USER, seconds=30.0)) == (
        "Die Passphrase ist falsch; der nächste Versuch ist in 30 Sekunden möglich.")


# -- OSError itself ----------------------------------------------------------------------------
@pytest.mark.parametrize("error", [
    PermissionError(errno.EACCES, "Permission denied", "/daten/brief.pdf"),
    PermissionError(errno.EPERM, "Operation not permitted", "/daten/brief.pdf"),
    FileNotFoundError(errno.ENOENT, "No such file or directory", "/daten/brief.pdf"),
    IsADirectoryError(errno.EISDIR, "Is a directory", "/daten/brief.pdf"),
    NotADirectoryError(errno.ENOTDIR, "Not a directory", "/daten/brief.pdf"),
    FileExistsError(errno.EEXIST, "File exists", "/daten/brief.pdf"),
    OSError(errno.ENOSPC, "No space left on device", "/daten/brief.pdf"),
    OSError(errno.EROFS, "Read-only file system", "/daten/brief.pdf"),
    OSError(errno.ENAMETOOLONG, "File name too long", "/daten/brief.pdf"),
    OSError(errno.EIO, "Input/output error", "/daten/brief.pdf"),
    OSError(errno.EBUSY, "Device or resource busy", "/daten/brief.pdf"),
    OSError(errno.ENOTEMPTY, "Directory not empty", "/daten/brief.pdf"),
    OSError(errno.EMFILE, "Too many open files", "/daten/brief.pdf"),
    TimeoutError(errno.ETIMEDOUT, "Connection timed out", "/daten/brief.pdf"),
    OSError(errno.EXDEV, "Invalid cross-device link", "/daten/brief.pdf"),
])
def test_os_errors_name_the_path_and_the_reason(error: OSError) -> None:
    sentence = describe(error)
    check_german(sentence, error, "/daten/brief.pdf")
    assert error.strerror not in sentence


def test_os_errors_without_a_path_and_for_real(tmp_path: Path) -> None:
    bare = OSError(errno.ENOSPC, "No space left on device")
    check_german(describe(bare), bare)
    check_german(describe(OSError("something odd")), OSError("something odd"))
    blocker = tmp_path / "datei.txt"
    blocker.write_text("x", encoding="utf-8")
    exc = raised(lambda: (blocker / "neu.txt").write_text("y", encoding="utf-8"))
    assert isinstance(exc, NotADirectoryError)
    check_german(describe(exc), exc, str(blocker / "neu.txt"))
    long_name = tmp_path / ("n" * 300)
    exc = raised(lambda: long_name.write_text("y", encoding="utf-8"))
    check_german(describe(exc), exc, str(long_name))


def test_different_reasons_for_different_errors() -> None:
    reasons = {describe(OSError(code, "x", "/a")) for code in (
        errno.EACCES, errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.ENOSPC, errno.EROFS,
        errno.ENAMETOOLONG)}
    assert len(reasons) == 7


# -- what nothing knows: German on screen, the code in the log ----------------------------------
class Unworded(ErrorCode):
    """A code no front end has a wording for (as intake's and export's are to ui/messages)."""

    BRAND_NEW = "brand_new", "path"


def test_unknown_errors_are_logged_not_shown(caplog: pytest.LogCaptureFixture) -> None:
    for exc, logged in ((RuntimeError("The widget exploded in an unexpected way."),
                         "The widget exploded"),
                        (StorageError(Unworded.BRAND_NEW, path="/geheim/brief.pdf"), "brand_new"),
                        (KeyError("title"), "title")):
        with caplog.at_level(logging.WARNING, logger="ui.messages"):
            sentence = describe(exc)
        check_german(sentence, exc)
        assert sentence.startswith(("Ein unerwarteter Fehler ist aufgetreten; bitte",
                                    "Der Tresor konnte den Vorgang nicht ausführen; bitte"))
        assert logged in caplog.text
        assert "/geheim" not in caplog.text  # a code's parameters can be personal data
        caplog.clear()


def test_english_ui_gets_english_sentences(qapp: QApplication) -> None:
    from ui.app import install_translation

    translator = install_translation(qapp, "en")
    assert translator is not None
    try:
        sentence = describe(NotADirectoryError(errno.ENOTDIR, "Not a directory", "/a/b"))
        assert sentence == "Access to ‘/a/b’ failed: part of the path is a file, not a folder."
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("code", [errno.EIO, errno.ENOSPC, errno.ETIMEDOUT, errno.EACCES])
def test_the_systems_reason_for_an_unreadable_file_comes_in_german(code: int) -> None:
    # IntakeService passes the OSError's errno (and its English strerror, for the CLI); the
    # attachment panel quotes strerror; the GUI says the reason in German and keeps the path.
    from ui.attachments.intake import FileProblem
    from ui.attachments.panel_parts import failure_reason

    path = "/home/bm/Drohbrief.pdf"
    exc = IntakeError(IntakeCode.PATH_UNREADABLE, path=path, errno=code,
                      strerror=os.strerror(code))
    check_german(describe(exc), exc, path)
    assert os.strerror(code) not in describe(exc)
    problem = FileProblem("unreadable", os.strerror(code))
    check_german(failure_reason(problem), problem)


@pytest.mark.parametrize("exc", [
    OSError(errno.ENOSPC, "No space left on device", "/daten/dossier.pdf"),
    StorageError(StorageCode.DISK_FULL, folder=Path("/daten"), free=0, needed=0,
                 action=NotDone.NOTHING_SAVED),
    ReadOnlyError(StorageCode.VAULT_READ_ONLY, action=NotDone.NOTHING_SAVED),
    LockedError(),
])
def test_a_failed_export_says_so_in_one_sentence(exc: BaseException) -> None:
    sentence = export_error(exc)
    details = ("/daten/dossier.pdf",) if isinstance(exc, OSError) else ()
    check_german(sentence, exc, *details)
    assert sentence.startswith("Es wurde keine Datei geschrieben: ")
