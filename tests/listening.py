"""Listening to a null sink second by second: until the tone is heard there, or silence."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import numpy as np

from tests.null_sink import NullSink
from tests.tone import tone_share
from tests.waiting import until


async def second(sink: NullSink) -> np.ndarray:
    """The second that reaches the sink from now."""
    start = time.monotonic()
    await asyncio.sleep(1.0)
    return sink.samples(start, time.monotonic())


async def comes_to(sink: NullSink, sound: Callable[[np.ndarray], bool], what: str) -> None:
    """Until one second that reached the sink is `sound` (second after second, within 10 s).

    After the stage changes, what was on its way still plays out: on a loaded machine a far
    classroom's decoder and speakers may take more than a second to catch up.
    """
    seconds: list[np.ndarray] = []

    async def listen() -> None:
        while True:
            seconds.append(await second(sink))

    listening = asyncio.get_running_loop().create_task(listen())
    try:
        await until(lambda: seconds and sound(seconds[-1]), 10, what, lambda: loudness(seconds[-1]) if seconds else "")
    finally:
        listening.cancel()
        await asyncio.gather(listening, return_exceptions=True)


def loudness(samples: np.ndarray) -> tuple[float, float]:
    """The tone's share of the energy, and the sound's root mean square."""
    return tone_share(samples), float(np.sqrt(np.mean(samples**2)))


def tone_heard(samples: np.ndarray) -> bool:
    """The tone stands out: most of the energy is at its frequency, and it is loud (above -34 dB)."""
    return tone_share(samples) > 0.5 and float(np.sqrt(np.mean(samples**2))) > 0.02


def silent(samples: np.ndarray) -> bool:
    return float(np.sqrt(np.mean(samples**2))) < 0.002
