"""The live lesson's media on real aiortc peers over 127.0.0.1: a teacher and two classrooms (a star).

Cameras are numbered video files; the classroom's microphone records a second null sink into
which a tone is played; what the teacher's speakers play reaches the test run's null sink.
Timing bounds are loose on purpose: the machines are shared and noisy.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
from aiortc import AudioStreamTrack
from av import AudioFrame

from media.camera_track import NO_CAMERA_SHADE, CameraFeed
from media.errors import DeviceUnavailable
from media.jitter_buffer import JitterBuffer
from media.microphone import SAMPLE_RATE
from media.microphone_track import MicrophoneTrack
from media.peer import Peer
from media.sound_sink import SoundSink
from tests.live_peers import Numbers, in_order, join
from tests.null_sink import NullSink
from tests.tone import tone_share
from tests.waiting import until

pytestmark = pytest.mark.usefixtures("loopback_ice")


class Star:
    """The teacher's peers to two classrooms, with the pictures each side received."""

    def __init__(self, feed: CameraFeed, microphone: MicrophoneTrack) -> None:
        self.feed = feed
        self.microphone = microphone
        self.at_teacher = [Numbers(), Numbers()]
        self.at_classroom = [Numbers(), Numbers()]
        self.teacher_audio: list[AudioStreamTrack] = []
        self.teacher_side: list[Peer] = []
        self.classroom_side: list[Peer] = []


@pytest.fixture
async def star(feed: CameraFeed, tone: None, null_sink: NullSink) -> AsyncIterator[Star]:
    microphone = MicrophoneTrack()
    made = Star(feed, microphone)
    for i in range(2):
        teacher = Peer(
            video=feed.track(),
            on_picture=made.at_teacher[i],
            on_audio=made.teacher_audio.append,
        )
        classroom = Peer(video=feed.track(), voice=microphone if i == 0 else None, on_picture=made.at_classroom[i])
        made.teacher_side.append(teacher)
        made.classroom_side.append(classroom)
        await join(teacher, classroom)
    yield made
    for peer in made.teacher_side + made.classroom_side:
        await peer.close()
    microphone.stop()


async def test_in_a_star_pictures_arrive_in_order_both_ways_and_the_classroom_is_heard(
    star: Star, null_sink: NullSink
) -> None:
    everyone = star.at_teacher + star.at_classroom
    await until(lambda: all(n.distinct_since(0) >= 20 for n in everyone), 30, "20 pictures at every side")
    for numbers in everyone:
        assert in_order(numbers.seen), numbers.seen
    sink = SoundSink()
    try:
        voice = star.teacher_audio[0]  # the first classroom's voice (the second sends none)
        sink.add(voice)
        await asyncio.sleep(1.5)
        start = time.monotonic()
        await asyncio.sleep(1.0)
        heard = null_sink.samples(start, time.monotonic())
        assert tone_share(heard) > 0.5 and np.sqrt(np.mean(heard**2)) > 0.02

        star.microphone.muted = True
        await asyncio.sleep(1.0)
        start = time.monotonic()
        await asyncio.sleep(1.0)
        assert np.sqrt(np.mean(null_sink.samples(start, time.monotonic()) ** 2)) < 0.002  # silence
        assert star.teacher_side[0].pc.connectionState == "connected"
        assert sink.figures(voice).buffered <= 0.2 + 1e-9  # the backlog from before the sink came was dropped
    finally:
        await sink.close()


class Burst(AudioStreamTrack):
    """Sound that arrives in bursts: 3 s of 20 ms frames at once, then nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    async def recv(self) -> AudioFrame:
        if self.sent >= 150:
            await asyncio.sleep(3600)
        frame = AudioFrame.from_ndarray(np.full((1, 960), 3000, np.int16), format="s16", layout="mono")
        frame.sample_rate, frame.pts = SAMPLE_RATE, self.sent * 960
        self.sent += 1
        return frame


async def test_the_jitter_buffer_stays_bounded_under_a_burst_and_counts_the_underrun(null_sink: NullSink) -> None:
    sink = SoundSink(limit=0.2)
    track = Burst()
    try:
        sink.add(track)
        await until(lambda: track.sent >= 150, 10, "the burst read")
        assert sink.figures(track).buffered <= 0.2 + 1e-9
        assert sink.figures(track).dropped > 2.0  # 3 s came at once; at most 0.2 s kept
        await until(lambda: sink.figures(track).underruns >= 1, 5, "the buffer running dry")
        assert sink.figures(track).buffered == 0
    finally:
        await sink.close()


def test_a_jitter_buffer_waits_for_its_target_and_mixes() -> None:
    buffer = JitterBuffer(target=0.04, limit=0.1)
    out = np.zeros(960, np.float32)
    buffer.push(np.full(960, 0.25, np.float32))
    buffer.pull_into(out)
    assert not out.any()  # 20 ms is under the 40 ms target: nothing plays yet
    buffer.push(np.full(960 * 4, 0.25, np.float32))
    assert buffer.figures.buffered == pytest.approx(0.1) and buffer.figures.dropped == 0
    out[:] = 0.5
    buffer.pull_into(out)
    assert np.allclose(out, 0.75)  # added to what was there


async def test_a_camera_that_cannot_open_sends_a_plain_picture_and_says_why(tmp_path: Path) -> None:
    failures: list[DeviceUnavailable] = []
    feed = CameraFeed(str(tmp_path / "missing.avi"), on_failure=failures.append)
    try:
        track = feed.track()
        await until(lambda: bool(failures), 5, "the failure reported")
        frames = [await track.recv() for _ in range(3)]
        assert [f.pts for f in frames] == sorted(f.pts for f in frames)
        pixels = frames[-1].to_ndarray(format="bgr24")
        assert pixels.shape == (480, 640, 3) and abs(int(pixels.mean()) - NO_CAMERA_SHADE) < 3
        assert "missing.avi" in str(failures[0])
    finally:
        feed.close()
