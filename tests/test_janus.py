"""Live lessons through a real Janus VideoRoom: the hub's rooms and tokens, and the clients' feeds.

A hub with [janus] gives each admitted client a room, a feed id and a token; the clients
(media/janus_session.py with aiortc peers) publish numbered camera files and a tone recorded
by a real microphone, and subscribe as the lesson needs: the teacher to every classroom, the
classrooms to the teacher and to the classroom on stage. Janus runs from deploy/janus/.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
import pytest
from aiortc import MediaStreamTrack

from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, JanusServer
from media.camera_track import CameraFeed
from media.errors import MediaServerError
from media.janus_session import JanusRoom
from media.microphone_track import MicrophoneTrack
from media.peer import Peer
from protocol.janus_api import JanusError, JanusSession, sign_token
from tests.janus_server import Janus, free_tcp_port
from tests.live_peers import Numbers, in_order
from tests.live_socket import LiveSocket
from tests.tone import tone_share
from tests.waiting import until


class Lesson:
    """Live sockets of a teacher and classrooms in one lesson on the hub, and their media objects."""

    def __init__(self, hub: RunningHub, http: aiohttp.ClientSession, stack: contextlib.AsyncExitStack) -> None:
        self.hub, self.http, self.stack = hub, http, stack
        self.teacher: LiveSocket | None = None
        self.started: dict[str, Any] = {}

    async def socket(self, role: str, name: str) -> LiveSocket:
        token = self.hub.store.issue_token(role, name)
        socket = await self.stack.enter_async_context(
            self.http.ws_connect(f"{self.hub.url}/api/v1/live", headers={"Authorization": f"Bearer {token}"})
        )
        live = LiveSocket(socket)
        assert (await live.next())["type"] == "welcome"
        return live

    async def start(self) -> dict[str, Any]:
        self.teacher = await self.socket("teacher", "Ms. Lin 林老師")
        await self.teacher.send({"type": "start"})
        self.started = await self.teacher.expect("started")
        return self.started

    async def join(self, name: str) -> tuple[LiveSocket, dict[str, Any]]:
        classroom = await self.socket("classroom", name)
        await classroom.send({"type": "join", "code": self.started["code"]})
        return classroom, await classroom.expect("joined")


@pytest.fixture
async def lesson(janus_hub: RunningHub, http: aiohttp.ClientSession) -> AsyncIterator[Lesson]:
    async with contextlib.AsyncExitStack() as stack:
        yield Lesson(janus_hub, http, stack)


class Heard:
    """The sound of a received audio track, read as it comes: (arrival time, first channel's samples)."""

    def __init__(self) -> None:
        self.frames: list[tuple[float, np.ndarray]] = []
        self.task: asyncio.Task[None] | None = None

    def __call__(self, track: MediaStreamTrack) -> None:
        self.task = asyncio.create_task(self._read(track))

    async def _read(self, track: MediaStreamTrack) -> None:
        with contextlib.suppress(Exception):
            while True:
                frame = await track.recv()
                pcm = frame.to_ndarray().reshape(-1, len(frame.layout.channels))[:, 0] / 32768.0
                self.frames.append((time.monotonic(), pcm))

    def since(self, start: float) -> np.ndarray:
        parts = [pcm for at, pcm in self.frames if at >= start]
        return np.concatenate(parts) if parts else np.zeros(0)

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)


class Client:
    """One PC's place in the room: its publisher peer and the feeds it receives."""

    def __init__(self, http: aiohttp.ClientSession, media: dict[str, Any]) -> None:
        self.room = JanusRoom(http, media)
        self.peers: list[Peer] = []
        self.pictures: dict[str, Numbers] = {}
        self.sound: dict[str, Heard] = {}

    async def publish(self, video: MediaStreamTrack, voice: MediaStreamTrack | None = None) -> None:
        await self.room.join()
        peer = Peer(video=video, voice=voice)
        self.peers.append(peer)
        await peer.accept_answer(await self.room.publish(await peer.create_publish_offer()))

    async def receive(self, display: str) -> None:
        await until(lambda: display in self.room.feeds, 15, f"{display}'s feed published")
        self.pictures[display], self.sound[display] = Numbers(), Heard()
        peer = Peer(on_picture=self.pictures[display], on_audio=self.sound[display])
        self.peers.append(peer)
        await self.room.subscribe(self.room.feeds[display], peer.accept_offer)

    async def close(self) -> None:
        for heard in self.sound.values():
            await heard.stop()
        for peer in self.peers:
            await peer.close()
        await self.room.close()


