"""The live lesson end to end: a real hub on 127.0.0.1, real LiveLesson objects (a teacher and
classrooms in one process, each with its own token and classroom.db), real aiortc peers and
PulseAudio null sinks; cameras are numbered video files.

Sound: the teacher's speakers play into this run's null sink (measured); a tone plays into a
second sink whose monitor is the first classroom's microphone; everything else records and plays
a quiet sink. Timing bounds are loose on purpose: the machines are shared and noisy.
"""

from __future__ import annotations

import asyncio
import csv
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.live.chat import ChatLog
from app.live.lesson import LessonState
from hub import live
from hub.server import RunningHub, start_hub
from media.camera_track import NO_CAMERA_SHADE
from media.lesson_media import MediaChoice
from tests.camera_video import numbered_video
from tests.lesson_sides import Side, Sides, media_of, pictures_flow
from tests.listening import comes_to, silent
from tests.live_peers import in_order
from tests.null_sink import NullSink
from tests.tone import playing_tone, tone_share
from tests.waiting import until

pytestmark = pytest.mark.usefixtures("loopback_ice")


@pytest.fixture(scope="module")
def mic_sink() -> Iterator[NullSink]:
    """This module's own sink for the first classroom's microphone (on the run's one, the teacher still heard
    the tone after muting it, and two microphone relays were left running: not understood yet)."""
    sink = NullSink(f"oo_test_{os.getpid()}_lesson_mic")
    yield sink
    sink.close()


@pytest.fixture
def tone(mic_sink: NullSink, tmp_path: Path) -> Iterator[None]:
    """A 1 kHz tone playing into the first classroom's microphone sink."""
    with playing_tone(mic_sink, tmp_path, 60):
        yield


async def lesson_of(sides: Sides, *classrooms: Side, code: str | None = None) -> Side:
    """The teacher (the first side made) starts; the classrooms join; pictures arrive on every link."""
    teacher = sides.made[0]
    if teacher.lesson.state is LessonState.IDLE:
        teacher.start(code)
    await teacher.live()
    for classroom in classrooms:
        classroom.join(teacher.lesson.code or "")
        await classroom.live()
    await until(
        lambda: (
            all(len(teacher.pictures_from(c.lesson.peer_id)) >= 10 for c in classrooms)
            and all(len(c.pictures_from(teacher.lesson.peer_id)) >= 10 for c in classrooms)
        ),
        30,
        "pictures on every link",
        lambda: {s.name: {p: len(n.seen) for p, n in s.seen.items()} for s in (teacher, *classrooms)},
    )
    return teacher


