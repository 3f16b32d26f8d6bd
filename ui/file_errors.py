"""German reasons for failed file operations, by errno, for the end of a sentence (the core
passes an OSError's errno as a parameter of its error codes), and the sentence for an OSError
that reached the GUI (see ui/messages.py)."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("ui.messages")


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


# -- failed file operations -------------------------------------------------------------------
# (errno names, exception types, reason); Windows' sharing violation and too-long path first
OS_REASONS: list[tuple[tuple[str, ...], tuple[type[OSError], ...], Callable[[], str]]] = [
    (("EBUSY", "ETXTBSY", "win32", "win33"), (), lambda: tr(
        "die Datei wird gerade von einem anderen Programm benutzt")),
    (("ENOSPC", "EDQUOT"), (), lambda: tr("der Datenträger ist voll")),
    (("EROFS",), (), lambda: tr("der Datenträger ist schreibgeschützt")),
    (("EACCES", "EPERM"), (PermissionError,), lambda: tr("dafür fehlt die Berechtigung")),
    (("ENAMETOOLONG", "win206"), (), lambda: tr("der Name oder der Pfad ist zu lang")),
    (("ENOTDIR",), (NotADirectoryError,), lambda: tr(
        "ein Teil des Pfades ist eine Datei und kein Ordner")),
    (("EISDIR",), (IsADirectoryError,), lambda: tr("das ist ein Ordner und keine Datei")),
    (("ENOENT",), (FileNotFoundError,), lambda: tr(
        "die Datei oder der Ordner existiert nicht")),
    (("EEXIST",), (FileExistsError,), lambda: tr(
        "dort gibt es schon eine Datei oder einen Ordner dieses Namens")),
    (("ENOTEMPTY",), (), lambda: tr("der Ordner ist nicht leer")),
    (("EMFILE", "ENFILE"), (), lambda: tr("es sind zu viele Dateien gleichzeitig geöffnet")),
    (("EIO",), (), lambda: tr("der Datenträger meldet einen Lese- oder Schreibfehler")),
    (("ETIMEDOUT", "EHOSTDOWN", "ENETUNREACH", "ENODEV", "ENXIO", "ESTALE"), (TimeoutError,),
     lambda: tr("das Laufwerk antwortet nicht oder ist nicht verbunden")),
    (("EINVAL",), (), lambda: tr("der Name enthält Zeichen, die dort nicht erlaubt sind")),
]


def os_reason(exc: OSError) -> str:
    """Why a file operation failed: a German clause for the end of a sentence."""
    names = {errno.errorcode.get(exc.errno or -1, ""), f"win{getattr(exc, 'winerror', '')}"}
    for codes, kinds, reason in OS_REASONS:
        if names & set(codes) or isinstance(exc, kinds):
            return reason()
    log.warning("file error without a German reason: %s: %s", type(exc).__name__, exc)
    return tr("das Betriebssystem hat einen Fehler gemeldet")


def errno_reason(number: int | None) -> str:
    """Why a file operation failed, from the errno the core passed along."""
    return os_reason(OSError(number, "")) if number is not None else tr(
        "das Betriebssystem hat einen Fehler gemeldet")


def os_error(exc: OSError) -> str:
    """One sentence for an OSError that reached the GUI, with the path it names."""
    name = exc.filename
    path = os.fsdecode(name) if isinstance(name, str | bytes | os.PathLike) else ""
    if path:
        return tr("Der Zugriff auf „{0}“ ist fehlgeschlagen: {1}.").format(path, os_reason(exc))
    return tr("Ein Dateizugriff ist fehlgeschlagen: {0}.").format(os_reason(exc))