def loud(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2))) if len(samples) else 0.0


async def test_a_lesson_has_a_room_each_client_a_token_of_its_own_and_the_end_destroys_it(
    lesson: Lesson, http: aiohttp.ClientSession, janus: Janus
) -> None:
    started = await lesson.start()
    _, joined = await lesson.join("Lanyu Elementary, grade 3")
    mine, theirs = started["media"], joined["media"]
    assert mine["server"] == theirs["server"] == "janus" and mine["url"] == janus.url
    assert mine["room"] == theirs["room"] and mine["token"] != theirs["token"]
    assert (mine["display"], theirs["display"]) == (started["peer"], joined["peer"])
    expiry, realm, plugin, room, peer = theirs["token"].split(":")[0].split(",")
    assert (realm, plugin, room, peer) == (
        "janus",
        "janus.plugin.videoroom",
        f"room={theirs['room']}",
        f"peer={joined['peer']}",
    )
    assert int(expiry) > time.time() + 3600

    classroom = JanusRoom(http, theirs)
    await classroom.join()
    await classroom.close()
    assert lesson.teacher is not None
    await lesson.teacher.send({"type": "end"})
    await lesson.teacher.expect("ended")
    late = JanusRoom(http, theirs)
    with pytest.raises(MediaServerError, match="the lesson has ended"):
        await late.join()


async def test_the_shipped_config_runs_only_the_videoroom_over_http_and_makes_rooms_only_with_the_admin_key(
    janus: Janus, http: aiohttp.ClientSession
) -> None:
    async with http.get(f"{janus.url}/info") as response:
        info = await response.json(content_type=None)
    assert list(info["plugins"]) == ["janus.plugin.videoroom"] and list(info["transports"]) == ["janus.transport.http"]
    assert info["auth_token"] is True and info["api_secret"] is False and not info.get("events")
    session = await JanusSession.open(http, janus.url, sign_token(janus.token_secret, 60), events=False)
    try:
        handle = await session.attach()
        create = {"request": "create", "room": 4242, "publishers": 40}
        with pytest.raises(JanusError, match="admin_key"):
            await session.request(handle, create)
        with pytest.raises(JanusError) as refused:
            await session.request(handle, {**create, "admin_key": "a guess"})
        assert refused.value.code == 433  # unauthorized
    finally:
        await session.close()


async def test_a_lesson_cannot_start_while_janus_does_not_answer(hub_dir: Path, http: aiohttp.ClientSession) -> None:
    settings = HubServerSettings(janus=JanusServer(f"http://127.0.0.1:{free_tcp_port()}/janus", "key", "secret"))
    hub = await start_hub(hub_dir, settings=settings)
    try:
        async with contextlib.AsyncExitStack() as stack:
            teacher = await Lesson(hub, http, stack).socket("teacher", "Ms. Lin 林老師")
            error = await teacher.error({"type": "start"})
            assert error["code"] == "media-unavailable" and "Try again in a minute" in error["message"]
    finally:
        await hub.stop()


async def test_a_client_without_a_token_the_hub_gave_for_this_room_is_refused(
    lesson: Lesson, http: aiohttp.ClientSession, janus: Janus
) -> None:
    await lesson.start()
    _, joined = await lesson.join("Lanyu Elementary, grade 3")
    media = joined["media"]
    room, peer = f"room={media['room']}", f"peer={joined['peer']}"
    forged = sign_token("not-the-secret", 3600, room, peer)
    expired = sign_token(janus.token_secret, -10, room, peer)
    unlisted = sign_token(janus.token_secret, 3600, room, "peer=intruder")  # signed right, never allowed in the room
    for token, said in [
        (forged, "refused this PC's pass"),
        (expired, "refused this PC's pass"),
        ("", "refused this PC's pass"),
        (unlisted, "did not let this PC into the lesson"),
    ]:
        intruder = JanusRoom(http, {**media, "token": token, "feed": 99, "display": "intruder"})
        with pytest.raises(MediaServerError, match=said):
            await intruder.join()


