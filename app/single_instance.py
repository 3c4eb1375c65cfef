"""One running client per user and data folder: a second start brings the first one's window forward.

Two clients over one data folder would fight over the camera, the sound devices and the
databases. A lock file in the data folder says who runs (QLockFile notices the lock of a process
that died); a local socket named after the folder lets a second start knock.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

KNOCK = b"show\n"
WAIT_MS = 1000


def _server_name(data_dir: Path) -> str:
    folder = str(data_dir.expanduser().resolve()).encode()
    return f"oo-classroom-{getpass.getuser()}-{hashlib.sha256(folder).hexdigest()[:16]}"


class SingleInstance(QObject):
    """The claim of this process on a data folder. Must be used in the Qt thread."""

    knocked = Signal()
    """Someone started the client again on this data folder: show the window."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / "oo-classroom.lock"))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._name = _server_name(data_dir)
        self._server: QLocalServer | None = None

    def claim(self, knock: bool = True) -> bool:
        """True when this process now owns the folder (or it cannot be made, which opening the
        databases then reports); else the owner runs, and was asked to show itself if knock."""
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if self._lock.tryLock(WAIT_MS):
            QLocalServer.removeServer(self._name)  # a socket left by a run that crashed
            self._server = QLocalServer(self)
            self._server.newConnection.connect(self._answer)
            if not self._server.listen(self._name):
                logger.warning("no local socket %s: %s", self._name, self._server.errorString())
            return True
        if not knock:
            return False
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(WAIT_MS):
            socket.write(KNOCK)
            socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(KNOCK.strip()):
            logger.info("started again on this data folder: showing the window")
            self.knocked.emit()
