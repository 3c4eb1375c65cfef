"""News of chunks landing in the cache, for readers waiting at the edge of a video still downloading."""

from __future__ import annotations

import threading
from collections.abc import Callable

Wake = Callable[[], None]


class Arrivals:
    """Who to wake when a video's bytes in the cache change: a chunk landed, or the video was dropped.

    The cache calls changed() right after such a change is committed (in the event loop); readers
    listen from their own threads. A wake must only hand off (set an event): it runs in the caller.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, list[Wake]] = {}

    def listen(self, video_id: str, wake: Wake) -> None:
        """Call wake after each change to video_id until forget(). Any thread."""
        with self._lock:
            self._listeners.setdefault(video_id, []).append(wake)

    def forget(self, video_id: str, wake: Wake) -> None:
        """Stop calling wake for video_id. Any thread."""
        with self._lock:
            listeners = self._listeners.get(video_id, [])
            if wake in listeners:
                listeners.remove(wake)
            if not listeners:
                self._listeners.pop(video_id, None)

    def changed(self, video_id: str) -> None:
        """Wake everyone listening to video_id. Must be called after the change is committed."""
        with self._lock:
            listeners = list(self._listeners.get(video_id, ()))
        for wake in listeners:
            wake()