async def test_a_teacher_and_three_classrooms_through_janus_see_and_hear_each_other_and_mute_holds(
    lesson: Lesson, http: aiohttp.ClientSession, feed: CameraFeed, tone: None
) -> None:
    started = await lesson.start()
    sockets, joins = [], []
    for name in ("Lanyu 3", "Orchid Island 5", "Wulai 2"):
        socket, joined = await lesson.join(name)
        sockets.append(socket)
        joins.append(joined)
    teacher_peer, peers = started["peer"], [joined["peer"] for joined in joins]
    stage = peers[0]
    microphones = [MicrophoneTrack(), MicrophoneTrack()]  # the teacher's and the first classroom's, hearing the tone
    teacher = Client(http, started["media"])
    classrooms = [Client(http, joined["media"]) for joined in joins]
    try:
        await teacher.publish(feed.track(), microphones[0])
        for i, classroom in enumerate(classrooms):
            await classroom.publish(feed.track(), microphones[1] if i == 0 else None)
        for peer in peers:
            await teacher.receive(peer)
        for i, classroom in enumerate(classrooms):
            await classroom.receive(teacher_peer)
            if i > 0:
                await classroom.receive(stage)

        every = [*teacher.pictures.values()] + [n for c in classrooms for n in c.pictures.values()]
        await until(lambda: all(n.distinct_since(0) >= 20 for n in every), 40, "20 pictures on every subscription")
        for numbers in every:
            assert in_order(numbers.seen), numbers.seen
        await asyncio.sleep(1.0)
        start = time.monotonic()
        await asyncio.sleep(1.5)
        for classroom in classrooms:  # the teacher's voice
            heard = classroom.sound[teacher_peer].since(start)
            assert tone_share(heard) > 0.5 and loud(heard) > 0.02
        heard = teacher.sound[stage].since(start)
        assert tone_share(heard) > 0.5 and loud(heard) > 0.02

        assert lesson.teacher is not None
        await lesson.teacher.send({"type": "mute", "peer": stage, "muted": True})
        assert (await sockets[0].expect("muted"))["by"] == "teacher"  # this client pays no heed: it keeps sending
        await asyncio.sleep(1.5)
        start = time.monotonic()
        await asyncio.sleep(1.5)
        assert loud(teacher.sound[stage].since(start)) < 0.002  # Janus stopped its sound
        assert loud(classrooms[1].sound[stage].since(start)) < 0.002
        assert teacher.pictures[stage].distinct_since(len(teacher.pictures[stage].seen) - 1) >= 1  # pictures go on

        await classrooms[0].close()  # it publishes anew (a rebuilt link, new tracks): still muted at Janus
        classrooms[0] = Client(http, joins[0]["media"])
        microphones.append(MicrophoneTrack())
        await classrooms[0].publish(feed.track(), microphones[-1])
        await until(lambda: teacher.room.feeds.get(stage) is not None, 10, "the feed back")
        await teacher.receive(stage)
        await until(lambda: teacher.pictures[stage].distinct_since(0) >= 10, 20, "its pictures again")
        start = time.monotonic()
        await asyncio.sleep(1.5)
        assert loud(teacher.sound[stage].since(start)) < 0.002

        await lesson.teacher.send({"type": "mute", "peer": stage, "muted": False})
        await asyncio.sleep(1.5)
        start = time.monotonic()
        await asyncio.sleep(1.5)
        assert tone_share(teacher.sound[stage].since(start)) > 0.5
    finally:
        for client in [teacher, *classrooms]:
            await client.close()
        for microphone in microphones:
            microphone.stop()
