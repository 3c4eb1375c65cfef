"""The hub behind a real nginx running deploy/nginx-hub.conf: what a PC does goes through it unchanged."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from app.hub_client import HubClient
from hub.server import RunningHub
from tests.live_socket import LiveSocket
from tests.nginx_server import DEPLOY, Nginx


@pytest.fixture
def front(hub: RunningHub, tmp_path: Path) -> Iterator[Nginx]:
    folder = tmp_path / "nginx"
    folder.mkdir()
    server = Nginx(folder, DEPLOY / "nginx-hub.conf", {"127.0.0.1:8750": hub.url.removeprefix("http://")})
    server.start()
    yield server
    server.stop()


async def test_catalog_video_and_results_pass_through(
    front: Nginx, classroom: dict[str, str], http: aiohttp.ClientSession
) -> None:
    token = classroom["Authorization"].split()[1]
    reply = await HubClient(front.url, token).catalog(None)
    assert reply.catalog is not None
    lesson = reply.catalog.lessons[0]
    video = lesson["video"]
    headers = {**classroom, "Range": "bytes=100-1099"}
    async with http.get(front.url + video["url"], headers=headers) as part:
        assert part.status == 206
        assert part.headers["Content-Range"] == f"bytes 100-1099/{video['size']}"
        assert len(await part.read()) == 1000
    answer = {
        "id": str(uuid.uuid4()),
        "quiz_id": lesson["quiz"]["id"],
        "question_id": lesson["quiz"]["questions"][0]["id"],
        "pupil": "陳怡君",
        "answer": "a",
        "answered_at": "2026-12-01T08:00:00.000+00:00",
    }
    for status in ("stored", "duplicate"):
        async with http.post(front.url + "/api/v1/results", json={"results": [answer]}, headers=classroom) as sent:
            assert sent.status == 200
            assert (await sent.json())["results"][0]["status"] == status
    async with http.get(front.url + "/api/v1/catalog") as refused:
        assert refused.status == 401  # the hub's own answer, passed on


async def test_a_live_lesson_runs_over_the_proxied_socket(
    front: Nginx, teacher: dict[str, str], classroom: dict[str, str], http: aiohttp.ClientSession
) -> None:
    async def open_socket(headers: dict[str, str]) -> LiveSocket:
        live = LiveSocket(await http.ws_connect(front.url + "/api/v1/live", headers=headers))
        assert (await live.next())["type"] == "welcome"
        return live

    host = await open_socket(teacher)
    await host.send({"type": "start"})
    started = await host.expect("started")
    pupil = await open_socket(classroom)
    await pupil.send({"type": "join", "code": started["code"]})
    await pupil.expect("joined")
    await pupil.send({"type": "chat", "text": "老師好"})
    line = await host.expect("chat")
    assert line["text"] == "老師好" and line["name"] == "Lanyu Elementary, grade 3"
    await host.socket.close()
    await pupil.socket.close()
