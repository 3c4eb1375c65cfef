"""A read-only view of a video file that is still arriving: reads wait at the edge of the bytes there are.

The one place playing waits for a download: the wait sleeps until the edge says more may be
there (the cache calls when a chunk lands) or the player wakes it (a seek, a close); it never polls.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from media.arrivals import Wake
from media.decoder import Source
from media.seekable import Seekable


class Edge(Protocol):
    """Where a file still arriving ends for now, and news of it moving (a CacheReader from Cache.reader)."""

    @property
    def available(self) -> int:
        """Bytes from the start that can be read now."""
        ...

    def listen(self, wake: Wake) -> None:
        """Call wake, from any thread, whenever `available` may have changed, until forget(wake)."""
        ...

    def forget(self, wake: Wake) -> None: ...


@dataclass(frozen=True)
class Prefix:
    """An edge that stays where it is: the bytes there were at one moment. Nothing may wait on it."""

    available: int

    def listen(self, wake: Wake) -> None:
        raise ValueError("a fixed prefix never grows: nothing may wait for more of it")

    def forget(self, wake: Wake) -> None:
        pass


class ReadInterrupted(Exception):
    """A read waiting for more bytes gave up because the reader was told to (a seek or a stop)."""


class PartialReader(Seekable):
    """Wraps a seekable binary file and never reads past the `edge` of it (none: the whole file is there).

    A read at the edge waits until more bytes are available, telling `on_wait(True)` first and
    `on_wait(False)` when it goes on; it raises ReadInterrupted if `give_up()` becomes true
    meanwhile. While `opening`, a read that would wait returns b"" instead (the end of the file) and
    sets `hit_edge`, and `cut` if it was at the edge, going on from the bytes there are (one past
    the edge skips over what it asked for). Either way `wanted` is the bytes from the start that read
    needed. Reads happen in the decode thread; `wake` may be called from any thread.
    """

    def __init__(
        self,
        raw: Source,
        edge: Edge | None = None,
        on_wait: Callable[[bool], None] = lambda waiting: None,
        give_up: Callable[[], bool] = lambda: False,
    ) -> None:
        self._raw = raw
        self.size = raw.seek(0, io.SEEK_END)
        self._edge = edge
        self._on_wait = on_wait
        self._give_up = give_up
        self._pos = 0
        self._wake = threading.Event()
        self.opening = False
        """Reads stop at the edge instead of waiting there (trying to open what there is so far)."""
        self.hit_edge = False
        """A read while opening was stopped by the edge."""
        self.cut = False
        """A read while opening found the end of the file at the edge."""
        self.wanted = 0
        """Bytes from the start the last read at the edge needed."""

    def available(self) -> int:
        return self.size if self._edge is None else min(self._edge.available, self.size)

    def read(self, n: int = -1) -> bytes:
        """Up to n bytes from the current position, waiting at the edge. Runs in the decode thread."""
        end = self.size if n < 0 else min(self._pos + n, self.size)
        if end <= self._pos:
            return b""
        if self.opening and self._pos >= (available := self.available()):  # where a read would wait
            self.wanted, self.hit_edge = self._pos + 1, True
            self.cut = self.cut or self._pos == available
            return b""
        end = min(end, self.wait_for(self._pos + 1))
        self._raw.seek(self._pos)
        data = self._raw.read(end - self._pos)
        self._pos += len(data)
        return data

    def wake(self) -> None:
        """Make a waiting read look again at once (more bytes, or a reason to give up). Any thread."""
        self._wake.set()

    def wait_for(self, needed: int) -> int:
        """The bytes available once there are at least `needed` (or all there will be). Decode thread."""
        needed = min(needed, self.size)
        available = self.available()
        if available >= needed:
            return available
        assert self._edge is not None  # else the whole file is available
        self.wanted = needed
        self._on_wait(True)
        self._edge.listen(self.wake)
        try:
            # listening before each look: a chunk landing meanwhile leaves the event set
            while (available := self.available()) < needed:
                if self._give_up():
                    raise ReadInterrupted
                self._wake.wait()
                self._wake.clear()
        finally:
            self._edge.forget(self.wake)
            self._on_wait(False)
        return available
