"""Result intake per second: concurrent clients POST /api/v1/results batches to a hub on SQLite and on PostgreSQL.

    PYTHONPATH=. .venv/bin/python bench/result_intake.py [--rounds 9] [--seconds 2] [--clients 8] [--batch 20]

Each hub is `oo-hub` in its own process, as a school or district runs it; PostgreSQL is a
cluster of the bench's own on 127.0.0.1 with fsync on (as SQLite's synchronous=FULL is), so both
engines make every acknowledged batch durable. Every answer is new (a repeat costs less). The
setups take turns for a few seconds each, many rounds, so a busy moment on the machine hits all;
the median ratio is the figure. A third setup has two hub processes share one PostgreSQL
database, the clients split between them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import time
import uuid

import aiohttp
from bench_hub import bench_hub

from tests.postgres import PostgresCluster


def batch(size: int) -> dict[str, list[dict[str, object]]]:
    return {
        "results": [
            {
                "id": str(uuid.uuid4()),
                "quiz_id": "quiz-bench",
                "question_id": f"q{i}",
                "pupil": "陳小明",
                "answer": i,
                "answered_at": "2026-12-01T10:42:00+08:00",
            }
            for i in range(size)
        ]
    }


async def intake(hubs: list[tuple[str, str]], clients: int, size: int, seconds: float) -> float:
    """Answers stored per second by `clients` clients posting batches of `size` for `seconds`."""
    stored = 0
    stop = time.perf_counter() + seconds

    async def client(n: int) -> None:
        nonlocal stored
        base, token = hubs[n % len(hubs)]
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as http:
            while time.perf_counter() < stop:
                async with http.post(f"{base}/api/v1/results", json=batch(size)) as r:
                    assert r.status == 200, await r.text()
                    stored += sum(item["status"] == "stored" for item in (await r.json())["results"])

    start = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return stored / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--batch", type=int, default=20)
    args = parser.parse_args()
    print(f"{args.clients} clients, batches of {args.batch} new answers, {args.seconds:g} s each")
    cluster = PostgresCluster(fsync=True)
    try:
        with contextlib.ExitStack() as stack:

            def hubs(db: str, count: int) -> list[tuple[str, str]]:
                running = [stack.enter_context(bench_hub(1, db)) for _ in range(count)]
                return [(hub.url.split("/api/v1/")[0], hub.token) for hub in running]

            setups = {
                "SQLite": hubs("", 1),
                "PostgreSQL": hubs(cluster.create_database(), 1),
                "PostgreSQL, 2 hubs": hubs(cluster.create_database(), 2),
            }
            ratios: dict[str, list[float]] = {name: [] for name in setups if name != "SQLite"}
            for n in range(1, args.rounds + 1):
                rates = {
                    name: asyncio.run(intake(urls, args.clients, args.batch, args.seconds))
                    for name, urls in setups.items()
                }
                line = [f"round {n}: SQLite {rates['SQLite']:5.0f} answers/s"]
                for name in ratios:
                    ratios[name].append(rates[name] / rates["SQLite"])
                    line.append(f"{name} {rates[name]:5.0f}/s, ratio {ratios[name][-1]:.2f}")
                print(" | ".join(line), flush=True)
            print("median ratios: " + ", ".join(f"{name} {statistics.median(r):.2f}" for name, r in ratios.items()))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
