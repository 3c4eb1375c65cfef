"""CPU of live media: one stream at each preset, the teacher's star with 1-8 classrooms, and a plain aiortc pair;
with --janus, the star against the same lesson through Janus VideoRoom, and Janus's fan-out to N subscribers.

    PYTHONPATH=. .venv/bin/python bench/live_cpu.py [SECONDS]
    PYTHONPATH=. .venv/bin/python bench/live_cpu.py --janus [SECONDS]

The teacher's side runs in this process; every classroom is a process of its own (this script with
--classroom), so a classroom's decoding and encoding never counts as the teacher's. CPU is process
CPU time (time.process_time: every thread, the camera reader and the encoders' worker threads
included) over a measuring window, as % of one core; "loop" is the event loop's thread alone
(time.thread_time), the rest is other threads. The classrooms run at nice 10, so that on these 2
shared cores they give way to the teacher rather than starve it.

- per stream: the teacher's media.peer.Peer sends only its camera (CameraFeed + CameraTrack, H.264,
  as media/peer.py offers it first), a classroom's Peer only receives (its VideoSink makes a BGR
  array of every picture, as for the screen). The camera alone (its file decoded and paced, no
  link) is measured first: it is part of every sender figure.
- star: media.lesson_media.LessonMedia on both sides, as a lesson builds it (one CameraFeed, one
  CameraTrack and one relayed microphone track per link, every classroom's voice read), every link
  held at one preset both ways. There is no sound device here: the microphone is a generated tone
  (20 ms frames of 48 kHz mono, as the microphone track sends) and the speakers are SoundDrain.
- janus: Debian's janus from deploy/janus/ (tests/janus_server.py), a room made as the hub makes it
  (hub/janus.py). The teacher's LessonMedia publishes once (app/live/sfu.py's way, held at MEDIUM as
  the star is) and subscribes to every classroom's feed; each classroom publishes at MEDIUM at most
  and subscribes to the teacher. In
  --janus runs ICE uses this machine's interface address for both the star and Janus (Janus leaves
  127.0.0.1 out). Fan-out: the teacher publishes MEDIUM (320x240@15); each subscriber process joins
  the room and receives it (a VideoSink makes a BGR array of every picture).
- baseline: aiortc's example shape: MediaPlayer on the same file, addTrack on a plain
  RTCPeerConnection, its defaults (VP8, REMB up to 1.5 Mbit/s); the receiver reads the frames.
"""

from __future__ import annotations

import asyncio
import fractions
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp
import aioice.ice
import numpy as np
from aiortc import AudioStreamTrack, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame

import media.lesson_media
from bench.live_media import camera_like_video
from hub.janus import JanusRooms
from hub.settings import JanusServer
from media.camera_track import CameraFeed, CameraTrack
from media.errors import DeviceUnavailable
from media.janus_session import JanusRoom
from media.lesson_media import LessonMedia, MediaChoice
from media.peer import Peer
from media.quality import HIGH, LOW, MEDIUM, PRESETS, Adapter, Preset
from tests.janus_server import run_janus

WARM_UP = 3.0
CLASSROOM_NICE = 10
SAMPLE_RATE = 48_000
BLOCK = 960  # 20 ms


