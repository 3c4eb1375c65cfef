"""Live sessions of a course (/api/v1/courses/{id}/sessions) and the timetable (/api/v1/timetable).

A session keeps its join code from when it is planned until it ends: the course's teachers start the live lesson
with it (hub/lessons.py asks hub/course_plan.py), another teacher is refused, and no other session nor a live
lesson the hub makes up takes it meanwhile. See docs/courses-api.md.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from hub import live
from hub.course_plan import (
    add_session,
    code_kept,
    delete_session,
    find_session,
    free_code,
    local,
    sessions_of,
    update_session,
    utc,
)
from hub.course_store import course_ids, courses_by_id
from hub.courses import ONE, course_of, session_body
from hub.routes import API, ENROLMENT, STORE, Refusal, document, reply, requires
from protocol.http.courses import NewSession, SessionChange, Timetable, TimetableEntry
from protocol.schema import RFC3339

PATH = ONE + "/sessions"
WEEK = timedelta(days=7)


def _check_code(request: web.Request, code: str, session_id: str = "") -> None:
    """409 when another planned session keeps the code, or another teacher's live lesson uses it now."""
    if code_kept(request.app[STORE].db, code, session_id):
        raise Refusal(f"Another planned session has the code {code}; choose another or leave it out.", 409, "code")
    lesson = request.app[live.LESSONS].by_code(code)
    if lesson is not None and lesson.teacher.name != request[ENROLMENT].name:
        raise Refusal(f"Another teacher's live lesson is using the code {code} now; choose another.", 409, "code")


def _session(request: web.Request) -> dict[str, Any]:
    course = course_of(request, change=True)
    row = find_session(request.app[STORE].db, course["id"], request.match_info["sid"])
    if row is None:
        raise Refusal("This course has no such session.", 404)
    return row


@requires("teacher", "admin")
async def create(request: web.Request) -> web.Response:
    course = course_of(request, change=True)
    new = NewSession.from_json(await document(request, NewSession.SCHEMA))
    db = request.app[STORE].db
    code = new.code or free_code(db)
    with db.transaction():
        _check_code(request, code)
        session_id = add_session(db, course["id"], new.start, new.minutes, code)
    row = find_session(db, course["id"], session_id)
    assert row is not None
    return reply(session_body(row), status=201, headers={"Location": f"{request.path}/{session_id}"})


@requires("teacher", "admin")
async def change(request: web.Request) -> web.Response:
    row = _session(request)
    changes = await document(request, SessionChange.SCHEMA)
    db = request.app[STORE].db
    with db.transaction():
        if "code" in changes:
            _check_code(request, changes["code"], row["id"])
        update_session(db, row, changes)
    changed = find_session(db, row["course_id"], row["id"])
    assert changed is not None
    return reply(session_body(changed))


@requires("teacher", "admin")
async def delete(request: web.Request) -> web.Response:
    row = _session(request)
    delete_session(request.app[STORE].db, row["id"])
    return web.Response(status=204)


def _moment(request: web.Request, key: str, default: datetime) -> str:
    """A query's time as stored UTC text (400 when it is not ISO 8601 with an offset)."""
    given = request.query.get(key)
    if given is None:
        return default.isoformat(timespec="seconds")
    if not RFC3339.fullmatch(given):
        raise Refusal(f"{key}: expected a time like 2026-12-08T10:00:00+08:00, not {given[:40]!r}", field=key)
    try:
        return utc(given)
    except ValueError:
        raise Refusal(f"{key}: {given[:40]!r} is no time that exists", field=key) from None


@requires("teacher", "classroom", "admin")
async def timetable(request: web.Request) -> web.Response:
    start = _moment(request, "from", datetime.now(UTC))
    end = _moment(request, "to", datetime.fromisoformat(start) + WEEK)
    if end <= start:
        raise Refusal("to: the window's end must come after its start (from).", field="to")
    who = request[ENROLMENT]
    db = request.app[STORE].db
    courses = {row["id"]: row for row in courses_by_id(db, course_ids(db, who.role, who.name))}
    entries = []
    for row in sessions_of(db, list(courses), start, end):
        course = courses[row["course_id"]]
        teacher = course["teachers"][0] if course["teachers"] else None
        entries.append(TimetableEntry(session_body(row), course["title"], course["subject"], teacher))
    return reply(Timetable(local(start), local(end), tuple(entries)))


def setup(app: web.Application) -> None:
    """Add the sessions' and the timetable's routes to the hub's app (after hub/live.py's setup)."""
    app.router.add_post(PATH, create)
    one = PATH + "/{sid:[0-9a-f]{16}}"
    app.router.add_patch(one, change)
    app.router.add_delete(one, delete)
    app.router.add_get(f"{API}/timetable", timetable)
