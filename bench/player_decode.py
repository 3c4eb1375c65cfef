"""PyAV decoding and seeking through a file-like object against from the path, in one run.

    .venv/bin/python bench/player_decode.py [VIDEOS_DIR]

VIDEOS_DIR holds the demo videos (a demo hub's videos/ folder); without it they are rendered
into a temporary folder first (about 20 s). Three ways to read are compared: the path (FFmpeg's
own file I/O), a Python file object, and the player's PartialReader around that file object.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hub.demo import render_demo_videos
from media.decoder import Decoder, Source, VideoItem
from media.partial_reader import PartialReader

ROUNDS = 5
SEEKS = 100

Opener = Callable[[Path], "str | Source"]
WAYS: dict[str, Opener] = {
    "path": str,
    "file object": lambda path: path.open("rb"),
    "PartialReader": lambda path: PartialReader(path.open("rb")),
}


def decode_all(video: Path, opener: Opener) -> float:
    """Pictures per second decoding the whole video (sound decoded too, as the player does)."""
    decoder = Decoder(opener(video))
    started = time.perf_counter()
    pictures = sum(isinstance(item, VideoItem) for item in decoder.frames(0.0))
    elapsed = time.perf_counter() - started
    decoder.close()
    return pictures / elapsed


def seek_once(decoder: Decoder, target: float) -> float:
    """Milliseconds from a seek to the picture at the target (keyframe, then decoding up to it)."""
    started = time.perf_counter()
    next(item for item in decoder.frames(target) if isinstance(item, VideoItem))
    return (time.perf_counter() - started) * 1000


def report(what: str, unit: str, figures: dict[str, list[float]]) -> None:
    medians = {way: statistics.median(values) for way, values in figures.items()}
    print(
        f"{what}: "
        + " | ".join(f"{way} {medians[way]:.1f} {unit} (x{medians[way] / medians['path']:.2f})" for way in WAYS)
        + f"   [{len(figures['path'])} runs each]"
    )


def run(videos: Path) -> None:
    files = sorted(videos.glob("*.mp4"))
    print(f"{len(files)} videos: {', '.join(f.name for f in files)}")
    # the ways take turns within each measurement, so a busy moment hits all of them alike
    fps: dict[str, list[float]] = {way: [] for way in WAYS}
    for number in range(ROUNDS):
        for video in files:
            for way in list(WAYS)[number % 3 :] + list(WAYS)[: number % 3]:
                fps[way].append(decode_all(video, WAYS[way]))
    report("decode, median", "pictures/s", fps)
    seeks: dict[str, list[float]] = {way: [] for way in WAYS}
    rng = random.Random(7)
    for video in files:
        decoders = {way: Decoder(opener(video)) for way, opener in WAYS.items()}
        for _ in range(SEEKS):
            target = rng.uniform(0, 59)
            for way, decoder in decoders.items():
                seeks[way].append(seek_once(decoder, target))
        for decoder in decoders.values():
            decoder.close()
    report("seek to a random time, median", "ms", seeks)


def main() -> None:
    if len(sys.argv) > 1:
        run(Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory() as work:
        render_demo_videos(Path(work))
        run(Path(work))


if __name__ == "__main__":
    main()
