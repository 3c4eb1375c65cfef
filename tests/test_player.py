"""The player on real demo videos: PyAV from file objects, real sound into a PulseAudio null sink.

Timing bounds are loose on purpose: the machines are shared and noisy.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from media.decoder import Decoder, Source, VideoItem
from media.errors import DeviceUnavailable, VideoUnreadable
from media.partial_reader import PartialReader
from media.player import Player, PlayerState, Sound
from tests.null_sink import NullSink

FRAME = 1 / 15  # the demo videos' frame duration
LOUD = 0.01  # RMS: the demo melody measures about 0.09
QUIET = 0.001

MakePlayer = Callable[..., Player]


@pytest.fixture
def video(demo_source: Path) -> Path:
    return demo_source / "videos" / "science-water.mp4"


@pytest.fixture
def make_player(null_sink: NullSink, qapp: Any) -> Iterator[MakePlayer]:
    """Players made in a test are closed after it; none of their threads may be left."""
    made: list[Player] = []

    def make(source: Source, **options: Any) -> Player:
        made.append(Player(source, **options))
        return made[-1]

    yield make
    for player in made:
        player.close()
    assert not [t.name for t in threading.enumerate() if t.name.startswith("player-")]


def player_threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("player-")}


def checksums(source: str | Source, start: float, count: int) -> tuple[list[tuple[float, str]], str]:
    """(pts, sha256) of `count` pictures from `start`, and one sha256 of the sound decoded meanwhile."""
    decoder = Decoder(source)
    pictures: list[tuple[float, str]] = []
    sound = hashlib.sha256()
    for item in decoder.frames(start):
        if isinstance(item, VideoItem):
            pictures.append((item.pts, hashlib.sha256(item.frame.to_ndarray(format="rgb24")).hexdigest()))
            if len(pictures) == count:
                break
        else:
            sound.update(item.samples.tobytes())
    decoder.close()
    return pictures, sound.hexdigest()


def test_frames_through_a_file_object_equal_frames_from_the_path(video: Path) -> None:
    for start, count in ((0.0, 60), (7.0, 20), (20.5, 20), (41.03, 20), (59.9, 20)):
        from_path = checksums(str(video), start, count)
        with video.open("rb") as file:
            from_file = checksums(file, start, count)
        with video.open("rb") as file:
            through_reader = checksums(PartialReader(file), start, count)
        assert from_file == from_path == through_reader
        first = from_path[0][0][0]
        assert start - FRAME < first <= start + 1e-6, (start, first)


def test_seeks_show_the_picture_at_the_asked_time(qtbot: QtBot, make_player: MakePlayer, video: Path) -> None:
    shown: list[tuple[float, Any]] = []
    with video.open("rb") as file:
        player = make_player(file)
        player.frame_changed.connect(lambda image: shown.append((player.frame_time, image)))
        player.start(0.0, play=False)
        qtbot.waitUntil(lambda: len(shown) == 1 and player.state is PlayerState.PAUSED)
        for target in (12.0, 31.4, 47.77, 3.0):
            before = len(shown)
            player.seek(target)
            qtbot.waitUntil(lambda before=before: len(shown) > before)  # type: ignore[misc]
            pts, image = shown[before]
            assert target - FRAME < pts <= target + 1e-6, (target, pts)
            reference = next(item for item in Decoder(str(video)).frames(target) if isinstance(item, VideoItem))
            assert image == reference.to_qimage()
            assert player.position == pytest.approx(target)


def test_plays_in_time_with_sound_pauses_in_silence_and_goes_on_after_a_seek(
    qtbot: QtBot, make_player: MakePlayer, null_sink: NullSink, video: Path
) -> None:
    with video.open("rb") as file:
        player = make_player(file)
        player.start()
        qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING and player.position > 0.1, timeout=5000)
        assert player.sound is Sound.SPEAKERS and player.sound_error is None
        assert player_threads() == {"player-decode", "player-present"}
        started, at = time.monotonic(), player.position
        qtbot.wait(2000)
        elapsed, advanced = time.monotonic() - started, player.position - at
        assert 0.5 * elapsed < advanced < 1.5 * elapsed, (elapsed, advanced)
        assert null_sink.level(started + 0.5, time.monotonic()) > LOUD

        player.pause()
        qtbot.wait(600)  # the sound already handed to the device plays out
        paused_at, quiet_from = player.position, time.monotonic()
        qtbot.wait(700)
        assert player.state is PlayerState.PAUSED and player.position == paused_at
        assert null_sink.level(quiet_from, time.monotonic()) < QUIET

        player.seek(40.0)
        player.play()
        qtbot.waitUntil(lambda: player.position > 40.5, timeout=5000)
        assert player.position < 43.0
        assert null_sink.level(time.monotonic() - 0.4, time.monotonic()) > LOUD
        player.set_volume(0)
        qtbot.wait(400)
        muted_from = time.monotonic()
        qtbot.wait(400)
        assert null_sink.level(muted_from, time.monotonic()) < QUIET
        assert player.state is PlayerState.PLAYING


def test_without_speakers_the_picture_plays_and_the_state_says_why(
    qtbot: QtBot, make_player: MakePlayer, video: Path
) -> None:
    pictures: list[object] = []
    with video.open("rb") as file:
        player = make_player(file, device="speakers that are not there")
        player.frame_changed.connect(pictures.append)
        player.start()
        qtbot.waitUntil(lambda: player.sound is Sound.NO_DEVICE)
        assert isinstance(player.sound_error, DeviceUnavailable)
        assert "speakers cannot be used" in str(player.sound_error)
        assert "speakers that are not there" in str(player.sound_error)
        qtbot.waitUntil(lambda: player.position > 1.0, timeout=5000)
        assert player.state is PlayerState.PLAYING and len(pictures) > 5


def small_video(path: Path, seconds: int, sound_seconds: int = 0, fps: int = 15) -> Path:
    """A small video of noise (about 150 kB a second, like a real lesson) and a tone for `sound_seconds`."""
    noise = np.random.default_rng(5)
    with av.open(str(path), "w", container_options={"movflags": "+faststart"}) as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 160, 96, "yuv420p"
        sound = container.add_stream("aac", rate=48_000, layout="mono") if sound_seconds else None
        tone = (0.3 * np.sin(np.arange(sound_seconds * 48_000) * 2 * np.pi * 440 / 48_000)).astype(np.float32)
        for i in range(seconds * fps):
            pixels = noise.integers(0, 256, (96, 160, 3), np.uint8)
            container.mux(stream.encode(av.VideoFrame.from_ndarray(pixels, format="rgb24")))
            start, end = i * 48_000 // fps, (i + 1) * 48_000 // fps
            if sound is not None and end <= len(tone):
                frame = av.AudioFrame.from_ndarray(tone[None, start:end], format="fltp", layout="mono")
                frame.sample_rate, frame.pts = 48_000, start
                container.mux(sound.encode(frame))
        container.mux(stream.encode(None))
        if sound is not None:
            container.mux(sound.encode(None))
    return path


def test_a_video_without_sound_runs_on_the_monotonic_clock_to_its_end(
    qtbot: QtBot, make_player: MakePlayer, tmp_path: Path
) -> None:
    with small_video(tmp_path / "silent.mp4", seconds=2).open("rb") as file:
        player = make_player(file)
        player.start()
        qtbot.waitUntil(lambda: player.sound is Sound.NO_TRACK)
        assert player.sound_error is None
        qtbot.waitUntil(lambda: player.state is PlayerState.ENDED, timeout=6000)
        assert player.position == player.duration == pytest.approx(2.0)
        player.play()  # from the end: again from the start
        qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING and 0 < player.position < 1.5)


def test_sound_that_ends_before_the_picture_hands_over_to_the_monotonic_clock(
    qtbot: QtBot, make_player: MakePlayer, tmp_path: Path
) -> None:
    path = small_video(tmp_path / "short-sound.mp4", seconds=20, sound_seconds=1)
    file = GrowingFile(path, path.stat().st_size)
    player = make_player(file)
    player.start()
    qtbot.waitUntil(lambda: player.sound is Sound.SPEAKERS)
    qtbot.waitUntil(lambda: player.position > 2.5, timeout=6000)
    # decoding stays a few seconds ahead, it does not race to the end for want of sound
    assert file.bytes_read < path.stat().st_size * 0.6
    player.seek(18.5)
    qtbot.waitUntil(lambda: player.state is PlayerState.ENDED, timeout=6000)
    assert player.position == pytest.approx(20.0)
    assert player.sound is Sound.SPEAKERS  # nothing is wrong with the speakers
    player.close()
    file.close()


class GrowingFile(io.RawIOBase):
    """A video still downloading: only the first `available` bytes have arrived."""

    def __init__(self, path: Path, available: int) -> None:
        self._file = path.open("rb")
        self.available = available
        self.beyond: list[tuple[int, int]] = []
        """Reads that reached past the bytes available: there must be none."""
        self.bytes_read = 0
        self._listeners: list[Callable[[], None]] = []

    def arrive(self, available: int) -> None:
        """More of the video has arrived: the first `available` bytes are there; wake who waits."""
        self.available = available
        for wake in list(self._listeners):
            wake()

    def listen(self, wake: Callable[[], None]) -> None:
        self._listeners.append(wake)

    def forget(self, wake: Callable[[], None]) -> None:
        self._listeners.remove(wake)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        start = self._file.tell()
        data = self._file.read(n)
        self.bytes_read += len(data)
        if start + len(data) > self.available:
            self.beyond.append((start, start + len(data)))
        return data[: max(self.available - start, 0)]

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def close(self) -> None:
        self._file.close()
        super().close()


def test_plays_while_downloading_up_to_the_edge_and_never_past_it(
    qtbot: QtBot, make_player: MakePlayer, video: Path
) -> None:
    size = video.stat().st_size
    growing = GrowingFile(video, 2_000)  # not even the index (moov) yet
    player = make_player(growing, edge=growing)
    player.start()
    qtbot.waitUntil(lambda: player.state is PlayerState.BUFFERING)
    assert player.duration == 0
    growing.arrive(60_000)  # the index and the first seconds
    qtbot.waitUntil(lambda: player.duration > 59 and player.position > 0.2, timeout=5000)
    qtbot.waitUntil(lambda: player.state is PlayerState.BUFFERING, timeout=8000)
    edge = player.position
    qtbot.wait(500)
    assert player.position == edge and 0.2 < edge < 5.0
    growing.arrive(size * 2 // 3)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING and player.position > edge + 0.3, timeout=5000)
    player.seek(50.0)  # past the edge: waits there
    qtbot.waitUntil(lambda: player.state is PlayerState.BUFFERING)
    growing.arrive(size)
    qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING and player.position > 50.2, timeout=5000)
    player.close()
    growing.close()
    assert growing.beyond == []


@pytest.mark.parametrize("content", [b"", b"not a video at all " * 5000, os.urandom(300_000)])
def test_a_file_that_is_no_video_fails_with_a_clear_message(
    qtbot: QtBot, make_player: MakePlayer, content: bytes
) -> None:
    player = make_player(io.BytesIO(content), name="lesson-7.mp4")
    player.start()
    qtbot.waitUntil(lambda: player.state is PlayerState.FAILED)
    assert isinstance(player.error, VideoUnreadable)
    assert "The lesson video lesson-7.mp4 cannot be played" in str(player.error)
    assert "download it again" in str(player.error)


def test_speakers_vanishing_mid_play_leave_the_picture_playing_and_say_so(
    qtbot: QtBot, make_player: MakePlayer, video: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a sound server of this test's own, killed mid-play: the speakers are gone for good
    socket = tmp_path / "native"
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no"]
        + ["-L", f"module-native-protocol-unix socket={socket}", "-L", "module-null-sink sink_name=gone rate=48000"],
        env={**os.environ, "PULSE_RUNTIME_PATH": str(tmp_path)},
        stderr=subprocess.DEVNULL,
    )
    try:
        monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
        monkeypatch.delenv("PULSE_SINK")  # this run's sink is on the other server
        for _ in range(50):
            if subprocess.run(["pactl", "info"], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        with video.open("rb") as file:
            player = make_player(file)
            player.start()
            # an idle null sink takes up to 2 s to start taking sound
            qtbot.waitUntil(lambda: player.sound is Sound.SPEAKERS and player.position > 0.3, timeout=6000)
            server.terminate()
            server.wait()
            qtbot.waitUntil(lambda: player.sound is Sound.NO_DEVICE, timeout=6000)
            assert "The speakers cannot be used" in str(player.sound_error)
            gone_at = player.position
            qtbot.waitUntil(lambda: player.position > gone_at + 1.0, timeout=4000)
            assert player.state is PlayerState.PLAYING
    finally:
        server.kill()
        server.wait()
