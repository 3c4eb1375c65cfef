"""Assignments of a course (/api/v1/courses/{id}/assignments): a lesson of the course given to all its
classrooms or some of them, with an open date and a due date. Classrooms read theirs in GET courses.
See docs/courses-api.md; rows in hub/course_plan.py."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from hub.course_plan import add_assignment, delete_assignment, find_assignment, update_assignment, utc
from hub.courses import ONE, assignment_body, course_of
from hub.routes import STORE, Refusal, document, reply, requires
from protocol.http.courses import AssignmentChange, NewAssignment

PATH = ONE + "/assignments"


def _check(course: dict[str, Any], fields: dict[str, Any]) -> None:
    """400 for a lesson not in the course, a classroom not enrolled, or a due date before the open date."""
    if fields["lesson"] not in course["lessons"]:
        raise Refusal("This lesson is not in the course; add it to the course's lessons first.", field="lesson")
    outside = [name for name in fields["classrooms"] or () if name not in course["classrooms"]]
    if outside:
        message = f"The classroom {outside[0]!r} is not enrolled in this course; enrol it first."
        raise Refusal(message, field="classrooms")
    if utc(fields["due"]) < utc(fields["opens"]):
        raise Refusal("due: the due date comes before the open date.", field="due")


def _assignment(request: web.Request) -> tuple[dict[str, Any], dict[str, Any]]:
    course = course_of(request, change=True)
    row = find_assignment(request.app[STORE].db, course["id"], request.match_info["aid"])
    if row is None:
        raise Refusal("This course has no such assignment.", 404)
    return course, row


@requires("teacher", "admin")
async def create(request: web.Request) -> web.Response:
    course = course_of(request, change=True)
    fields = await document(request, NewAssignment.SCHEMA)
    fields.setdefault("classrooms", None)
    _check(course, fields)
    db = request.app[STORE].db
    assignment_id = add_assignment(db, course["id"], fields)
    row = find_assignment(db, course["id"], assignment_id)
    assert row is not None
    return reply(assignment_body(row), status=201, headers={"Location": f"{request.path}/{assignment_id}"})


@requires("teacher", "admin")
async def change(request: web.Request) -> web.Response:
    course, row = _assignment(request)
    changes = await document(request, AssignmentChange.SCHEMA)
    was = {"lesson": row["lesson_id"], "opens": row["opens_at"], "due": row["due_at"], "classrooms": row["classrooms"]}
    _check(course, {**was, **changes})
    db = request.app[STORE].db
    update_assignment(db, row["id"], changes)
    changed = find_assignment(db, course["id"], row["id"])
    assert changed is not None
    return reply(assignment_body(changed))


@requires("teacher", "admin")
async def delete(request: web.Request) -> web.Response:
    _, row = _assignment(request)
    delete_assignment(request.app[STORE].db, row["id"])
    return web.Response(status=204)


def setup(app: web.Application) -> None:
    """Add the assignments' routes to the hub's app."""
    app.router.add_post(PATH, create)
    one = PATH + "/{aid:[0-9a-f]{16}}"
    app.router.add_patch(one, change)
    app.router.add_delete(one, delete)
