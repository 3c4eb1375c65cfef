"""Sending the outboxes to the hub in batches, with backoff and jitter, whenever it can be reached: the answers,
then the progress events (app/progress_outbox.py), each through the same batch, acknowledgement and set-aside."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.errors import BatchRefused
from app.hub_client import HubClient
from app.outbox import Outbox
from app.progress_outbox import ProgressOutbox
from app.repeater import Repeater
from media.errors import ClassroomError
from protocol.http.results import Receipt

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

BATCH = 200
BACKOFF_SECONDS = (2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class Item(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=Item)


class Waiting(Protocol[T]):
    """An outbox: Outbox (answers) or ProgressOutbox (progress events)."""

    def count(self) -> int: ...
    def set_aside_count(self) -> int: ...
    def batch(self, limit: int) -> list[T]: ...
    def acknowledge(self, ids: list[str]) -> None: ...
    def set_aside(self, item_id: str, reason: str) -> None: ...


@dataclass
class Lane(Generic[T]):
    """One outbox and the request that hands its items to the hub."""

    outbox: Waiting[T]
    post: Callable[[Sequence[T]], Awaitable[dict[str, Receipt] | None]]
    """What the hub did with each item; None: the hub has no such request (it is older), the items wait."""
    waiting: int = 0
    set_aside: int = 0


class ResultSync(QObject):
    """Owns the outboxes' sending state. Must be used in the event loop.

    progress: the progress events' outbox, sent after the answers (None: answers only).
    """

    state_changed = Signal()

    def __init__(self, outbox: Outbox, client: HubClient, progress: ProgressOutbox | None = None) -> None:
        super().__init__()
        self._answers = Lane(outbox, client.post_results, outbox.count(), outbox.set_aside_count())
        self._progress = (
            None
            if progress is None
            else Lane(progress, client.post_progress, progress.count(), progress.set_aside_count())
        )
        self._last_try: datetime | None = None
        self._problem = ""
        self._repeater = Repeater(self.send_all, None, BACKOFF_SECONDS)

    @property
    def waiting(self) -> int:
        """Answers kept on this PC that the hub has not acknowledged yet."""
        return self._answers.waiting

    @property
    def set_aside(self) -> int:
        """Answers the hub refused: kept on this PC with its reason, no longer sent."""
        return self._answers.set_aside

    @property
    def progress_waiting(self) -> int:
        """Progress events kept on this PC that the hub has not acknowledged yet."""
        return 0 if self._progress is None else self._progress.waiting

    @property
    def progress_set_aside(self) -> int:
        """Progress events the hub refused: kept on this PC with its reason, no longer sent."""
        return 0 if self._progress is None else self._progress.set_aside

    @property
    def last_try(self) -> datetime | None:
        return self._last_try

    @property
    def problem(self) -> str:
        """Why the last try failed, in the user's language; "" when it did not."""
        return self._problem

    def _lanes(self) -> list[Lane[Item]]:
        return [self._answers] if self._progress is None else [self._answers, self._progress]  # type: ignore[list-item]

    def _set(self, problem: str) -> None:
        with contextlib.suppress(sqlite3.OperationalError):  # a busy database: keep the last counts
            for lane in self._lanes():
                lane.waiting = lane.outbox.count()
        self._problem, self._last_try = problem, datetime.now()
        self.state_changed.emit()

    def answer_queued(self) -> None:
        """A new answer is in the outbox: count it and send soon."""
        self._answers.waiting += 1
        self.state_changed.emit()
        self._repeater.wake()

    def send_soon(self) -> None:
        """Something new waits (a progress event, say) or the hub is back: send soon."""
        self._repeater.wake()

    async def send_all(self, progress: Callable[[int], None] | None = None) -> bool:
        """Send batches until the outboxes are empty (True) or a try fails (False, with the reason kept).

        An item the hub refuses is set aside with the hub's reason and the rest go on. A hub older than progress
        events keeps them waiting, and the answers go on.
        progress: called after each batch with how many answers the hub has acknowledged so far.
        """
        try:
            for lane in self._lanes():
                sent = 0
                while batch := lane.outbox.batch(BATCH):
                    acknowledged, whole = await self._send(lane, batch)
                    if acknowledged is None:
                        logger.info(
                            "the hub takes no progress from this PC (an older hub, or not a classroom); they wait"
                        )
                        break
                    sent += acknowledged
                    if progress is not None and lane is self._answers:
                        progress(sent)
                    if not whole:
                        self._set(self._unconfirmed(lane))
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

    def _unconfirmed(self, lane: Lane[Item]) -> str:
        if lane is self._answers:
            return translate("sync", "The hub did not confirm every answer; they stay on this PC.")
        return translate("sync", "The hub did not confirm every progress report; they stay on this PC.")

    async def _send(self, lane: Lane[Item], batch: Sequence[Item]) -> tuple[int | None, bool]:
        """Send one batch; returns how many items the hub acknowledged (None: the hub has no such request), and
        False when it left some unanswered for (they stay in the outbox).

        An item the hub refuses is set aside. A hub that refuses the whole batch names the item
        at fault (a hub of an older version) or not (a body too large, say): the one named is set
        aside and the others wait for the next batch; else the batch is halved and each half sent,
        down to single items, so at most about 2 * log2(BATCH) tries find one bad item.
        """
        try:
            receipt = await lane.post(batch)
        except BatchRefused as e:
            if e.item is not None and e.item < len(batch):
                self._set_aside(lane, batch[e.item].id, e.detail)
                return 0, True
            if len(batch) == 1:
                self._set_aside(lane, batch[0].id, e.detail)
                return 0, True
            half = len(batch) // 2
            first, first_whole = await self._send(lane, batch[:half])
            second, second_whole = await self._send(lane, batch[half:])
            return (first or 0) + (second or 0), first_whole and second_whole
        if receipt is None:
            return None, True
        replies = [(item.id, receipt.get(item.id)) for item in batch]
        acknowledged = [i for i, reply in replies if reply is not None and reply.status in ("stored", "duplicate")]
        lane.outbox.acknowledge(acknowledged)
        refused = [(i, reply.reason or "") for i, reply in replies if reply is not None and reply.status == "refused"]
        for item_id, reason in refused:
            self._set_aside(lane, item_id, reason)
        if len(acknowledged) + len(refused) < len(batch):
            logger.warning("hub acknowledged %d of %d items", len(acknowledged), len(batch))
            return len(acknowledged), False
        return len(acknowledged), True

    def _set_aside(self, lane: Lane[Item], item_id: str, reason: str) -> None:
        logger.warning("the hub refused %s: %s; it is set aside on this PC", item_id, reason)
        lane.outbox.set_aside(item_id, reason)
        lane.set_aside += 1

    def start(self) -> None:
        """Send whenever answers or progress events wait: at once, and with backoff and jitter while the hub fails."""
        self._repeater.start()

    async def stop(self) -> None:
        await self._repeater.stop()
