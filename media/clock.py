"""The playback clock when there is no sound to follow: monotonic time, held at the decoded edge."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """Where playback has got to, in seconds of video. Any thread may call these."""

    def now(self) -> float: ...

    def reset(self, pts: float) -> None:
        """Start again at pts (after a seek); nothing has been decoded past it yet."""

    def set_playing(self, playing: bool) -> None: ...

    @property
    def horizon(self) -> float:
        """The end of what has been decoded for this clock: now() never passes it."""


class WallClock:
    """Runs with time.monotonic() while playing, stops when paused or at the decoded edge."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._anchor_pts = 0.0
        self._anchor_time = time.monotonic()
        self._playing = False
        self._horizon = 0.0

    def now(self) -> float:
        with self._lock:
            return self._now(time.monotonic())

    def _now(self, at: float) -> float:
        if not self._playing:
            return self._anchor_pts
        value = self._anchor_pts + at - self._anchor_time
        if value >= self._horizon:
            # starved: stand still at the edge and go on from there, not from where we would be
            self._anchor_pts, self._anchor_time = max(self._anchor_pts, self._horizon), at
            return self._anchor_pts
        return value

    def reset(self, pts: float) -> None:
        with self._lock:
            self._anchor_pts, self._anchor_time, self._horizon = pts, time.monotonic(), pts

    def set_playing(self, playing: bool) -> None:
        with self._lock:
            at = time.monotonic()
            self._anchor_pts, self._anchor_time = self._now(at), at
            self._playing = playing

    def extend(self, until: float) -> None:
        """More has been decoded, up to `until` seconds. Runs in the decode thread."""
        with self._lock:
            self._horizon = max(self._horizon, until)

    @property
    def horizon(self) -> float:
        return self._horizon
