"""Transcoding: candidate x264 settings (output bitrate, PSNR against the source) and our transcode's speed
against the ffmpeg command line with the same settings on the same file.

    .venv/bin/python bench/transcode.py [--seconds 20] [--rounds 3]

Needs the `ffmpeg` command (Debian's ffmpeg package) to make the test clips, measure PSNR and be compared
with. Three 1280x720/1920x1080 clips: a rendered slide lesson (the demo's look), the same with camera grain,
and a 1080p60 screen-recording-like test pattern, each with a tone for sound.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av

from hub import transcode_video
from hub.demo_video import render_lesson_video
from hub.transcode import transcode

CANDIDATES = {
    "crf26+cap600k": {"preset": "medium", "crf": "26", "maxrate": "600k", "bufsize": "1200k"},
    "crf23+cap600k": {"preset": "medium", "crf": "23", "maxrate": "600k", "bufsize": "1200k"},
    "abr500k": {"preset": "medium", "b": "500k"},
}


def ffmpeg(*args: str) -> str:
    done = subprocess.run(["ffmpeg", "-hide_banner", "-y", *args], capture_output=True, text=True, check=True)
    return done.stderr


def make_clips(folder: Path, seconds: int) -> dict[str, Path]:
    slides = folder / "slides.mp4"
    slides_hq = folder / "slides-render.mp4"
    render_lesson_video(
        slides_hq, title_en="Fractions", title_zh="分數", slides=[("One half", "二分之一"), ("A quarter", "四分之一")],
        seconds=seconds, seed=3, width=1280, height=720, fps=30,
    )  # fmt: skip
    # the sources teachers bring are well above lesson quality: re-encode near-losslessly, with stereo sound
    ffmpeg("-i", str(slides_hq), "-c:v", "libx264", "-crf", "12", "-preset", "veryfast", "-ac", "2", str(slides))
    camera = folder / "camera.mp4"
    ffmpeg("-i", str(slides_hq), "-vf", "noise=alls=10:allf=t", "-c:v", "libx264", "-crf", "12", "-preset",
           "veryfast", "-ac", "2", str(camera))  # fmt: skip
    screen = folder / "screen1080p60.mp4"
    ffmpeg("-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=60:duration={seconds}", "-f", "lavfi", "-i",
           f"sine=frequency=440:duration={seconds}", "-c:v", "libx264", "-crf", "12", "-preset", "veryfast",
           "-pix_fmt", "yuv420p", "-ac", "2", str(screen))  # fmt: skip
    return {"slides 720p30": slides, "camera grain 720p30": camera, "screen 1080p60": screen}


def video_kbits(path: Path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        size = sum(packet.size for packet in container.demux(stream))
        assert container.duration is not None
        return size * 8 / (container.duration / av.time_base) / 1000


def psnr(result: Path, source: Path) -> float:
    with av.open(str(result)) as container:
        video = container.streams.video[0]
        width, height, rate = video.codec_context.width, video.codec_context.height, video.average_rate
    graph = f"[1:v]scale={width}:{height},setsar=1,fps={rate}[ref];[0:v][ref]psnr"
    said = ffmpeg("-i", str(result), "-i", str(source), "-lavfi", graph, "-f", "null", "-")
    found = re.search(r"PSNR y:([\d.]+)", said)
    assert found, said
    return float(found.group(1))


def ffmpeg_command(source: Path, out: Path) -> list[str]:
    """The same settings on the command line: scale, 30 fps, GOP 2 s, CRF 26 capped, AAC stereo 96k, faststart."""
    with av.open(str(source)) as container:
        video = container.streams.video[0]
        size = transcode_video.fit(video.codec_context.width, video.codec_context.height)
        rate = transcode_video.output_rate(video.average_rate)
    gop = round(2 * rate)
    options = transcode_video.X264_OPTIONS
    return [
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(source),
        "-vf", f"scale={size[0]}:{size[1]},setsar=1,fps={rate},format=yuv420p",
        "-c:v", "libx264", "-preset", options["preset"], "-crf", options["crf"], "-maxrate", options["maxrate"],
        "-bufsize", options["bufsize"], "-x264-params", f"keyint={gop}:min-keyint={gop}:scenecut=0",
        "-c:a", "aac", "-b:a", "96k", "-ac", "2", "-ar", "48000", "-movflags", "+faststart", str(out),
    ]  # fmt: skip


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clips = make_clips(folder, args.seconds)
        default = dict(transcode_video.X264_OPTIONS)
        for name, options in CANDIDATES.items():
            transcode_video.X264_OPTIONS = options
            for clip, source in clips.items():
                out = folder / "out.mp4"
                transcode(source, out, folder / "out.jpg")
                print(f"{name:14} {clip:20} video {video_kbits(out):6.0f} kbit/s  PSNR Y {psnr(out, source):5.2f} dB")
        transcode_video.X264_OPTIONS = default
        for clip, source in clips.items():
            ours_cmd = [sys.executable, "-m", "hub.cli", "transcode", str(source), str(folder / "ours.mp4")]
            theirs_cmd = ffmpeg_command(source, folder / "theirs.mp4")
            ours, theirs = [], []
            for _ in range(args.rounds):  # alternating, so a busier moment of the machine hits both
                ours.append(timed(ours_cmd))
                theirs.append(timed(theirs_cmd))
            ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
            ratio = theirs_s / ours_s
            print(
                f"speed {clip:20} oo-hub transcode {ours_s:5.1f} s, ffmpeg {theirs_s:5.1f} s"
                f" (medians of {args.rounds}): ours runs at {ratio:.2f}x ffmpeg's speed;"
                f" video {video_kbits(folder / 'ours.mp4'):.0f} vs {video_kbits(folder / 'theirs.mp4'):.0f} kbit/s"
            )


if __name__ == "__main__":
    main()
