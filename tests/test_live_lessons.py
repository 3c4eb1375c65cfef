"""Live lessons on the hub's socket, on a real port: codes, joining, roster, relay, hands, chat, mute,
stage, pop-up quizzes with live results, the end, attendance, and messages that are wrong."""

from __future__ import annotations

import re
import uuid
from typing import Any

import aiohttp
import pytest

from hub.lessons import CODE_ALPHABET
from hub.server import RunningHub
from protocol.schema import validate
from tests.live_socket import Open, come_in, teach


def token(hub: RunningHub, role: str, name: str) -> str:
    return hub.store.issue_token(role, name)


async def test_a_teacher_starts_a_lesson_and_a_classroom_joins_with_its_code(hub: RunningHub, connect: Open) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin 林老師"))
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{6}}", started["code"]) and started["resumed"] is False
    assert await teacher.expect("roster") == {"type": "roster", "lesson": started["lesson"], "peers": []}
    typed = started["code"].lower()[:3] + "-" + started["code"].lower()[3:]
    classroom, joined = await come_in(connect, token(hub, "classroom", "Lanyu 3"), typed)
    assert joined["lesson"] == started["lesson"] and joined["code"] == started["code"]
    assert joined["teacher"] == {"peer": started["peer"], "name": "Ms. Lin 林老師", "online": True}
    assert (joined["stage"], joined["muted"], joined["hand"]) == (None, False, False)
    assert started["ice_servers"] == joined["ice_servers"] == []  # no [turn] in the hub's settings
    assert joined["media"] == {"server": "star"}  # no [janus]: links to and from the teacher's PC
    roster = await teacher.expect("roster")
    assert [(p["peer"], p["name"], p["online"]) for p in roster["peers"]] == [(joined["peer"], "Lanyu 3", True)]
    await classroom.nothing_pending()


async def test_no_one_gets_in_without_a_valid_token_code_and_role(
    hub: RunningHub, connect: Open, http: aiohttp.ClientSession
) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await http.ws_connect(f"{hub.url}/api/v1/live", headers={"Authorization": "Bearer guess"})
    assert refused.value.status == 401
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    lanyu = token(hub, "classroom", "Lanyu 3")
    classroom = await connect(lanyu)
    assert (await classroom.error({"type": "join", "code": "ZZZZZZ"}))["code"] == "no-such-lesson"
    closing = await classroom.socket.receive(timeout=5)  # another guess needs another socket
    assert closing.type is aiohttp.WSMsgType.CLOSE and closing.data == aiohttp.WSCloseCode.POLICY_VIOLATION
    classroom = await connect(lanyu)
    assert (await classroom.error({"type": "start"}))["code"] == "not-allowed"
    assert (await classroom.error({"type": "chat", "text": "hello?"}))["code"] == "not-in-lesson"
    other = await connect(token(hub, "teacher", "Mr. Wang"))
    assert (await other.error({"type": "join", "code": started["code"]}))["code"] == "not-allowed"
    taken = await other.error({"type": "start", "code": started["code"]})
    assert taken["code"] == "code-in-use" and started["code"] in taken["message"]
    assert (await other.error({"type": "start", "code": "ABC1EF"}))["code"] == "bad-code"
    await teacher.expect("roster")
    await teacher.expect("hands")
    await teacher.nothing_pending()  # no one came into the lesson


async def test_a_teacher_who_comes_back_with_the_code_resumes_the_lesson(hub: RunningHub, connect: Open) -> None:
    lin = token(hub, "teacher", "Ms. Lin")
    first, started = await teach(connect, lin, code="math3a")
    assert started["code"] == "MATH3A"
    classroom, joined = await come_in(connect, token(hub, "classroom", "Lanyu 3"), "MATH3A")
    await first.socket.close()
    assert await classroom.expect("teacher") == {"type": "teacher", "lesson": started["lesson"], "online": False}
    second, resumed = await teach(connect, lin, code="MATH3A")
    assert (resumed["lesson"], resumed["peer"], resumed["resumed"]) == (started["lesson"], started["peer"], True)
    roster = await second.expect("roster")
    assert [(p["peer"], p["online"]) for p in roster["peers"]] == [(joined["peer"], True)]
    assert (await classroom.expect("teacher"))["online"] is True


