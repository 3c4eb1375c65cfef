"""Watching a lesson while it downloads, for the files teachers have: Watch comes on when the player can
really start (a faststart MP4, a WebM, an MPEG-TS early; an MP4 with its index at the end only when the
download is done), the lesson page says how long until then, pressing Watch shows pictures, and the
player waiting at the edge of the download says how long it waits.

The files are made by FFmpeg's libraries (PyAV) and downloaded from a real hub under a bandwidth cap
lower than the video's bit rate, so the player catches up with the download.
"""

from __future__ import annotations

import asyncio
import re
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
import qasync

from app.config import Config, DownloadSettings
from hub.demo import LESSONS
from hub.server import start_hub
from hub.store import Store
from media.player import PlayerState
from tests.gui import close_window, open_window, run
from tests.null_sink import NullSink
from tests.waiting import until
from widgets.student.classroom_screen import ClassroomScreen

SECONDS = 8
CAP = 48_000
"""Bytes a second: about half the videos' bit rate."""
FORMATS = {
    "faststart.mp4": ("mp4", "libx264", "aac", {"movflags": "+faststart"}),
    "index-at-end.mp4": ("mp4", "libx264", "aac", {}),
    "lesson.webm": ("webm", "libvpx-vp9", "libopus", {}),
    "lesson.ts": ("mpegts", "libx264", "aac", {}),
}
A_TIME = r"(less than a minute|about \d+ min)"


def lesson_file(path: Path, name: str) -> Path:
    """SECONDS of a moving picture (noise in a band: about 100 kB a second) with a tone, as FORMATS[name]."""
    form, video_codec, audio_codec, options = FORMATS[name]
    rng = np.random.default_rng(7)
    with av.open(str(path), "w", format=form, options=options) as container:
        video = container.add_stream(video_codec, rate=15)
        audio = container.add_stream(audio_codec, rate=48_000, layout="mono")
        assert isinstance(video, av.VideoStream) and isinstance(audio, av.AudioStream)
        video.width, video.height, video.pix_fmt = 320, 240, "yuv420p"
        size = audio.codec_context.frame_size or 960
        sent = 0
        for i in range(SECONDS * 15):
            pixels = np.full((240, 320, 3), 200, np.uint8)
            pixels[100:160] = rng.integers(0, 255, (60, 320, 3), np.uint8)
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 15)
            container.mux(video.encode(frame))
            while sent < (i + 1) * 48_000 // 15:
                wave = 0.3 * np.sin((np.arange(size) + sent) * 2 * np.pi * 440 / 48_000)
                sound = av.AudioFrame.from_ndarray(wave.astype(np.float32)[None], format="fltp", layout="mono")
                sound.sample_rate, sound.pts = 48_000, sent
                container.mux(audio.encode(sound))
                sent += size
        container.mux(video.encode(None))
        container.mux(audio.encode(None))
    return path


def hub_with(tmp_path: Path, name: str) -> Path:
    """A hub data dir whose one lesson has this file as its video."""
    data = tmp_path / "hub"
    store = Store(data)
    try:
        lesson = {**LESSONS[2], "id": f"lesson-{name.replace('.', '-')}", "position": 0}
        path = lesson_file(store.videos_dir / f"{lesson['id']}{Path(name).suffix}", name)
        store.add_lesson(lesson, path, float(SECONDS))
    finally:
        store.close()
    return data


@pytest.mark.parametrize("name", list(FORMATS))
def test_watch_comes_on_when_the_player_can_start_and_every_wait_names_a_time(
    qloop: qasync.QEventLoop, tmp_path: Path, null_sink: NullSink, name: str
) -> None:
    early = name != "index-at-end.mp4"

    async def scenario() -> None:
        hub = await start_hub(hub_with(tmp_path, name))
        config = Config(downloads=DownloadSettings(bandwidth_cap=CAP))
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path / "pc", hub.url, token, "en", config=config)
        library = services.library
        video = library.wanted()[0]
        notes: list[str] = []
        downloading: asyncio.Task[bool] | None = None
        classroom = window.classroom
        assert isinstance(classroom, ClassroomScreen)
        try:
            lessons = classroom.lessons
            lessons.table.selectRow(0)
            downloading = asyncio.get_running_loop().create_task(library.download_pass())

            def watch_on() -> bool:
                if lessons.watch_note.isVisible():
                    notes.append(lessons.watch_note.text())
                return lessons.watch.isEnabled()

            await until(watch_on, timeout=60)
            verified = library.status(video.id).verified  # type: ignore[union-attr]
            if early:
                assert verified < video.size / 2
            else:
                assert verified == video.size
                assert any(re.fullmatch(f"Can be watched in {A_TIME}, when the download is done.", n) for n in notes)
            lessons.watch.click()
            classroom.viewer_picker.picked.emit("")
            page = classroom.player_page
            assert page is not None
            await until(lambda: page.player.frame is not None, timeout=20)
            assert page.view.grab().toImage().pixelColor(page.view.width() // 2, page.view.height() // 5).value() > 150
            if early:
                assert library.status(video.id).verified < video.size  # type: ignore[union-attr]
                await until(lambda: page.player.state is PlayerState.BUFFERING, timeout=30)
                waiting = f"Waiting for more of the video to download: {A_TIME}…"
                await until(lambda: bool(re.fullmatch(waiting, page.view.message())), timeout=5)
            assert await downloading
            await until(lambda: page.player.state is PlayerState.ENDED, timeout=30)
            assert page.player.duration == pytest.approx(SECONDS, abs=0.2)
        finally:
            if downloading is not None and not downloading.done():
                downloading.cancel()
                await asyncio.gather(downloading, return_exceptions=True)
            classroom.close_player()
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())
