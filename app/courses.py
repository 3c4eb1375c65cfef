"""The courses this PC is in: their assignments and the live sessions ahead, kept in classroom.db so This week
shows offline, and refreshed from the hub (GET courses, GET timetable) when it can be."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from app.catalog import REFRESH_SECONDS, RETRY_SECONDS
from app.hub_client import HubClient
from app.repeater import Repeater
from media.database import writing
from media.errors import ClassroomError
from protocol.http.courses import Assignment, Course, CourseList, Timetable, TimetableEntry

logger = logging.getLogger(__name__)

TABLE = "course_documents"


@dataclass(frozen=True)
class Assigned:
    """An assignment with its course, as This week shows it."""

    assignment: Assignment
    course: Course

    @property
    def lesson(self) -> str:
        return self.assignment.lesson

    @property
    def opens(self) -> datetime:
        return datetime.fromisoformat(self.assignment.opens)

    @property
    def due(self) -> datetime:
        return datetime.fromisoformat(self.assignment.due)


def session_end(entry: TimetableEntry) -> datetime:
    return datetime.fromisoformat(entry.session.start) + timedelta(minutes=entry.session.minutes)


class CourseService(QObject):
    """Owns what the hub last said of this PC's courses and timetable. Must be used in the event loop."""

    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, client: HubClient) -> None:
        super().__init__()
        self._db = db
        self._client = client
        db.table(TABLE).create({"name": str, "body": str, "fetched_at": str}, pk="name", if_not_exists=True)
        self._courses = CourseList(())
        self._timetable = Timetable("", "", ())
        self._repeater = Repeater(self.refresh, REFRESH_SECONDS, RETRY_SECONDS)
        for row in db.query(f"select name, body from {TABLE}"):
            if row["name"] == "courses":
                self._courses = CourseList.from_json(json.loads(row["body"]))
            elif row["name"] == "timetable":
                self._timetable = Timetable.from_json(json.loads(row["body"]))

    @property
    def courses(self) -> tuple[Course, ...]:
        return self._courses.courses

    @property
    def sessions(self) -> tuple[TimetableEntry, ...]:
        """The live sessions the hub last listed (from then to a week ahead), earliest first."""
        return self._timetable.sessions

    def assignments(self) -> list[Assigned]:
        """Every assignment given to this PC in its courses, soonest due first."""
        found = [Assigned(a, course) for course in self.courses for a in course.assignments]
        return sorted(found, key=lambda assigned: assigned.due)

    def course_lessons(self, course_id: str) -> frozenset[str]:
        """The ids of a course's lessons (none for a course this PC is not in)."""
        return frozenset(next((c.lessons for c in self.courses if c.id == course_id), ()))

    def next_sessions(self, now: datetime) -> list[TimetableEntry]:
        """The sessions that have not ended at now (an aware time), earliest first."""
        return [entry for entry in self.sessions if session_end(entry) > now]

    async def refresh(self) -> bool:
        """Ask the hub once; True when it answered. What was kept stays when it did not."""
        try:
            courses = await self._client.courses()
            timetable = await self._client.timetable()
        except ClassroomError as e:
            logger.info("courses refresh failed: %s", e)
            return False
        if (courses, timetable.sessions) != (self._courses, self._timetable.sessions):
            now = datetime.now().isoformat()
            with writing(self._db):
                for name, document in (("courses", courses), ("timetable", timetable)):
                    body = json.dumps(document.to_json(), ensure_ascii=False)
                    self._db.table(TABLE).upsert({"name": name, "body": body, "fetched_at": now}, pk="name")
            self._courses, self._timetable = courses, timetable
            self.changed.emit()
        return True

    def refresh_soon(self) -> None:
        self._repeater.wake()

    def start(self) -> None:
        """Keep them fresh, as the catalog is: every few minutes online, with backoff offline."""
        self._repeater.start()

    async def stop(self) -> None:
        await self._repeater.stop()
