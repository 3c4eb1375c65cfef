"""Progress back to the teacher on a real hub: POST /api/v1/progress stores each event once by its UUID (a batch
sent twice counts once, a bad event is refused alone), the newest value per (classroom, lesson, viewer, kind) is
kept, and GET /api/v1/courses/{id}/progress shows the grid of classrooms x assigned lessons with late items."""

from __future__ import annotations

import uuid
from typing import Any

import aiohttp
import pytest

from hub.server import RunningHub
from protocol.schema import validate
from tests.test_hub_courses import COURSES, NOT_THEIRS, at, call, new_course, who

PROGRESS = "/api/v1/progress"


def event(lesson: str, viewer: str, kind: str, hours: float, **values: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "lesson": lesson, "viewer": viewer, "kind": kind, "at": at(hours), **values}


async def course_with_two_assignments(http: aiohttp.ClientSession, hub: RunningHub, lin: dict[str, str]) -> Any:
    """Lanyu 3 and Orchid 1 with english-fruit due an hour ago and math-fractions due tomorrow."""
    course = await new_course(
        http, hub, lin, classrooms=["Lanyu 3", "Orchid 1"], lessons=["english-fruit", "math-fractions"]
    )
    for lesson, due in (("english-fruit", -1), ("math-fractions", 24)):
        body = {"lesson": lesson, "opens": at(-48), "due": at(due)}
        status, _ = await call(http, hub, "POST", f"{COURSES}/{course['id']}/assignments", lin, body)
        assert status == 201
    return course


def cells(grid: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(cell["classroom"], cell["lesson"]): cell for cell in grid["cells"]}


@pytest.mark.both_databases
async def test_progress_sent_twice_counts_once_and_the_grid_marks_what_is_late(
    hub: RunningHub, http: aiohttp.ClientSession
) -> None:
    lin = who(hub, "teacher", "Ms Lin")
    lanyu, orchid = who(hub, "classroom", "Lanyu 3"), who(hub, "classroom", "Orchid 1")
    course = await course_with_two_assignments(http, hub, lin)
    batch = [
        event("english-fruit", "", "downloaded", -30, fraction=1.0),
        event("english-fruit", "陳怡君", "watched", -5, fraction=0.4),
        event("english-fruit", "陳怡君", "watched", -3, fraction=0.95),
        event("english-fruit", "陳怡君", "quiz", -2, right=3, total=4),
        event("english-fruit", "林志明", "quiz", -2, right=2, total=4),
    ]
    for _ in range(2):  # the link dropped before the receipt arrived: the outbox sends the batch again
        status, receipt = await call(http, hub, "POST", PROGRESS, lanyu, {"events": batch})
        assert status == 200, receipt
        validate(receipt, "ProgressReceipt")
    assert [r["status"] for r in receipt["events"]] == ["duplicate"] * 5
    late = event("english-fruit", "陳怡君", "watched", -4, fraction=0.1)  # older than the 0.95: it changes nothing
    bad = {**event("math-fractions", "", "watched", -1), "fraction": 2}
    status, receipt = await call(http, hub, "POST", PROGRESS, lanyu, {"events": [late, bad]})
    assert [r["status"] for r in receipt["events"]] == ["stored", "refused"]
    assert receipt["events"][1]["field"] == "events/1/fraction"
    status, _ = await call(
        http, hub, "POST", PROGRESS, orchid, {"events": [event("math-fractions", "", "watched", -1, fraction=0.5)]}
    )
    status, grid = await call(http, hub, "GET", f"{COURSES}/{course['id']}/progress", lin)
    assert status == 200, grid
    validate(grid, "CourseProgress")
    found = cells(grid)
    assert len(grid["cells"]) == 4 and [a["lesson"] for a in grid["assignments"]] == ["english-fruit", "math-fractions"]
    fruit = found[("Lanyu 3", "english-fruit")]
    assert (fruit["downloaded"], fruit["watched"], fruit["quiz"], fruit["late"]) == (
        True,
        0.95,
        {"right": 5, "total": 8},
        False,
    )
    assert fruit["viewers"] == [
        {"viewer": "林志明", "watched": None, "quiz": {"right": 2, "total": 4}},
        {"viewer": "陳怡君", "watched": 0.95, "quiz": {"right": 3, "total": 4}},
    ]
    missed = found[("Orchid 1", "english-fruit")]
    assert (missed["downloaded"], missed["watched"], missed["quiz"], missed["late"]) == (False, None, None, True)
    half = found[("Orchid 1", "math-fractions")]
    assert (half["watched"], half["late"]) == (0.5, False)  # not done, but not due yet


async def test_progress_routes_answer_each_role(hub: RunningHub, http: aiohttp.ClientSession) -> None:
    lin, wang, admin = who(hub, "teacher", "Ms Lin"), who(hub, "teacher", "Mr Wang"), who(hub, "admin", "District")
    lanyu = who(hub, "classroom", "Lanyu 3")
    who(hub, "classroom", "Orchid 1")
    course = await course_with_two_assignments(http, hub, lin)
    grid = f"{COURSES}/{course['id']}/progress"
    body = {"events": [event("english-fruit", "", "watched", 0, fraction=1.0)]}
    assert (await call(http, hub, "POST", PROGRESS, {}, body))[0] == 401
    for headers in (lin, admin):
        status, refused = await call(http, hub, "POST", PROGRESS, headers, body)
        assert status == 403 and "needs a classroom token" in refused["error"]["message"]
    status, refused = await call(http, hub, "POST", PROGRESS, lanyu, {"events": []})
    assert status == 400 and refused["error"]["field"] == "events"
    assert (await call(http, hub, "GET", grid, {}))[0] == 401
    status, refused = await call(http, hub, "GET", grid, lanyu)
    assert status == 403 and "classroom token cannot do this" in refused["error"]["message"]
    status, refused = await call(http, hub, "GET", grid, wang)
    assert status == 403 and refused["error"]["message"] == NOT_THEIRS
    assert (await call(http, hub, "GET", grid, admin))[0] == 200
