"""Progress back to the teacher: POST /api/v1/progress (a classroom's batch of events, stored once each by UUID as
POST results stores answers) and GET /api/v1/courses/{id}/progress (the course grid of classrooms x assigned
lessons for its teachers and admins). See docs/courses-api.md; rows in hub/progress_store.py."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from hub import json_body
from hub.course_plan import assigned_to, assignments_of, utc_now
from hub.courses import assignment_body, course_of
from hub.progress_store import add_progress, progress_of
from hub.result_checks import refusals, refused_entry
from hub.routes import API, ENROLMENT, STORE, Refusal, reply, requires
from protocol.http.progress import CourseProgress, ProgressCell, ProgressEvent, ProgressReceipt, Score, ViewerProgress
from protocol.schema import SchemaError

DONE_WATCHING = 0.9
"""A lesson without a quiz is done once this much of its video was seen."""


@requires("classroom")
async def post_progress(request: web.Request) -> web.Response:
    try:
        body = json_body.loads(await request.read(), half_surrogates=True)  # refused per event by refusals()
        refused = refusals(body, "ProgressBatch", "events")
    except json_body.BadJson as e:
        raise Refusal(f"The body is not JSON the hub takes: {e}") from None
    except SchemaError as e:
        raise Refusal(str(e), field=e.field) from None
    items = body["events"]
    valid = [ProgressEvent.from_json(item) for i, item in enumerate(items) if i not in refused]
    added = iter(add_progress(request.app[STORE].db, valid, request[ENROLMENT].name) if valid else [])
    receipt = [refused_entry(item, refused[i]) if i in refused else next(added) for i, item in enumerate(items)]
    return reply(ProgressReceipt(tuple(receipt)))


def _score(rows: list[dict[str, Any]]) -> Score | None:
    quizzes = [row for row in rows if row["kind"] == "quiz"]
    if not quizzes:
        return None
    return Score(sum(row["correct"] or 0 for row in quizzes), sum(row["questions"] or 0 for row in quizzes))


def _watched(rows: list[dict[str, Any]]) -> float | None:
    seen = [row["fraction"] for row in rows if row["kind"] == "watched" and row["fraction"] is not None]
    return max(seen) if seen else None


def _cell(classroom: str, assignment: dict[str, Any], rows: list[dict[str, Any]], has_quiz: bool) -> ProgressCell:
    """One classroom's progress on one assignment, from its newest values (the class's "" viewer and pupils')."""
    class_rows = [row for row in rows if row["viewer"] == ""]
    quiz = _score(class_rows) or _score(rows)
    watched = _watched(rows)
    done = quiz is not None if has_quiz else (watched or 0) >= DONE_WATCHING
    by_viewer: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["viewer"]:
            by_viewer.setdefault(row["viewer"], []).append(row)
    per_viewer = tuple(ViewerProgress(name, _watched(mine), _score(mine)) for name, mine in sorted(by_viewer.items()))
    downloaded = any(row["kind"] == "downloaded" and (row["fraction"] or 0) >= 1 for row in class_rows)
    late = not done and assignment["due_at"] < utc_now()
    lesson = assignment["lesson_id"]
    return ProgressCell(classroom, assignment["id"], lesson, downloaded, watched, quiz, late, per_viewer)


@requires("teacher", "admin")
async def course_progress(request: web.Request) -> web.Response:
    course = course_of(request, change=True)
    db = request.app[STORE].db
    assignments = assignments_of(db, [course["id"]])
    lessons = sorted({a["lesson_id"] for a in assignments})
    rows = progress_of(db, course["classrooms"], lessons)
    marks = ", ".join("?" for _ in lessons)
    found = db.query(f"select id, quiz from lessons where id in ({marks})", lessons) if lessons else []
    quizzes = {row["id"]: row["quiz"] for row in found}
    cells = [
        _cell(
            classroom,
            assignment,
            [row for row in rows if row["classroom"] == classroom and row["lesson_id"] == assignment["lesson_id"]],
            json.loads(quizzes.get(assignment["lesson_id"]) or "null") is not None,
        )
        for classroom in course["classrooms"]
        for assignment in assignments
        if assigned_to(assignment, classroom, course["classrooms"])
    ]
    return reply(CourseProgress(course["id"], tuple(assignment_body(a) for a in assignments), tuple(cells)))


def setup(app: web.Application) -> None:
    """Add the progress routes to the hub's app."""
    app.router.add_post(f"{API}/progress", post_progress)
    app.router.add_get(API + "/courses/{id:[0-9a-f]{16}}/progress", course_progress)
