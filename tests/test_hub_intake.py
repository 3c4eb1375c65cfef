"""Exactly-once result intake under concurrent, overlapping repeats: one hub, and two hubs on one database."""

from __future__ import annotations

import asyncio
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from hub.server import RunningHub
from hub.store import Store
from tests.conftest import hub_subprocess
from tests.test_hub_api import answer

pytestmark = pytest.mark.both_databases

ANSWERS = [answer(pupil=f"pupil {i}") for i in range(60)]
# overlapping batches, some in the reverse order, as outboxes of PCs that retried at different moments
BATCHES = [ANSWERS[0:30], ANSWERS[20:50], ANSWERS[40:60] + ANSWERS[0:10], ANSWERS[::-1], ANSWERS[25:35]]


async def post_all(urls: list[str], token: str, repeats: int) -> list[dict[str, str]]:
    """Every batch posted `repeats` times to each hub at once, each post by a client of its own."""

    async def post(url: str, batch: list[dict[str, Any]]) -> list[dict[str, str]]:
        async with aiohttp.ClientSession() as http:
            headers = {"Authorization": f"Bearer {token}"}
            async with http.post(f"{url}/api/v1/results", headers=headers, json={"results": batch}) as r:
                assert r.status == 200, await r.text()
                return list((await r.json())["results"])

    posts = [post(url, batch) for batch in BATCHES for url in urls for _ in range(repeats)]
    receipts = await asyncio.gather(*posts)
    return [item for receipt in receipts for item in receipt]


def assert_stored_once(items: list[dict[str, str]]) -> None:
    stored = Counter(item["id"] for item in items if item["status"] == "stored")
    assert stored == Counter(a["id"] for a in ANSWERS)
    assert {item["status"] for item in items} == {"stored", "duplicate"}


async def test_concurrent_overlapping_batches_store_each_answer_once(
    hub: RunningHub, classroom: dict[str, str]
) -> None:
    items = await post_all([hub.url], classroom["Authorization"].removeprefix("Bearer "), repeats=6)
    assert len(items) == 6 * sum(len(batch) for batch in BATCHES)
    assert_stored_once(items)
    assert hub.store.db.count("results") == len(ANSWERS)


async def test_two_hubs_on_one_database_store_each_answer_once(hub_dir: Path, hub_db: str) -> None:
    with closing(Store(hub_dir, hub_db)) as store:
        token = store.issue_token("classroom", "Lanyu Elementary, grade 3")
        teacher = store.issue_token("teacher", "Ms. Lin 林老師")
    with hub_subprocess(hub_dir, hub_db) as first, hub_subprocess(hub_dir, hub_db) as second:
        assert_stored_once(await post_all([first, second], token, repeats=4))
        seen = []
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {teacher}"}) as http:
            for url in (first, second):
                async with http.get(f"{url}/api/v1/results") as r:
                    seen.append([item["id"] for item in (await r.json())["results"]])
    assert seen[0] == seen[1] and sorted(seen[0]) == sorted(a["id"] for a in ANSWERS)