async def test_a_teacher_and_two_classrooms_see_hear_and_run_the_lesson(
    sides: Sides,
    camera_file: Path,
    tone: None,
    mic_sink: NullSink,
    null_sink: NullSink,
    hub: RunningHub,
    tmp_path: Path,
) -> None:
    choice = MediaChoice(camera=str(camera_file))
    teacher = sides.teacher(choice)
    lanyu = sides.classroom("Lanyu 3", choice, source=f"{mic_sink.name}.monitor")
    orchid = sides.classroom("Orchid Island 5", choice)
    teacher.start("LAN3YU")
    await teacher.live()
    assert teacher.lesson.code == "LAN3YU"
    await lesson_of(sides, lanyu, orchid)
    ids = {side.name: side.lesson.peer_id for side in (teacher, lanyu, orchid)}
    assert [(e.name, e.online) for e in teacher.lesson.room.roster] == [("Lanyu 3", True), ("Orchid Island 5", True)]
    assert [e.name for e in lanyu.lesson.room.roster] == ["Ms. Lin 林老師"]

    # pictures in order both ways, more of them later
    await until(lambda: all(len(set(n.seen)) >= 20 for s in sides.made for n in s.seen.values()), 30, "20 each")
    for side in sides.made:
        for peer, numbers in side.seen.items():
            assert in_order(numbers.seen), (side.name, peer, numbers.seen)
    picture = teacher.lesson.picture(ids["Lanyu 3"] or "")
    assert picture is not None and picture.number >= 20 and picture.pixels.shape == (240, 320, 3)
    await until(
        lambda: all(e.link == "high" for e in teacher.lesson.room.roster), 10, "the links' presets in the roster"
    )

    # the first classroom's tone reaches the teacher's speakers
    await asyncio.sleep(1.0)
    start = time.monotonic()
    await asyncio.sleep(1.0)
    heard = null_sink.samples(start, time.monotonic())
    assert tone_share(heard) > 0.5 and np.sqrt(np.mean(heard**2)) > 0.02

    # the teacher mutes it: the classroom's microphone follows, silence at the teacher
    assert await teacher.lesson.mute(ids["Lanyu 3"] or "")
    await until(lambda: lanyu.lesson.room.muted and lanyu.lesson.room.muted_by == "teacher", 5, "muted by the teacher")
    await until(lambda: teacher.lesson.room.roster[0].muted, 5, "muted in the roster")
    await comes_to(null_sink, silent, "silence at the teacher")  # what was on its way may still play out
    assert await lanyu.lesson.mute_self(False)  # a classroom unmutes itself
    await until(lambda: not lanyu.lesson.room.muted and not teacher.lesson.room.roster[0].muted, 5, "unmuted")

    # hand raise and lowering
    assert await orchid.lesson.raise_hand()
    await until(
        lambda: teacher.lesson.room.hands == (ids["Orchid Island 5"],) and orchid.lesson.room.hand, 5, "a hand up"
    )
    assert [e.hand for e in teacher.lesson.room.roster] == [False, True]
    assert await teacher.lesson.lower_hand(ids["Orchid Island 5"])
    await until(lambda: not teacher.lesson.room.hands and not orchid.lesson.room.hand, 5, "the hand down")

    # chat reaches everyone and is kept in each classroom.db
    assert await orchid.lesson.send_chat("老師好！Can you hear us?")
    for side in sides.made:
        await until(
            lambda side=side: [c.text for c in side.lesson.room.chat] == ["老師好！Can you hear us?"], 5, "chat"
        )
    line = lanyu.lesson.room.chat[0]
    assert (line.peer, line.name) == (ids["Orchid Island 5"], "Orchid Island 5")
    assert ChatLog(lanyu.db).lines(lanyu.lesson.lesson_id or "") == [line]

    # the stage: everyone hears the first classroom, relayed by the teacher on the others' stage lines
    assert await teacher.lesson.set_stage(ids["Lanyu 3"])
    for side in sides.made:
        await until(lambda side=side: side.lesson.room.stage == ids["Lanyu 3"], 5, "the stage announced")
    media = media_of(teacher.lesson)  # white box: the stage line to the other classroom carries the voice
    assert media is not None
    await until(lambda: media.links[ids["Orchid Island 5"] or ""].stage_from == ids["Lanyu 3"], 5, "stage relayed")
    assert media.links[ids["Lanyu 3"] or ""].stage_from is None  # never its own voice back

    # a pop-up quiz: answered through the outbox, reaches the hub once, the teacher sees it live
    assert await teacher.lesson.push_quiz("quiz-math-fractions")
    await until(
        lambda: lanyu.lesson.room.quiz is not None and orchid.lesson.room.quiz is not None, 5, "the quiz pushed"
    )
    lanyu.sync.start()
    session = lanyu.lesson.begin_quiz("陳怡君")
    session.submit(4)
    await until(lambda: teacher.lesson.room.answers("quiz-math-fractions"), 10, "the result at the teacher")
    [result] = teacher.lesson.room.answers("quiz-math-fractions")
    assert (result["pupil"], result["answer"], result["classroom"]) == ("陳怡君", 4, "Lanyu 3")
    await until(lambda: lanyu.outbox.count() == 0, 5, "the outbox emptied")
    stored = (await teacher.client.results("quiz-math-fractions")).results
    assert [(r.id, r.pupil) for r in stored] == [(result["id"], "陳怡君")]

    # attendance as CSV, with each classroom's join time
    path = tmp_path / "attendance.csv"
    assert await teacher.lesson.export_attendance(path) == 3
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    joined = {e.name: e.joined_at for e in teacher.lesson.room.roster}
    assert rows[0][:3] == ["Name", "Role", "Joined at (UTC)"]
    assert ["Lanyu 3", "classroom", joined["Lanyu 3"], "", "LAN3YU"] in rows[1:]

    await teacher.lesson.end()
    for side in (lanyu, orchid):
        await until(lambda side=side: side.lesson.state is LessonState.ENDED, 5, "the end")
        assert side.lesson.reason
    assert teacher.lesson.state is LessonState.ENDED