async def test_roster_and_attendance_follow_classrooms_leaving_and_coming_back(
    hub: RunningHub, connect: Open, http: aiohttp.ClientSession
) -> None:
    lin = token(hub, "teacher", "Ms. Lin")
    lanyu = token(hub, "classroom", "Lanyu 3")
    teacher, started = await teach(connect, lin)
    classroom, joined = await come_in(connect, lanyu, started["code"])
    await classroom.socket.close()
    roster = await teacher.expect("roster", lambda r: r["peers"] and not r["peers"][0]["online"])
    assert roster["peers"][0]["peer"] == joined["peer"]
    again, rejoined = await come_in(connect, lanyu, started["code"])
    assert rejoined["peer"] == joined["peer"]
    roster = await teacher.expect("roster", lambda r: r["peers"][0]["online"])
    assert (
        roster["peers"][0]["joined_at"]
        == hub.store.db.query("select min(joined_at) as t from attendance where peer = ?", [joined["peer"]])[0]["t"]
    )
    await teacher.send({"type": "end"})
    await again.expect("ended")

    url = f"{hub.url}/api/v1/lessons"
    async with http.get(url, headers={"Authorization": f"Bearer {lin}"}) as r:
        lessons = await r.json()
    validate(lessons, "LessonList")
    assert [(x["id"], x["code"]) for x in lessons["lessons"]] == [(started["lesson"], started["code"])]
    assert lessons["lessons"][0]["ended_at"] is not None
    async with http.get(f"{url}/{started['lesson']}/attendance", headers={"Authorization": f"Bearer {lin}"}) as r:
        body = await r.json()
    validate(body, "Attendance")
    visits = [(v["name"], v["role"], v["peer"]) for v in body["attendance"]]
    assert visits == [
        ("Ms. Lin", "teacher", started["peer"]),
        ("Lanyu 3", "classroom", joined["peer"]),
        ("Lanyu 3", "classroom", joined["peer"]),
    ]
    times = [(v["joined_at"], v["left_at"]) for v in body["attendance"]]
    assert all(left is not None and joined_at <= left for joined_at, left in times)
    assert times[1][1] <= times[2][0]  # left, then came back
    wang = token(hub, "teacher", "Mr. Wang")
    async with http.get(f"{url}/{started['lesson']}/attendance", headers={"Authorization": f"Bearer {wang}"}) as r:
        assert r.status == 404
    async with http.get(f"{url}/{started['lesson']}/attendance", headers={"Authorization": f"Bearer {lanyu}"}) as r:
        assert r.status == 403


async def test_signals_go_only_between_a_teacher_and_the_classrooms_of_its_lesson(
    hub: RunningHub, connect: Open
) -> None:
    teacher_a, lesson_a = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    teacher_b, lesson_b = await teach(connect, token(hub, "teacher", "Mr. Wang"))
    a1, joined_a1 = await come_in(connect, token(hub, "classroom", "Lanyu 3"), lesson_a["code"])
    a2, joined_a2 = await come_in(connect, token(hub, "classroom", "Orchid 5"), lesson_a["code"])
    b1, joined_b1 = await come_in(connect, token(hub, "classroom", "Green Island 4"), lesson_b["code"])
    offer = {"type": "offer", "sdp": "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"}
    await teacher_a.send({"type": "signal", "to": joined_a1["peer"], "data": offer})
    relayed = await a1.expect("signal")
    assert relayed == {"type": "signal", "lesson": lesson_a["lesson"], "from": lesson_a["peer"], "data": offer}
    answer = {"type": "answer", "sdp": "v=0\r\n"}
    await a1.send({"type": "signal", "to": lesson_a["peer"], "data": answer})
    assert (await teacher_a.expect("signal"))["data"] == answer

    refusals = [
        (a1, {"type": "signal", "to": joined_a2["peer"], "data": offer}, "not-allowed"),
        (b1, {"type": "signal", "to": lesson_a["peer"], "data": offer}, "not-allowed"),
        (teacher_a, {"type": "signal", "to": joined_b1["peer"], "data": offer}, "no-such-peer"),
        (teacher_b, {"type": "signal", "to": joined_a1["peer"], "data": offer}, "no-such-peer"),
    ]
    for sender, message, code in refusals:
        assert (await sender.error(message))["code"] == code
    for socket in (a1, a2, b1):
        await socket.nothing_pending()
    for socket in (teacher_a, teacher_b):
        await socket.send({"type": "ping"})
        while (message := await socket.next())["type"] != "pong":
            assert message["type"] in ("roster", "hands")  # no signal
    await a2.socket.close()
    offline = await teacher_a.error({"type": "signal", "to": joined_a2["peer"], "data": offer})
    assert offline["code"] == "peer-offline" and "Orchid 5" in offline["message"]


