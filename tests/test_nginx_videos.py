"""Lesson videos from a real nginx (deploy/nginx-videos.conf) through the hub's signed, expiring links."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import shutil
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from app.hub_client import HubClient
from app.network.check_line import Status
from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, VideoServer
from hub.video_links import signed_link
from media.cache import Cache
from media.downloader import Downloader
from media.retry import Retry
from media.video_state import CatalogVideo, VideoState, VideoStatus
from tests.conftest import new_version
from tests.fault_proxy import FaultProxy
from tests.nginx_server import VideoNginx
from tests.test_downloader import FAST, on_pc
from tests.test_network_check import lines_of, named

# rides out a server that is down for a second or so
PATIENT = Retry(first=0.1, most=0.5, tries=20)


def run_nginx(hub_dir: Path, folder: Path, limit_rate: str = "") -> Iterator[VideoNginx]:
    folder.mkdir()
    server = VideoNginx(folder, hub_dir / "videos", limit_rate)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def nginx(hub_dir: Path, tmp_path: Path) -> Iterator[VideoNginx]:
    """nginx serving the hub's videos."""
    yield from run_nginx(hub_dir, tmp_path / "nginx")


@pytest.fixture
def slow_nginx(hub_dir: Path, tmp_path: Path) -> Iterator[VideoNginx]:
    """nginx sending 1 MB a second per connection (the first MB at once), so that a restart lands mid-video."""
    yield from run_nginx(hub_dir, tmp_path / "nginx", "1m")


async def hub_with(hub_dir: Path, videos: VideoServer, port: int = 0) -> RunningHub:
    return await start_hub(hub_dir, port=port, settings=HubServerSettings(videos=videos))


@pytest.fixture
async def video_hub(hub_dir: Path, nginx: VideoNginx) -> AsyncIterator[RunningHub]:
    """The hub with hub.toml's [videos] pointing at the test's nginx."""
    running = await hub_with(hub_dir, nginx.server)
    yield running
    await running.stop()


@pytest.fixture
async def nginx_client(video_hub: RunningHub) -> AsyncIterator[HubClient]:
    client = HubClient(video_hub.url, video_hub.store.issue_token("classroom", "Lanyu Elementary, grade 3"))
    yield client
    await client.close()


def resumed(nginx: VideoNginx) -> list[dict[str, str]]:
    """The requests nginx answered with the rest of a video on the condition of its ETag."""
    return [r for r in nginx.requests() if r["status"] == "206" and r["range"] != "bytes=0-" and r["if_range"] != "-"]


async def test_the_downloader_gets_every_video_from_nginx_without_sending_its_token(
    nginx: VideoNginx,
    nginx_client: HubClient,
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
) -> None:
    summary = await Downloader(cache, nginx_client, retry=FAST).download_all(videos)
    assert summary.ok and summary.ready == [v.id for v in videos]
    for video in videos:
        status = cache.status(video.id)
        assert status is not None and status.state is VideoState.READY  # whole-file sha256 checked
        assert on_pc(cache, video.id) == originals[video.id]
    served = nginx.requests()
    assert [r["status"] for r in served] == ["206"] * len(videos)
    assert sum(int(r["sent"]) for r in served) == sum(v.size for v in videos)
    assert {r["authorization"] for r in served} == {"-"}  # the token stays with the hub


async def test_the_video_address_needs_the_token_and_hands_out_a_fresh_link(
    video_hub: RunningHub, nginx: VideoNginx, http: aiohttp.ClientSession, videos: list[CatalogVideo]
) -> None:
    address = video_hub.url + videos[0].url
    for path in (videos[0].url, "/api/v1/catalog"):
        async with http.get(video_hub.url + path, allow_redirects=False) as response:
            assert response.status == 401 and "Location" not in response.headers
    token = video_hub.store.issue_token("classroom", "Orchid Island")
    async with http.get(address, headers={"Authorization": f"Bearer {token}"}, allow_redirects=False) as response:
        assert response.status == 307 and response.headers["Cache-Control"] == "no-store"
        link = response.headers["Location"]
    assert link.startswith(f"{nginx.server.url}{videos[0].id}.mp4?md5=")
    expires = int(link.rsplit("expires=", 1)[1])
    assert 0 < expires - time.time() <= nginx.server.link_seconds
    async with http.get(link, headers={"Range": "bytes=100-199"}) as response:
        assert response.status == 206 and len(await response.read()) == 100
        assert response.headers["Content-Type"] == "video/mp4" and response.headers["ETag"]
        assert response.headers["Cache-Control"] == "private, no-transform"


async def test_unsigned_forged_and_expired_links_are_refused(
    nginx: VideoNginx, http: aiohttp.ClientSession, videos: list[CatalogVideo]
) -> None:
    name = f"{videos[0].id}.mp4"
    forged = dataclasses.replace(nginx.server, secret="a-guessed-secret")
    other = signed_link(nginx.server, f"{videos[1].id}.mp4")
    refused = {
        nginx.server.url + name: 403,  # unsigned
        signed_link(forged, name): 403,
        nginx.server.url + name + "?" + other.split("?")[1]: 403,  # another video's signature
        signed_link(nginx.server, name, now=time.time() - nginx.server.link_seconds - 5): 410,
        signed_link(nginx.server, ""): 403,  # the folder: no listing
        f"http://127.0.0.1:{nginx.port}/": 404,
    }
    for link, status in refused.items():
        async with http.get(link) as response:
            assert (link, response.status) == (link, status)
            assert videos[0].id not in await response.text()
    async with http.get(signed_link(nginx.server, name)) as response:
        assert response.status == 200 and len(await response.read()) == videos[0].size


