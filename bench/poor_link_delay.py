"""Glass-to-glass latency over time on the poor link, in 5 s slices: does a delay build up and stay?

    PYTHONPATH=. .venv/bin/python bench/poor_link_delay.py [SECONDS]

One teacher-classroom pair of media.peer.Peer per preset (H.264, the preset held; besides the three
presets, medium at 8 fps: issue 14 asks for the delay at 8 and 15 fps), the camera-like
file of bench/live_media.py, tests/udp_fault_relay.py between them with the poor link (about
1 Mbit/s, 150 ms round trip, 3% loss each way). For every 5 s from the start of the link it prints
the frames per second received and the median and largest latency (bar code read on arrival
against the moment the camera read that frame), and the pictures the classroom's video sink passed
over for a newer one (media/video_sink.py shows the newest only). bench/live_media.py measures 6 s after a warm-up;
this looks at what happens over a longer stretch.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import aioice.ice
import cv2

from bench.live_media import FRAMES, POOR, SIZE, camera_like_video
from media.camera_track import CameraFeed
from media.link_figures import LinkFigures
from media.peer import Peer
from media.quality import HIGH, LOW, MEDIUM, Adapter, Preset
from tests.camera_video import frame_number
from tests.udp_fault_relay import UdpFaultRelay

SLICE = 5.0
EIGHT_FPS = replace(MEDIUM, name="medium at 8 fps", fps=8)


class Held(Adapter):
    """Sends one preset whatever the figures say, one of quality.PRESETS or not (an Adapter's override
    must be one of them: it sent HIGH for the 8 fps case)."""

    def __init__(self, preset: Preset) -> None:
        super().__init__(start=preset)
        self._held = preset

    @property
    def preset(self) -> Preset:
        return self._held

    def update(self, figures: LinkFigures) -> Preset:
        return self._held


async def measure(video: Path, preset: Preset, seconds: float) -> None:
    feed = CameraFeed(str(video), on_failure=lambda e: None)
    read_at: dict[int, float] = {}
    arrivals: list[tuple[float, int]] = []

    async def note_camera() -> None:
        while True:
            latest = feed.latest
            if latest is not None:
                read_at.setdefault(latest.number, latest.at)
            await asyncio.sleep(0.003)

    def arrived(pixels: object) -> None:
        resized = cv2.resize(pixels, SIZE, interpolation=cv2.INTER_NEAREST)  # type: ignore[call-overload]
        arrivals.append((time.monotonic(), frame_number(resized)))

    watcher = asyncio.create_task(note_camera())
    teacher = Peer(video=feed.track(preset), adapter=Held(preset))
    classroom = Peer(on_picture=arrived)
    relay = UdpFaultRelay(**POOR)
    offer = await relay.rewrite(await teacher.create_offer())
    await teacher.accept_answer(await relay.rewrite(await classroom.accept_offer(offer)))
    start = time.monotonic()
    await asyncio.sleep(seconds)
    slices: dict[int, list[float]] = {i: [] for i in range(int(seconds // SLICE))}
    for at, number in arrivals:
        candidates = [read_at[n] for n in read_at if n % FRAMES == number and read_at[n] <= at]
        index = int((at - start) // SLICE)
        if candidates and index in slices:
            slices[index].append(at - max(candidates))
    watcher.cancel()
    dropped = classroom.video_sink.dropped if classroom.video_sink is not None else 0
    await teacher.close()
    await classroom.close()
    relay.close()
    feed.close()
    print(
        f"H264 {preset.name} {preset.width}x{preset.height}@{preset.fps:g} poor link"
        f" ({dropped} pictures passed over for a newer one):",
        flush=True,
    )
    for index, latencies in slices.items():
        span = f"{index * SLICE:3.0f}-{(index + 1) * SLICE:3.0f} s"
        if latencies:
            median, largest = statistics.median(latencies) * 1000, max(latencies) * 1000
            print(
                f"  {span}: {len(latencies) / SLICE:4.1f} fps, latency median {median:5.0f} ms, max {largest:5.0f} ms"
            )
        else:
            print(f"  {span}:  0.0 fps")


async def main(seconds: float) -> None:
    # loopback only, as the tests: aioice leaves 127.0.0.1 out
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]
    with tempfile.TemporaryDirectory() as folder:
        video = camera_like_video(Path(folder) / "camera.avi")
        for preset in (HIGH, MEDIUM, EIGHT_FPS, LOW):
            await measure(video, preset, seconds)


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 40.0))
