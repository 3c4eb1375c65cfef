"""The received picture is the newest one, whatever the screen's pace (issue 14, item 11).

aiortc's receiver decodes in its own thread and queues every frame for the track without bound; a
screen that shows each in turn on a busy PC fell seconds behind. Here aiortc's own RemoteStreamTrack
is fed real decoded frames (a numbered video, decoded by PyAV) from a thread, as its decoder thread
feeds it, faster than a slow screen shows them.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import av
import numpy as np
from aiortc.rtcrtpreceiver import RemoteStreamTrack

from media.video_sink import VideoSink
from tests.camera_video import frame_number, numbered_video

FRAMES = 240
FEED_FPS = 30
"""Frames a second put into the track; the screen below shows at most 10."""
SHOW_SECONDS = 0.1
"""How long the slow screen takes to show one picture (the event loop is busy meanwhile, as with Qt's painting)."""


def decoded(path: Path) -> list[av.VideoFrame]:
    with av.open(str(path)) as container:
        return list(container.decode(video=0))


async def test_a_slow_screen_shows_the_newest_picture_and_the_backlog_stays_bounded(tmp_path: Path) -> None:
    frames = decoded(numbered_video(tmp_path / "numbered.avi", frames=FRAMES))
    loop = asyncio.get_running_loop()
    track = RemoteStreamTrack(kind="video")
    put: list[int] = []  # numbers of the frames put into the track so far
    shown: list[tuple[int, int]] = []  # (number shown, number put last when it was shown)
    backlog: list[int] = []
    stop = threading.Event()

    def decoder() -> None:  # as aiortc's decoder_worker hands frames to the track
        for number, frame in enumerate(frames):
            if stop.is_set():
                return
            put.append(number)
            asyncio.run_coroutine_threadsafe(track._queue.put(frame), loop)
            time.sleep(1 / FEED_FPS)
        asyncio.run_coroutine_threadsafe(track._queue.put(None), loop)

    def screen(pixels: np.ndarray) -> None:
        shown.append((frame_number(pixels), put[-1]))
        backlog.append(track._queue.qsize())
        time.sleep(SHOW_SECONDS)

    sink = VideoSink(track, screen)
    feeding = threading.Thread(target=decoder, name="test-decoder")
    feeding.start()
    try:
        deadline = time.monotonic() + 30
        while len(put) < FRAMES and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
    finally:
        stop.set()
        await asyncio.to_thread(feeding.join)
        await sink.close()

    assert len(put) == FRAMES
    behind = [last - number for number, last in shown]
    # the picture on screen is at most a few frames older than the newest put (a frame or two in
    # flight to the loop, and those put while the last one was shown): never a growing backlog
    assert max(behind) <= FEED_FPS * SHOW_SECONDS * 2 + 2, behind
    assert max(backlog) <= FEED_FPS * SHOW_SECONDS * 2 + 2, backlog
    assert len(shown) < FRAMES / 2, "the screen was slower than the feed"
    assert shown[-1][0] == FRAMES - 1, "the last picture is shown"
    assert sink.latest is not None and frame_number(sink.latest) == FRAMES - 1
    assert [number for number, _ in shown] == sorted(number for number, _ in shown)
    assert sink.frames == FRAMES and sink.dropped == FRAMES - len(shown)
