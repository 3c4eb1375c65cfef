"""Downloading catalog videos into the cache over links that drop, stall and damage data.

Each request asks for the rest of the video from the last verified chunk (Range) on the condition
that the hub still has the version those chunks came from (If-Range with its strong ETag); a hub
with another version answers 200 with the whole file and the old chunks are dropped, never mixed.
A drop costs at most the chunk in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

import aiohttp
from PySide6.QtCore import QCoreApplication

from media.cache import Cache
from media.cache_reader import file_sha256
from media.errors import ClassroomError, HubUnreachable
from media.retry import Retry, set_aside
from media.throttle import Pausable, TokenBucket, seconds_until_open
from media.video_source import VideoSource
from media.video_state import MESSAGE, CatalogVideo, VideoState, VideoStatus

logger = logging.getLogger(__name__)

PIECE = 64 * 1024
_CONTENT_RANGE = re.compile(r"bytes (\d+)-\d+/\d+")

Progress = Callable[[VideoStatus], None]


@dataclass
class DownloadSummary:
    """What one pass over the catalog did."""

    ready: list[str] = field(default_factory=list)
    """Videos on this PC at the end of the pass (downloaded now or before)."""
    failed: dict[str, str] = field(default_factory=dict)
    """Videos that failed, with the reason in the user's words."""
    waiting: list[str] = field(default_factory=list)
    """Videos not reached because the pass stopped early."""
    fetched: int = 0
    """Bytes of video received, including any lost to drops or bad data."""
    stopped: str = ""
    """Why the pass stopped before it tried every video, in the user's words; "" if it did not."""

    @property
    def ok(self) -> bool:
        return not self.failed and not self.waiting


class _BadChunk(Exception):
    """A chunk failed its sha256; it was not kept."""


class _Gone(Exception):
    """The hub has no such video (404)."""


class _BrokenOff(HubUnreachable):
    """The hub answered for this video, then its body broke off or went silent."""


class _OutsideWindow(Exception):
    """Downloads may not run now; the message says until when."""


