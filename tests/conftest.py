"""Shared fixtures: a real hub on 127.0.0.1 over a copy of demo content rendered once per run."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.garbage import QtThreadGarbageCollector  # noqa: E402
from hub.demo import register_demo, render_demo_videos  # noqa: E402
from hub.server import RunningHub, start_hub  # noqa: E402
from hub.store import Store  # noqa: E402
from tests.null_sink import NullSink  # noqa: E402


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


@pytest.fixture
def hub_dir(demo_source: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo hub's data dir, this test's to change."""
    return Path(shutil.copytree(demo_source, tmp_path / "hub"))


@pytest.fixture
async def hub(hub_dir: Path) -> AsyncIterator[RunningHub]:
    running = await start_hub(hub_dir)
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


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


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
