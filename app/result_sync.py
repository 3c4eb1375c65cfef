"""Sending the outbox to the hub in batches, with backoff and jitter, whenever it can be reached."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.errors import ClassroomError
from app.hub_client import HubClient
from app.outbox import Outbox
from app.repeater import Repeater

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

BATCH = 200
BACKOFF_SECONDS = (2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class ResultSync(QObject):
    """Owns the outbox's sending state. Must be used in the event loop."""

    state_changed = Signal()

    def __init__(self, outbox: Outbox, client: HubClient) -> None:
        super().__init__()
        self._outbox = outbox
        self._client = client
        self._waiting = outbox.count()
        self._last_try: datetime | None = None
        self._problem = ""
        self._repeater = Repeater(self.send_all, None, BACKOFF_SECONDS)

    @property
    def waiting(self) -> int:
        """Answers kept on this PC that the hub has not acknowledged yet."""
        return self._waiting

    @property
    def last_try(self) -> datetime | None:
        return self._last_try

    @property
    def problem(self) -> str:
        """Why the last try failed, in the user's language; "" when it did not."""
        return self._problem

    def _set(self, problem: str) -> None:
        with contextlib.suppress(sqlite3.OperationalError):  # a busy database: keep the last count
            self._waiting = self._outbox.count()
        self._problem, self._last_try = problem, datetime.now()
        self.state_changed.emit()

    def answer_queued(self) -> None:
        """A new answer is in the outbox: count it and send soon."""
        self._waiting += 1
        self.state_changed.emit()
        self._repeater.wake()

    def send_soon(self) -> None:
        self._repeater.wake()

    async def send_all(self, progress: Callable[[int], None] | None = None) -> bool:
        """Send batches until the outbox is empty (True) or a try fails (False, with the reason kept).

        progress: called after each batch with how many answers the hub has acknowledged so far.
        """
        sent = 0
        try:
            while batch := self._outbox.batch(BATCH):
                receipt = await self._client.post_results(batch)
                acknowledged = [item["id"] for item in batch if receipt.get(item["id"]) in ("stored", "duplicate")]
                self._outbox.acknowledge(acknowledged)
                sent += len(acknowledged)
                if progress is not None:
                    progress(sent)
                if len(acknowledged) < len(batch):
                    logger.warning("hub acknowledged %d of %d answers", len(acknowledged), len(batch))
                    self._set(translate("sync", "The hub did not confirm every answer; they stay on this PC."))
                    return False
        except ClassroomError as e:
            self._set(str(e))
            return False
        except sqlite3.OperationalError as e:
            logger.warning("outbox: %s", e)
            self._set(
                translate(
                    "sync",
                    "The answers database on this PC is busy or the disk is full ({error}). Nothing is"
                    " lost; it will be tried again.",
                ).format(error=e)
            )
            return False
        self._set("")
        return True

    def start(self) -> None:
        """Send whenever answers wait: at once, and with backoff and jitter while the hub fails."""
        self._repeater.start()

    async def stop(self) -> None:
        await self._repeater.stop()
        await self._client.close()
