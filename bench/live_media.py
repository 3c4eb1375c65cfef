"""VP8 against H.264 at each quality preset, on camera-like pictures, with a plain aiortc pair as baseline.

    PYTHONPATH=. .venv/bin/python bench/live_media.py [SECONDS]

One run, side by side: for each codec and preset, a teacher-classroom pair of media.peer.Peer on
127.0.0.1 sends a 640x480 camera-like video file (a moving ball over a soft gradient, sensor
noise, the frame number as a bar code); it prints the bitrate sent, the frames per second
received and the glass-to-glass latency (the bar code read on arrival against the moment the
camera read that frame: the median, and in brackets the 10th and 90th percentile). The baseline
is aiortc's own example shape: MediaPlayer on the same file, addTrack, its default codec and
bitrates, frames read on the other side. Last, H.264 at each preset again on the poor link the
project designs for (tests/udp_fault_relay.py between the two peers: about 1 Mbit/s, 150 ms round
trip, 3% loss each way), the preset held whatever the link's figures say.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aioice.ice
import cv2
import numpy as np
from aiortc import RTCPeerConnection
from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamError

from hub.demo_video import background
from media.camera_track import CameraFeed
from media.peer import Peer
from media.quality import HIGH, LOW, MEDIUM, Adapter, Preset
from tests.camera_video import BITS, SQUARE, frame_number
from tests.udp_fault_relay import UdpFaultRelay

FRAMES = 250  # the bar code counts to 255
SIZE = (640, 480)
WARM_UP = 3.0
POOR = {"delay": 0.075, "jitter": 0.01, "loss": 0.03, "rate": 1_000_000}
"""The poor link of tests/test_live_link.py: per direction 75 ms (+ up to 10 ms), 3% loss, 1 Mbit/s."""


def camera_like_video(path: Path) -> Path:
    """A 15 fps MJPEG file that compresses like a camera: soft shapes, motion, and noise in every frame."""
    width, height = SIZE
    rng = random.Random(3)
    noise = np.random.default_rng(3)
    scenery = background(width, height, rng)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 15, SIZE)
    for i in range(FRAMES):
        shift = i * 2 % width
        picture = np.ascontiguousarray(scenery[:, shift : shift + width, ::-1])
        centre = (int(width / 2 + width / 3 * np.cos(i / 20)), int(height / 2 + height / 4 * np.sin(i / 13)))
        cv2.circle(picture, centre, 50, (40, 160, 230), -1)
        picture = np.clip(picture + noise.normal(0, 4, picture.shape), 0, 255).astype(np.uint8)
        for bit in range(BITS):
            picture[:SQUARE, bit * SQUARE : (bit + 1) * SQUARE] = 255 if i >> bit & 1 else 0
        writer.write(picture)
    writer.release()
    return path


def grey_frames(video: Path) -> list[np.ndarray]:
    """The file's frames in grey, to compare what arrives with (PSNR)."""
    capture = cv2.VideoCapture(str(video))
    frames = []
    while (read := capture.read())[0]:
        frames.append(cv2.cvtColor(read[1], cv2.COLOR_BGR2GRAY))
    capture.release()
    return frames


