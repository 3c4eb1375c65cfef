"""The network check against real servers on 127.0.0.1: a hub, a closed port, garbage, STUN, coturn."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import AsyncIterator, Iterator

import pytest
from aiohttp import web

from app.config import NetworkSettings
from app.hub_client import HubClient
from app.network.check import check_network
from app.network.check_line import CheckLine, Status
from hub.server import RunningHub
from tests.fake_server import serve
from tests.ice_servers import Coturn, StunTestServer, run_coturn, silent_udp_port, start_stun_server


@pytest.fixture(scope="module")
def coturn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coturn]:
    yield from run_coturn(tmp_path_factory.mktemp("coturn"))


@pytest.fixture
async def stun_server() -> AsyncIterator[StunTestServer]:
    server = await start_stun_server()
    yield server
    assert server.transport is not None
    server.transport.close()


@pytest.fixture
def silent_port() -> Iterator[int]:
    yield from silent_udp_port()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def token_of(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


async def lines_of(url: str, token: str = "", **network: object) -> list[CheckLine]:
    settings = NetworkSettings(**network)  # type: ignore[arg-type]
    client = HubClient(url, token, settings.proxy)
    try:
        return [line async for line in check_network(client, settings)]
    finally:
        await client.close()


def named(lines: list[CheckLine], start: str) -> CheckLine:
    found = [line for line in lines if line.name.startswith(start)]
    assert len(found) == 1, (start, lines)
    return found[0]


def turn_entry(port: int, coturn: Coturn, password: str | None = None, transport: str = "") -> dict[str, str]:
    query = f"?transport={transport}" if transport else ""
    return {
        "url": f"turn:127.0.0.1:{port}{query}",
        "username": coturn.username,
        "password": coturn.password if password is None else password,
    }


async def test_every_line_passes_against_a_real_hub_stun_and_coturn(
    hub: RunningHub, classroom: dict[str, str], stun_server: StunTestServer, coturn: Coturn
) -> None:
    lines = await lines_of(
        hub.url,
        token_of(classroom),
        stun=(f"stun:127.0.0.1:{stun_server.port}",),
        turn=(turn_entry(coturn.port, coturn),),
    )
    assert [line.status for line in lines] == [Status.PASS] * len(lines), lines
    stun, turn, port = f"stun:127.0.0.1:{stun_server.port}", f"turn:127.0.0.1:{coturn.port}", hub.url.rsplit(":", 1)[1]
    assert [line.name for line in lines] == [
        "Hub name lookup (DNS)",
        f"Connection (TCP 127.0.0.1:{port})",
        "Hub answers",
        "This PC's token",
        "Download speed",
        "Live lesson connection (WebSocket)",
        f"STUN {stun}",
        f"TURN {turn} over UDP",
        f"TURN {turn} over TCP",
        "UDP for live lessons",
    ]
    assert named(lines, "Hub name lookup").figure.startswith("127.0.0.1, ")
    assert named(lines, "This PC's token").figure == "Lanyu Elementary, grade 3"
    assert "Mbit/s" in named(lines, "Download speed").figure
    seen = stun_server.seen[0]
    assert named(lines, "STUN").figure.startswith(f"public address {seen[0]}:{seen[1]}, ")
    assert named(lines, f"TURN turn:127.0.0.1:{coturn.port} over UDP").figure.startswith("relay address 127.0.0.1:")
    assert named(lines, f"TURN turn:127.0.0.1:{coturn.port} over TCP").figure.startswith("relay address 127.0.0.1:")
    assert token_of(classroom) not in repr(lines) and coturn.password not in repr(lines)


async def test_a_closed_port_fails_with_advice_and_skips_the_hub_checks_after_it() -> None:
    port = closed_port()
    lines = await lines_of(f"http://127.0.0.1:{port}", "some-token")
    assert [line.status for line in lines] == [Status.PASS, Status.FAIL, Status.WARN, Status.WARN]
    connection = lines[1]
    assert connection.name == f"Connection (TCP 127.0.0.1:{port})" and connection.figure == "refused"
    assert f"Nothing answers at 127.0.0.1:{port}" in connection.advice
    assert lines[2].figure == "skipped" and "nothing could connect" in lines[2].advice
    assert lines[3].name == "UDP for live lessons" and "No STUN or TURN server is set" in lines[3].advice


async def html_page(request: web.Request) -> web.Response:
    return web.Response(text="<html><body>Router login</body></html>", content_type="text/html")


async def test_a_web_page_at_the_hub_address_is_not_a_hub() -> None:
    runner, url = await serve(html_page)
    try:
        lines = await lines_of(url, "some-token")
    finally:
        await runner.cleanup()
    answers = named(lines, "Hub answers")
    assert answers.status is Status.FAIL
    assert "answered, but not like an O&O Classroom hub (not JSON)" in answers.advice
    assert lines[-2].figure == "skipped" and "does not answer as a hub" in lines[-2].advice


async def test_random_bytes_at_the_hub_address_are_not_a_hub() -> None:
    async def babble(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(100)
        writer.write(os.urandom(300))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(babble, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        lines = await lines_of(f"http://127.0.0.1:{port}", "some-token")
    finally:
        server.close()
        await server.wait_closed()
    answers = named(lines, "Hub answers")
    assert answers.status is Status.FAIL and "not like an O&O Classroom hub (not HTTP)" in answers.advice


async def test_a_wrong_token_says_to_ask_for_a_new_one(hub: RunningHub) -> None:
    lines = await lines_of(hub.url, "revoked-token-0123456789")
    token = named(lines, "This PC's token")
    assert token.status is Status.FAIL and token.figure == "not accepted"
    assert "does not accept this PC's token" in token.advice and "oo-hub token" in token.advice
    assert lines[-2].figure == "skipped" and "token" in lines[-2].advice
    assert "revoked-token" not in repr(lines)


async def test_coturn_refuses_a_wrong_password_in_plain_words(coturn: Coturn) -> None:
    lines = await lines_of("", turn=(turn_entry(coturn.port, coturn, password="not-the-password"),))
    udp, tcp = (
        named(lines, f"TURN turn:127.0.0.1:{coturn.port} over UDP"),
        named(lines, f"TURN turn:127.0.0.1:{coturn.port} over TCP"),
    )
    for line in (udp, tcp):
        assert line.status is Status.FAIL and line.figure == "username or password refused"
        assert "does not accept the username and password in [[network.turn]]" in line.advice
    assert named(lines, "UDP").status is Status.PASS  # coturn answered over UDP, so UDP gets through
    assert "not-the-password" not in repr(lines)


async def test_udp_that_gets_no_answer_while_turn_over_tcp_works_is_a_warning(silent_port: int, coturn: Coturn) -> None:
    lines = await lines_of(
        "",
        stun=(f"stun:127.0.0.1:{silent_port}",),
        turn=(turn_entry(silent_port, coturn, transport="udp"), turn_entry(coturn.port, coturn, transport="tcp")),
    )
    assert named(lines, "STUN").status is Status.FAIL and "within 4 s" in named(lines, "STUN").figure
    assert named(lines, f"TURN turn:127.0.0.1:{coturn.port}?transport=tcp over TCP").status is Status.PASS
    verdict = named(lines, "UDP")
    assert verdict.status is Status.WARN and verdict.figure == "UDP seems blocked"
    assert "TURN over TCP/TLS works" in verdict.advice


async def test_udp_that_gets_no_answer_without_turn_over_tcp_fails(silent_port: int) -> None:
    lines = await lines_of("", stun=(f"stun:127.0.0.1:{silent_port}",))
    verdict = named(lines, "UDP")
    assert verdict.status is Status.FAIL and verdict.figure == "UDP seems blocked"
    assert "turn:host:3478?transport=tcp or turns:host:5349" in verdict.advice
