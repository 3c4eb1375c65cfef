"""[network] proxy: the catalog, the videos and the answers all go through the school's HTTP proxy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import aiohttp
from aiohttp import web

from app.catalog import HubState
from app.config import Config, NetworkSettings
from app.services import open_services
from hub.server import RunningHub
from tests.fake_server import serve


class ForwardProxy:
    """A plain HTTP forward proxy on loopback (test server): it forwards absolute-form requests
    and notes each one, as a school's proxy would log them."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._session: aiohttp.ClientSession | None = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.seen.append(f"{request.method} {request.url}")
        if self._session is None:
            self._session = aiohttp.ClientSession(auto_decompress=False)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "proxy-connection")}
        async with self._session.request(
            request.method, str(request.url), headers=headers, data=await request.read(), allow_redirects=False
        ) as upstream:
            body = await upstream.read()
            drop = ("transfer-encoding", "content-length", "connection")
            kept = {k: v for k, v in upstream.headers.items() if k.lower() not in drop}
            return web.Response(status=upstream.status, headers=kept, body=body)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


async def test_catalog_downloads_and_answers_go_through_the_proxy(hub: RunningHub, tmp_path: Path) -> None:
    proxy = ForwardProxy()
    runner, proxy_url = await serve(proxy.handle)
    config = replace(Config(), network=NetworkSettings(proxy=proxy_url))
    token = hub.store.issue_token("classroom", "Lanyu 3")
    services = open_services(config, tmp_path, hub.url, token)
    try:
        await services.catalog.refresh()
        assert services.catalog.state is HubState.ONLINE and len(services.catalog.lessons) == 4
        assert await services.library.download_pass()
        quiz = services.catalog.lessons[0].quiz
        services.quizzes.begin(quiz, "陳怡君").submit("b")
        assert services.sync.waiting == 1
        assert await services.sync.send_all()
        assert services.sync.waiting == 0
    finally:
        await services.stop()
        await proxy.close()
        await runner.cleanup()
    assert f"GET {hub.url}/api/v1/catalog" in proxy.seen
    videos = [line for line in proxy.seen if line.startswith(f"GET {hub.url}/api/v1/videos/")]
    ids = {"english-fruit", "math-fractions", "science-water"}
    assert {line.split("/")[-1] for line in videos if not line.endswith("/chunks")} == ids  # the bytes
    assert {line.split("/")[-2] for line in videos if line.endswith("/chunks")} == ids  # their chunk lists
    assert f"POST {hub.url}/api/v1/results" in proxy.seen
