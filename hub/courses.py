"""The courses' routes: /api/v1/courses and courses/{id} (see docs/courses-api.md).

A teacher or an admin creates a course; its teachers and an admin change or delete it, another teacher gets 403
with a sentence. Each token reads the courses it has a part in: a teacher those they teach, a classroom those it
is enrolled in (with only its own assignments), an admin all. Rows: hub/course_store.py and hub/course_plan.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aiohttp import web

from hub.course_plan import assigned_to, assignments_of, delete_plan, local, sessions_of
from hub.course_store import (
    course_ids,
    courses_by_id,
    delete_course,
    find_course,
    insert_course,
    unknown_lessons,
    unknown_tokens,
    update_course,
)
from hub.database import Database
from hub.roles import Forbidden
from hub.routes import API, ENROLMENT, STORE, Refusal, document, reply, requires
from hub.store import Enrolment
from protocol.http.courses import Assignment, Course, CourseChange, CourseList, NewCourse, Session

PATH = f"{API}/courses"
ONE = PATH + "/{id:[0-9a-f]{16}}"
NOT_THEIRS = "This course belongs to other teachers; only its teachers or a district admin may change it."
NOT_ENROLLED = "This classroom is not enrolled in this course; a teacher of the course may enrol it."


def session_body(row: dict[str, Any]) -> Session:
    return Session(row["id"], row["course_id"], local(row["starts_at"]), row["minutes"], row["code"])


def assignment_body(row: dict[str, Any]) -> Assignment:
    classrooms = None if row["classrooms"] is None else tuple(row["classrooms"])
    return Assignment(
        row["id"], row["course_id"], row["lesson_id"], local(row["opens_at"]), local(row["due_at"]), classrooms
    )


def course_bodies(db: Database, rows: Sequence[dict[str, Any]], who: Enrolment) -> list[Course]:
    """The courses as this token reads them: a classroom sees only the assignments given to it."""
    ids = [row["id"] for row in rows]
    sessions = sessions_of(db, ids)
    assignments = assignments_of(db, ids)
    found = []
    for row in rows:
        mine = [a for a in assignments if a["course_id"] == row["id"]]
        if who.role == "classroom":
            mine = [a for a in mine if assigned_to(a, who.name, row["classrooms"])]
        found.append(
            Course(
                row["id"],
                row["title"],
                row["subject"],
                row["grade"],
                tuple(row["teachers"]),
                tuple(row["classrooms"]),
                tuple(row["lessons"]),
                tuple(session_body(s) for s in sessions if s["course_id"] == row["id"]),
                tuple(assignment_body(a) for a in mine),
            )
        )
    return found


def course_of(request: web.Request, change: bool = False) -> dict[str, Any]:
    """The course the URL names, if the token may read it (or with change=True change it): 404 or 403 otherwise."""
    row = find_course(request.app[STORE].db, request.match_info["id"])
    if row is None:
        raise Refusal("No such course on this hub.", 404)
    who = request[ENROLMENT]
    if who.role == "classroom" and who.name not in row["classrooms"]:
        raise Forbidden(NOT_ENROLLED)
    if who.role == "teacher" and who.name not in row["teachers"]:
        raise Forbidden(NOT_THEIRS if change else "This course belongs to other teachers; only they may see it.")
    return row


def _check_names(db: Database, fields: dict[str, Any]) -> None:
    """400 naming the first teacher, classroom or lesson the hub does not know."""
    for key, role in (("teachers", "teacher"), ("classrooms", "classroom")):
        unknown = unknown_tokens(db, fields.get(key) or (), role)
        if unknown:
            message = f"No {role} token is named {unknown[0]!r}; check the name (oo-hub token --role {role} makes one)."
            raise Refusal(message, field=key)
    missing = unknown_lessons(db, fields.get("lessons") or ())
    if missing:
        raise Refusal(f"No lesson of this hub's library has the id {missing[0]!r}.", field="lessons")


@requires("teacher", "classroom", "admin")
async def list_courses(request: web.Request) -> web.Response:
    who = request[ENROLMENT]
    db = request.app[STORE].db
    rows = courses_by_id(db, course_ids(db, who.role, who.name))
    return reply(CourseList(tuple(course_bodies(db, rows, who))))


@requires("teacher", "admin")
async def create(request: web.Request) -> web.Response:
    fields = NewCourse.from_json(await document(request, NewCourse.SCHEMA)).to_json()
    who = request[ENROLMENT]
    fields["teachers"] = ([who.name] if who.role == "teacher" else []) + list(fields.get("teachers") or [])
    db = request.app[STORE].db
    _check_names(db, fields)
    with db.transaction():
        course_id = insert_course(db, fields)
    row = find_course(db, course_id)
    assert row is not None
    return reply(course_bodies(db, [row], who)[0], status=201, headers={"Location": f"{PATH}/{course_id}"})


@requires("teacher", "classroom", "admin")
async def one(request: web.Request) -> web.Response:
    return reply(course_bodies(request.app[STORE].db, [course_of(request)], request[ENROLMENT])[0])


@requires("teacher", "admin")
async def change(request: web.Request) -> web.Response:
    course_id = course_of(request, change=True)["id"]
    changes = await document(request, CourseChange.SCHEMA)
    db = request.app[STORE].db
    _check_names(db, changes)
    if "lessons" in changes:
        dropped = [a["lesson_id"] for a in assignments_of(db, [course_id]) if a["lesson_id"] not in changes["lessons"]]
        if dropped:
            message = f"The lesson {dropped[0]!r} is assigned; remove its assignments before taking it out."
            raise Refusal(message, 409, "lessons")
    with db.transaction():
        update_course(db, course_id, changes)
    row = find_course(db, course_id)
    assert row is not None
    return reply(course_bodies(db, [row], request[ENROLMENT])[0])


@requires("teacher", "admin")
async def delete(request: web.Request) -> web.Response:
    course_id = course_of(request, change=True)["id"]
    db = request.app[STORE].db
    with db.transaction():
        delete_plan(db, course_id)
        delete_course(db, course_id)
    return web.Response(status=204)


def setup(app: web.Application) -> None:
    """Add the courses' routes to the hub's app."""
    app.router.add_get(PATH, list_courses)
    app.router.add_post(PATH, create)
    app.router.add_get(ONE, one)
    app.router.add_patch(ONE, change)
    app.router.add_delete(ONE, delete)
