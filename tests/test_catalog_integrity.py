"""A catalog damaged on the way is never kept: its ETag is its hash, and the next sync fetches it whole."""

from __future__ import annotations

import json
import re
from pathlib import Path

import aiohttp

from app.config import Config
from app.services import open_services
from hub.server import RunningHub
from media.database import open_database
from media.video_state import VideoState
from tests.fault_proxy import FaultProxy


async def head_length(proxy: FaultProxy, token: str) -> tuple[int, bytes]:
    """Bytes of the catalog reply's status line and headers through the proxy, and its body."""
    url = await proxy.start()
    try:
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{url}/api/v1/catalog", headers={"Authorization": f"Bearer {token}"}) as r,
        ):
            body = await r.read()
    finally:
        await proxy.stop()
    return proxy.bytes_down - len(body), body


def a_digit_of_a_video_hash(body: bytes) -> int:
    """Where in the body the first digit of the first video's sha256 is (one bit flip: still a digit)."""
    start = json.loads(body)["lessons"][0]["video"]["sha256"]
    found = re.search(rb"[0-9]", start.encode())
    assert found is not None
    return body.index(start.encode()) + found.start()


async def test_one_flipped_bit_in_the_catalog_is_dropped_and_the_next_sync_is_good(
    hub: RunningHub, tmp_path: Path
) -> None:
    token = hub.store.issue_token("classroom", "Lanyu 3")
    host, port = hub.url.removeprefix("http://").split(":")
    head, body = await head_length(FaultProxy(host, int(port)), token)
    proxy = FaultProxy(host, int(port), flip_at=head + a_digit_of_a_video_hash(body), flip_mask=0x01, faulty=1)
    services = open_services(Config(), tmp_path, await proxy.start(), token)
    try:
        await services.catalog.refresh()  # the first connection flips one bit of the catalog
        assert proxy.flips == 1
        await services.catalog.refresh()  # a clean link from here on
        good = hub.store.catalog().lessons
        assert [lesson.video for lesson in services.catalog.lessons] == [lesson.get("video") for lesson in good]
        assert await services.library.download_pass()
        videos = [lesson["video"] for lesson in good if "video" in lesson]  # one demo lesson is only a quiz
        assert [services.library.status(video["id"]).state for video in videos] == [  # type: ignore[union-attr]
            VideoState.READY
        ] * len(videos)
    finally:
        await services.stop()
        await proxy.stop()


async def test_a_catalog_kept_damaged_before_the_check_is_fetched_again(hub: RunningHub, tmp_path: Path) -> None:
    token = hub.store.issue_token("classroom", "Lanyu 3")
    services = open_services(Config(), tmp_path, hub.url, token)
    await services.catalog.refresh()
    await services.stop()
    damaged = bytearray(json.dumps(hub.store.catalog().to_json(), ensure_ascii=False).encode())
    damaged[a_digit_of_a_video_hash(bytes(damaged))] ^= 0x01
    db = open_database(tmp_path / "classroom.db", durable=True)
    with db.atomic():  # as a version before the check kept it, with the good body's ETag
        db.execute("update hub_documents set body = ? where name = 'catalog'", [damaged.decode()])
    db.close()
    services = open_services(Config(), tmp_path, hub.url, token)
    try:
        await services.catalog.refresh()
        good_videos = [lesson.get("video") for lesson in hub.store.catalog().lessons]
        assert [lesson.video for lesson in services.catalog.lessons] == good_videos
    finally:
        await services.stop()