class ToneTrack(AudioStreamTrack):
    """Stands in for the microphone: a tone with a little noise, 20 ms frames of 48 kHz mono s16, paced."""

    def __init__(self, device: object = None) -> None:
        super().__init__()
        self.muted = False
        self._sent = 0
        self._start = time.monotonic()
        self._noise = np.random.default_rng(5)

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        delay = self._start + self._sent / SAMPLE_RATE - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        t = (self._sent + np.arange(BLOCK)) / SAMPLE_RATE
        wave = 0.2 * np.sin(2 * np.pi * 220 * t) + self._noise.normal(0, 0.01, BLOCK)
        frame = AudioFrame.from_ndarray((wave * 32767).astype(np.int16).reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = self._sent
        frame.time_base = fractions.Fraction(1, SAMPLE_RATE)
        self._sent += BLOCK
        return frame


def aside(*what: object) -> None:
    """A lesson's on_dead, on_link and on_problem: to stderr (a classroom's stdout carries its replies)."""
    print(*what, file=sys.stderr)


def no_speakers(device: object = None) -> None:
    raise DeviceUnavailable("no sound device in a bench")


# a lesson's devices on this machine: the generated tone as microphone, no speakers (SoundDrain reads)
media.lesson_media.MicrophoneTrack = ToneTrack  # type: ignore[assignment,misc]
media.lesson_media.SoundSink = no_speakers  # type: ignore[assignment]

# frames each CameraTrack handed to its encoder (the teacher's side)
sent_frames: Counter[CameraTrack] = Counter()
_camera_recv = CameraTrack.recv


async def _counted_recv(self: CameraTrack) -> Any:
    frame = await _camera_recv(self)
    sent_frames[self] += 1
    return frame


CameraTrack.recv = _counted_recv  # type: ignore[method-assign]


class Clock:
    """CPU of this process and of the event loop's thread against wall time, from start() to stop()."""

    def start(self) -> None:
        self.wall, self.cpu, self.loop = time.monotonic(), time.process_time(), time.thread_time()

    def stop(self) -> dict[str, float]:
        wall = time.monotonic() - self.wall
        return {
            "wall": wall,
            "cpu": (time.process_time() - self.cpu) / wall * 100,
            "loop": (time.thread_time() - self.loop) / wall * 100,
        }


# --- the classroom's process -------------------------------------------------------------------


async def classroom_main(video: str) -> None:
    """Answers offers from stdin, one link at a time; each command is a JSON line, each reply too."""
    os.nice(CLASSROOM_NICE)
    clock = Clock()
    frames = [0]
    size = [""]
    counted = 0
    closer: Any = None

    def reply(message: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    def picture(*args: Any) -> None:
        frames[0] += 1
        height, width = args[-1].shape[:2]
        size[0] = f"{width}x{height}"

    http = aiohttp.ClientSession()
    while line := await asyncio.to_thread(sys.stdin.readline):
        command = json.loads(line)
        do = command["do"]
        if do == "janus":
            frames[0] = 0
            closer = await janus_classroom(http, video, command, picture)
            reply({})
        elif do == "answer":
            frames[0] = 0
            offer = command["offer"]
            preset = next(p for p in PRESETS if p.name == command.get("preset", "high"))
            if command["kind"] == "receiver":  # one receiving Peer, nothing sent
                peer = Peer(on_picture=picture)
                answer = await peer.accept_offer(offer)
                closer = peer.close
            elif command["kind"] == "lesson":  # a classroom's side of a lesson
                lesson = LessonMedia(MediaChoice(camera=video), picture, aside, lambda peer: None, aside)
                answer = await lesson.answer("teacher", offer)
                lesson.links["teacher"].peer.set_override(preset)
                closer = lesson.close
            else:  # "plain": aiortc's example, reading every frame
                pc = RTCPeerConnection()

                async def read(track: Any) -> None:
                    while True:
                        try:
                            frame = await track.recv()
                        except MediaStreamError:
                            return
                        if track.kind == "video":
                            frames[0] += 1
                            size[0] = f"{frame.width}x{frame.height}"

                pc.on("track", lambda track: asyncio.ensure_future(read(track)))
                await pc.setRemoteDescription(RTCSessionDescription(**offer))
                await pc.setLocalDescription(await pc.createAnswer())
                answer = {"type": pc.localDescription.type, "sdp": pc.localDescription.sdp}
                closer = pc.close
            reply({"answer": answer})
        elif do == "start":
            clock.start()
            counted = frames[0]
            reply({})
        elif do == "stop":
            figures = clock.stop()
            figures["fps"] = (frames[0] - counted) / figures["wall"]
            reply({**figures, "size": size[0]})
        elif do == "close":
            await closer()
            reply({})
    await http.close()


async def janus_classroom(http: aiohttp.ClientSession, video: str, command: dict[str, Any], picture: Any) -> Any:
    """A classroom in the lesson's room (publishing at MEDIUM, receiving the teacher), or a subscriber only."""
    room = JanusRoom(http, command["media"])
    await room.join()
    teacher = command["teacher"]
    while teacher not in room.feeds:
        await asyncio.sleep(0.05)
    if command["kind"] == "classroom":
        lesson = LessonMedia(MediaChoice(camera=video), picture, aside, lambda peer: None, aside)
        offer = await lesson.publish("me", cap=MEDIUM.need)
        await lesson.links["me"].peer.accept_answer(await room.publish(offer))
        await room.subscribe(room.feeds[teacher], partial(lesson.receive, "teacher"))
        stop = lesson.close
    else:  # a subscriber only: no devices
        peer = Peer(on_picture=picture)
        await room.subscribe(room.feeds[teacher], peer.accept_offer)
        stop = peer.close

    async def close() -> None:
        await stop()
        await room.close()

    return close


# --- the teacher's side --------------------------------------------------------------------------


class Classroom:
    """A classroom's process, driven over its stdin and stdout."""

    @classmethod
    async def start(cls, video: Path) -> Classroom:
        self = cls()
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--classroom",
            str(video),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return self

    async def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()
        line = await self.process.stdout.readline()
        assert line, "the classroom's process ended"
        return json.loads(line)

    async def end(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        await self.process.wait()


async def window(seconds: float, classrooms: list[Classroom]) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Measure this process and the classrooms' over the same `seconds`."""
    clock = Clock()
    await asyncio.gather(*(c.ask(do="start") for c in classrooms))
    clock.start()
    await asyncio.sleep(seconds)
    mine = clock.stop()
    theirs = await asyncio.gather(*(c.ask(do="stop") for c in classrooms))
    return mine, list(theirs)


def cpu(figures: dict[str, float]) -> str:
    return f"{figures['cpu']:5.1f}% (loop {figures['loop']:4.1f}%)"


async def camera_alone(video: Path, seconds: float) -> str:
    feed = CameraFeed(str(video), on_failure=lambda e: None)
    await asyncio.sleep(1.0)
    mine, _ = await window(seconds, [])
    feed.close()
    return f"camera alone (640x480 file read and paced, no link)          : teacher {cpu(mine)}"


async def one_stream(video: Path, classroom: Classroom, preset: Preset, seconds: float) -> str:
    feed = CameraFeed(str(video), on_failure=lambda e: None)
    track = feed.track(preset)
    teacher = Peer(video=track, adapter=Adapter(start=preset))
    teacher.set_override(preset)
    answer = await classroom.ask(do="answer", kind="receiver", preset=preset.name, offer=await teacher.create_offer())
    await teacher.accept_answer(answer["answer"])
    await asyncio.sleep(WARM_UP)
    before = sent_frames[track]
    mine, (theirs,) = await window(seconds, [classroom])
    sent = (sent_frames[track] - before) / mine["wall"]
    await teacher.close()
    await classroom.ask(do="close")
    feed.close()
    return (
        f"one stream H.264 {preset.name:6} {preset.width}x{preset.height}@{preset.fps:<2g}:"
        f" sender {cpu(mine)}, {sent:4.1f} fps sent |"
        f" receiver {cpu(theirs)}, {theirs['fps']:4.1f} fps of {theirs['size']} received"
    )


async def star(video: Path, classrooms: list[Classroom], preset: Preset, seconds: float) -> str:
    lesson = LessonMedia(MediaChoice(camera=str(video)), lambda peer, pixels: None, aside, lambda peer: None, aside)
    names = [f"room{i}" for i in range(len(classrooms))]
    for name, classroom in zip(names, classrooms, strict=True):
        offer = await lesson.offer(name)
        answer = await classroom.ask(do="answer", kind="lesson", preset=preset.name, offer=offer)
        await lesson.take_answer(name, answer["answer"])
        lesson.links[name].peer.set_override(preset)
    await asyncio.sleep(WARM_UP + 0.25 * len(classrooms))
    tracks = [lesson.links[name].peer._video for name in names]
    sent = [sent_frames[t] for t in tracks]  # type: ignore[index]
    got = [lesson.picture_count(name) for name in names]
    mine, theirs = await window(seconds, classrooms)
    sent_fps = [(sent_frames[t] - s) / mine["wall"] for t, s in zip(tracks, sent, strict=True)]  # type: ignore[index]
    got_fps = [(lesson.picture_count(n) - g) / mine["wall"] for n, g in zip(names, got, strict=True)]
    received = [c["fps"] for c in theirs]
    await lesson.close()
    await asyncio.gather(*(c.ask(do="close") for c in classrooms))
    machine = mine["cpu"] + sum(c["cpu"] for c in theirs)
    return (
        f"star {preset.name:6} {len(classrooms)} classroom(s): teacher {cpu(mine)};"
        f" teacher sent {statistics.mean(sent_fps):4.1f} fps a link;"
        f" classrooms received {min(received):4.1f}-{max(received):4.1f} fps of {theirs[0]['size']};"
        f" teacher received {min(got_fps):4.1f}-{max(got_fps):4.1f} fps a classroom;"
        f" each classroom {statistics.mean(c['cpu'] for c in theirs):4.1f}%; all processes {machine:5.1f}%"
    )


async def baseline(video: Path, classroom: Classroom, seconds: float) -> str:
    player = MediaPlayer(str(video), loop=True)
    pc = RTCPeerConnection()
    pc.addTrack(player.video)
    await pc.setLocalDescription(await pc.createOffer())
    offer = {"type": pc.localDescription.type, "sdp": pc.localDescription.sdp}
    answer = await classroom.ask(do="answer", kind="plain", offer=offer)
    await pc.setRemoteDescription(RTCSessionDescription(**answer["answer"]))
    await asyncio.sleep(WARM_UP)
    before = sum(s.bytesSent for s in (await pc.getStats()).values() if s.type == "outbound-rtp")
    mine, (theirs,) = await window(seconds, [classroom])
    after = sum(s.bytesSent for s in (await pc.getStats()).values() if s.type == "outbound-rtp")
    await pc.close()
    player.video.stop()
    await classroom.ask(do="close")
    kbps = (after - before) * 8 / 1000 / mine["wall"]
    return (
        f"baseline (aiortc example, VP8 defaults) 640x480@15: sender {cpu(mine)}, {kbps:5.0f} kbit/s |"
        f" receiver {cpu(theirs)}, {theirs['fps']:4.1f} fps of {theirs['size']} received"
    )


def janus_cpu(pid: int) -> float:
    """CPU seconds the Janus process used so far (user + system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def through_janus(
    video: Path, rooms: JanusRooms, pid: int, classrooms: list[Classroom], seconds: float, kind: str = "classroom"
) -> str:
    """The teacher publishes once; kind "classroom": every classroom publishes too and the teacher
    receives them all; kind "subscriber": the others only receive the teacher (fan-out)."""
    lesson_id = os.urandom(8).hex()
    await rooms.open(lesson_id)
    async with aiohttp.ClientSession() as http:
        teacher_entry = await rooms.admit(lesson_id, "00000001")
        room = JanusRoom(http, teacher_entry)
        await room.join()
        lesson = LessonMedia(MediaChoice(camera=str(video)), lambda peer, pixels: None, aside, lambda p: None, aside)
        offer = await lesson.publish("me")
        await lesson.links["me"].peer.accept_answer(await room.publish(offer))
        lesson.links["me"].peer.set_override(MEDIUM)  # as the star is held here
        names = [f"{i + 2:08x}" for i in range(len(classrooms))]
        for name, classroom in zip(names, classrooms, strict=True):
            entry = await rooms.admit(lesson_id, name)
            await classroom.ask(do="janus", kind=kind, media=entry, teacher="00000001")
        if kind == "classroom":
            while not set(names) <= set(room.feeds):
                await asyncio.sleep(0.05)
            for name in names:
                await room.subscribe(room.feeds[name], partial(lesson.receive, name))
        await asyncio.sleep(WARM_UP + 0.1 * len(classrooms))
        track = lesson.links["me"].peer._video
        sent, got = sent_frames[track], [lesson.picture_count(n) for n in names]  # type: ignore[index]
        janus_before = janus_cpu(pid)
        mine, theirs = await window(seconds, classrooms)
        janus = (janus_cpu(pid) - janus_before) / mine["wall"] * 100
        sent_fps = (sent_frames[track] - sent) / mine["wall"]  # type: ignore[index]
        got_fps = [(lesson.picture_count(n) - g) / mine["wall"] for n, g in zip(names, got, strict=True)]
        received = sorted(c["fps"] for c in theirs)
        await asyncio.gather(*(c.ask(do="close") for c in classrooms))
        await lesson.close()
        await room.close()
    await rooms.close_room(lesson_id)
    machine = mine["cpu"] + sum(c["cpu"] for c in theirs) + janus
    if kind == "subscriber":
        return (
            f"janus fan-out medium to {len(classrooms):2} subscriber(s): teacher {cpu(mine)}, sent {sent_fps:4.1f} fps;"
            f" janus {janus:4.1f}%; subscribers received {received[0]:4.1f}-{received[-1]:4.1f} fps"
            f" (median {statistics.median(received):4.1f}) of {theirs[0]['size']};"
            f" each subscriber {statistics.mean(c['cpu'] for c in theirs):4.1f}%; all processes {machine:5.1f}%"
        )
    return (
        f"janus  {len(classrooms)} classroom(s): teacher {cpu(mine)}; teacher sent {sent_fps:4.1f} fps once;"
        f" classrooms received {received[0]:4.1f}-{received[-1]:4.1f} fps of {theirs[0]['size']};"
        f" teacher received {min(got_fps):4.1f}-{max(got_fps):4.1f} fps a classroom;"
        f" janus {janus:4.1f}%; each classroom {statistics.mean(c['cpu'] for c in theirs):4.1f}%;"
        f" all processes {machine:5.1f}%"
    )


async def janus_main(seconds: float, subscribers: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        video = camera_like_video(Path(folder) / "camera.avi")
        for janus in run_janus(Path(folder)):
            rooms = JanusRooms(JanusServer(janus.url, janus.admin_key, janus.token_secret))
            classrooms = [await Classroom.start(video) for _ in range(max(8, *subscribers))]
            await asyncio.sleep(3.0 + 0.2 * len(classrooms))  # the processes import aiortc, OpenCV, PyAV
            try:
                for count in (1, 4, 8):  # side by side: the star, then Janus, at the classrooms' MEDIUM
                    print(await star(video, classrooms[:count], MEDIUM, seconds), flush=True)
                    print(await through_janus(video, rooms, janus.pid, classrooms[:count], seconds), flush=True)
                for count in subscribers:
                    line = await through_janus(video, rooms, janus.pid, classrooms[:count], seconds, "subscriber")
                    print(line, flush=True)
            finally:
                await asyncio.gather(*(c.end() for c in classrooms))
                await rooms.close()


async def main(seconds: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        video = camera_like_video(Path(folder) / "camera.avi")
        classrooms = [await Classroom.start(video) for _ in range(8)]
        await asyncio.sleep(3.0)  # the processes import aiortc, OpenCV, PyAV
        try:
            print(await camera_alone(video, seconds), flush=True)
            print(await baseline(video, classrooms[0], seconds), flush=True)
            for preset in (HIGH, MEDIUM, LOW):
                print(await one_stream(video, classrooms[0], preset, seconds), flush=True)
            for preset in (MEDIUM, HIGH):
                for count in (1, 2, 4, 8):
                    print(await star(video, classrooms[:count], preset, seconds), flush=True)
        finally:
            await asyncio.gather(*(c.end() for c in classrooms))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--janus"]:  # Janus leaves 127.0.0.1 out: everything on the interface address
        os.environ["OO_BENCH_JANUS"] = "1"  # for the classrooms' processes
        counts = [int(n) for n in os.environ.get("OO_BENCH_SUBSCRIBERS", "8,16,32,48").split(",")]
        asyncio.run(janus_main(float(sys.argv[2]) if len(sys.argv) > 2 else 6.0, counts))
        sys.exit()
    if not os.environ.get("OO_BENCH_JANUS"):  # loopback only, as the tests: aioice leaves 127.0.0.1 out
        aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]
    if sys.argv[1:2] == ["--classroom"]:
        asyncio.run(classroom_main(sys.argv[2]))
        sys.exit()
    asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 6.0))
