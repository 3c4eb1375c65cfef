"""GET catalog: the lessons with their videos and quizzes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from protocol.http.body import Body
from protocol.record import optional


@dataclass(frozen=True)
class Catalog(Body):
    """Lessons with their videos and quizzes (schema Catalog).

    Each lesson stays the JSON object of schema Lesson: the client keeps the catalog's text as the hub
    sent it and reads each lesson into its own types (app.catalog's Lesson, media's CatalogVideo), and
    quizzes go on as JSON objects into quiz sessions, live pushes and results.
    """

    SCHEMA: ClassVar[str] = "Catalog"
    lessons: tuple[dict[str, Any], ...]
    """Every lesson (complete), or those added or changed since the cursor asked with."""
    cursor: str | None = optional()
    """What to send as `since` next time (a hub before the incremental catalog sends none)."""
    removed: tuple[str, ...] | None = optional()
    """Ids of lessons gone from the catalog since the cursor asked with (unpublished, say)."""
    complete: bool | None = optional()
    """True for the whole catalog (replace what is held), false for the changes since the cursor."""


@dataclass(frozen=True)
class VideoChunks(Body):
    """GET videos/{id}/chunks: the sha256 of each chunk of a video, fetched when it starts downloading."""

    SCHEMA: ClassVar[str] = "VideoChunks"
    sha256: str
    """Of the whole file: the version these chunks are of."""
    chunk_size: int
    """Bytes per chunk; the last chunk may be shorter."""
    chunks: tuple[str, ...]
    """sha256 of each chunk, in order."""
