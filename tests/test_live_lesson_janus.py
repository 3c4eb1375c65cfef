"""The live lesson end to end through a real Janus VideoRoom: a hub with [janus], real LiveLesson
objects (a teacher and three classrooms), real aiortc peers and PulseAudio null sinks.

The teacher's speakers play into this run's null sink (measured); a tone plays into the first
classroom's microphone; everything else records and plays a quiet sink.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import numpy as np

from app.live.lesson import LessonState
from app.live.sfu import SfuLinks
from hub import live
from hub.app import SETTINGS
from hub.server import RunningHub, start_hub
from media.lesson_media import MediaChoice
from tests.lesson_sides import Sides, media_of, pictures_flow
from tests.live_peers import in_order
from tests.null_sink import NullSink
from tests.tone import tone_share
from tests.waiting import until


async def test_a_teacher_and_three_classrooms_through_janus_see_hear_and_run_the_lesson(
    janus_sides: Sides, camera_file: Path, tone: None, mic_sink: NullSink, null_sink: NullSink
) -> None:
    choice = MediaChoice(camera=str(camera_file))
    teacher = janus_sides.teacher(choice)
    lanyu = janus_sides.classroom("Lanyu 3", choice, source=f"{mic_sink.name}.monitor")
    others = [janus_sides.classroom(name, choice) for name in ("Orchid Island 5", "Wulai 2")]
    teacher.start()
    await teacher.live()
    for classroom in (lanyu, *others):
        classroom.join(teacher.lesson.code or "")
        await classroom.live()
    assert teacher.lesson._media is not None  # white box: the hub said janus, so no star
    assert isinstance(teacher.lesson._media._links, SfuLinks)
    me = teacher.lesson.peer_id
    ids = [c.lesson.peer_id for c in (lanyu, *others)]

    # the teacher sees every classroom, every classroom sees the teacher, in order
    await until(
        lambda: (
            all(len(set(teacher.pictures_from(i))) >= 20 for i in ids)
            and all(len(set(c.pictures_from(me))) >= 20 for c in (lanyu, *others))
        ),
        40,
        "20 pictures on every feed",
        lambda: {s.name: {p: len(n.seen) for p, n in s.seen.items()} for s in janus_sides.made},
    )
    for side in janus_sides.made:
        for peer, numbers in side.seen.items():
            assert in_order(numbers.seen), (side.name, peer, numbers.seen)
    assert all(set(c.seen) == {me} for c in (lanyu, *others))  # nobody on stage yet

    # the first classroom's tone reaches the teacher's speakers
    await asyncio.sleep(1.0)
    start = time.monotonic()
    await asyncio.sleep(1.0)
    heard = null_sink.samples(start, time.monotonic())
    assert tone_share(heard) > 0.5 and np.sqrt(np.mean(heard**2)) > 0.02

    # muted by the teacher: silent at the teacher even though this classroom's microphone pays no heed
    assert media_of(lanyu.lesson) is not None
    media_of(lanyu.lesson).set_muted = lambda muted: None  # type: ignore[method-assign]
    assert await teacher.lesson.mute(ids[0] or "")
    await until(lambda: lanyu.lesson.room.muted and teacher.lesson.room.roster[0].muted, 5, "muted")
    await asyncio.sleep(1.0)
    start = time.monotonic()
    await asyncio.sleep(1.0)
    assert null_sink.level(start, time.monotonic()) < 0.002
    assert await teacher.lesson.mute(ids[0] or "", False)
    await asyncio.sleep(1.0)
    start = time.monotonic()
    await asyncio.sleep(1.0)
    assert tone_share(null_sink.samples(start, time.monotonic())) > 0.5

    # on stage: the other classrooms receive the first one too
    assert await teacher.lesson.set_stage(ids[0])
    await until(lambda: all(len(set(c.pictures_from(ids[0]))) >= 10 for c in others), 20, "the stage's pictures")

    # hands and chat go on through the hub
    assert await others[0].lesson.raise_hand()
    await until(lambda: teacher.lesson.room.hands == (ids[1],), 5, "a hand up")
    assert await others[1].lesson.send_chat("老師好！")
    for side in janus_sides.made:
        await until(lambda side=side: [c.text for c in side.lesson.room.chat] == ["老師好！"], 5, "chat")

    await teacher.lesson.end()
    for side in (lanyu, *others):
        await until(lambda side=side: side.lesson.state is LessonState.ENDED, 10, "the end")


async def test_through_janus_the_lesson_comes_back_after_dropped_sockets_a_hub_restart_and_dead_links(
    janus_sides: Sides, janus_hub: RunningHub, hub_dir: Path, camera_file: Path
) -> None:
    choice = MediaChoice(camera=str(camera_file))
    teacher, lanyu = janus_sides.teacher(choice), janus_sides.classroom("Lanyu 3", choice)
    teacher.start()
    await teacher.live()
    lanyu.join(teacher.lesson.code or "")
    await lanyu.live()
    peer = lanyu.lesson.peer_id or ""
    await pictures_flow(teacher, lanyu, "pictures both ways")
    for socket in list(janus_hub.runner.app[live.SOCKETS]):  # the hub drops every socket and goes on
        await socket.close()
    await until(lambda: all(s.lesson.state is LessonState.LIVE for s in (teacher, lanyu)), 20, "back in")
    await pictures_flow(teacher, lanyu, "pictures after the sockets came back (everyone entered the room anew)")

    port = int(janus_hub.url.rsplit(":", 1)[1])
    settings = janus_hub.runner.app[SETTINGS]
    await janus_hub.stop()
    await until(lambda: teacher.lesson.state is LessonState.RECONNECTING, 10, "down")
    restarted = await start_hub(hub_dir, port=port, settings=settings)  # the room is still at Janus
    try:
        janus_sides.hub = restarted
        await until(lambda: all(s.lesson.state is LessonState.LIVE for s in (teacher, lanyu)), 20, "back")
        await pictures_flow(teacher, lanyu, "pictures after the hub restarted")

        for side, far in ((teacher, peer), (lanyu, lanyu.lesson.peer_id or "")):  # a feed link, then its own feed
            media = media_of(side.lesson)  # white box: break a link, not the signaling
            assert media is not None
            old = media.links[far].peer
            await old.pc.close()
            await until(lambda m=media, o=old, f=far: f in m.links and m.links[f].peer is not o, 20, "rebuilt")
            await pictures_flow(teacher, lanyu, f"pictures after {side.name}'s link to {far} was rebuilt")
    finally:
        await janus_sides.close()
        await restarted.stop()
