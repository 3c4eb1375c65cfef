"""Watching a lesson video from the cache: the reader, the player and where to continue next time.

Positions are kept in classroom.db per video for the classroom PC (the class watches together on
one screen); a pupil who comes back is offered to continue there.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from app.library import LibraryService
from media.cache_reader import CacheReader
from media.player import Player


@dataclass
class Viewing:
    """One video open for watching. Use it in the Qt thread; close() when done."""

    video_id: str
    player: Player
    reader: CacheReader
    start: float
    """Where the pupils stopped last time, in seconds (0 for the beginning)."""

    def close(self) -> None:
        self.player.close()
        self.reader.close()


class Viewings:
    """Opens videos for watching and remembers where each was left."""

    def __init__(self, db: sqlite_utils.Database, library: LibraryService, speakers: str) -> None:
        self._db = db
        self._library = library
        self._speakers = speakers
        db.table("watch_positions").create({"video_id": str, "seconds": float}, pk="video_id", if_not_exists=True)

    def open(self, video_id: str, name: str) -> Viewing:
        """Raises CacheCorrupt if the video is not in the cache (any more)."""
        reader = CacheReader(self._library.cache.path, video_id)
        player = Player(reader, available=lambda: reader.available, device=self._speakers or None, name=name)
        self._library.cache.mark_watched(video_id)
        row = self._db.execute("select seconds from watch_positions where video_id = ?", [video_id]).fetchone()
        return Viewing(video_id, player, reader, float(row[0]) if row else 0.0)

    def save_position(self, video_id: str, seconds: float) -> None:
        with self._db.atomic():
            self._db.table("watch_positions").upsert({"video_id": video_id, "seconds": seconds}, pk="video_id")
