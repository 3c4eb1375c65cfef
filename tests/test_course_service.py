"""A classroom PC reads its courses from a real hub: its assignments soonest due first, the live sessions ahead,
kept in classroom.db for a PC that is offline; and its own progress as This week reads it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from app.config import Config
from app.progress_log import Done
from app.services import open_services
from hub.server import RunningHub
from tests.test_hub_courses import at, call, new_course, who


async def test_a_classroom_keeps_its_assignments_and_next_sessions_and_shows_them_offline(
    hub: RunningHub, http: aiohttp.ClientSession, tmp_path: Path
) -> None:
    lin = who(hub, "teacher", "Ms Lin")
    token = hub.store.issue_token("classroom", "Lanyu 3")
    hub.store.issue_token("classroom", "Orchid 1")
    course = await new_course(
        http, hub, lin, classrooms=["Lanyu 3", "Orchid 1"], lessons=["english-fruit", "math-fractions"]
    )
    path = f"/api/v1/courses/{course['id']}"
    for lesson, due, classrooms in (
        ("math-fractions", at(72), None),
        ("english-fruit", at(24), None),
        ("math-fractions", at(12), ["Orchid 1"]),  # not this classroom's
    ):
        body = {"lesson": lesson, "opens": at(-1), "due": due, "classrooms": classrooms}
        status, _ = await call(http, hub, "POST", f"{path}/assignments", lin, body)
        assert status == 201
    for start in (at(-2), at(2)):  # one over, one ahead
        status, _ = await call(http, hub, "POST", f"{path}/sessions", lin, {"start": start, "minutes": 45})
        assert status == 201
    services = open_services(Config(), tmp_path, hub.url, token)
    try:
        assert services.courses.assignments() == []
        assert await services.courses.refresh()
        assigned = services.courses.assignments()
        assert [a.lesson for a in assigned] == ["english-fruit", "math-fractions"]
        assert assigned[0].course.title == course["title"]
        ahead = services.courses.next_sessions(datetime.now(UTC))
        assert len(ahead) == 1 and ahead[0].teacher == "Ms Lin" and len(ahead[0].session.code) == 6
        assert services.courses.course_lessons(course["id"]) == {"english-fruit", "math-fractions"}
        services.progress.record_fraction("english-fruit", "林志明", "watched", 0.4, "2026-12-04T10:00:00+08:00")
        services.progress.record_fraction("english-fruit", "", "watched", 0.7, "2026-12-04T10:01:00+08:00")
        assert not services.progress.record_fraction("english-fruit", "", "watched", 0.5, "2026-12-04T10:02:00+08:00")
        services.progress.record_quiz("english-fruit", "林志明", Done(2, 3), "2026-12-04T10:05:00+08:00")
        services.progress.record_quiz("english-fruit", "王小美", Done(3, 3), "2026-12-04T10:06:00+08:00")
    finally:
        await services.stop()
    services = open_services(Config(), tmp_path, "http://127.0.0.1:9", token)  # offline: what was kept
    try:
        assert not await services.courses.refresh()
        assert [a.lesson for a in services.courses.assignments()] == ["english-fruit", "math-fractions"]
        later = datetime.now(UTC) + timedelta(hours=1)
        assert [e.session.start for e in services.courses.next_sessions(later)] == [ahead[0].session.start]
        assert services.progress.watched("english-fruit") == 0.7
        assert services.progress.watched("math-fractions") is None
        assert services.progress.quiz("english-fruit") == Done(5, 6)
        assert services.progress.quiz("math-fractions") is None
    finally:
        await services.stop()