class Downloader(Pausable):
    """Fetches catalog videos into the cache, one at a time. Must be used in the event loop.

    wait_for_window: outside the download window, wait for it to open (the app) rather than end
    the pass (a sync run from a timer). pause() holds downloads for a live lesson.
    """

    def __init__(
        self,
        cache: Cache,
        client: VideoSource,
        *,
        bandwidth_cap: int = 0,
        window: str = "",
        wait_for_window: bool = False,
        retry: Retry = Retry(),
        progress: Progress | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        self.cache = cache
        self.client = client
        self.window = window
        self.wait_for_window = wait_for_window
        self.retry = retry
        self.progress = progress
        self.fetched = 0
        """Bytes of video received over this downloader's life."""
        self._clock = clock
        self._bucket = TokenBucket(bandwidth_cap)
        self._done: set[str] = set()  # downloaded by this downloader: not evicted for the next ones

    async def download_all(self, videos: Iterable[CatalogVideo]) -> DownloadSummary:
        """One pass: every video that is not on this PC yet, in order.

        The pass stops early when the hub stays unreachable or refuses this PC, the disk is full,
        or the download window closes (unless wait_for_window); what is left is in `waiting`.
        """
        summary = DownloadSummary()
        pending = list(videos)
        start = self.fetched
        try:
            while pending:
                status = await self.download(pending[0])
                pending.pop(0)
                if status.state is VideoState.READY:
                    summary.ready.append(status.id)
                else:
                    summary.failed[status.id] = status.reason
        except (ClassroomError, _OutsideWindow) as e:
            summary.stopped = str(e)
            summary.waiting = [video.id for video in pending]
        summary.fetched = self.fetched - start
        return summary

    async def download(self, video: CatalogVideo) -> VideoStatus:
        """Fetch one video until it is on this PC or has failed; raises what ends the whole pass."""
        status = self.cache.track(video)
        if status.state is VideoState.READY:
            return status
        await self._allowed()  # before make_room: evict nothing for a video that must wait
        try:
            if self.cache.make_room(video.id, keep=self._done):
                if await self._fetch_all(video):
                    digest = await asyncio.to_thread(file_sha256, self.cache.path, video.id)
                    self.cache.finish(video.id, digest)
        except ClassroomError as e:
            with contextlib.suppress(ClassroomError):  # a full disk may refuse even this
                self.cache.fail(video.id, MESSAGE, message=str(e))
            raise
        finally:
            self._report(video.id)
        status = self.cache.status(video.id) or status
        if status.state is VideoState.READY:
            self._done.add(video.id)
        return status

    def _report(self, video_id: str) -> None:
        status = self.cache.status(video_id)
        if self.progress is not None and status is not None:
            self.progress(status)

    async def _allowed(self) -> None:
        """Wait while paused; outside the download window, wait for it or end the pass."""
        await self._running.wait()
        while (wait := seconds_until_open(self.window, self._clock())) > 0:
            if not self.wait_for_window:
                raise _OutsideWindow(
                    QCoreApplication.translate(
                        "cache", "Videos download only between {window}; the rest download then."
                    ).format(window=self.window.replace("-", "\u2013"))
                )
            logger.info("outside the download window %s; waiting %.0f s", self.window, wait)
            await asyncio.sleep(wait)
            await self._running.wait()

    async def _fetch_all(self, video: CatalogVideo) -> bool:
        """Fetch the rest of a video, riding out drops; False if it failed for good."""
        failures = bad = broken = 0
        while (verified := self._verified(video.id)) < video.size:
            await self._allowed()
            try:
                if self.cache.lacks_chunks(video.id):
                    await self._fetch_chunks(video)
                await self._fetch(video)
                continue
            except _Gone:
                self.cache.fail(video.id, "gone")
                return False
            except _BadChunk:
                bad = 0 if self._verified(video.id) > verified else bad
                bad += 1
                logger.info("video %s: a chunk failed its sha256 (%d in a row)", video.id, bad)
                if bad >= self.retry.bad_chunks:
                    self.cache.fail(video.id, "bad_data", tries=bad)
                    return False
            except _BrokenOff as e:
                broken = 0 if self._verified(video.id) > verified else broken
                broken += 1
                logger.info("video %s: its answer broke off: %s (%d in a row)", video.id, e, broken)
                if broken >= self.retry.broken:  # this video's trouble: the others go first
                    self.cache.fail(video.id, MESSAGE, message=set_aside(str(e), broken))
                    return False
            except HubUnreachable as e:
                failures = 0 if self._verified(video.id) > verified else failures
                failures += 1
                logger.info("video %s: %s (%d in a row)", video.id, e, failures)
                if failures >= self.retry.tries:
                    raise
            await asyncio.sleep(self.retry.delay(max(failures, bad, broken)))
        return True

    def _verified(self, video_id: str) -> int:
        status = self.cache.status(video_id)
        return 0 if status is None else status.verified

    async def _fetch_chunks(self, video: CatalogVideo) -> None:
        """Fetch and keep the video's chunk hashes: once per version, as it starts downloading."""
        found = await self.client.video_chunks(video.id)
        if found is None:
            raise _Gone()
        if not self.cache.set_chunks(video.id, found):
            raise _BadChunk()

    async def _fetch(self, video: CatalogVideo) -> None:
        """One request for the rest of the video, kept chunk by chunk as each verifies.

        Returns when the video is complete or the download window closes at a chunk's end. A body
        that breaks off after a good answer raises _BrokenOff: the hub is there, this video is not.
        """
        status = self.cache.status(video.id)
        assert status is not None
        offset = status.verified
        headers = {"Range": f"bytes={offset}-"}
        if offset and status.etag:
            headers["If-Range"] = status.etag
        answered = False
        try:
            async with self.client.open_video(video.url, headers, self.retry.read_timeout) as response:
                offset = self._check_answer(video, response, offset)
                answered = True
                await self._receive(video, response, offset)
        except HubUnreachable as e:
            if answered:
                raise _BrokenOff(str(e)) from e
            raise

    def _check_answer(self, video: CatalogVideo, response: aiohttp.ClientResponse, offset: int) -> int:
        """Where the answer's body starts; raises what any other answer means."""
        if response.status == 404:
            raise _Gone()
        if response.status >= 500:
            raise HubUnreachable(str(self.client.status_error(response.status)))
        if response.status == 200 and offset:
            logger.info("video %s: the hub sent it whole (a new version); starting over", video.id)
            self.cache.start_over(video.id)
            return 0
        if response.status != 200:
            match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
            if response.status != 206 or match is None or int(match.group(1)) != offset:
                raise self.client.status_error(response.status)
        return offset

    async def _receive(self, video: CatalogVideo, response: aiohttp.ClientResponse, offset: int) -> None:
        etag = response.headers.get("ETag")
        index = offset // video.chunk_size
        buffer = bytearray()
        while offset < video.size:
            await self._running.wait()
            want = video.chunk_length(index) - len(buffer)
            piece = await response.content.read(min(PIECE, want))
            if not piece:  # a body cut short: the same as a drop
                raise aiohttp.ClientPayloadError("the body ended early")
            self.fetched += len(piece)
            buffer += piece
            await self._bucket.take(len(piece))
            if len(piece) < want:
                continue
            if not self.cache.put_chunk(video.id, index, bytes(buffer), etag):
                raise _BadChunk()
            offset += len(buffer)
            index += 1
            buffer.clear()
            self._report(video.id)
            if seconds_until_open(self.window, self._clock()) > 0:
                return


async def download_all(
    cache: Cache,
    client: VideoSource,
    videos: Iterable[CatalogVideo],
    *,
    bandwidth_cap: int,
    window: str,
    progress: Progress | None = None,
) -> DownloadSummary:
    """One pass for `oo-classroom sync`: the config's cap and window; outside the window it ends at once."""
    downloader = Downloader(cache, client, bandwidth_cap=bandwidth_cap, window=window, progress=progress)
    return await downloader.download_all(videos)