async def test_hands_queue_in_the_order_raised_until_the_teacher_lowers_them(hub: RunningHub, connect: Open) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    rooms = [await come_in(connect, token(hub, "classroom", f"Room {n}"), started["code"]) for n in range(3)]
    peers = [joined["peer"] for _, joined in rooms]
    for raised, n in enumerate((2, 0, 1), 1):
        await rooms[n][0].send({"type": "hand", "up": True})
        assert (await rooms[n][0].expect("hand"))["up"] is True
        await teacher.expect("hands", lambda m, raised=raised: len(m["queue"]) == raised)
    await rooms[2][0].send({"type": "hand", "up": True})  # a second time changes nothing
    assert (await teacher.expect("hands"))["queue"] == [peers[2], peers[0], peers[1]]
    roster = await teacher.expect("roster")
    assert all(p["hand"] for p in roster["peers"])
    await teacher.send({"type": "lower_hand", "peer": peers[0]})
    assert (await teacher.expect("hands"))["queue"] == [peers[2], peers[1]]
    assert (await rooms[0][0].expect("hand"))["up"] is False
    await rooms[1][0].send({"type": "hand", "up": False})
    assert (await teacher.expect("hands"))["queue"] == [peers[2]]
    await rooms[0][0].send({"type": "hand", "up": True})
    assert (await teacher.expect("hands"))["queue"] == [peers[2], peers[0]]
    await teacher.send({"type": "lower_hand"})
    assert (await teacher.expect("hands"))["queue"] == []
    await rooms[2][0].expect("hand", lambda m: m["up"] is False)
    assert (await rooms[0][0].error({"type": "lower_hand"}))["code"] == "not-allowed"


async def test_chat_reaches_everyone_in_the_lesson_and_no_one_else(hub: RunningHub, connect: Open) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    lanyu, joined = await come_in(connect, token(hub, "classroom", "Lanyu 3"), started["code"])
    orchid, _ = await come_in(connect, token(hub, "classroom", "Orchid 5"), started["code"])
    _, other = await teach(connect, token(hub, "teacher", "Mr. Wang"))
    outsider, _ = await come_in(connect, token(hub, "classroom", "Green Island 4"), other["code"])
    await lanyu.send({"type": "chat", "text": "  我們聽得到！ "})
    for socket in (teacher, lanyu, orchid):
        line = await socket.expect("chat")
        assert (line["from"], line["name"], line["text"]) == (joined["peer"], "Lanyu 3", "我們聽得到！")
        assert line["lesson"] == started["lesson"] and re.match(r"\d{4}-\d\d-\d\dT", line["at"])
    await teacher.send({"type": "chat", "text": "Good."})
    assert (await orchid.expect("chat"))["name"] == "Ms. Lin"
    await outsider.nothing_pending()


async def test_the_teacher_mutes_a_classroom_a_classroom_itself_and_the_stage_is_for_all(
    hub: RunningHub, connect: Open
) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    lanyu, joined = await come_in(connect, token(hub, "classroom", "Lanyu 3"), started["code"])
    orchid, other = await come_in(connect, token(hub, "classroom", "Orchid 5"), started["code"])
    await teacher.send({"type": "mute", "peer": joined["peer"], "muted": True})
    assert await lanyu.expect("muted") == {"type": "muted", "lesson": started["lesson"], "muted": True, "by": "teacher"}
    roster = await teacher.expect("roster", lambda r: r["peers"] and r["peers"][0]["muted"])
    assert [p["muted"] for p in roster["peers"]] == [True, False]
    await lanyu.send({"type": "mute", "muted": False})
    assert (await lanyu.expect("muted"))["by"] == "self"
    assert [p["muted"] for p in (await teacher.expect("roster"))["peers"]] == [False, False]
    assert (await lanyu.error({"type": "mute", "peer": other["peer"], "muted": True}))["code"] == "not-allowed"
    assert (await teacher.error({"type": "mute", "muted": True}))["code"] == "bad-message"
    await orchid.nothing_pending()

    await teacher.send({"type": "stage", "peer": other["peer"]})
    for socket in (teacher, lanyu, orchid):
        assert await socket.expect("stage") == {"type": "stage", "lesson": started["lesson"], "peer": other["peer"]}
    await teacher.send({"type": "stage", "peer": None})
    assert (await lanyu.expect("stage"))["peer"] is None
    assert (await teacher.error({"type": "stage", "peer": "nobody"}))["code"] == "no-such-peer"
    assert (await lanyu.error({"type": "stage", "peer": joined["peer"]}))["code"] == "not-allowed"


def answer(quiz_id: str, question_id: str, pupil: str, value: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "quiz_id": quiz_id,
        "question_id": question_id,
        "pupil": pupil,
        "answer": value,
        "answered_at": "2026-11-25T10:42:00+08:00",
    }


