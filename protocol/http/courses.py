"""Courses over HTTP: a teacher's cross-school course with its lessons, live sessions and assignments
(GET/POST courses, PATCH/DELETE courses/{id}, courses/{id}/sessions, courses/{id}/assignments, timetable).

See docs/courses-api.md. Times are ISO 8601 with an offset; the hub answers in its own time zone's offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from protocol.http.body import Body
from protocol.record import Record, optional


@dataclass(frozen=True)
class NewCourse(Body):
    """POST courses: a new course (schema NewCourse); its creator, if a teacher, is one of its teachers."""

    SCHEMA: ClassVar[str] = "NewCourse"
    title: dict[str, Any]
    """Schema Text."""
    subject: str
    grade: int | None
    """1-12, or None for any grade."""
    teachers: tuple[str, ...] | None = optional()
    """Names of teacher tokens who teach it besides its creator."""
    classrooms: tuple[str, ...] | None = optional()
    """Names of the classroom tokens enrolled."""
    lessons: tuple[str, ...] | None = optional()
    """Ids of library lessons, in the course's order."""


@dataclass(frozen=True)
class CourseChange(Body):
    """PATCH courses/{id}: the fields to change (schema CourseChange); a field left out stays as it is.

    A list given replaces the whole list (the lessons in their new order)."""

    SCHEMA: ClassVar[str] = "CourseChange"
    title: dict[str, Any] | None = optional()
    subject: str | None = optional()
    grade: int | None = optional()
    teachers: tuple[str, ...] | None = optional()
    classrooms: tuple[str, ...] | None = optional()
    lessons: tuple[str, ...] | None = optional()


@dataclass(frozen=True)
class NewSession(Body):
    """POST courses/{id}/sessions: a live session in the timetable (schema NewSession)."""

    SCHEMA: ClassVar[str] = "NewSession"
    start: str
    """ISO 8601 with an offset (the hub's time zone's, or Z)."""
    minutes: int
    """How long it lasts: 1-600."""
    code: str | None = optional()
    """The fixed join code (6 letters of protocol/live's alphabet); left out: the hub picks a free one."""


@dataclass(frozen=True)
class SessionChange(Body):
    """PATCH courses/{id}/sessions/{sid} (schema SessionChange)."""

    SCHEMA: ClassVar[str] = "SessionChange"
    start: str | None = optional()
    minutes: int | None = optional()
    code: str | None = optional()


@dataclass(frozen=True)
class Session(Body):
    """A live session of a course (schema Session)."""

    SCHEMA: ClassVar[str] = "Session"
    id: str
    course: str
    """The course's id."""
    start: str
    """ISO 8601 in the hub's time zone."""
    minutes: int
    code: str
    """What the teacher starts the live lesson with, and what the classrooms join with."""


@dataclass(frozen=True)
class NewAssignment(Body):
    """POST courses/{id}/assignments: a lesson of the course given to its classrooms (schema NewAssignment)."""

    SCHEMA: ClassVar[str] = "NewAssignment"
    lesson: str
    """The id of a lesson in the course."""
    opens: str
    """From when the classrooms do it (ISO 8601 with an offset)."""
    due: str
    """By when (ISO 8601 with an offset), not before opens."""
    classrooms: tuple[str, ...] | None = None
    """Some of the course's classrooms; None: all of them, those enrolled later too."""


@dataclass(frozen=True)
class AssignmentChange(Body):
    """PATCH courses/{id}/assignments/{aid} (schema AssignmentChange); null classrooms: all of them again.

    This record leaves out every None, so a program that sets classrooms to null sends the JSON object itself."""

    SCHEMA: ClassVar[str] = "AssignmentChange"
    lesson: str | None = optional()
    opens: str | None = optional()
    due: str | None = optional()
    classrooms: tuple[str, ...] | None = optional()


@dataclass(frozen=True)
class Assignment(Body):
    """An assignment (schema Assignment)."""

    SCHEMA: ClassVar[str] = "Assignment"
    id: str
    course: str
    lesson: str
    opens: str
    due: str
    classrooms: tuple[str, ...] | None
    """None: every classroom of the course."""


@dataclass(frozen=True)
class Course(Body):
    """A course as its teachers, an admin or an enrolled classroom read it (schema Course)."""

    SCHEMA: ClassVar[str] = "Course"
    id: str
    title: dict[str, Any]
    subject: str
    grade: int | None
    teachers: tuple[str, ...]
    """Names of its teachers' tokens, its creator first."""
    classrooms: tuple[str, ...]
    lessons: tuple[str, ...]
    """Library lesson ids in the course's order."""
    sessions: tuple[Session, ...]
    """Its live sessions, earliest first."""
    assignments: tuple[Assignment, ...]
    """For a classroom only those given to it; soonest due first."""


@dataclass(frozen=True)
class CourseList(Body):
    """GET courses (schema CourseList): a teacher's own, an admin's all, a classroom's enrolled ones."""

    SCHEMA: ClassVar[str] = "CourseList"
    courses: tuple[Course, ...]


@dataclass(frozen=True)
class TimetableEntry(Record):
    """A session with what a classroom shows of its course: "Next: Tue 10:00 English with Ms Lin"."""

    session: Session
    title: dict[str, Any]
    """The course's title (schema Text)."""
    subject: str
    teacher: str | None
    """The course's first teacher's name; None when it has none."""


@dataclass(frozen=True)
class Timetable(Body):
    """GET timetable?from=&to= (schema Timetable): sessions that overlap the window, earliest first."""

    SCHEMA: ClassVar[str] = "Timetable"
    start: str
    end: str
    sessions: tuple[TimetableEntry, ...]
