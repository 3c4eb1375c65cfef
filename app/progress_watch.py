"""How much of a lesson's video a viewer actually saw: the stretches played through, not the last position.

The stretches are kept in classroom.db per video and viewer (a pupil, or "" for the whole class), so what was seen
yesterday and today adds up; a jump (a seek, a skip) is not seen. The fraction seen goes to the ProgressLog, and
so to the hub, each time it grows by REPORT_EVERY of the video and when the player closes.
"""

from __future__ import annotations

import json
import math

import sqlite_utils

from app.progress_log import ProgressLog
from app.quizzes import now
from media.database import writing
from media.player import Player, PlayerState

TABLE = "seen_spans"
MAX_STEP = 2.0
"""Seconds between two reported positions that still count as played through (they come every 0.25 s)."""
REPORT_EVERY = 0.1
"""The fraction seen is recorded when it has grown by this much of the video since it last was."""


def merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The same seconds as fewer, sorted, non-overlapping spans."""
    out: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class WatchProgress:
    """Follows one player for one viewer of one lesson. Use it in the Qt thread; close() before the player."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        log: ProgressLog,
        player: Player,
        lesson: str,
        video_id: str,
        viewer: str,
        duration: float,
    ) -> None:
        self._db, self._log, self._player = db, log, player
        self._lesson, self._video_id, self._viewer = lesson, video_id, viewer
        self._duration = duration
        db.table(TABLE).create(
            {"video_id": str, "viewer": str, "spans": str}, pk=("video_id", "viewer"), if_not_exists=True
        )
        row = db.execute(f"select spans from {TABLE} where video_id = ? and viewer = ?", [video_id, viewer]).fetchone()
        self._spans: list[tuple[float, float]] = [tuple(span) for span in json.loads(row[0])] if row else []
        self._reported = self.fraction
        self._last: float | None = None
        self._last_playing = False
        player.position_changed.connect(self._moved)

    @property
    def fraction(self) -> float:
        """Of the video, what this viewer has seen so far (0-1)."""
        duration = self._player.duration or self._duration
        if duration <= 0:
            return 0.0
        return min(1.0, sum(end - start for start, end in self._spans) / duration)

    def _moved(self, position: float) -> None:
        last, self._last = self._last, position
        was_playing, self._last_playing = self._last_playing, self._player.state is PlayerState.PLAYING
        if was_playing and last is not None and 0 < position - last <= MAX_STEP:
            self._spans = merged([*self._spans, (last, position)])
            if self.fraction - self._reported >= REPORT_EVERY:
                self._record()

    def close(self) -> None:
        """The player closes: count up to where it is and record what was seen, if it grew."""
        self._player.position_changed.disconnect(self._moved)
        self._moved(self._player.position)
        if self.fraction > self._reported:
            self._record()

    def _record(self) -> None:
        fraction = math.floor(self.fraction * 1000) / 1000  # never more than was seen
        with writing(self._db):  # the stretches and the fraction they make, together
            self._db.execute(
                f"insert or replace into {TABLE} (video_id, viewer, spans) values (?, ?, ?)",
                [self._video_id, self._viewer, json.dumps(self._spans)],
            )
            self._log.record_fraction(self._lesson, self._viewer, "watched", fraction, now())
        self._reported = fraction
