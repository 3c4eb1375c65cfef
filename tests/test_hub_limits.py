"""What one address may cost the hub: bad tokens and join-code guesses wait after their budget (good
clients from the same address do not), idle and slowloris connections are closed, a thousand idle
connections leave room for health checks, and a flood of failures is one log line."""

from __future__ import annotations

import asyncio
import logging
import resource
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest

from hub.quiet_log import QuietLog
from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, Limits
from tests.live_socket import LiveSocket, Open, teach
from tests.raw_live import closed_by_the_hub
from tests.test_hub_cli import free_port, wait_up


async def test_a_thousand_bad_tokens_get_429_after_the_budget_and_a_good_token_still_passes(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    async def bad(n: int, forwarded: str | None = None) -> tuple[int, str | None]:
        headers = {"Authorization": f"Bearer guess-{n}", **({"X-Forwarded-For": forwarded} if forwarded else {})}
        async with http.get(f"{hub.url}/api/v1/catalog", headers=headers) as r:
            assert "token" in (await r.json())["error"]["message"]
            return r.status, r.headers.get("Retry-After")

    caplog.set_level(logging.WARNING, logger="hub")
    answers = [await bad(n) for n in range(1000)]
    assert [status for status, _ in answers] == [401] * 30 + [429] * 970  # the default budget: 30 a minute
    assert all(0 < int(wait or 0) <= 60 for _, wait in answers[30:])
    async with http.get(f"{hub.url}/api/v1/catalog", headers=classroom) as r:
        assert r.status == 200  # a good PC behind the same address is not slowed
    assert await bad(0, forwarded="10.1.2.3") == (401, None)  # behind the trusted proxy (loopback): its own budget
    lines = [r.getMessage() for r in caplog.records if "bad token" in r.getMessage()]
    assert lines == [f"a bad token from {address} (GET /api/v1/catalog)" for address in ("127.0.0.1", "10.1.2.3")]


async def test_a_refused_join_closes_the_socket_and_guessing_waits(hub: RunningHub, connect: Open) -> None:
    _, started = await teach(connect, hub.store.issue_token("teacher", "Ms. Lin"))
    guesser = hub.store.issue_token("classroom", "Guesser")

    async def join(token: str, code: str) -> tuple[dict[str, object], LiveSocket]:
        socket = await connect(token)
        await socket.send({"type": "join", "code": code})
        return await socket.next(), socket

    async def closed(socket: LiveSocket) -> bool:
        frame = await socket.socket.receive(timeout=5)
        return frame.type is aiohttp.WSMsgType.CLOSE and frame.data == aiohttp.WSCloseCode.POLICY_VIOLATION

    wrong = "ZZZZZ" + next(c for c in "23456789" if c != started["code"][-1])
    for _ in range(10):  # the default budget: 10 wrong codes a minute for one PC
        refusal, socket = await join(guesser, wrong)
        assert refusal["code"] == "no-such-lesson" and await closed(socket)  # the next guess needs a new socket
    for code in (wrong, started["code"]):  # now no code is tried, not even the right one
        refusal, socket = await join(guesser, code)
        assert refusal["code"] == "too-many-tries" and 0 < int(str(refusal["retry_after"])) <= 60
        assert f"try again in {refusal['retry_after']} s" in str(refusal["message"]) and await closed(socket)
    joined, _ = await join(hub.store.issue_token("classroom", "Lanyu 3"), started["code"])
    assert joined["type"] == "joined"  # another PC of the same school (address) is not held up


@pytest.fixture
async def quick_hub(hub_dir: Path) -> AsyncIterator[RunningHub]:
    """A hub that closes idle connections after 2 s."""
    running = await start_hub(hub_dir, settings=HubServerSettings(limits=Limits(idle_seconds=2, join_seconds=2)))
    yield running
    await running.stop()


async def test_slowloris_and_idle_connections_are_closed(quick_hub: RunningHub, http: aiohttp.ClientSession) -> None:
    parts = urlsplit(quick_hub.url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)

    async def trickle() -> None:  # headers a byte every second, never finished
        for byte in b"GET /api/v1/health HTTP/1.1\r\nHost: hub\r\nX-Slow: " + b"a" * 100:
            writer.write(bytes([byte]))
            await asyncio.sleep(1)

    trickling = asyncio.create_task(trickle())
    try:
        assert await closed_by_the_hub(reader, writer, 10)
        assert not trickling.done()  # closed while it was still sending
    finally:
        trickling.cancel()

    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)  # keep-alive, then nothing
    writer.write(b"GET /api/v1/health HTTP/1.1\r\nHost: hub\r\n\r\n")
    assert (await reader.readuntil(b"\r\n\r\n")).startswith(b"HTTP/1.1 200")
    assert await closed_by_the_hub(reader, writer, 10)

    token = quick_hub.store.issue_token("classroom", "Lanyu 3")
    async with http.ws_connect(f"{quick_hub.url}/api/v1/live", headers={"Authorization": f"Bearer {token}"}) as ws:
        assert (await ws.receive_json(timeout=5))["type"] == "welcome"
        await ws.send_json({"type": "ping"})  # a ping is no lesson
        assert await ws.receive_json(timeout=5) == {"type": "pong"}
        frame = await ws.receive(timeout=10)
        assert frame.type is aiohttp.WSMsgType.CLOSE and frame.data == aiohttp.WSCloseCode.POLICY_VIOLATION
        assert "no lesson" in str(frame.extra)


def _service_file_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))


async def test_health_checks_answer_while_1100_idle_connections_are_open(
    hub_dir: Path, http: aiohttp.ClientSession
) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 4096 <= hard:  # this process holds the 1,100 client ends
        resource.setrlimit(resource.RLIMIT_NOFILE, (4096, hard))
    port = free_port()
    hub = subprocess.Popen(  # the hub as a service runs it: a soft limit of 1,024 open files (systemd's default)
        [sys.executable, "-m", "hub.cli", "--data", str(hub_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        preexec_fn=_service_file_limit,
    )
    url = f"http://127.0.0.1:{port}"
    opened: list[asyncio.StreamWriter] = []
    try:
        await asyncio.to_thread(wait_up, url, hub)
        for _ in range(1100):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            opened.append(writer)
        for _ in range(3):
            async with http.get(f"{url}/api/v1/health", timeout=aiohttp.ClientTimeout(total=10)) as r:
                assert r.status == 200
    finally:
        for writer in opened:
            writer.close()
        hub.send_signal(signal.SIGINT)
        try:
            hub.wait(timeout=20)
        finally:
            if hub.poll() is None:
                hub.kill()
                hub.wait()


def test_repeated_failures_are_one_line_per_window_with_the_count_left_out(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    quiet = QuietLog(logging.getLogger("hub.test"), 60, clock=lambda: now[0])
    for second in range(0, 150):
        now[0] = float(second)
        for _ in range(10):
            quiet.warning(("token", "10.0.0.1"), "a bad token from %s", "10.0.0.1")
        quiet.warning(("token", "10.0.0.2"), "a bad token from %s", "10.0.0.2")
    assert [r.getMessage() for r in caplog.records] == [
        "a bad token from 10.0.0.1",
        "a bad token from 10.0.0.2",
        "a bad token from 10.0.0.1 (and 599 more like it in the 60 s before, not logged)",
        "a bad token from 10.0.0.2 (and 59 more like it in the 60 s before, not logged)",
        "a bad token from 10.0.0.1 (and 599 more like it in the 60 s before, not logged)",
        "a bad token from 10.0.0.2 (and 59 more like it in the 60 s before, not logged)",
    ]
