"""A teacher's live lessons over HTTP: GET lessons, and GET lessons/{id}/attendance (who was there when)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from protocol.http.body import Body
from protocol.record import Record


@dataclass(frozen=True)
class LiveLesson(Record):
    """A live lesson as the hub keeps it (schema LiveLesson); times are the hub's clock, UTC."""

    id: str
    code: str
    """Its join code."""
    teacher: str
    """The teacher token's name."""
    started_at: str
    ended_at: str | None
    """None while the lesson goes on."""


@dataclass(frozen=True)
class LessonList(Body):
    """A teacher's live lessons, newest first (schema LessonList)."""

    SCHEMA: ClassVar[str] = "LessonList"
    lessons: tuple[LiveLesson, ...]


@dataclass(frozen=True)
class Visit(Record):
    """One socket in a lesson from join to leave."""

    peer: str
    name: str
    role: str
    """"teacher" or "classroom"."""
    joined_at: str
    left_at: str | None
    """None while the visit goes on."""


@dataclass(frozen=True)
class Attendance(Body):
    """Who was in a live lesson when (schema Attendance): one visit per row, in the order they began."""

    SCHEMA: ClassVar[str] = "Attendance"
    lesson: LiveLesson
    attendance: tuple[Visit, ...]