async def test_after_the_hub_drops_its_sockets_or_restarts_and_after_a_link_dies_the_lesson_comes_back(
    hub_dir: Path, camera_file: Path, tmp_path: Path, null_sink: NullSink, quiet_sink: NullSink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("PULSE_SINK", null_sink.name)
    monkeypatch.setenv("PULSE_SOURCE", f"{quiet_sink.name}.monitor")
    hub = await start_hub(hub_dir)
    sides = Sides(hub, tmp_path, null_sink.name, quiet_sink.name)
    try:
        choice = MediaChoice(camera=str(camera_file))
        teacher, lanyu = sides.teacher(choice), sides.classroom("Lanyu 3", choice)
        await lesson_of(sides, lanyu)
        states = [lanyu.lesson.state, teacher.lesson.state]
        for side in (teacher, lanyu):
            side.lesson.state_changed.connect(lambda side=side: states.append(side.lesson.state))
        peer, teacher_peer = lanyu.lesson.peer_id or "", teacher.lesson.peer_id or ""
        for socket in list(hub.runner.app[live.SOCKETS]):  # the hub drops every socket and goes on
            await socket.close()
        await until(lambda: LessonState.RECONNECTING in states, 5, "reconnecting shown")
        await until(lambda: all(s.lesson.state is LessonState.LIVE for s in (teacher, lanyu)), 20, "back in")
        assert lanyu.lesson.reason == ""
        await pictures_flow(teacher, lanyu, "pictures after the sockets came back")

        port = int(hub.url.rsplit(":", 1)[1])
        await hub.stop()
        await until(lambda: teacher.lesson.state is LessonState.RECONNECTING and teacher.lesson.reason, 10, "down")
        hub = await start_hub(hub_dir, port=port)
        sides.hub = hub
        await until(lambda: all(s.lesson.state is LessonState.LIVE for s in (teacher, lanyu)), 20, "back after restart")
        assert lanyu.lesson.peer_id == peer
        await until(
            lambda: teacher.lesson.room.roster and teacher.lesson.room.roster[0].online, 10, "the classroom online"
        )
        await pictures_flow(teacher, lanyu, "pictures after the hub restarted")

        # the media link dies (the classroom's end closes under it): both notice, the teacher offers again
        media = media_of(lanyu.lesson)  # white box: break the link, not the signaling
        assert media is not None
        old = media.links[teacher_peer].peer
        await old.pc.close()
        await until(lambda: teacher_peer in media.links and media.links[teacher_peer].peer is not old, 20, "rebuilt")
        await pictures_flow(teacher, lanyu, "pictures on the rebuilt link")
        assert all(s.lesson.state is LessonState.LIVE for s in (teacher, lanyu))
    finally:
        await sides.close()
        await hub.stop()


async def test_no_camera_a_camera_failing_mid_lesson_no_microphone_no_speakers_the_lesson_goes_on(
    sides: Sides, camera_file: Path, tmp_path: Path
) -> None:
    short = Path(shutil.copy(numbered_video(tmp_path / "short.avi", frames=20), tmp_path / "failing.avi"))
    teacher = sides.teacher(MediaChoice(camera=0))  # no camera on these machines
    lanyu = sides.classroom(
        "Lanyu 3", MediaChoice(camera=str(short), microphone="no such microphone", speakers="no such speakers")
    )
    await lesson_of(sides, lanyu)
    await until(lambda: "camera" in teacher.lesson.problems, 5, "no camera said")
    assert "No camera" in teacher.lesson.problems["camera"] and "lesson goes on" in teacher.lesson.problems["camera"]
    problems = lanyu.lesson.problems
    assert set(problems) == {"microphone", "speakers"}
    assert "no such microphone" in problems["microphone"] and "lesson goes on" in problems["microphone"]
    assert "speakers" in problems["speakers"].lower()
    shade = lanyu.lesson.picture(teacher.lesson.peer_id or "")
    assert shade is not None and abs(shade.pixels.mean() - NO_CAMERA_SHADE) < 8 and shade.pixels.std() < 3  # plain

    short.unlink()  # the classroom's camera fails at the file's end
    await until(lambda: "camera" in lanyu.lesson.problems, 10, "the failing camera said")
    assert "stopped during the lesson" in lanyu.lesson.problems["camera"]
    before = [teacher.lesson.picture(lanyu.lesson.peer_id or ""), lanyu.lesson.picture(teacher.lesson.peer_id or "")]
    await asyncio.sleep(1.5)
    after = [teacher.lesson.picture(lanyu.lesson.peer_id or ""), lanyu.lesson.picture(teacher.lesson.peer_id or "")]
    for earlier, later in zip(before, after, strict=True):
        assert earlier is not None and later is not None and later.number > earlier.number + 5  # still flowing
    assert await lanyu.lesson.send_chat("still here")
    await until(lambda: [c.text for c in teacher.lesson.room.chat] == ["still here"], 5, "chat after the failures")
    assert all(s.lesson.state is LessonState.LIVE for s in (teacher, lanyu))
