"""The hub on PostgreSQL: several hubs setting up one database at once, the database going away."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiohttp
import psycopg
import pytest

from hub.server import RunningHub
from hub.store import Store
from tests.postgres import PostgresCluster
from tests.test_hub_api import answer

pytestmark = pytest.mark.parametrize("hub_db", ["postgresql"], indirect=True)


def admin(postgres: PostgresCluster, *statements: str) -> None:
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


async def post(http: aiohttp.ClientSession, hub: RunningHub, classroom: dict[str, str]) -> tuple[int, dict]:
    async with http.post(f"{hub.url}/api/v1/results", headers=classroom, json={"results": [answer()]}) as r:
        return r.status, await r.json()


async def test_a_lost_connection_is_opened_again_without_a_failed_request(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], postgres: PostgresCluster, hub_db: str
) -> None:
    database = hub_db.rsplit("/", 1)[1]
    # what a PostgreSQL restart or failover does to the hub's idle connection
    admin(postgres, f"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}'")
    status, body = await post(http, hub, classroom)
    assert status == 200 and body["results"][0]["status"] == "stored"
    assert hub.store.db.count("results") == 1


async def test_a_database_refusing_connections_gets_503_and_the_hub_recovers(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], postgres: PostgresCluster, hub_db: str
) -> None:
    database = hub_db.rsplit("/", 1)[1]
    admin(
        postgres,
        f"alter database {database} allow_connections false",
        f"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}'",
    )
    status, body = await post(http, hub, classroom)
    assert status == 503 and "cannot reach its database" in body["error"]["message"]
    admin(postgres, f"alter database {database} allow_connections true")
    status, body = await post(http, hub, classroom)
    assert status == 200 and body["results"][0]["status"] == "stored"


def test_hubs_starting_at_once_on_an_empty_database_all_open_it(hub_db: str, tmp_path: Path) -> None:
    start = threading.Barrier(3)

    def open_store(n: int) -> list[str]:
        start.wait()
        store = Store(tmp_path / str(n), hub_db)
        try:
            return store.roster("nobody")
        finally:
            store.close()

    with ThreadPoolExecutor(3) as pool:
        assert list(pool.map(open_store, range(3))) == [[], [], []]
