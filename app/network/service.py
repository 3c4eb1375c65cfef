"""The network check as a service: the setup screen and `oo-classroom check-network` run it here."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.config import NetworkSettings
from app.hub_client import HubClient
from app.network.check import NetworkReport, check_network, load_last, save
from app.network.check_line import CheckLine

logger = logging.getLogger(__name__)


class NetworkCheckService(QObject):
    """Runs one check at a time, announces each line, and keeps the last report (also on disk).

    Must be used in the event loop.
    """

    started = Signal()
    line_added = Signal(object)
    """A CheckLine, as soon as it is known."""
    finished = Signal()

    def __init__(self, client: HubClient, network: NetworkSettings, data_dir: Path) -> None:
        super().__init__()
        self._client, self._network, self._data_dir = client, network, data_dir
        self._task: asyncio.Task[NetworkReport] | None = None
        self._running = False
        self._lines: list[CheckLine] = []
        self.last = load_last(data_dir)
        """The last finished check on this PC, None if there was none."""

    @property
    def running(self) -> bool:
        return self._running

    @property
    def lines(self) -> list[CheckLine]:
        """The lines of the check running now, else of the last one."""
        if self.running or self.last is None:
            return list(self._lines)
        return list(self.last.lines)

    def start(self) -> None:
        """Begin a check in the background (the button); nothing happens while one runs."""
        if not self.running and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self.run())

    async def run(self) -> NetworkReport:
        """Check everything, announcing each line; the report is saved as the last check."""
        self._lines = []
        self._running = True
        self.started.emit()
        try:
            async for line in check_network(self._client, self._network):
                self._lines.append(line)
                self.line_added.emit(line)
        finally:
            self._running = False
        report = NetworkReport(datetime.now(), self._client.url, tuple(self._lines))
        try:
            save(report, self._data_dir)
        except OSError as e:
            logger.warning("the network check could not be saved in %s: %s", self._data_dir, e)
        self.last = report
        self.finished.emit()
        return report

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
