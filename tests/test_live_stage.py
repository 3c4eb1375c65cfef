"""On stage, heard: the other classrooms hear the classroom on stage at their speakers (FFT of a null sink).

A real hub on 127.0.0.1 (and a real Janus for the SFU path), real LiveLesson objects, real aiortc
peers. A 1 kHz tone plays into the first classroom's microphone; the teacher's speakers play into
this run's null sink, the second classroom's into a sink of its own, everything else into a quiet one.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from media.lesson_media import MediaChoice
from tests.lesson_sides import Side, Sides
from tests.null_sink import NullSink
from tests.tone import tone_share
from tests.waiting import until


@pytest.fixture(scope="module")
def far_sink() -> Iterator[NullSink]:
    """Where the second classroom's speakers play."""
    sink = NullSink(f"oo_test_{os.getpid()}_stage_far")
    yield sink
    sink.close()


async def recorded(sink: NullSink) -> np.ndarray:
    """The second that reached the sink after a second to settle."""
    await asyncio.sleep(1.0)
    return await second(sink)


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


async def three_sides(
    sides: Sides, camera_file: Path, mic_sink: NullSink, far_sink: NullSink
) -> tuple[Side, Side, Side]:
    """The teacher and two classrooms in a lesson: the first one's microphone hears the tone."""
    choice = MediaChoice(camera=str(camera_file))
    teacher = sides.teacher(choice)
    lanyu = sides.classroom("Lanyu 3", choice, source=f"{mic_sink.name}.monitor")
    orchid = sides.classroom("Orchid Island 5", choice, sink=far_sink.name)
    teacher.start()
    await teacher.live()
    for classroom in (lanyu, orchid):
        classroom.join(teacher.lesson.code or "")
        await classroom.live()
    await until(
        lambda: all(len(set(c.pictures_from(teacher.lesson.peer_id))) >= 10 for c in (lanyu, orchid)),
        40,
        "the teacher's pictures in both classrooms",
    )
    return teacher, lanyu, orchid


async def staged_and_heard(
    teacher: Side, lanyu: Side, orchid: Side, null_sink: NullSink, far_sink: NullSink, seen: bool
) -> None:
    """Off stage the second classroom does not hear the first; on stage it does (and sees it if seen); off, not."""
    staged = lanyu.lesson.peer_id or ""
    assert silent(await recorded(far_sink))
    assert await teacher.lesson.set_stage(staged)
    await until(lambda: orchid.lesson.room.stage == staged, 5, "the stage announced")
    if seen:
        await until(lambda: len(set(orchid.pictures_from(staged))) >= 10, 30, "the stage's pictures")
    await comes_to(far_sink, tone_heard, "the tone in the other classroom")
    await comes_to(null_sink, tone_heard, "the tone at the teacher's")  # the teacher still hears it

    assert await teacher.lesson.set_stage(None)
    await until(lambda: orchid.lesson.room.stage is None, 5, "off stage announced")
    await comes_to(far_sink, silent, "silence in the other classroom")
    await comes_to(null_sink, tone_heard, "the tone at the teacher's")


@pytest.mark.usefixtures("loopback_ice", "tone")
async def test_in_the_star_the_other_classroom_hears_the_one_on_stage(
    sides: Sides, camera_file: Path, mic_sink: NullSink, null_sink: NullSink, far_sink: NullSink
) -> None:
    teacher, lanyu, orchid = await three_sides(sides, camera_file, mic_sink, far_sink)
    await staged_and_heard(teacher, lanyu, orchid, null_sink, far_sink, seen=False)  # voice only (live-protocol.md)


@pytest.mark.usefixtures("tone")
async def test_through_janus_the_other_classroom_hears_and_sees_the_one_on_stage(
    janus_sides: Sides, camera_file: Path, mic_sink: NullSink, null_sink: NullSink, far_sink: NullSink
) -> None:
    teacher, lanyu, orchid = await three_sides(janus_sides, camera_file, mic_sink, far_sink)
    await staged_and_heard(teacher, lanyu, orchid, null_sink, far_sink, seen=True)
