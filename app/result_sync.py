"""Sending the outbox to the hub in batches, with backoff and jitter, whenever it can be reached."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.errors import BatchRefused
from app.hub_client import HubClient
from app.outbox import Outbox
from app.repeater import Repeater
from media.errors import ClassroomError
from protocol.http.results import Result

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
        self._set_aside_count = outbox.set_aside_count()
        self._last_try: datetime | None = None
        self._problem = ""
        self._repeater = Repeater(self.send_all, None, BACKOFF_SECONDS)

    @property
    def waiting(self) -> int:
        """Answers kept on this PC that the hub has not acknowledged yet."""
        return self._waiting

    @property
    def set_aside(self) -> int:
        """Answers the hub refused: kept on this PC with its reason, no longer sent."""
        return self._set_aside_count

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

        An answer the hub refuses is set aside with the hub's reason and the rest go on.
        progress: called after each batch with how many answers the hub has acknowledged so far.
        """
        sent = 0
        try:
            while batch := self._outbox.batch(BATCH):
                acknowledged, whole = await self._send(batch)
                sent += acknowledged
                if progress is not None:
                    progress(sent)
                if not whole:
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

    async def _send(self, batch: list[Result]) -> tuple[int, bool]:
        """Send one batch; returns how many answers the hub acknowledged, and False when it left some
        unanswered for (they stay in the outbox).

        An answer the hub refuses is set aside. A hub that refuses the whole batch names the answer
        at fault (a hub of an older version) or not (a body too large, say): the one named is set
        aside and the others wait for the next batch; else the batch is halved and each half sent,
        down to single answers, so at most about 2 * log2(BATCH) tries find one bad answer.
        """
        try:
            receipt = await self._client.post_results(batch)
        except BatchRefused as e:
            if e.item is not None and e.item < len(batch):
                self._set_aside(batch[e.item].id, e.detail)
                return 0, True
            if len(batch) == 1:
                self._set_aside(batch[0].id, e.detail)
                return 0, True
            half = len(batch) // 2
            first, first_whole = await self._send(batch[:half])
            second, second_whole = await self._send(batch[half:])
            return first + second, first_whole and second_whole
        replies = [(item.id, receipt.get(item.id)) for item in batch]
        acknowledged = [i for i, reply in replies if reply is not None and reply.status in ("stored", "duplicate")]
        self._outbox.acknowledge(acknowledged)
        refused = [(i, reply.reason or "") for i, reply in replies if reply is not None and reply.status == "refused"]
        for answer_id, reason in refused:
            self._set_aside(answer_id, reason)
        if len(acknowledged) + len(refused) < len(batch):
            logger.warning("hub acknowledged %d of %d answers", len(acknowledged), len(batch))
            return len(acknowledged), False
        return len(acknowledged), True

    def _set_aside(self, answer_id: str, reason: str) -> None:
        logger.warning("the hub refused answer %s: %s; it is set aside on this PC", answer_id, reason)
        self._outbox.set_aside(answer_id, reason)
        self._set_aside_count += 1

    def start(self) -> None:
        """Send whenever answers wait: at once, and with backoff and jitter while the hub fails."""
        self._repeater.start()

    async def stop(self) -> None:
        await self._repeater.stop()
