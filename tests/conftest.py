"""Shared fixtures: a real hub on 127.0.0.1 over a copy of demo content rendered once per run."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import aiohttp
import aioice.ice
import pytest
import qasync
import sqlite_utils
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import i18n  # noqa: E402
from app.garbage import QtThreadGarbageCollector  # noqa: E402
from app.hub_client import HubClient  # noqa: E402
from hub.demo import LESSONS, register_demo, render_demo_videos  # noqa: E402
from hub.server import RunningHub, start_hub  # noqa: E402
from hub.settings import HubServerSettings, JanusServer, StoreSettings  # noqa: E402
from hub.store import Store  # noqa: E402
from media.cache import Cache  # noqa: E402
from media.camera_track import CameraFeed  # noqa: E402
from media.database import open_database  # noqa: E402
from media.video_state import CatalogVideo  # noqa: E402
from tests.camera_video import numbered_video  # noqa: E402
from tests.cleanup import Snapshot, tasks_still_pending  # noqa: E402
from tests.janus_server import Janus, run_janus  # noqa: E402
from tests.lesson_sides import Sides, open_sides  # noqa: E402
from tests.live_socket import LiveSocket, Open  # noqa: E402
from tests.null_sink import NullSink  # noqa: E402
from tests.postgres import PostgresCluster  # noqa: E402
from tests.tone import playing_tone  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def garbage_in_the_qt_thread(qapp: object) -> Iterator[QtThreadGarbageCollector]:
    """Cyclic garbage holding Qt objects is freed in the Qt thread, never in a worker thread."""
    collector = QtThreadGarbageCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test(garbage_in_the_qt_thread: QtThreadGarbageCollector) -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
async def verify_cleanup() -> AsyncIterator[None]:
    """A test that leaves threads, asyncio tasks, child processes or open sockets behind fails (Home Assistant's
    verify_cleanup). It is set up before and torn down after the test's other function-scoped fixtures, on the
    test's own loop: what those fixtures close is closed by then; what the run's fixtures keep is in `before`."""
    before = Snapshot.take()
    yield
    loop = asyncio.get_running_loop()
    tasks = await tasks_still_pending()
    for task in tasks:
        task.cancel()  # as the runner would, after the test failed
    await loop.shutdown_default_executor()
    left = [f"task {task.get_name()} ({task.get_coro()!r})" for task in tasks] + before.left()
    if left:
        pytest.fail("left behind:\n  " + "\n  ".join(left), pytrace=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_databases: run the test with the hub on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked both_databases run once with the hub on SQLite and once on PostgreSQL."""
    if "hub_db" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_databases"):
        metafunc.parametrize("hub_db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hub data dir with the real demo lessons, rendered once for the whole run."""
    data = tmp_path_factory.mktemp("demo-hub")
    store = Store(data)
    try:
        render_demo_videos(store.videos_dir)
        register_demo(store)
    finally:
        store.close()
    return data


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """This run's own PostgreSQL cluster, started when a test first needs it."""
    cluster = PostgresCluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def hub_db(request: pytest.FixtureRequest) -> str:
    """The database URL of this test's hub: "" (SQLite's hub.db in the data dir) or a new empty PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return ""
    return request.getfixturevalue("postgres").create_database()


@pytest.fixture
def hub_dir(demo_source: Path, tmp_path: Path, hub_db: str) -> Path:
    """A fresh copy of the demo hub's data dir (and on PostgreSQL its lessons in hub_db), this test's to change."""
    data = Path(shutil.copytree(demo_source, tmp_path / "hub"))
    if hub_db:
        with closing(Store(data, hub_db)) as store:
            register_demo(store)
    return data


@pytest.fixture
async def hub(hub_dir: Path, hub_db: str) -> AsyncIterator[RunningHub]:
    running = await start_hub(hub_dir, settings=HubServerSettings(store=StoreSettings(hub_db)))
    yield running
    await running.stop()


@pytest.fixture
def classroom(hub: RunningHub) -> dict[str, str]:
    """Request headers of an enrolled classroom PC."""
    return {"Authorization": "Bearer " + hub.store.issue_token("classroom", "Lanyu Elementary, grade 3")}


@pytest.fixture
def teacher(hub: RunningHub) -> dict[str, str]:
    """Request headers of an enrolled teacher."""
    return {"Authorization": "Bearer " + hub.store.issue_token("teacher", "Ms. Lin 林老師")}


@contextmanager
def hub_subprocess(data: Path, db: str = "") -> Iterator[str]:
    """The hub as its own process (`oo-hub`) on a free port; yields its URL, stops it with Ctrl+C."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    hub = subprocess.Popen(
        [sys.executable, "-m", "hub.cli", "--data", str(data), "--port", str(port)] + (["--db", db] if db else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert hub.stdout is not None and "serving" in hub.stdout.readline()
        yield f"http://127.0.0.1:{port}"
        hub.send_signal(signal.SIGINT)
        assert hub.wait(timeout=20) == 0
    finally:
        if hub.poll() is None:  # the test failed: no hub left behind
            hub.kill()
            hub.wait()


@pytest.fixture
def hub_process(hub_dir: Path, hub_db: str) -> Iterator[str]:
    """The hub as its own process (`oo-hub`) on a free port, for tests that drive subprocesses."""
    with hub_subprocess(hub_dir, hub_db) as url:
        yield url


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """The client's kind of loop: asyncio inside Qt's event loop (for tests of the screens)."""
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    left = loop.run_until_complete(tasks_still_pending())
    loop.close()
    asyncio.set_event_loop(None)
    assert not left, f"tasks left behind on the Qt loop: {left}"
    i18n.install(qapp, "en")


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def connect(hub: RunningHub, http: aiohttp.ClientSession) -> AsyncIterator[Open]:
    """Open a live socket on the hub with a token; each is closed at the end of the test."""
    async with contextlib.AsyncExitStack() as stack:

        async def open_socket(token: str) -> LiveSocket:
            socket = await stack.enter_async_context(
                http.ws_connect(f"{hub.url}/api/v1/live", headers={"Authorization": f"Bearer {token}"})
            )
            live = LiveSocket(socket)
            assert (await live.next())["type"] == "welcome"
            return live

        yield open_socket


def catalog_videos(store: Store) -> list[CatalogVideo]:
    """A hub's catalogued videos with their chunk hashes (GET videos/{id}/chunks), as the cache keeps them once
    fetched (a lesson that is only a quiz has none)."""
    found = [CatalogVideo.from_catalog(lesson["video"]) for lesson in store.catalog().lessons if "video" in lesson]
    return [dataclasses.replace(video, chunks=store.video_chunks(video.id).chunks) for video in found]  # type: ignore[union-attr]


def new_version(store: Store, video: CatalogVideo) -> CatalogVideo:
    """Give the hub a new version of this demo video under the same id (english-fruit's bytes); its new entry."""
    path = store.videos_dir / f"{video.id}.mp4"
    shutil.copyfile(store.videos_dir / "english-fruit.mp4", path)
    lesson = next(lesson for lesson in LESSONS if lesson["id"] == video.id)
    store.add_lesson({**lesson, "position": 2}, path, 60.0)
    return next(v for v in catalog_videos(store) if v.id == video.id)


@pytest.fixture
def videos(hub_dir: Path, hub_db: str) -> list[CatalogVideo]:
    """The demo hub's catalogued videos (english-fruit, math-fractions, science-water)."""
    with closing(Store(hub_dir, hub_db)) as store:
        return catalog_videos(store)


@pytest.fixture
def originals(hub_dir: Path) -> dict[str, bytes]:
    """The hub's video files by video id."""
    return {path.stem: path.read_bytes() for path in (hub_dir / "videos").glob("*.mp4")}


@pytest.fixture
async def client(hub: RunningHub, classroom: dict[str, str]) -> AsyncIterator[HubClient]:
    """A hub client with an enrolled classroom's token."""
    hub_client = HubClient(hub.url, classroom["Authorization"].removeprefix("Bearer "))
    yield hub_client
    await hub_client.close()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    """An empty cache.db with room for the demo videos several times over."""
    opened = Cache(tmp_path / "cache.db", quota=100 * 1000**2)
    yield opened
    opened.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    """This test's classroom.db, opened as the client opens it."""
    database = open_database(tmp_path / "classroom.db", durable=True)
    yield database
    database.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB filesystem (tmpfs, mounted as root) that fills up for real: ENOSPC."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


@pytest.fixture(scope="session")
def null_sink() -> Iterator[NullSink]:
    """This run's own PulseAudio null sink, the default output of this process, recorded all along."""
    sink = NullSink(f"oo_test_{os.getpid()}")
    before = os.environ.get("PULSE_SINK")
    os.environ["PULSE_SINK"] = sink.name  # libpulse reads it when a stream opens
    try:
        yield sink
    finally:
        if before is None:
            del os.environ["PULSE_SINK"]
        else:
            os.environ["PULSE_SINK"] = before
        sink.close()


@pytest.fixture
def loopback_ice(monkeypatch: pytest.MonkeyPatch) -> None:
    """ICE gathers on 127.0.0.1 only (aioice leaves loopback out; live tests stay on it)."""
    monkeypatch.setattr(aioice.ice, "get_host_addresses", lambda use_ipv4, use_ipv6: ["127.0.0.1"])


@pytest.fixture(scope="session")
def camera_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A video file with its frame number drawn in each frame, played as a camera."""
    return numbered_video(tmp_path_factory.mktemp("camera") / "camera.avi", frames=250)


@pytest.fixture
def camera_clip(tmp_path: Path) -> Path:
    """A short camera of this test's own: 30 numbered frames at 15 fps, 320x240."""
    return numbered_video(tmp_path / "camera.avi", frames=30, fps=15, size=(320, 240))


@pytest.fixture
async def feed(camera_file: Path) -> AsyncIterator[CameraFeed]:
    """The camera file opened as a camera, closed after the test."""
    opened = CameraFeed(str(camera_file), on_failure=lambda e: None)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def mic_sink() -> Iterator[NullSink]:
    """A second null sink: the tone is played into it, and the classroom's microphone records its monitor."""
    sink = NullSink(f"oo_test_{os.getpid()}_mic")
    yield sink
    sink.close()


@pytest.fixture(scope="module")
def quiet_sink(request: pytest.FixtureRequest) -> Iterator[NullSink]:
    """The test module's silent sink: speakers nobody measures play into it, microphones that should hear
    nothing record its monitor."""
    sink = NullSink(f"oo_test_{os.getpid()}_{request.module.__name__.rsplit('.', 1)[-1]}_quiet")
    yield sink
    sink.close()


@pytest.fixture
async def sides(
    hub: RunningHub, tmp_path: Path, null_sink: NullSink, quiet_sink: NullSink, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Sides]:
    """The PCs of a live lesson on the test's hub: the teacher's speakers play into this run's null sink, everyone
    else's into the module's quiet sink."""
    async with open_sides(hub, tmp_path, monkeypatch, null_sink.name, quiet_sink.name) as made:
        yield made


@pytest.fixture
def tone(mic_sink: NullSink, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A 1 kHz tone playing into the microphone's sink; microphones opened now record it."""
    monkeypatch.setenv("PULSE_SOURCE", f"{mic_sink.name}.monitor")
    with playing_tone(mic_sink, tmp_path, 30):
        yield


@pytest.fixture(scope="session")
def janus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Janus]:
    """Debian's janus from deploy/janus/, on a free port of 127.0.0.1, for the whole run."""
    yield from run_janus(tmp_path_factory.mktemp("janus"))


@pytest.fixture
async def janus_hub(hub_dir: Path, janus: Janus) -> AsyncIterator[RunningHub]:
    """A hub whose lessons run through that Janus (hub.toml [janus])."""
    settings = HubServerSettings(janus=JanusServer(janus.url, janus.admin_key, janus.token_secret))
    running = await start_hub(hub_dir, settings=settings)
    yield running
    await running.stop()


@pytest.fixture
async def janus_sides(
    janus_hub: RunningHub, tmp_path: Path, null_sink: NullSink, quiet_sink: NullSink, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Sides]:
    """The sides fixture's PCs, on a hub whose lessons run through Janus."""
    async with open_sides(janus_hub, tmp_path, monkeypatch, null_sink.name, quiet_sink.name) as made:
        yield made
