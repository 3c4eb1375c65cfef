"""Transcoding teachers' files into the lesson format (hub/transcode.py), with files the tests make with PyAV:
phone videos with rotation metadata, HEVC, a 1080p60 screen recording, WebM/VP9, MKV, AVI, WMV, MPEG-TS, an MP4
with its index at the end, MP3 and M4A lectures; and the files that cannot be a lesson."""

from __future__ import annotations

import asyncio
from pathlib import Path

import av
import numpy as np
import pytest

from hub.probe import TranscodeError
from hub.transcode import transcode
from hub.transcode_worker import TranscodeFailed, transcode_in_worker
from media.decoder import AudioItem, Decoder, VideoItem
from tests.test_demo_video import top_level_boxes
from tests.test_real_files import BLUE, GREEN, RED, near, quadrants, sound_file, video_file


def media_file(
    path: Path, codec: str, sound: str | None, *, size: tuple[int, int] = (320, 240), rate: int = 15, fmt: str = ""
) -> Path:
    """A 2 s video of the quadrants with a bar moving across, and a 440 Hz tone in sound (a codec) if given."""
    width, height = size
    with av.open(str(path), "w", format=fmt or None) as container:
        video = container.add_stream(codec, rate=rate)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        if codec == "libx264":
            video.codec_context.options = {"preset": "ultrafast"}
        audio = container.add_stream(sound, rate=48_000, layout="stereo") if sound else None
        if audio is not None:
            audio.bit_rate = 128_000  # the WMA encoder needs one said
        samples = 0
        for i in range(2 * rate):
            picture = quadrants(width, height)
            picture[:, i * width // (2 * rate)] = 255
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24").reformat(format="yuv420p")
            frame.pts = i
            container.mux(video.encode(frame))
            while audio is not None and samples < (i + 1) * 48_000 // rate:
                n = audio.codec_context.frame_size or 1024
                tone = (0.3 * np.sin((samples + np.arange(n)) * 2 * np.pi * 440 / 48_000)).astype(np.float32)
                sound_frame = av.AudioFrame.from_ndarray(np.stack([tone, tone]), format="fltp", layout="stereo")
                sound_frame.sample_rate, sound_frame.pts = 48_000, samples
                container.mux(audio.encode(sound_frame))
                samples += n
        container.mux(video.encode(None))
        if audio is not None:
            container.mux(audio.encode(None))
    return path


def check_lesson_video(path: Path, seconds: float, sound: bool = True) -> tuple[int, int]:
    """Assert the lesson format: H.264 (+AAC), moov first, a key frame every 2 s, at most 854x480 and 30 fps;
    it decodes in the client's decoder. Answers the picture's size."""
    boxes = top_level_boxes(path)
    assert boxes.index("moov") < boxes.index("mdat")
    with av.open(str(path)) as container:
        assert [s.codec_context.name for s in container.streams] == (["h264", "aac"] if sound else ["h264"])
        assert abs(container.duration / av.time_base - seconds) < 0.5
        video = container.streams.video[0]
        width, height = video.codec_context.width, video.codec_context.height
        assert max(width, height) <= 854 and min(width, height) <= 480 and width % 2 == height % 2 == 0
        assert video.average_rate is not None and video.average_rate <= 30
        keys = [float(p.pts * p.time_base) for p in container.demux(video) if p.is_keyframe and p.pts is not None]
    assert keys[0] < 0.1 and all(abs(b - a - 2) < 0.1 for a, b in zip(keys, keys[1:], strict=False))
    assert len(keys) >= int(seconds / 2)
    with path.open("rb") as file:
        decoder = Decoder(file, path.name)
        try:
            items = list(decoder.frames())
        finally:
            decoder.close()
    assert any(isinstance(item, VideoItem) for item in items)
    assert any(isinstance(item, AudioItem) for item in items) == sound
    return width, height


def run(src: Path) -> tuple[tuple[int, int], list[int]]:
    said: list[int] = []
    result = transcode(src, src.parent / "lesson.mp4", src.parent / "lesson.jpg", said.append)
    assert result.size == (src.parent / "lesson.mp4").stat().st_size
    assert Path(result.thumbnail).read_bytes()[:2] == b"\xff\xd8"  # a JPEG
    size = check_lesson_video(src.parent / "lesson.mp4", 2.0)
    assert (result.width, result.height) == size and abs(result.duration - 2.0) < 0.5
    assert said == sorted(said) and said[-1] == 100
    return size, said


@pytest.mark.parametrize(
    ("name", "codec", "sound", "fmt"),
    [
        ("phone.mp4", "libx265", "aac", ""),  # HEVC, index (moov) at the end as a phone writes it
        ("lesson.webm", "libvpx-vp9", "libopus", ""),
        ("lesson.mkv", "libx264", "libmp3lame", ""),
        ("lesson.avi", "mpeg4", "libmp3lame", ""),
        ("lesson.wmv", "wmv2", "wmav2", "asf"),
        ("lesson.ts", "libx264", "aac", "mpegts"),
    ],
)
def test_each_format_becomes_a_lesson_video(tmp_path: Path, name: str, codec: str, sound: str, fmt: str) -> None:
    src = media_file(tmp_path / name, codec, sound, fmt=fmt)
    if name.endswith(".mp4"):
        assert top_level_boxes(src).index("mdat") < top_level_boxes(src).index("moov")
    assert run(src)[0] == (320, 240)


def test_a_1080p60_screen_recording_becomes_480p_at_30_fps(tmp_path: Path) -> None:
    src = media_file(tmp_path / "screen.mp4", "libx264", "aac", size=(1920, 1080), rate=60)
    assert run(src)[0] == (852, 480)
    with av.open(str(tmp_path / "lesson.mp4")) as container:
        assert container.streams.video[0].average_rate == 30
        assert container.streams.video[0].frames == 60


@pytest.mark.parametrize(
    ("rotation", "spots"),
    [
        (-90, [(0.25, 0.5, BLUE), (0.75, 0.25, RED), (0.75, 0.75, GREEN)]),
        (90, [(0.25, 0.25, GREEN), (0.25, 0.75, RED), (0.75, 0.5, BLUE)]),
    ],
)
def test_a_phone_video_with_rotation_metadata_stands_upright(
    tmp_path: Path, rotation: int, spots: list[tuple[float, float, tuple[int, int, int]]]
) -> None:
    # stored 1280x720 as the camera saw it, the display matrix says to stand it up
    src = video_file(tmp_path / "phone.mp4", 1280, 720, seconds=2.0, rotation=rotation)
    transcode(src, tmp_path / "lesson.mp4", tmp_path / "lesson.jpg")
    assert check_lesson_video(tmp_path / "lesson.mp4", 2.0, sound=False) == (480, 852)
    with av.open(str(tmp_path / "lesson.mp4")) as container:
        frame = next(container.decode(video=0))
        assert frame.rotation == 0  # turned in the pixels, not left to the player
        picture = frame.to_ndarray(format="rgb24")
    for x, y, colour in spots:
        found = picture[int(y * 852), int(x * 480)]
        assert near((int(found[0]), int(found[1]), int(found[2])), colour), (x, y)


@pytest.mark.parametrize(("name", "codec"), [("talk.mp3", "libmp3lame"), ("talk.m4a", "aac")])
def test_a_sound_only_lecture_gets_a_still_picture(tmp_path: Path, name: str, codec: str) -> None:
    src = sound_file(tmp_path / name, codec, seconds=3.0)
    result = transcode(src, tmp_path / "lesson.mp4", tmp_path / "lesson.jpg")
    assert check_lesson_video(tmp_path / "lesson.mp4", 3.0) == (854, 480)
    with av.open(result.thumbnail) as still:
        assert next(still.decode(video=0)).to_ndarray(format="rgb24").std() > 5  # the name is written on it


def test_the_worker_reports_progress_and_removes_the_original_when_asked(tmp_path: Path) -> None:
    src = media_file(tmp_path / "lesson.mkv", "libx264", "aac")
    said: list[int] = []
    result = asyncio.run(
        transcode_in_worker(src, tmp_path / "out.mp4", tmp_path / "out.jpg", keep_original=False, progress=said.append)
    )
    assert said[-1] == 100 and said == sorted(said)
    assert (result.width, result.height, round(result.duration)) == (320, 240, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jpg", "out.mp4"]


def test_a_worker_stopped_midway_leaves_nothing_half_made(tmp_path: Path) -> None:
    src = media_file(tmp_path / "screen.mp4", "libx264", "aac", size=(1920, 1080), rate=60)

    async def stop_midway() -> None:
        started = asyncio.Event()

        def progress(percent: int) -> None:
            if (tmp_path / ".out.mp4.part").exists():  # half-made
                started.set()

        work = asyncio.ensure_future(
            transcode_in_worker(src, tmp_path / "out.mp4", tmp_path / "out.jpg", progress=progress)
        )
        await started.wait()
        work.cancel()
        with pytest.raises(asyncio.CancelledError):
            await work

    asyncio.run(stop_midway())
    assert [p.name for p in tmp_path.iterdir()] == ["screen.mp4"]


def truncated(path: Path) -> Path:
    media_file(path, "libx264", "aac")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def faststart_truncated(path: Path) -> Path:
    transcode(media_file(path.with_name("whole.mkv"), "libx264", "aac"), path, path.with_suffix(".jpg"))
    path.with_name("whole.mkv").unlink()
    path.with_suffix(".jpg").unlink()
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    return path


@pytest.mark.parametrize(
    ("make", "kind", "sentence"),
    [
        (lambda p: truncated(p), "corrupt", "clip.mp4 is damaged or incomplete and cannot be opened"),
        (lambda p: faststart_truncated(p), "corrupt", "clip.mp4 is damaged: it stops decoding at 0:01"),
        (lambda p: p.write_text("Chapter 1\nFractions\n"), "not_media", "clip.mp4 is not a video or sound file;"),
        (lambda p: p.write_bytes(b""), "empty", "clip.mp4 is empty (0 bytes)"),
    ],
)
def test_a_file_that_cannot_be_a_lesson_says_why_and_leaves_nothing(
    tmp_path: Path, make: object, kind: str, sentence: str
) -> None:
    src = tmp_path / "clip.mp4"
    make(src)  # type: ignore[operator]
    with pytest.raises(TranscodeFailed) as failed:
        asyncio.run(transcode_in_worker(src, tmp_path / "out.mp4", tmp_path / "out.jpg", keep_original=False))
    assert failed.value.kind == kind
    assert str(failed.value).startswith(sentence)
    assert [p.name for p in tmp_path.iterdir()] == ["clip.mp4"]  # the original stays, nothing half-made


def test_a_file_with_no_stream_the_hub_can_decode_says_so(tmp_path: Path) -> None:
    # a Matroska file whose picture is in a codec nobody knows (its codec id changed to one of the same length)
    src = media_file(tmp_path / "lesson.mkv", "libx264", None)
    src.write_bytes(src.read_bytes().replace(b"V_MPEG4/ISO/AVC", b"V_UNKNOWN/CODEC"))
    with pytest.raises(TranscodeError) as failed:
        transcode(src, tmp_path / "out.mp4", tmp_path / "out.jpg")
    assert failed.value.kind == "no_stream"
    assert str(failed.value).startswith("lesson.mkv has no picture or sound the hub can decode")
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.mkv"]
