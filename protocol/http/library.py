"""The hub's library for teachers and district admins: GET/POST library, GET/PATCH/DELETE library/{id}.

A lesson of the library is what its teacher (or an admin) edits; the catalog (protocol/http/catalog.py) is
what classrooms see of it: only published lessons whose video is ready.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from protocol.http.body import Body
from protocol.record import Record, optional

State = Literal["processing", "published", "failed", "unpublished"]


@dataclass(frozen=True)
class NewLesson(Body):
    """POST library: a lesson to publish (schema NewLesson)."""

    SCHEMA: ClassVar[str] = "NewLesson"
    title: dict[str, Any]
    """Schema Text: the title in its author's language."""
    subject: str
    """english, mathematics, science, ..."""
    grade: int | None
    """1-12, or None for any grade."""
    description: dict[str, Any] | None
    """Schema Text, or None."""
    upload: str | None
    """The id of a complete tus upload (the last part of its URL) to transcode into the lesson's video; None: none."""
    quiz: dict[str, Any] | None
    """Schema Quiz, or None."""


@dataclass(frozen=True)
class LessonChange(Body):
    """PATCH library/{id}: the fields to change (schema LessonChange).

    A field left out stays as it is. On the wire, null clears grade, description or quiz; this record
    leaves out every None, so a program that clears a field sends the JSON object itself.
    """

    SCHEMA: ClassVar[str] = "LessonChange"
    title: dict[str, Any] | None = optional()
    subject: str | None = optional()
    grade: int | None = optional()
    description: dict[str, Any] | None = optional()
    upload: str | None = optional()
    """A new complete upload: transcoded, it replaces the video (the old one stays in the catalog until then)."""
    quiz: dict[str, Any] | None = optional()
    published: bool | None = optional()
    """True publishes the lesson again after DELETE; False unpublishes it."""


@dataclass(frozen=True)
class LibraryVideo(Record):
    """A lesson's video once it is ready."""

    id: str
    duration: float
    """Seconds."""
    size: int
    """Bytes."""
    thumbnail: str
    """Where to GET a JPEG of it, relative to the hub."""


@dataclass(frozen=True)
class LibraryFailure(Record):
    """What went wrong with a lesson's last upload, for a program to say in its user's language."""

    kind: Literal["empty", "not_media", "no_stream", "corrupt", "failed"]
    """empty: no bytes; not_media: not a video or sound file; no_stream: nothing the hub can decode; corrupt:
    damaged or cut short; failed: anything else (then only `message` says it)."""
    file: str
    """The name of the teacher's file."""


@dataclass(frozen=True)
class LibraryLesson(Body):
    """A lesson as its teacher edits it (schema LibraryLesson)."""

    SCHEMA: ClassVar[str] = "LibraryLesson"
    id: str
    state: State
    """processing: its new video is being transcoded; failed: the last video did not transcode (message says
    why); published: in the catalog; unpublished: out of it (PATCH {"published": true} brings it back)."""
    progress: float | None
    """0-1 while processing, else None."""
    message: str | None
    """Why the video failed, else None."""
    published: bool
    """The teacher wants it in the catalog (it shows there once its video is ready)."""
    title: dict[str, Any]
    subject: str
    grade: int | None
    description: dict[str, Any] | None
    video: LibraryVideo | None
    """None until a video is ready."""
    quiz: dict[str, Any] | None
    owner: str | None
    """The name of the teacher (or admin) who made it; None for the hub's own (demo) lessons."""
    failure: LibraryFailure | None = optional()
    """With state failed: what went wrong, as a kind and the file's name (message is the hub's English)."""


@dataclass(frozen=True)
class Library(Body):
    """GET library: the lessons this token may edit (schema Library), in catalog order."""

    SCHEMA: ClassVar[str] = "Library"
    lessons: tuple[LibraryLesson, ...]
