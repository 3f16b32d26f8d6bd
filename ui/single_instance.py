"""One app per vault: a second start on a vault that is already open brings the running
window to the front instead of opening a second writer that knows nothing of the first.

The running app holds a lock file named after the vault folder and the OS user
(app/paths.py) and listens on a local socket of the same name (a named pipe on Windows, a
socket file elsewhere, readable only by that user). A second start that cannot take the lock
connects and asks for "activate"; the first raises its window. QLockFile notices a lock left
by a crashed app (its process is gone) and takes it over, so a crash never keeps the vault
"open elsewhere". Another PC or another OS user is not seen here: that is the vault's own
lock's work (issue 15)."""

from __future__ import annotations

import enum
import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.paths import instance_name, runtime_dir

ACTIVATE = b"activate\n"
DONE = b"ok\n"
WAIT_MS = 2000

log = logging.getLogger(__name__)


class Claim(enum.Enum):
    CLAIMED = "claimed"  # this app has the vault now
    RAISED_OTHER = "raised_other"  # another app has it and was asked to come to the front
    OTHER_SILENT = "other_silent"  # another app has it but did not answer


class VaultClaim(QObject):
    """The claim of this app on the vault it shows (at most one at a time)."""

    activation_requested = Signal()  # another start on this vault: come to the front

    def __init__(self, parent: QObject | None = None, folder_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._dir = folder_dir
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self.folder: Path | None = None

    def claim(self, folder: Path) -> Claim:
        """Take the vault in `folder` (giving up the one held before, once the new one is
        taken), or find the app that has it and ask it to the front."""
        if self.folder is not None and instance_name(self.folder) == instance_name(folder):
            return Claim.CLAIMED
        name = instance_name(folder)
        where = self._dir if self._dir is not None else runtime_dir()
        try:
            where.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("no folder for the instance lock in %s; not guarded", where)
            return Claim.CLAIMED  # a missing temp folder must not keep the vault closed
        lock = QLockFile(str(where / f"{name}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            self.release()
            self._lock, self.folder = lock, folder
            self._listen(name)
            return Claim.CLAIMED
        if lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("instance lock %s: %s; not guarded", name, lock.error())
            return Claim.CLAIMED
        return Claim.RAISED_OTHER if _ask_to_activate(name) else Claim.OTHER_SILENT

    def _listen(self, name: str) -> None:
        QLocalServer.removeServer(name)  # a socket file a crashed app left (we hold the lock)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("instance socket %s: %s", name, server.errorString())
            return
        server.newConnection.connect(self._connected)
        self._server = server

    def _connected(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket | None = None) -> None:
        source = socket if socket is not None else self.sender()
        if not isinstance(source, QLocalSocket):
            return
        data = bytes(source.read(64).data())
        if data.startswith(ACTIVATE.strip()):
            log.info("another start asked for this vault: the window comes to the front")
            self.activation_requested.emit()
            source.write(DONE)  # the answer that tells the other start this app is alive
            source.flush()
        source.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.folder = None


def _ask_to_activate(name: str) -> bool:
    """Ask the app holding the vault to come to the front; True once it answered. A socket
    can be connected to and written to while the app behind it is frozen (the system queues
    both), so only the answer tells that it is alive. Events are processed while waiting:
    the answer may come from this very process (tests run two controllers in one)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    answer = b""
    deadline = time.monotonic() + WAIT_MS / 1000
    while DONE not in answer and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if socket.waitForReadyRead(20) or socket.bytesAvailable():
            answer += bytes(socket.readAll().data())
        elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            break
    socket.abort()
    return DONE in answer
