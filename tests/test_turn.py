"""TURN through a real coturn on 127.0.0.1 with the hub's time-limited credentials (use-auth-secret).

The hub here has [turn] pointing at a coturn this module starts; its started and joined messages
carry fresh credentials, coturn takes them and refuses expired, forged and altered ones, and peers
allowed to use relay candidates only (iceTransportPolicy "relay") get pictures through it.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aioice import stun
from aioice.ice import CandidatePair
from aioice.turn import TurnClientUdpProtocol
from aiortc import RTCConfiguration, RTCIceTransportPolicy, RTCPeerConnection

import media.peer
from app.live.lesson import LessonState
from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, TurnServer
from hub.turn_credentials import credentials
from media.camera_track import CameraFeed
from media.lesson_media import MediaChoice
from media.peer import Peer, hub_ice_servers
from tests.ice_servers import Coturn, run_coturn
from tests.lesson_sides import Side, media_of
from tests.live_peers import Numbers, join
from tests.live_socket import Open, come_in, teach
from tests.null_sink import NullSink
from tests.waiting import until

SECRET = "district-turn-secret"
LIFETIME = 600
SHIPPED = Path(__file__).parent.parent / "deploy" / "turnserver.conf"


@pytest.fixture(scope="module")
def coturn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coturn]:
    yield from run_coturn(tmp_path_factory.mktemp("coturn"), secret=SECRET)


@pytest.fixture(scope="module")
def shipped_coturn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coturn]:
    """coturn running deploy/turnserver.conf, with its example school range (10.42.0.0/16) allowed."""
    folder = tmp_path_factory.mktemp("shipped-coturn")
    text = SHIPPED.read_text(encoding="utf-8")
    assert "\n# allowed-peer-ip=10.42.0.0-10.42.255.255\n" in text
    config = folder / "turnserver.conf"
    config.write_text(text.replace("# allowed-peer-ip=10.42", "allowed-peer-ip=10.42"), encoding="utf-8")
    yield from run_coturn(folder, secret=SECRET, config=config)


@pytest.fixture
def turn(coturn: Coturn) -> TurnServer:
    """The hub's [turn] section for this coturn."""
    return TurnServer((f"turn:127.0.0.1:{coturn.port}?transport=udp",), SECRET, LIFETIME)


@pytest.fixture
async def hub(hub_dir: Path, turn: TurnServer) -> AsyncIterator[RunningHub]:
    """The demo hub with [turn] in its settings (overrides conftest's hub, so connect uses it)."""
    running = await start_hub(hub_dir, settings=HubServerSettings(turn=turn))
    yield running
    await running.stop()


@pytest.fixture
def relay_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Peer built in this test may use relay candidates only (no host or server-reflexive ones)."""
    relay = functools.partial(RTCConfiguration, iceTransportPolicy=RTCIceTransportPolicy.RELAY)
    monkeypatch.setattr(media.peer, "RTCConfiguration", relay)


async def turn_error(coturn: Coturn, username: str, password: str, peer: tuple[str, int] | None = None) -> int:
    """0 if coturn allocates a relay for these credentials (and lets it send to peer, if given), else its
    error code (401: credentials refused, 403: peer address forbidden). The allocation is given back."""
    server = ("127.0.0.1", coturn.port)
    transport, client = await asyncio.get_running_loop().create_datagram_endpoint(
        lambda: TurnClientUdpProtocol(server, username, password, lifetime=600, channel_refresh_time=300),
        remote_addr=server,
    )
    try:
        await client.connect()
    except stun.TransactionFailed as e:
        transport.close()
        return int(e.response.attributes["ERROR-CODE"][0])
    try:
        if peer is not None:
            await client.channel_bind(0x4000, peer)  # a channel is a permission to that address
    except stun.TransactionFailed as e:
        return int(e.response.attributes["ERROR-CODE"][0])
    finally:
        await client.delete()
    return 0


def selected_pair(pc: RTCPeerConnection) -> CandidatePair:
    """The candidate pair ICE nominated for the connection's (bundled) transport."""
    ice = pc.getTransceivers()[0].sender.transport.transport
    return ice._connection._nominated[1]  # white box: aiortc's stats have no candidate pairs


def expiry_of(server: dict[str, Any], peer: str) -> int:
    expiry, _, user = server["username"].partition(":")
    assert user == peer
    return int(expiry)


async def test_started_and_joined_carry_fresh_credentials_that_coturn_takes(
    hub: RunningHub, connect: Open, coturn: Coturn
) -> None:
    before = int(time.time())
    teacher, started = await teach(connect, hub.store.issue_token("teacher", "Ms. Lin"))
    classroom, joined = await come_in(connect, hub.store.issue_token("classroom", "Lanyu 3"), started["code"])
    after = int(time.time())
    for message in (started, joined):
        [server] = message["ice_servers"]
        assert server["urls"] == [f"turn:127.0.0.1:{coturn.port}?transport=udp"]
        assert before + LIFETIME <= expiry_of(server, message["peer"]) <= after + LIFETIME
        assert await turn_error(coturn, server["username"], server["credential"]) == 0

    # coming back (a new socket, the same peer) gets credentials made at that moment
    await classroom.socket.close()
    await teacher.socket.close()
    await asyncio.sleep(1.1)  # the expiry counts whole seconds
    back = int(time.time())
    _, again = await come_in(connect, hub.store.issue_token("classroom", "Lanyu 3"), started["code"])
    _, resumed = await teach(connect, hub.store.issue_token("teacher", "Ms. Lin"), code=started["code"])
    assert again["peer"] == joined["peer"] and resumed["peer"] == started["peer"] and resumed["resumed"]
    for first, message in ((joined, again), (started, resumed)):
        [server] = message["ice_servers"]
        assert server["username"] != first["ice_servers"][0]["username"]
        assert back + LIFETIME <= expiry_of(server, message["peer"]) <= int(time.time()) + LIFETIME
        assert await turn_error(coturn, server["username"], server["credential"]) == 0


