"""Tests for hub.demo_video: render real short videos and inspect them with PyAV."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from hub import demo_video
from hub.demo_video import render_lesson_video

SLIDES = [("One half", "二分之一"), ("One quarter", "四分之一")]


def render(path: Path, seconds: float = 4.0, title_en: str = "Fractions", seed: int = 3) -> Path:
    render_lesson_video(path, title_en=title_en, title_zh="分數", slides=SLIDES, seconds=seconds, seed=seed)
    return path


def top_level_boxes(path: Path) -> list[str]:
    data = path.read_bytes()
    boxes: list[str] = []
    pos = 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if size == 1:  # 64-bit size follows the type
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
        boxes.append(kind.decode("latin-1"))
        if size < 8:
            break
        pos += size
    return boxes


def video_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(tmp_path_factory.mktemp("demo") / "lesson.mp4")


def test_streams_duration_and_size(video: Path) -> None:
    with av.open(str(video)) as container:
        assert [s.codec_context.name for s in container.streams.video] == ["h264"]
        assert [s.codec_context.name for s in container.streams.audio] == ["aac"]
        assert container.duration is not None
        assert abs(container.duration / av.time_base - 4.0) <= 0.3
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (640, 360)
        assert container.streams.audio[0].codec_context.sample_rate == 48_000
        for s in container.streams:
            assert s.duration is not None and s.time_base is not None
            assert abs(float(s.duration * s.time_base) - 4.0) <= 0.3


def test_moov_before_mdat(video: Path) -> None:
    boxes = top_level_boxes(video)
    assert "moov" in boxes and "mdat" in boxes
    assert boxes.index("moov") < boxes.index("mdat")


def test_no_part_file_left(video: Path) -> None:
    assert [p.name for p in video.parent.iterdir()] == ["lesson.mp4"]


def test_frames_change_over_time(video: Path) -> None:
    frames = video_frames(video)
    assert len(frames) == 60
    assert frames[0].shape == (360, 640, 3)
    diff = np.abs(frames[15].astype(int) - frames[30].astype(int)).mean()
    assert diff > 2.0


def test_audio_is_not_silent(video: Path) -> None:
    with av.open(str(video)) as container:
        samples = np.concatenate([frame.to_ndarray().ravel() for frame in container.decode(audio=0)])
    assert abs(len(samples) / 48_000 - 4.0) <= 0.3
    rms = float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))
    assert rms > 0.02


def test_keyframe_every_two_seconds(video: Path) -> None:
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        keys = [float(p.pts * p.time_base) for p in container.demux(stream) if p.is_keyframe and p.pts is not None]
    assert keys == [0.0, 2.0]


def test_title_is_burnt_in(tmp_path: Path) -> None:
    # same seed, different title: only the title band at the top should differ
    first = video_frames(render(tmp_path / "a.mp4", seconds=1.0, title_en="Fractions"))[0].astype(int)
    second = video_frames(render(tmp_path / "b.mp4", seconds=1.0, title_en="Weather"))[0].astype(int)
    diff = np.abs(first - second)
    assert diff[:40].mean() > 3.0
    assert diff[120:].mean() < 1.0


def test_same_inputs_give_same_file(tmp_path: Path) -> None:
    first = render(tmp_path / "a.mp4", seconds=1.0)
    second = render(tmp_path / "b.mp4", seconds=1.0)
    assert first.read_bytes() == second.read_bytes()


def test_bad_arguments_are_rejected(tmp_path: Path) -> None:
    bad: list[dict[str, Any]] = [{"slides": []}, {"seconds": 0.0}, {"fps": 0}, {"width": 641}]
    for kwargs in bad:
        args: dict[str, Any] = {"title_en": "x", "title_zh": "x", "slides": SLIDES, "seconds": 1.0, "seed": 1, **kwargs}
        with pytest.raises(ValueError):
            render_lesson_video(tmp_path / "bad.mp4", **args)
    assert list(tmp_path.iterdir()) == []


def test_failure_mid_render_removes_part_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_timecode_layer = demo_video.timecode_layer

    def failing_timecode_layer(width: int, height: int, font: demo_video.Font, second: int) -> demo_video.Layer:
        if second == 2:
            # the half-written file exists at this point and must be cleaned up
            assert (tmp_path / "bad.mp4.part").exists()
            raise RuntimeError("disk full")
        return real_timecode_layer(width, height, font, second)

    monkeypatch.setattr(demo_video, "timecode_layer", failing_timecode_layer)
    with pytest.raises(RuntimeError, match="disk full"):
        render(tmp_path / "bad.mp4", seconds=3.0)
    assert list(tmp_path.iterdir()) == []


def test_missing_font_falls_back_with_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(demo_video, "FONT_FILES", (tmp_path / "missing.ttc",))
    with caplog.at_level("WARNING", logger="hub.demo_video"):
        path = render(tmp_path / "fallback.mp4", seconds=1.0)
    assert path.stat().st_size > 0
    warnings = [record for record in caplog.records if "font not found" in record.getMessage()]
    assert len(warnings) == 1