async def measure_peer(
    video: Path, originals: list[np.ndarray], codec: str, preset: Preset, seconds: float, poor: bool = False
) -> str:
    feed = CameraFeed(str(video), on_failure=lambda e: None)
    read_at: dict[int, float] = {}
    arrivals: list[tuple[float, int]] = []
    sent: list[float] = []
    psnrs: list[float] = []

    async def note_camera() -> None:
        while True:
            latest = feed.latest
            if latest is not None:
                read_at.setdefault(latest.number, latest.at)
            await asyncio.sleep(0.003)

    watcher = asyncio.create_task(note_camera())
    teacher = Peer(
        video=feed.track(preset),
        adapter=Adapter(start=preset),
        codecs=(codec,),
        on_figures=lambda f: sent.append(f.sent_kbps),
    )
    teacher.set_override(preset)

    def arrived(pixels: np.ndarray) -> None:
        number = frame_number(cv2.resize(pixels, SIZE, interpolation=cv2.INTER_NEAREST))
        arrivals.append((time.monotonic(), number))
        if number < len(originals) and len(psnrs) < 60:
            height, width = pixels.shape[:2]
            original = cv2.resize(originals[number], (width, height), interpolation=cv2.INTER_AREA)
            psnrs.append(cv2.PSNR(original, cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)))

    classroom = Peer(on_picture=arrived)
    relay = UdpFaultRelay(**POOR) if poor else None

    async def through(description: dict[str, str]) -> dict[str, str]:
        return await relay.rewrite(description) if relay is not None else description

    offer = await through(await teacher.create_offer())
    await teacher.accept_answer(await through(await classroom.accept_offer(offer)))
    await asyncio.sleep(WARM_UP * 2 if poor else WARM_UP)
    start, first = time.monotonic(), len(arrivals)
    skip = len(sent)
    await asyncio.sleep(seconds)
    got = arrivals[first:]
    latencies = []
    for at, number in got:
        candidates = [read_at[n] for n in read_at if n % FRAMES == number and read_at[n] <= at]
        if candidates:
            latencies.append(at - max(candidates))
    watcher.cancel()
    await teacher.close()
    await classroom.close()
    if relay is not None:
        relay.close()
    feed.close()
    kbps = statistics.mean(sent[skip:]) if sent[skip:] else 0.0
    fps = len(got) / (time.monotonic() - start)
    if latencies:
        tenths = statistics.quantiles(latencies, n=10)
        latency = f"{statistics.median(latencies) * 1000:5.0f} ms ({tenths[0] * 1000:3.0f}-{tenths[-1] * 1000:4.0f})"
    else:
        latency = "    -                "
    quality = statistics.median(psnrs[10:]) if psnrs[10:] else 0.0
    return (
        f"{codec[6:]:5} {preset.name:6} {preset.width}x{preset.height}@{preset.fps:<2g}{' poor' if poor else ''}:"
        f" {kbps:6.0f} kbit/s sent,"
        f" {fps:5.1f} fps received, latency {latency}, PSNR {quality:4.1f} dB"
    )


async def measure_baseline(video: Path, seconds: float) -> str:
    """aiortc's example shape: a MediaPlayer track added to one connection, read from the other."""
    player = MediaPlayer(str(video), loop=True)
    sender, receiver = RTCPeerConnection(), RTCPeerConnection()
    received: list[float] = []

    async def read(track: object) -> None:
        with contextlib.suppress(MediaStreamError):
            while True:
                await track.recv()  # type: ignore[attr-defined]
                received.append(time.monotonic())

    receiver.on("track", lambda track: asyncio.ensure_future(read(track)))
    sender.addTrack(player.video)
    await sender.setLocalDescription(await sender.createOffer())
    await receiver.setRemoteDescription(sender.localDescription)
    await receiver.setLocalDescription(await receiver.createAnswer())
    await sender.setRemoteDescription(receiver.localDescription)
    await asyncio.sleep(WARM_UP)
    stats = await sender.getStats()
    before = sum(s.bytesSent for s in stats.values() if s.type == "outbound-rtp")
    start, first = time.monotonic(), len(received)
    await asyncio.sleep(seconds)
    stats = await sender.getStats()
    after = sum(s.bytesSent for s in stats.values() if s.type == "outbound-rtp")
    span = time.monotonic() - start
    await sender.close()
    await receiver.close()
    player.video.stop()
    return (
        f"baseline (aiortc example, VP8 defaults) 640x480: {(after - before) * 8 / 1000 / span:6.0f} kbit/s sent,"
        f" {(len(received) - first) / span:5.1f} fps received"
    )


async def main(seconds: float) -> None:
    # loopback only, as the tests: aioice leaves 127.0.0.1 out
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]
    with tempfile.TemporaryDirectory() as folder:
        video = camera_like_video(Path(folder) / "camera.avi")
        originals = grey_frames(video)
        print(await measure_baseline(video, seconds), flush=True)
        for preset in (HIGH, MEDIUM, LOW):
            for codec in ("video/VP8", "video/H264"):
                print(await measure_peer(video, originals, codec, preset, seconds), flush=True)
        for preset in (HIGH, MEDIUM, LOW):
            print(await measure_peer(video, originals, "video/H264", preset, seconds, poor=True), flush=True)


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 8.0))