async def test_coturn_refuses_expired_forged_and_altered_credentials(coturn: Coturn, turn: TurnServer) -> None:
    username, password = credentials(turn, "e5f60718")
    assert await turn_error(coturn, username, password) == 0
    expired = credentials(turn, "e5f60718", now=time.time() - LIFETIME - 60)  # the right secret, past its expiry
    assert await turn_error(coturn, *expired) == 401
    forged = credentials(TurnServer(turn.urls, "guessed-secret", LIFETIME), "e5f60718")
    assert await turn_error(coturn, *forged) == 401
    later = f"{int(username.split(':')[0]) + 86400}:e5f60718"  # a longer life written into a valid username
    assert await turn_error(coturn, later, password) == 401


async def test_a_relay_only_call_with_the_hubs_credentials_carries_pictures_through_coturn(
    hub: RunningHub, connect: Open, coturn: Coturn, camera_file: Path, relay_only: None
) -> None:
    _, started = await teach(connect, hub.store.issue_token("teacher", "Ms. Lin"))
    _, joined = await come_in(connect, hub.store.issue_token("classroom", "Lanyu 3"), started["code"])
    feed = CameraFeed(str(camera_file), on_failure=lambda e: None)
    at_teacher, at_classroom = Numbers(), Numbers()
    teacher = Peer(hub_ice_servers(started["ice_servers"]), video=feed.track(), on_picture=at_teacher)
    classroom = Peer(hub_ice_servers(joined["ice_servers"]), video=feed.track(), on_picture=at_classroom)
    try:
        await join(teacher, classroom)
        await until(lambda: len(at_teacher.seen) >= 10 and len(at_classroom.seen) >= 10, 20, "pictures both ways")
        for side in (teacher, classroom):
            pair = selected_pair(side.pc)
            assert (pair.local_candidate.type, pair.remote_candidate.type) == ("relay", "relay")
            assert pair.remote_addr[0] == "127.0.0.1" and pair.remote_addr[1] != coturn.port
        assert at_teacher.distinct_since(0) >= 10 and at_classroom.distinct_since(0) >= 10
    finally:
        await teacher.close()
        await classroom.close()
        feed.close()


async def test_a_relay_only_live_lesson_gets_pictures_both_ways_with_only_the_hubs_turn_server(
    hub: RunningHub,
    tmp_path: Path,
    camera_file: Path,
    null_sink: NullSink,
    relay_only: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PULSE_SINK", null_sink.name)  # restored after the test, whatever the sides set
    monkeypatch.setenv("PULSE_SOURCE", f"{null_sink.name}.monitor")
    choice = MediaChoice(camera=str(camera_file))  # no STUN or TURN of its own
    devices = (choice, null_sink.name, f"{null_sink.name}.monitor")
    teacher = Side(hub, tmp_path / "teacher", "teacher", "Ms. Lin", *devices)
    lanyu = Side(hub, tmp_path / "lanyu", "classroom", "Lanyu 3", *devices)
    try:
        teacher.start()
        await teacher.live()
        lanyu.join(teacher.lesson.code or "")
        await lanyu.live()
        ids = teacher.lesson.peer_id or "", lanyu.lesson.peer_id or ""
        await until(
            lambda: len(teacher.pictures_from(ids[1])) >= 10 and len(lanyu.pictures_from(ids[0])) >= 10,
            30,
            "pictures both ways",
        )
        for side, other in ((teacher, ids[1]), (lanyu, ids[0])):
            media = media_of(side.lesson)  # white box: the link's ICE went through the relay
            assert media is not None and side.lesson.state is LessonState.LIVE
            pair = selected_pair(media.links[other].peer.pc)
            assert (pair.local_candidate.type, pair.remote_candidate.type) == ("relay", "relay")
    finally:
        await teacher.close()
        await lanyu.close()


async def test_the_shipped_coturn_config_takes_the_hubs_credentials_and_relays_to_no_private_address(
    shipped_coturn: Coturn, turn: TurnServer
) -> None:
    username, password = credentials(turn, "a1b2c3d4")
    assert await turn_error(shipped_coturn, username, password) == 0
    assert await turn_error(shipped_coturn, *credentials(TurnServer(turn.urls, "guessed", LIFETIME), "a1b2c3d4")) == 401
    assert await turn_error(shipped_coturn, username, password, ("10.42.0.7", 5000)) == 0  # the school's range
    for private in ("10.0.0.5", "192.168.1.20", "172.16.0.9", "127.0.0.1", "169.254.1.1", "100.64.0.1"):
        assert await turn_error(shipped_coturn, username, password, (private, 5000)) == 403, private
