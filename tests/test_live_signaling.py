"""The client's signaling connection against a real hub: into the lesson, back by itself after the
hub drops its socket or restarts, refusals not retried, the end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from app.hub_client import HubClient
from app.live.signaling import LiveSignaling, LiveState
from hub import live
from hub.server import RunningHub, start_hub
from protocol.live.from_client import End, RaiseHand, SendChat
from tests.waiting import until

FAST = (0.05, 0.1, 0.2)


class Side:
    """A LiveSignaling with what it announced."""

    def __init__(self, hub: RunningHub, role: str, name: str) -> None:
        self.client = HubClient(hub.url, hub.store.issue_token(role, name))
        self.live = LiveSignaling(self.client, backoff=FAST)
        self.states: list[LiveState] = []
        self.messages: list[dict[str, Any]] = []
        self.live.state_changed.connect(lambda: self.states.append(self.live.state))
        self.live.received.connect(lambda message: self.messages.append(message.to_json()))

    def got(self, kind: str, where: Callable[[dict[str, Any]], bool] = lambda m: True) -> bool:
        return any(m["type"] == kind and where(m) for m in self.messages)

    async def close(self) -> None:
        await self.live.close()
        await self.client.close()


@pytest.fixture
async def sides() -> AsyncIterator[list[Side]]:
    made: list[Side] = []
    yield made
    for side in made:
        await side.close()


async def test_after_the_hub_drops_the_socket_or_restarts_both_come_back_into_the_lesson(
    hub_dir: Path, sides: list[Side]
) -> None:
    hub = await start_hub(hub_dir)
    try:
        teacher, classroom = Side(hub, "teacher", "Ms. Lin"), Side(hub, "classroom", "Lanyu 3")
        sides += [teacher, classroom]
        teacher.live.start()
        await until(lambda: teacher.live.state is LiveState.IN_LESSON, 10)
        assert teacher.states == [LiveState.IN_LESSON] and teacher.live.code
        classroom.live.join(teacher.live.code or "")
        await until(lambda: classroom.live.state is LiveState.IN_LESSON, 10)
        lesson, peer = classroom.live.lesson, classroom.live.peer
        assert lesson == teacher.live.lesson and peer

        for socket in list(hub.runner.app[live.SOCKETS]):  # the hub closes every socket, keeps serving
            await socket.close()
        for side in (teacher, classroom):
            await until(lambda side=side: side.states[-2:] == [LiveState.RECONNECTING, LiveState.IN_LESSON], 10)
        assert (classroom.live.lesson, classroom.live.peer) == (lesson, peer)

        port = int(hub.url.rsplit(":", 1)[1])
        await hub.stop()
        for side in (teacher, classroom):
            await until(lambda side=side: side.live.state is LiveState.RECONNECTING, 10)
            assert side.live.reason
        teacher.messages.clear()
        hub = await start_hub(hub_dir, port=port)
        for side in (teacher, classroom):
            await until(lambda side=side: side.live.state is LiveState.IN_LESSON, 10)
        assert (classroom.live.lesson, classroom.live.peer, teacher.live.lesson) == (lesson, peer, lesson)
        assert teacher.got("started", lambda m: m["resumed"])
        await until(
            lambda: teacher.got("roster", lambda m: m["peers"] == [{**m["peers"][0], "peer": peer, "online": True}]), 10
        )
        assert await classroom.live.send(SendChat("back again"))
        await until(lambda: teacher.got("chat", lambda m: m["text"] == "back again" and m["from"] == peer), 10)
    finally:
        await hub.stop()


async def test_a_refusal_is_said_in_words_and_not_tried_again(hub: RunningHub, sides: list[Side]) -> None:
    classroom = Side(hub, "classroom", "Lanyu 3")
    teacher = Side(hub, "teacher", "Ms. Lin")
    sides += [classroom, teacher]
    classroom.live.join("ZZZZZZ")
    teacher.live.join("ABCDEF")
    for side in (classroom, teacher):
        await until(lambda side=side: side.live.state is LiveState.REFUSED, 10)
    assert "ZZZZZZ" in classroom.live.reason and "teacher" in teacher.live.reason
    await until(lambda: not hub.runner.app[live.SOCKETS], 10)  # both sockets closed, none opened again
    assert [side.live.state for side in (classroom, teacher)] == [LiveState.REFUSED] * 2
    assert await classroom.live.send(RaiseHand(True)) is False


async def test_the_teachers_end_ends_it_for_both(hub: RunningHub, sides: list[Side]) -> None:
    teacher, classroom = Side(hub, "teacher", "Ms. Lin"), Side(hub, "classroom", "Lanyu 3")
    sides += [teacher, classroom]
    teacher.live.start("GEB7CC")
    await until(lambda: teacher.live.state is LiveState.IN_LESSON, 10)
    classroom.live.join("geb7cc")
    await until(lambda: classroom.live.state is LiveState.IN_LESSON, 10)
    assert await teacher.live.send(End())
    for side in (teacher, classroom):
        await until(lambda side=side: side.live.state is LiveState.ENDED, 10)
        assert side.got("ended") and side.live.reason
    await until(lambda: not hub.runner.app[live.SOCKETS], 10)


async def test_after_too_many_wrong_codes_the_pc_is_told_to_wait(hub: RunningHub, sides: list[Side]) -> None:
    for _ in range(11):  # the hub's default budget: 10 wrong codes a minute for one PC
        side = Side(hub, "classroom", "Lanyu 3")
        sides.append(side)
        side.live.join("ZZZZZZ")

        def refused(side: Side = side) -> bool:
            return side.live.state is LiveState.REFUSED

        await until(refused, 10)
        await until(lambda: not hub.runner.app[live.SOCKETS], 10)  # the hub closed it; the client opened no other
    assert "ZZZZZZ" in sides[9].live.reason
    assert "Wait" in side.live.reason and "seconds" in side.live.reason and "{" not in side.live.reason
