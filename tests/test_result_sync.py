"""The outbox against a real hub through bad links: every answer arrives once, none is dropped early."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlite_utils
from aiohttp import web

from app.hub_client import HubClient
from app.outbox import Outbox
from app.quizzes import QuizStore
from app.result_sync import BATCH, ResultSync
from hub.demo import LESSONS
from hub.server import RunningHub
from tests.fake_server import serve
from tests.http_faults import FaultyHttpProxy

FRUIT: dict[str, Any] = LESSONS[0]["quiz"]


@pytest.fixture
def token(hub: RunningHub) -> str:
    return hub.store.issue_token("classroom", "Lanyu 3")


def answer_quizzes(db: sqlite_utils.Database, pupils: int) -> list[str]:
    """Every pupil answers the fruit quiz; returns the answer ids."""
    store = QuizStore(db)
    ids = []
    for n in range(pupils):
        attempt = store.start(FRUIT, f"pupil {n:03d}")
        ids += [
            store.answer(attempt, "q1", "b"),
            store.answer(attempt, "q2", ["a", "c"]),
            store.answer(attempt, "q3", "apple"),
        ]
    return ids


def hub_ids(hub: RunningHub) -> list[str]:
    return [row["id"] for row in hub.store.db.query("select id from results")]


@pytest.fixture
async def sync_via(db: sqlite_utils.Database, token: str) -> AsyncIterator[Any]:
    made: list[tuple[ResultSync, HubClient]] = []

    def make(url: str, timeout: aiohttp.ClientTimeout | None = None) -> ResultSync:
        client = HubClient(url, token, timeout=timeout) if timeout else HubClient(url, token)
        made.append((ResultSync(Outbox(db), client), client))
        return made[-1][0]

    yield make
    for sync, client in made:
        await sync.stop()
        await client.close()


async def test_batches_reach_the_hub_once_and_empty_the_outbox(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any
) -> None:
    ids = answer_quizzes(db, BATCH // 3 + 50)  # more than one batch
    sync = sync_via(hub.url)
    assert sync.waiting == len(ids)
    assert await sync.send_all()
    assert sorted(hub_ids(hub)) == sorted(ids)
    assert Outbox(db).count() == 0 and sync.waiting == 0 and sync.problem == ""


async def test_a_reply_lost_after_the_hub_committed_is_retried_and_deduplicated(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any
) -> None:
    ids = answer_quizzes(db, 5)
    proxy = FaultyHttpProxy(hub.url, swallow_replies=2)
    sync = sync_via(await proxy.start())
    try:
        for _ in range(2):
            assert not await sync.send_all()
            assert "broke off" in sync.problem
            assert Outbox(db).count() == len(ids)  # not acknowledged: kept
            assert sorted(hub_ids(hub)) == sorted(ids)  # yet the hub has them
        assert await sync.send_all()
    finally:
        await proxy.stop()
    assert proxy.swallowed == 2 and proxy.requests == 3
    assert sorted(hub_ids(hub)) == sorted(ids) and Outbox(db).count() == 0


async def test_duplicated_and_delayed_requests_change_nothing(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any
) -> None:
    ids = answer_quizzes(db, 10)
    proxy = FaultyHttpProxy(hub.url, duplicate=True, delay=0.3)
    sync = sync_via(await proxy.start())
    try:
        assert await sync.send_all()
    finally:
        await proxy.stop()
    assert sorted(hub_ids(hub)) == sorted(ids) and Outbox(db).count() == 0


async def internal_error(request: web.Request) -> web.Response:
    return web.Response(status=500)


async def garbage(request: web.Request) -> web.Response:
    return web.Response(body=b"\x89PNG\r\n\x1a\n not json", content_type="application/json")


async def partial_receipt(request: web.Request) -> web.Response:
    items = (await request.json())["results"]
    return web.json_response({"results": [{"id": items[0]["id"], "status": "stored"}]})


async def never_answers(request: web.Request) -> web.Response:
    await asyncio.sleep(60)
    return web.Response()


@pytest.mark.parametrize(
    ("handler", "problem", "kept"),
    [
        (internal_error, "has a problem of its own (HTTP 500)", 6),
        (garbage, "not like an O&O Classroom hub (not JSON)", 6),
        (partial_receipt, "did not confirm every answer", 5),
        (never_answers, "did not answer within 1 seconds", 6),
    ],
)
async def test_a_bad_hub_leaves_every_unconfirmed_answer_waiting(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any, handler: Any, problem: str, kept: int
) -> None:
    ids = answer_quizzes(db, 2)
    runner, url = await serve(handler)
    try:
        sync = sync_via(url, aiohttp.ClientTimeout(total=1))
        assert not await sync.send_all()
        assert problem in sync.problem and sync.last_try is not None
        assert Outbox(db).count() == kept == sync.waiting
    finally:
        await runner.cleanup()
    # the real hub, later: everything still waiting arrives, once (the fake hub "stored" the first)
    assert await sync_via(hub.url).send_all()
    assert sorted(hub_ids(hub)) == sorted(ids[len(ids) - kept :]) and Outbox(db).count() == 0


async def test_a_locked_database_is_a_state_not_a_loss(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any, tmp_path: Path
) -> None:
    ids = answer_quizzes(db, 2)
    db.execute("pragma busy_timeout = 100")
    other = sqlite3.connect(tmp_path / "classroom.db", isolation_level=None)
    other.execute("begin immediate")  # say, a backup tool holding the write lock
    sync = sync_via(hub.url)
    assert not await sync.send_all()
    assert "busy or the disk is full" in sync.problem and "database is locked" in sync.problem
    assert Outbox(db).count() == len(ids)
    other.execute("rollback")
    other.close()
    assert await sync.send_all()
    assert sorted(hub_ids(hub)) == sorted(ids) and Outbox(db).count() == 0


async def test_the_pcs_clock_changes_nothing(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any, teacher: dict[str, str], http: aiohttp.ClientSession
) -> None:
    ids = answer_quizzes(db, 2)
    db.execute("update answers set answered_at = '2099-01-01T00:00:00+08:00' where rowid % 2 = 0")
    db.execute("update answers set answered_at = '1999-01-01T00:00:00+08:00' where rowid % 2 = 1")
    db.conn.commit()
    assert await sync_via(hub.url).send_all()
    async with http.get(f"{hub.url}/api/v1/results", headers=teacher) as r:
        results = (await r.json())["results"]
    assert sorted(r["id"] for r in results) == sorted(ids)
    assert {r["answered_at"][:4] for r in results} == {"1999", "2099"}
    assert [r["received_at"] for r in results] == sorted(r["received_at"] for r in results)


def answer_with_a_name_too_long(db: sqlite_utils.Database) -> str:
    """A pupil typed a 150-character name (the box took 32,767 before it was limited); the hub takes 100."""
    store = QuizStore(db)
    return store.answer(store.start(FRUIT, "小" * 150), "q1", "b")


def set_aside_rows(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    return [
        (row["id"], row["pupil"], row["reason"])
        for row in db.query("select s.id, a.pupil, s.reason from set_aside s join answers a on a.id = s.id")
    ]


async def test_one_refused_answer_is_set_aside_and_every_other_reaches_the_hub(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any
) -> None:
    bad = answer_with_a_name_too_long(db)  # the oldest: in the first batch
    ids = answer_quizzes(db, 10)  # 10 other pupils, 30 answers
    sync = sync_via(hub.url)
    assert await sync.send_all()
    assert sorted(hub_ids(hub)) == sorted(ids)
    assert Outbox(db).count() == 0 and sync.waiting == 0 and sync.problem == "" and sync.set_aside == 1
    [(answer_id, pupil, reason)] = set_aside_rows(db)
    assert answer_id == bad and pupil == "小" * 150
    assert reason == "pupil: at most 100 characters are allowed; this has 150"
    assert await sync.send_all() and hub.store.db.count("results") == len(ids)  # never sent again


async def old_hub(request: web.Request) -> web.Response:
    """A hub of the version before per-answer refusals: a bad answer fails the whole batch, naming it."""
    items = (await request.json())["results"]
    for n, item in enumerate(items):
        if len(item["pupil"]) > 100:
            message = f"results/{n}/pupil: '{item['pupil']}' is too long"
            return web.json_response(
                {"error": {"status": 400, "message": message, "field": f"results/{n}/pupil"}}, status=400
            )
    return web.json_response({"results": [{"id": item["id"], "status": "stored"} for item in items]})


async def too_large(request: web.Request) -> web.Response:
    """A hub that refuses a batch naming no answer (too large for it, say) unless it holds only good answers."""
    items = (await request.json())["results"]
    if any(len(item["pupil"]) > 100 for item in items):
        return web.json_response(
            {"error": {"status": 413, "message": "The request body is larger than the hub accepts"}}, status=413
        )
    return web.json_response({"results": [{"id": item["id"], "status": "stored"} for item in items]})


@pytest.mark.parametrize(("handler", "reason"), [(old_hub, "is too long"), (too_large, "larger than the hub accepts")])
async def test_a_hub_that_refuses_the_whole_batch_still_gets_every_good_answer(
    db: sqlite_utils.Database, sync_via: Any, handler: Any, reason: str
) -> None:
    ids = answer_quizzes(db, 5)
    bad = answer_with_a_name_too_long(db)
    ids += answer_quizzes(db, 5)
    runner, url = await serve(handler)
    try:
        sync = sync_via(url)
        assert await sync.send_all()
        assert sync.problem == "" and sync.waiting == 0 and sync.set_aside == 1
    finally:
        await runner.cleanup()
    [(answer_id, _, kept_reason)] = set_aside_rows(db)
    assert answer_id == bad and reason in kept_reason
    assert Outbox(db).count() == 0 and db.execute("select count(*) from answers").fetchone()[0] == len(ids) + 1
