"""Progress over HTTP: what classrooms did with assigned lessons (POST progress, a batch stored once per UUID as
results are) and the course grid its teachers read (GET courses/{id}/progress). See docs/courses-api.md."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from protocol.http.body import Body
from protocol.http.courses import Assignment
from protocol.http.results import Receipt
from protocol.record import Record, optional

Kind = Literal["downloaded", "watched", "quiz"]


@dataclass(frozen=True)
class ProgressEvent(Record):
    """One thing a classroom did with a lesson (schema ProgressEvent); the newest per (classroom, lesson, viewer,
    kind) counts, by its time."""

    id: str
    """A UUID the client made once for this event; the hub stores each once."""
    lesson: str
    viewer: str
    """The pupil who watched or answered; "" for the classroom as a whole."""
    kind: Kind
    """downloaded: fraction of the video kept on the PC (1: all); watched: fraction of the video seen;
    quiz: the quiz is done, with right of total."""
    at: str
    """The PC's clock when it happened: what "newest" means."""
    fraction: float | None = optional()
    """0-1, for downloaded and watched."""
    right: int | None = optional()
    """For quiz: the answers judged right."""
    total: int | None = optional()
    """For quiz: the questions."""


@dataclass(frozen=True)
class ProgressBatch(Body):
    """POST progress: 1 to 500 events (schema ProgressBatch)."""

    SCHEMA: ClassVar[str] = "ProgressBatch"
    events: tuple[ProgressEvent, ...]


@dataclass(frozen=True)
class ProgressReceipt(Body):
    """The hub's reply to a batch (schema ProgressReceipt): one receipt per event, in the order sent."""

    SCHEMA: ClassVar[str] = "ProgressReceipt"
    events: tuple[Receipt, ...]


@dataclass(frozen=True)
class Score(Record):
    """A quiz done: right of total."""

    right: int
    total: int


@dataclass(frozen=True)
class ViewerProgress(Record):
    """One named viewer's newest progress on one assigned lesson."""

    viewer: str
    watched: float | None
    quiz: Score | None


@dataclass(frozen=True)
class ProgressCell(Record):
    """A classroom x an assignment of the course grid."""

    classroom: str
    assignment: str
    lesson: str
    downloaded: bool
    """The classroom's PC holds the whole video."""
    watched: float | None
    """The largest fraction seen, by the class or any viewer; None: not started."""
    quiz: Score | None
    """The class's score, or its viewers' summed; None: not done."""
    late: bool
    """The due date has passed and the lesson is not done (its quiz, or without one 90% of its video)."""
    viewers: tuple[ViewerProgress, ...]
    """Per pupil, where the classroom named a viewer."""


@dataclass(frozen=True)
class CourseProgress(Body):
    """GET courses/{id}/progress (schema CourseProgress): the grid of classrooms x assigned lessons."""

    SCHEMA: ClassVar[str] = "CourseProgress"
    course: str
    assignments: tuple[Assignment, ...]
    cells: tuple[ProgressCell, ...]
    """Per classroom (in the course's order) and assignment (soonest due first)."""
