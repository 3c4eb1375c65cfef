"""A malformed message from the hub in the middle of a lesson is a protocol error the client logs (what came,
what was wrong), and the lesson goes on (issue 15). A real hub on 127.0.0.1 and real LiveLesson objects; the
hub's socket to each PC is handed messages that break the protocol, as a buggy or foreign hub would send."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from app.live.lesson import LessonState
from hub import live
from hub.server import RunningHub
from tests.lesson_sides import Sides, teacher_and_classroom
from tests.waiting import until

pytestmark = pytest.mark.usefixtures("loopback_ice")


def protocol_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "app.live.signaling" and "protocol error" in r.message]


async def test_a_malformed_message_from_the_hub_is_a_logged_protocol_error_and_the_lesson_goes_on(
    hub: RunningHub,
    tmp_path: Path,
    camera_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("PULSE_SINK", "none")  # restored after the test, whatever the sides set
    monkeypatch.setenv("PULSE_SOURCE", "none")
    caplog.set_level(logging.INFO)
    sides = Sides(hub, tmp_path, "none", "none")
    try:
        teacher, lanyu = await teacher_and_classroom(sides, camera_file)
        lesson = hub.runner.app[live.LESSONS].by_code(teacher.lesson.code or "")
        assert lesson is not None and lesson.teacher.connection is not None
        classroom = lesson.classrooms[lanyu.lesson.peer_id or ""]
        assert classroom.connection is not None

        broken: list[tuple[Any, list[Any]]] = [
            (
                lesson.teacher.connection,
                [
                    {"type": "started", "lesson": lesson.id},
                    {"type": "roster", "lesson": lesson.id, "peers": [{"peer": "e5f60718"}]},
                    {"type": "hands", "lesson": lesson.id, "queue": "everyone"},
                ],
            ),
            (
                classroom.connection,
                [
                    {"type": "joined", "lesson": lesson.id},
                    {"type": "hand", "lesson": lesson.id},
                    {"type": "fireworks", "lesson": lesson.id},
                    ["not", "an", "object"],
                ],
            ),
        ]
        for connection, messages in broken:
            for message in messages:
                connection.outgoing.put(message)

        # the lesson goes on: chat both ways and a hand after the broken messages still arrive
        assert await lanyu.lesson.send_chat("still here")
        assert await teacher.lesson.send_chat("good")
        assert await lanyu.lesson.raise_hand()
        for side in (teacher, lanyu):
            await until(
                lambda side=side: [line.text for line in side.lesson.room.chat] == ["still here", "good"],
                10,
                f"the chat at {side.name}",
            )
        peer = lanyu.lesson.peer_id
        await until(lambda: teacher.lesson.room.hands == (peer,) and lanyu.lesson.room.hand, 10, "the hand up")
        assert [e.peer for e in teacher.lesson.room.roster] == [peer]  # not the broken roster's
        assert teacher.lesson.state is LessonState.LIVE and lanyu.lesson.state is LessonState.LIVE

        # each broken message is one log line saying what came and what was wrong
        errors = protocol_errors(caplog)
        assert len(errors) == 7, errors
        expected = [
            ("started", "'code' is a required property"),
            ("roster", "peers/0: 'name' is a required property"),
            ("hands", "queue: 'everyone' is not of type 'array'"),
            ("joined", "'code' is a required property"),
            ('"hand"', "'up' is a required property"),
            ("fireworks", "Unknown message type 'fireworks'"),
            ('["not", "an", "object"]', 'Expected a JSON object with a "type"'),
        ]
        for came, wrong in expected:  # the two sockets' lines may interleave in any order
            assert len([line for line in errors if came in line and wrong in line]) == 1, (came, errors)
    finally:
        await sides.close()
