"""On stage, heard: the other classrooms hear the classroom on stage at their speakers (FFT of a null sink).

A real hub on 127.0.0.1 (and a real Janus for the SFU path), real LiveLesson objects, real aiortc
peers. A 1 kHz tone plays into the first classroom's microphone; the teacher's speakers play into
this run's null sink, the second classroom's into a sink of its own, everything else into a quiet one.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from media.lesson_media import MediaChoice
from tests.lesson_sides import Side, Sides
from tests.listening import comes_to, second, silent, tone_heard
from tests.null_sink import NullSink
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
