"""The lesson videos on this PC: downloading the catalog's videos in the background, pins, removals.

Removing a video is a choice the school made on this PC, so it is kept in classroom.db and the
background downloads leave that video alone until someone asks for it again.
"""

from __future__ import annotations

import asyncio
import logging
import time

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from app.catalog import CatalogService
from app.config import DownloadSettings
from app.download_rate import DownloadRate
from app.hub_client import HubClient
from app.repeater import Repeater
from media.cache import Cache
from media.database import writing
from media.downloader import Downloader
from media.errors import ClassroomError
from media.startable import Start, can_start
from media.video_state import CatalogVideo, VideoState, VideoStatus

logger = logging.getLogger(__name__)

RETRY_SECONDS = (30.0, 60.0, 120.0, 300.0, 600.0)
ACTIVE_SECONDS = 5.0
"""A download whose last bytes came longer ago than this is not going on (the link is down, say)."""


class LibraryService(QObject):
    """Owns cache.db and the downloader. Must be used in the event loop."""

    video_changed = Signal(str)
    """A video's state or progress changed (its id)."""
    video_held = Signal(str)
    """A video finished downloading: all of it is on this PC (its id)."""
    usage_changed = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        cache: Cache,
        client: HubClient,
        catalog: CatalogService,
        settings: DownloadSettings,
    ) -> None:
        super().__init__()
        self._db = db
        self._catalog = catalog
        self._client = client
        self.cache = cache
        db.table("removed_videos").create({"id": str}, pk="id", if_not_exists=True)
        # asked for by every paint of the lesson list: kept in memory, written through to the table
        self._removed = {row["id"] for row in db.query("select id from removed_videos")}
        self._downloader = Downloader(
            cache,
            client,
            bandwidth_cap=settings.bandwidth_cap,
            window=settings.window,
            wait_for_window=True,
            progress=self._progress,
        )
        self._statuses = {status.id: status for status in cache.statuses()}
        self._receiving: dict[str, float] = {}  # video id: when its last bytes came
        self._rate = DownloadRate()
        self._starts: dict[str, Start] = {}
        self._probes: dict[str, asyncio.Task[None]] = {}
        self._passing = asyncio.Lock()  # one download pass at a time: two would put the same chunks
        self._repeater = Repeater(self.download_pass, None, RETRY_SECONDS)
        catalog.lessons_changed.connect(self._repeater.wake)

    def status(self, video_id: str) -> VideoStatus | None:
        return self._statuses.get(video_id)

    def removed(self, video_id: str) -> bool:
        return video_id in self._removed

    @property
    def usage(self) -> int:
        return self.cache.usage()

    @property
    def quota(self) -> int:
        return self.cache.quota

    @property
    def downloading(self) -> bool:
        """Bytes of a video arrived within the last few seconds (a download is going on)."""
        now = time.monotonic()
        return any(now - at < ACTIVE_SECONDS for at in self._receiving.values())

    def start_state(self, video_id: str) -> Start | None:
        """Whether Watch can start the video now; None until that is known (it is being found out).

        What is downloaded so far is opened the way the player opens it, again only once the bytes
        it needed at least have arrived: a few times per video, not at every chunk.
        """
        status = self.status(video_id)
        if status is None or status.verified == 0 or self.removed(video_id):
            return None
        if status.state is VideoState.READY:
            return Start(True, status.size)
        known = self._starts.get(video_id)
        if video_id not in self._probes and (known is None or (not known.ready and status.verified >= known.needed)):
            self._probes[video_id] = asyncio.get_running_loop().create_task(self._probe(video_id))
        return known

    async def _probe(self, video_id: str) -> None:
        try:
            self._starts[video_id] = await asyncio.to_thread(can_start, self.cache.path, video_id)
        except ClassroomError as e:  # evicted or changed meanwhile: asked again at the next change
            logger.info("could not tell whether %s can start: %s", video_id, e)
            self._starts.pop(video_id, None)
        finally:
            del self._probes[video_id]
        self.video_changed.emit(video_id)

    def seconds_until(self, video_id: str, needed: int) -> float | None:
        """Seconds until `needed` bytes of the video are here at the current download rate; None if
        it is not downloading."""
        status = self.status(video_id)
        if status is None or video_id not in self._receiving:
            return None
        self._rate.record(self._downloader.fetched)  # bytes come 64 KiB at a time, chunks less often
        return self._rate.seconds_for(max(needed - status.verified, 0))

    def _progress(self, status: VideoStatus) -> None:
        if status.state is VideoState.DOWNLOADING:
            self._receiving[status.id] = time.monotonic()
            self._rate.record(self._downloader.fetched)
        else:
            self._receiving.pop(status.id, None)
        before = self._statuses.get(status.id)
        if before is not None and status.verified < before.verified:  # dropped or started over
            self._starts.pop(status.id, None)
        self._statuses[status.id] = status
        if status.state is VideoState.READY and (before is None or before.state is not VideoState.READY):
            self.video_held.emit(status.id)
        self.video_changed.emit(status.id)
        self.usage_changed.emit()

    def _refresh(self, video_id: str) -> None:
        status = self.cache.status(video_id)
        if status is not None:
            self._progress(status)

    def wanted(self) -> list[CatalogVideo]:
        """The catalog's videos this PC should hold, in the catalog's order (a lesson that is only a quiz has none)."""
        return [
            CatalogVideo.from_catalog(lesson.video)
            for lesson in self._catalog.lessons
            if lesson.video is not None and not self.removed(lesson.video["id"])
        ]

    async def download_pass(self) -> bool:
        """Fetch every wanted video not on this PC yet; True when nothing is left to do.

        Passes never overlap: one asked for while another runs (the background one and a direct
        call) waits for it to end, then does what is still left, usually nothing.
        """
        async with self._passing:
            videos = self.wanted()
            for video in videos:  # so the list can show 'on the hub' before the first byte
                self._statuses[video.id] = self.cache.track(video)
            summary = await self._downloader.download_all(videos)
        if summary.stopped:
            logger.info("downloads stopped: %s", summary.stopped)
        return summary.ok

    def pin(self, video_id: str, pinned: bool) -> None:
        if pinned:
            self.cache.pin(video_id)
        else:
            self.cache.unpin(video_id)
        self._refresh(video_id)

    def remove(self, video_id: str) -> bool:
        """Delete the video from this PC and stop downloading it; False while it is being played."""
        if not self.cache.remove(video_id):
            return False
        with writing(self._db):
            self._db.table("removed_videos").upsert({"id": video_id}, pk="id")
        self._removed.add(video_id)
        self._refresh(video_id)
        return True

    def download_again(self, video_id: str) -> None:
        with writing(self._db):
            self._db.execute("delete from removed_videos where id = ?", [video_id])
        self._removed.discard(video_id)
        self._repeater.wake()

    def pause(self) -> None:
        """A live lesson needs the link."""
        self._downloader.pause()

    def resume(self) -> None:
        self._downloader.resume()

    def start(self) -> None:
        self._repeater.start()

    async def stop(self) -> None:
        await self._repeater.stop()
        await asyncio.gather(*self._probes.values(), return_exceptions=True)
        self.cache.close()