async def test_a_pushed_quiz_reaches_the_classrooms_and_its_results_the_teacher_live(
    hub: RunningHub, connect: Open, http: aiohttp.ClientSession
) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    lanyu_token = token(hub, "classroom", "Lanyu 3")
    lanyu, _ = await come_in(connect, lanyu_token, started["code"])
    assert (await teacher.error({"type": "quiz", "quiz": "no-such-quiz"}))["code"] == "no-such-quiz"
    await teacher.send({"type": "quiz", "quiz": "quiz-math-fractions"})
    pushed = await lanyu.expect("quiz")
    catalog = hub.store.catalog().lessons
    assert pushed["quiz"] == next(x["quiz"] for x in catalog if x["quiz"]["id"] == "quiz-math-fractions")

    batch = [
        answer("quiz-math-fractions", "q1", "陳怡君", "b"),
        answer("quiz-science-water", "q1", "陳怡君", "a"),  # an offline quiz, not pushed
        answer("quiz-math-fractions", "q2", "林志明", 3),
    ]
    headers = {"Authorization": f"Bearer {lanyu_token}"}
    async with http.post(f"{hub.url}/api/v1/results", headers=headers, json={"results": batch}) as r:
        assert r.status == 200
    results = await teacher.expect("results")
    assert (results["lesson"], results["quiz"]) == (started["lesson"], "quiz-math-fractions")
    assert [(x["id"], x["pupil"], x["answer"], x["classroom"]) for x in results["results"]] == [
        (batch[0]["id"], "陳怡君", "b", "Lanyu 3"),
        (batch[2]["id"], "林志明", 3, "Lanyu 3"),
    ]
    async with http.post(f"{hub.url}/api/v1/results", headers=headers, json={"results": batch}) as r:
        assert [x["status"] for x in (await r.json())["results"]] == ["duplicate"] * 3
    await teacher.nothing_pending()  # a repeat is no news


async def test_the_end_ends_it_for_everyone_and_frees_the_code(hub: RunningHub, connect: Open) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"), code="SCA4BB")
    lanyu_token = token(hub, "classroom", "Lanyu 3")
    classroom, _ = await come_in(connect, lanyu_token, "SCA4BB")
    assert (await classroom.error({"type": "end"}))["code"] == "not-allowed"
    await teacher.send({"type": "end"})
    for socket in (teacher, classroom):
        assert await socket.expect("ended") == {"type": "ended", "lesson": started["lesson"]}
    assert (await classroom.error({"type": "join", "code": "SCA4BB"}))["code"] == "no-such-lesson"
    assert (await teacher.error({"type": "chat", "text": "still there?"}))["code"] == "not-in-lesson"
    _, again = await teach(connect, token(hub, "teacher", "Mr. Wang"), code="SCA4BB")
    assert again["lesson"] != started["lesson"] and again["resumed"] is False


async def test_a_classroom_that_comes_in_again_replaces_its_old_socket(hub: RunningHub, connect: Open) -> None:
    _, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    lanyu = token(hub, "classroom", "Lanyu 3")
    old, first = await come_in(connect, lanyu, started["code"])
    new, second = await come_in(connect, lanyu, started["code"])
    assert second["peer"] == first["peer"]
    assert (await old.expect("error"))["code"] == "replaced"
    assert (await old.socket.receive(timeout=5)).type is aiohttp.WSMsgType.CLOSE
    await new.send({"type": "hand", "up": True})
    assert (await new.expect("hand"))["up"] is True


async def test_wrong_messages_get_errors_and_the_socket_stays_open(hub: RunningHub, connect: Open) -> None:
    teacher, started = await teach(connect, token(hub, "teacher", "Ms. Lin"))
    classroom, _ = await come_in(connect, token(hub, "classroom", "Lanyu 3"), started["code"])
    for text in ("not json", "[1, 2]", '{"no": "type"}', '{"type": 7}'):
        await classroom.socket.send_str(text)
        assert (await classroom.expect("error"))["code"] == "bad-message"
    wrong: list[tuple[dict[str, Any], str]] = [
        ({"type": "raise-hand"}, "unknown-type"),
        ({"type": "join"}, "bad-message"),
        ({"type": "hand"}, "bad-message"),
        ({"type": "hand", "up": "yes"}, "bad-message"),
        ({"type": "signal", "to": started["peer"]}, "bad-message"),
        ({"type": "signal", "to": started["peer"], "data": {"type": "candidate", "sdp": ""}}, "bad-message"),
        ({"type": "chat", "text": "x" * 5000}, "bad-message"),
        ({"type": "chat", "text": "   "}, "bad-message"),
        ({"type": "chat", "text": "hi", "extra": 1}, "bad-message"),
        ({"type": "join", "code": started["code"]}, "already-in-lesson"),
    ]
    for message, code in wrong:
        error = await classroom.error(message)
        assert error["code"] == code, (message, error)
        assert error["lesson"] == started["lesson"] and error["message"]
    await classroom.nothing_pending()
    await classroom.send({"type": "chat", "text": "still here"})
    assert (await teacher.expect("chat"))["text"] == "still here"
