"""The pictures decoded ahead of the clock: the decode thread adds them, the present thread takes them."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from media.decoder import VideoItem

EARLY = 0.005
"""A picture due within this many seconds is shown now rather than after one more short wait."""


class Pictures:
    """The queue of decoded pictures, in order, since the last seek (one generation).

    Not locked on its own: the playback holds its lock around every use.
    """

    def __init__(self) -> None:
        self._queue: deque[VideoItem] = deque()
        self.generation = 0
        """Counts the seeks: a picture taken before one must not be shown after it."""
        self.end = 0.0
        """Seconds into the video where the last picture decoded ends."""
        self.complete = False
        """The decoder reached the end of the video: no picture follows the queued ones."""
        self.dropped = 0
        """Pictures skipped because they were late."""

    def __len__(self) -> int:
        return len(self._queue)

    @property
    def queued(self) -> Sequence[VideoItem]:
        return self._queue

    @property
    def drained(self) -> bool:
        """Every picture of the video has been taken."""
        return self.complete and not self._queue

    def restart(self, pts: float) -> None:
        """A seek: drop what was decoded for the old position; decoding goes on from pts."""
        self.generation += 1
        self._queue.clear()
        self.complete = False
        self.end = pts

    def add(self, item: VideoItem, duration: float) -> None:
        self._queue.append(item)
        self.end = item.pts + duration

    def take_due(self, now: float) -> VideoItem | None:
        """The picture to show at `now`, if one is due; those it makes late are dropped."""
        due = None
        while self._queue and self._queue[0].pts <= now + EARLY:
            if due is not None:
                self.dropped += 1
            due = self._queue.popleft()
        return due

    def wait(self, now: float, longest: float) -> float:
        """Seconds until the next picture is due, at most `longest`."""
        wait = min(self._queue[0].pts - now, longest) if self._queue else longest
        return max(wait, 0.001)
