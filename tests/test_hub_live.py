"""The hub's live-lesson socket on a real port: token first, welcome, ping/pong, closed at shutdown."""

from __future__ import annotations

import aiohttp
import pytest

from hub.server import RunningHub
from protocol.schema import validate

pytestmark = pytest.mark.both_databases


async def test_the_live_socket_needs_a_token_before_the_upgrade(hub: RunningHub, http: aiohttp.ClientSession) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(f"{hub.url}/api/v1/live", headers=headers)
        assert refused.value.status == 401


async def test_the_live_socket_welcomes_by_name_and_answers_ping(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    async with http.ws_connect(f"{hub.url}/api/v1/live", headers=classroom) as socket:
        welcome = await socket.receive_json(timeout=5)
        assert welcome == {"type": "welcome", "name": "Lanyu Elementary, grade 3", "role": "classroom"}
        await socket.send_json({"type": "ping"})
        pong = await socket.receive_json(timeout=5)
        assert pong == {"type": "pong"}
        await socket.send_str("not json")
        complaint = await socket.receive_json(timeout=5)
        await socket.send_json({"type": "hand-up"})
        unknown = await socket.receive_json(timeout=5)
        for message in (welcome, pong, complaint, unknown):
            validate(message, "LiveFromHub")
        assert complaint["type"] == unknown["type"] == "error" and "hand-up" in unknown["message"]
        await socket.send_json({"type": "ping"})  # still open after the mistakes
        assert await socket.receive_json(timeout=5) == {"type": "pong"}


async def test_the_hub_closes_live_sockets_when_it_stops(
    hub: RunningHub, http: aiohttp.ClientSession, teacher: dict[str, str]
) -> None:
    async with http.ws_connect(f"{hub.url}/api/v1/live", headers=teacher) as socket:
        assert (await socket.receive_json(timeout=5))["role"] == "teacher"
        await hub.runner.shutdown()
        closing = await socket.receive(timeout=5)
        assert closing.type is aiohttp.WSMsgType.CLOSE and closing.data == aiohttp.WSCloseCode.GOING_AWAY