@pytest.mark.parametrize("restarted", [("nginx",), ("hub", "nginx")])
async def test_a_download_resumes_across_restarts_of_nginx_and_the_hub(
    restarted: tuple[str, ...],
    hub_dir: Path,
    slow_nginx: VideoNginx,
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
) -> None:
    running = await hub_with(hub_dir, slow_nginx.server)
    port = int(running.url.rsplit(":", 1)[1])
    client = HubClient(running.url, running.store.issue_token("classroom", "restart test"))
    video = videos[0]
    tasks: list[asyncio.Task[None]] = []

    async def restart() -> None:
        nonlocal running
        if "hub" in restarted:
            await running.stop()
        slow_nginx.stop()  # cuts the download in flight
        await asyncio.sleep(0.3)  # the downloader meets refused connections meanwhile
        slow_nginx.start()
        if "hub" in restarted:
            await asyncio.sleep(0.3)
            running = await hub_with(hub_dir, slow_nginx.server, port)

    def on_progress(status: VideoStatus) -> None:
        if status.verified == video.chunk_size and not tasks:
            tasks.append(asyncio.get_running_loop().create_task(restart()))

    downloader = Downloader(cache, client, retry=PATIENT, progress=on_progress)
    try:
        summary = await downloader.download_all([video])
        assert tasks and tasks[0].done()
        assert summary.ok and on_pc(cache, video.id) == originals[video.id]
    finally:
        await asyncio.gather(*tasks)
        await client.close()
        await running.stop()
    # the cut request is not in the log (nginx's fast shutdown); the one that resumed it is
    (again,) = resumed(slow_nginx)
    assert int(again["range"][6:-1]) >= video.chunk_size and again["authorization"] == "-"
    assert downloader.fetched <= video.size + video.chunk_size  # the drop cost at most the chunk in flight


async def test_a_video_replaced_on_the_video_server_starts_over_instead_of_mixing(
    hub_dir: Path,
    nginx: VideoNginx,
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    caplog: pytest.LogCaptureFixture,
) -> None:
    old = videos[2]
    proxy = FaultProxy("127.0.0.1", nginx.port, cut_after=600_000, faulty=1)  # two chunks, then the link drops
    through_proxy = dataclasses.replace(nginx.server, url=await proxy.start() + "/lessons/")
    running = await hub_with(hub_dir, through_proxy)
    client = HubClient(running.url, running.store.issue_token("classroom", "replaced video"))
    try:
        await Downloader(cache, client, retry=Retry(first=0.01, tries=1, broken=1)).download_all([old])
        assert cache.status(old.id).verified == 2 * old.chunk_size  # type: ignore[union-attr]
        new = new_version(running.store, old)  # a new version, a new ETag
        with caplog.at_level(logging.INFO, logger="media.downloader"):
            status = await Downloader(cache, client, retry=FAST).download(old)
        assert "the hub sent it whole (a new version); starting over" in caplog.text
        assert status.state is VideoState.FAILED and status.verified == 0
        status = await Downloader(cache, client, retry=FAST).download(new)
        assert status.state is VideoState.READY and on_pc(cache, old.id) == originals["english-fruit"]
    finally:
        await client.close()
        await running.stop()
        await proxy.stop()


async def test_a_hub_whose_secret_differs_from_nginx_ends_the_pass_saying_what_to_fix(
    hub_dir: Path, nginx: VideoNginx, cache: Cache, videos: list[CatalogVideo]
) -> None:
    running = await hub_with(hub_dir, dataclasses.replace(nginx.server, secret="not-what-nginx-has"))
    client = HubClient(running.url, running.store.issue_token("classroom", "wrong secret"))
    try:
        summary = await Downloader(cache, client, retry=FAST).download_all(videos)
    finally:
        await client.close()
        await running.stop()
    assert summary.waiting == [v.id for v in videos] and not summary.ready
    assert "video server refused the link" in summary.stopped and "secure_link_md5" in summary.stopped
    assert "HTTP 403" in summary.stopped


async def test_the_network_check_measures_the_download_speed_from_nginx(
    nginx: VideoNginx, video_hub: RunningHub
) -> None:
    token = video_hub.store.issue_token("classroom", "network check")
    line = named(await lines_of(video_hub.url, token), "Download speed")
    assert line.status is Status.PASS and "Mbit/s" in line.figure
    assert [(r["status"], r["authorization"]) for r in nginx.requests()] == [("206", "-")]


async def test_a_file_name_with_spaces_and_chinese_is_signed_as_nginx_reads_it(
    nginx: VideoNginx, http: aiohttp.ClientSession, hub_dir: Path, originals: dict[str, bytes]
) -> None:
    shutil.copyfile(hub_dir / "videos" / "english-fruit.mp4", hub_dir / "videos" / "水的循環 第1課.mp4")
    async with http.get(signed_link(nginx.server, "水的循環 第1課.mp4")) as response:
        assert response.status == 200 and await response.read() == originals["english-fruit"]
