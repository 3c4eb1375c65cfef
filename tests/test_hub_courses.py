"""Courses on a real hub (/api/v1/courses, their sessions and assignments, /api/v1/timetable): every route with
every role, a course that round-trips, the timetable's window, and a session's code that starts the live lesson for
the course's teacher and no one else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import aiohttp
import pytest

from hub.server import RunningHub
from protocol.schema import validate
from tests.live_socket import Open, come_in, teach

COURSES = "/api/v1/courses"
NOT_THEIRS = "This course belongs to other teachers; only its teachers or a district admin may change it."
TAIPEI = timezone(timedelta(hours=8))
TITLE = {"language": "en", "text": "English", "translation": {"language": "zh-TW", "text": "英語"}}


def who(hub: RunningHub, role: str, name: str) -> dict[str, str]:
    return {"Authorization": "Bearer " + hub.store.issue_token(role, name)}


def at(hours: float) -> str:
    """A time this many hours from now, as a client in Taipei writes it."""
    return (datetime.now(UTC) + timedelta(hours=hours)).astimezone(TAIPEI).isoformat(timespec="seconds")


async def call(
    http: aiohttp.ClientSession, hub: RunningHub, method: str, path: str, headers: dict[str, str], body: object = None
) -> tuple[int, Any]:
    async with http.request(method, hub.url + path, headers=headers, json=body) as r:
        return r.status, await r.json() if r.content_type == "application/json" else None


async def new_course(http: aiohttp.ClientSession, hub: RunningHub, headers: dict[str, str], **more: Any) -> Any:
    body = {"title": TITLE, "subject": "english", "grade": 3, **more}
    status, course = await call(http, hub, "POST", COURSES, headers, body)
    assert status == 201, course
    validate(course, "Course")
    return course


@pytest.mark.both_databases
async def test_a_course_with_lessons_sessions_and_assignments_round_trips(
    hub: RunningHub, http: aiohttp.ClientSession
) -> None:
    lin, wang = who(hub, "teacher", "Ms Lin"), who(hub, "teacher", "Mr Wang")
    lanyu, orchid = who(hub, "classroom", "Lanyu 3"), who(hub, "classroom", "Orchid 1")
    lessons = ["english-fruit", "math-fractions"]
    course = await new_course(http, hub, lin, classrooms=["Lanyu 3", "Orchid 1"], lessons=lessons)
    assert (course["teachers"], course["classrooms"], course["lessons"]) == (
        ["Ms Lin"],
        ["Lanyu 3", "Orchid 1"],
        lessons,
    )
    one = f"{COURSES}/{course['id']}"
    tomorrow = at(24)
    status, session = await call(http, hub, "POST", one + "/sessions", lin, {"start": tomorrow, "minutes": 45})
    assert status == 201 and len(session["code"]) == 6 and session["minutes"] == 45, session
    assert datetime.fromisoformat(session["start"]) == datetime.fromisoformat(tomorrow)
    status, fixed = await call(
        http, hub, "POST", one + "/sessions", lin, {"start": at(48), "minutes": 40, "code": "ENG3AB"}
    )
    assert status == 201 and fixed["code"] == "ENG3AB"
    status, clash = await call(
        http, hub, "POST", one + "/sessions", lin, {"start": at(72), "minutes": 40, "code": "ENG3AB"}
    )
    assert status == 409 and clash["error"]["field"] == "code"
    everyone = {"lesson": "english-fruit", "opens": at(-24), "due": at(24)}
    status, first = await call(http, hub, "POST", one + "/assignments", lin, everyone)
    assert status == 201 and first["classrooms"] is None, first
    only_orchid = {"lesson": "math-fractions", "opens": at(0), "due": at(96), "classrooms": ["Orchid 1"]}
    status, second = await call(http, hub, "POST", one + "/assignments", lin, only_orchid)
    assert status == 201 and second["classrooms"] == ["Orchid 1"]
    outside = {**everyone, "lesson": "science-water"}
    status, refused = await call(http, hub, "POST", one + "/assignments", lin, outside)
    assert status == 400 and refused["error"]["field"] == "lesson"
    status, refused = await call(http, hub, "POST", one + "/assignments", lin, {**everyone, "due": at(-48)})
    assert status == 400 and refused["error"]["field"] == "due"

    status, changed = await call(
        http, hub, "PATCH", one, lin, {"lessons": lessons[::-1], "teachers": ["Ms Lin", "Mr Wang"], "grade": 4}
    )
    assert status == 200 and changed["lessons"] == lessons[::-1] and changed["grade"] == 4
    status, listed = await call(http, hub, "GET", COURSES, wang)  # now one of its teachers
    assert status == 200 and [c["id"] for c in listed["courses"]] == [course["id"]]
    mine = listed["courses"][0]
    assert [s["code"] for s in mine["sessions"]] == [session["code"], "ENG3AB"]
    assert [a["id"] for a in mine["assignments"]] == [first["id"], second["id"]]
    status, lanyu_view = await call(http, hub, "GET", COURSES, lanyu)
    assert [a["id"] for a in lanyu_view["courses"][0]["assignments"]] == [first["id"]]
    status, orchid_view = await call(http, hub, "GET", one, orchid)
    assert status == 200 and [a["id"] for a in orchid_view["assignments"]] == [first["id"], second["id"]]
    status, moved = await call(
        http, hub, "PATCH", f"{one}/assignments/{second['id']}", lin, {"classrooms": None, "due": at(120)}
    )
    assert status == 200 and moved["classrooms"] is None
    status, lanyu_view = await call(http, hub, "GET", one, lanyu)
    assert [a["id"] for a in lanyu_view["assignments"]] == [first["id"], second["id"]]
    status, refused = await call(http, hub, "PATCH", one, lin, {"lessons": ["english-fruit"]})
    assert status == 409 and "'math-fractions' is assigned" in refused["error"]["message"]

    status, _ = await call(http, hub, "DELETE", f"{one}/sessions/{session['id']}", lin)
    assert status == 204
    status, _ = await call(http, hub, "DELETE", one, wang)
    assert status == 204
    status, gone = await call(http, hub, "GET", one, lin)
    assert status == 404 and (await call(http, hub, "GET", COURSES, lin))[1] == {"courses": []}


async def test_every_course_route_answers_each_role(hub: RunningHub, http: aiohttp.ClientSession) -> None:
    lin, wang, admin = who(hub, "teacher", "Ms Lin"), who(hub, "teacher", "Mr Wang"), who(hub, "admin", "District")
    lanyu, orchid = who(hub, "classroom", "Lanyu 3"), who(hub, "classroom", "Orchid 1")
    course = await new_course(http, hub, lin, classrooms=["Lanyu 3"], lessons=["english-fruit"])
    one = f"{COURSES}/{course['id']}"
    status, session = await call(http, hub, "POST", one + "/sessions", lin, {"start": at(1), "minutes": 30})
    status, assignment = await call(
        http, hub, "POST", one + "/assignments", lin, {"lesson": "english-fruit", "opens": at(0), "due": at(5)}
    )
    routes: list[tuple[str, str, object]] = [
        ("POST", COURSES, {"title": TITLE, "subject": "english", "grade": None}),
        ("PATCH", one, {"subject": "english"}),
        ("POST", one + "/sessions", {"start": at(2), "minutes": 30}),
        ("PATCH", f"{one}/sessions/{session['id']}", {"minutes": 40}),
        ("POST", one + "/assignments", {"lesson": "english-fruit", "opens": at(0), "due": at(6)}),
        ("PATCH", f"{one}/assignments/{assignment['id']}", {"due": at(7)}),
        ("GET", one + "/progress", None),
        ("DELETE", f"{one}/assignments/{assignment['id']}", None),
        ("DELETE", f"{one}/sessions/{session['id']}", None),
        ("DELETE", one, None),
    ]
    for method, path, body in routes:
        assert (await call(http, hub, method, path, {}, body))[0] == 401, (method, path)
        status, refused = await call(http, hub, method, path, lanyu, body)
        assert status == 403 and "classroom token cannot do this" in refused["error"]["message"], (method, path)
        if path != COURSES:
            status, refused = await call(http, hub, method, path, wang, body)
            assert status == 403 and refused["error"]["message"] == NOT_THEIRS, (method, path)
        status, answer = await call(http, hub, method, path, admin, body)
        assert status in (200, 201, 204), (method, path, answer)
    for path in (COURSES, "/api/v1/timetable"):
        assert (await call(http, hub, "GET", path, {}))[0] == 401
    course = await new_course(http, hub, lin, classrooms=["Lanyu 3"])
    one = f"{COURSES}/{course['id']}"
    assert (await call(http, hub, "GET", one, lanyu))[0] == 200
    status, refused = await call(http, hub, "GET", one, orchid)
    assert status == 403 and "not enrolled" in refused["error"]["message"]
    status, refused = await call(http, hub, "GET", one, wang)
    assert status == 403 and "other teachers" in refused["error"]["message"]
    assert [c["id"] for c in (await call(http, hub, "GET", COURSES, orchid))[1]["courses"]] == []
    assert [c["id"] for c in (await call(http, hub, "GET", COURSES, admin))[1]["courses"]][-1] == course["id"]
    status, refused = await call(http, hub, "PATCH", one, lin, {"classrooms": ["Nowhere 9"]})
    assert status == 400 and refused["error"]["field"] == "classrooms" and "Nowhere 9" in refused["error"]["message"]
    status, refused = await call(http, hub, "POST", COURSES, lin, {"title": TITLE, "subject": "x", "grade": 13})
    assert status == 400 and refused["error"]["field"] == "grade"


@pytest.mark.both_databases
async def test_the_timetable_shows_a_classrooms_sessions_in_the_window(
    hub: RunningHub, http: aiohttp.ClientSession
) -> None:
    lin, wang = who(hub, "teacher", "Ms Lin"), who(hub, "teacher", "Mr Wang")
    lanyu = who(hub, "classroom", "Lanyu 3")
    english = await new_course(http, hub, lin, classrooms=["Lanyu 3"])
    other = await new_course(http, hub, wang)  # not Lanyu's
    starts = {}
    for hours in (-3, 2, 30, 200):
        status, session = await call(
            http, hub, "POST", f"{COURSES}/{english['id']}/sessions", lin, {"start": at(hours), "minutes": 60}
        )
        starts[hours] = session["id"]
    await call(http, hub, "POST", f"{COURSES}/{other['id']}/sessions", wang, {"start": at(2), "minutes": 60})
    window = {"from": at(-1.5), "to": at(48)}  # the one that began 3 h ago ended 2 h ago; the last is after
    async with http.get(f"{hub.url}/api/v1/timetable", headers=lanyu, params=window) as r:
        assert r.status == 200
        timetable = await r.json()
    validate(timetable, "Timetable")
    assert [e["session"]["id"] for e in timetable["sessions"]] == [starts[2], starts[30]]
    entry = timetable["sessions"][0]
    assert (entry["title"], entry["subject"], entry["teacher"]) == (TITLE, "english", "Ms Lin")
    async with http.get(f"{hub.url}/api/v1/timetable", headers=lanyu, params={"from": at(-2.5)}) as r:
        week = await r.json()
    assert [e["session"]["id"] for e in week["sessions"]] == [starts[-3], starts[2], starts[30]]
    async with http.get(f"{hub.url}/api/v1/timetable", headers=lanyu, params={"from": "tuesday"}) as r:
        assert r.status == 400 and (await r.json())["error"]["field"] == "from"


async def test_a_sessions_code_starts_the_lesson_for_its_teachers_only(
    hub: RunningHub, http: aiohttp.ClientSession, connect: Open
) -> None:
    lin_token, wang_token = hub.store.issue_token("teacher", "Ms Lin"), hub.store.issue_token("teacher", "Mr Wang")
    lanyu_token = hub.store.issue_token("classroom", "Lanyu 3")
    lin = {"Authorization": f"Bearer {lin_token}"}
    course = await new_course(http, hub, lin, classrooms=["Lanyu 3"])
    status, session = await call(
        http, hub, "POST", f"{COURSES}/{course['id']}/sessions", lin, {"start": at(0.5), "minutes": 45}
    )
    assert status == 201
    wang = await connect(wang_token)
    refused = await wang.error({"type": "start", "code": session["code"]})
    assert refused["code"] == "code-in-use" and "another teacher's course" in refused["message"]
    teacher, started = await teach(connect, lin_token, code=session["code"])
    assert started["code"] == session["code"] and started["resumed"] is False
    await teacher.expect("roster")
    async with http.get(f"{hub.url}/api/v1/timetable", headers={"Authorization": f"Bearer {lanyu_token}"}) as r:
        [entry] = (await r.json())["sessions"]  # the classroom PC joins with the code its timetable gave it
    classroom, joined = await come_in(connect, lanyu_token, entry["session"]["code"])
    assert joined["lesson"] == started["lesson"] and joined["teacher"]["name"] == "Ms Lin"
