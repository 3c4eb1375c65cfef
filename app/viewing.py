"""Watching a lesson video from the cache: the reader, the player and where to continue next time.

Positions are kept in classroom.db per video and viewer: a pupil, or "" for the whole class
watching together on one screen; whoever comes back is offered to continue there. What each viewer
actually saw goes to the lesson's progress (app/progress_watch.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.library import LibraryService
from app.progress_log import ProgressLog
from app.progress_watch import WatchProgress
from media.cache_reader import CacheReader
from media.database import writing
from media.player import Player


@dataclass
class Viewing:
    """One video open for watching. Use it in the Qt thread; close() when done."""

    video_id: str
    viewer: str
    """The pupil watching, or "" for the whole class."""
    player: Player
    reader: CacheReader
    start: float
    """Where the pupils stopped last time, in seconds (0 for the beginning)."""
    watch: WatchProgress

    def close(self) -> None:
        self.watch.close()
        self.player.close()
        self.reader.close()


class Viewings:
    """Opens videos for watching and remembers where each was left."""

    def __init__(
        self, db: sqlite_utils.Database, library: LibraryService, speakers: str, progress: ProgressLog
    ) -> None:
        self._db = db
        self._progress = progress
        self._library = library
        self._speakers = speakers
        db.table("watch_positions").create(
            {"video_id": str, "viewer": str, "seconds": float}, pk=("video_id", "viewer"), if_not_exists=True
        )

    def open(self, video_id: str, lesson: str, viewer: str, duration: float = 0.0) -> Viewing:
        """Open a lesson's video for a pupil ("" for the whole class); raises CacheCorrupt if it is not in the cache.

        lesson: its id, for its progress (and the player's name in logs). duration: the catalog's, shown while the
        file does not say (a TS still downloading)."""
        reader = self._library.cache.reader(video_id)
        player = Player(reader, edge=reader, device=self._speakers or None, name=lesson, duration=duration)
        self._library.cache.mark_watched(video_id)
        row = self._db.execute(
            "select seconds from watch_positions where video_id = ? and viewer = ?", [video_id, viewer]
        ).fetchone()
        watch = WatchProgress(self._db, self._progress, player, lesson, video_id, viewer, duration)
        return Viewing(video_id, viewer, player, reader, float(row[0]) if row else 0.0, watch)

    def seconds_until(self, viewing: Viewing, needed: int) -> float | None:
        """Seconds until `needed` bytes of the video are downloaded; None if unknown."""
        return self._library.seconds_until(viewing.video_id, needed)

    def save_position(self, viewing: Viewing, seconds: float) -> None:
        with writing(self._db):
            self._db.table("watch_positions").upsert(
                {"video_id": viewing.video_id, "viewer": viewing.viewer, "seconds": seconds}, pk=("video_id", "viewer")
            )
