"""The background pace of catalog refreshes and result sending: wait long, unless woken."""

from __future__ import annotations

import asyncio

from app.repeater import Repeater
from tests.waiting import until


async def test_waits_after_success_and_failure_until_woken() -> None:
    outcomes = [False, False, True]
    calls: list[bool] = []

    async def step() -> bool:
        calls.append(outcomes[len(calls)] if len(calls) < len(outcomes) else True)
        return calls[-1]

    repeater = Repeater(step, idle=None, backoff=(600.0,))
    repeater.start()
    try:
        for expected in (1, 2, 3, 4):
            await until(lambda n=expected: len(calls) >= n)  # type: ignore[misc]
            await asyncio.sleep(0.05)
            assert len(calls) == expected  # a failure waits ten minutes, a success until woken
            repeater.wake()
        assert calls == [False, False, True, True]
    finally:
        await repeater.stop()


async def test_short_pauses_keep_it_going_by_itself() -> None:
    calls = 0

    async def step() -> bool:
        nonlocal calls
        calls += 1
        return calls % 2 == 0

    repeater = Repeater(step, idle=0.01, backoff=(0.01,))
    repeater.start()
    try:
        await until(lambda: calls >= 6)
    finally:
        await repeater.stop()
    stopped_at = calls
    await asyncio.sleep(0.05)
    assert calls == stopped_at  # stop() means stop


async def test_stopping_just_as_it_is_woken_stops_it() -> None:
    """stop() as wake() lands (a catalog change as the window closes): Python 3.11's asyncio.wait_for
    lost such a cancellation, the repeater went on and stop() never returned."""
    calls = 0

    async def step() -> bool:
        nonlocal calls
        calls += 1
        return True

    repeater = Repeater(step, idle=600.0, backoff=(600.0,))  # the steady pace of catalog refreshes
    repeater.start()
    await until(lambda: calls == 1)
    await asyncio.sleep(0.05)  # waiting for its time or to be woken
    repeater.wake()
    async with asyncio.timeout(5):
        await repeater.stop()
    assert calls == 1
