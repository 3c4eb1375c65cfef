"""The reader over chunk rows: the same bytes as the file, only the verified prefix, a wait at its edge, PyAV on top."""

from __future__ import annotations

import hashlib
import io
import threading
import time
from collections.abc import Callable
from pathlib import Path

import av
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from media.cache import Cache
from media.cache_reader import CacheReader
from media.errors import CacheCorrupt
from media.partial_reader import PartialReader, ReadInterrupted
from media.video_state import CatalogVideo
from tests.test_cache import fill

SIZE = 1_550_068  # english-fruit.mp4; the strategies only need its order of magnitude

operations = st.lists(
    st.one_of(
        st.tuples(
            st.just("seek"), st.integers(-SIZE, 2 * SIZE), st.sampled_from([io.SEEK_SET, io.SEEK_CUR, io.SEEK_END])
        ),
        st.tuples(st.just("read"), st.integers(-1, 600_000), st.just(0)),
        st.tuples(st.just("readinto"), st.integers(0, 300_000), st.just(0)),
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_any_seeks_and_reads_give_the_file_s_bytes(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes], ops: list[tuple[str, int, int]]
) -> None:
    video = videos[0]
    if cache.status(video.id) is None:
        fill(cache, video, originals[video.id])
    with CacheReader(cache.path, video.id) as reader, io.BytesIO(originals[video.id]) as plain:
        for op, n, whence in ops:
            if op == "seek":
                if (0, plain.tell(), len(plain.getvalue()))[whence] + n < 0:
                    with pytest.raises(ValueError):
                        reader.seek(n, whence)
                else:
                    assert reader.seek(n, whence) == plain.seek(n, whence)
            elif op == "read":
                assert reader.read(n) == plain.read(n)
            else:
                mine, theirs = bytearray(n), bytearray(n)
                assert reader.readinto(mine) == plain.readinto(theirs)
                assert mine == theirs
            assert reader.tell() == plain.tell()


def test_only_the_verified_prefix_is_read_and_a_read_at_the_edge_waits_for_more(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    video = videos[0]
    data = originals[video.id]
    fill(cache, video, data, chunks=2)
    cancelled = threading.Event()
    with cache.reader(video.id) as reader:
        partial = PartialReader(reader, reader, give_up=cancelled.is_set)
        assert (reader.size, reader.available, reader.complete) == (video.size, 2 * video.chunk_size, False)
        assert partial.read(3 * video.chunk_size) == data[: 2 * video.chunk_size]  # what there is, no wait
        got: list[bytes] = []
        waiting = threading.Thread(target=lambda: got.append(partial.read(100)))
        waiting.start()
        start = 2 * video.chunk_size
        cache.put_chunk(video.id, 2, data[start : start + video.chunk_size], '"v1"')
        waiting.join()
        assert got == [data[start : start + 100]]
        partial.seek(3 * video.chunk_size)  # the edge again
        interrupted: list[bool] = []

        def read_at_the_edge() -> None:
            try:
                partial.read(100)
            except ReadInterrupted:
                interrupted.append(True)

        waiting = threading.Thread(target=read_at_the_edge)
        waiting.start()
        cancelled.set()
        partial.wake()
        waiting.join()
        assert interrupted == [True]


class CountedEdge:
    """A reader's edge that counts how often the bytes there are were looked up (each an SQLite read)."""

    def __init__(self, reader: CacheReader) -> None:
        self._reader = reader
        self.looks = 0

    @property
    def available(self) -> int:
        self.looks += 1
        return self._reader.available

    def listen(self, wake: Callable[[], None]) -> None:
        self._reader.listen(wake)

    def forget(self, wake: Callable[[], None]) -> None:
        self._reader.forget(wake)


def test_a_read_at_the_edge_sleeps_until_the_next_chunk_lands_and_wakes_at_once(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    video = videos[0]
    data = originals[video.id]
    fill(cache, video, data, chunks=2)
    done = threading.Event()
    with cache.reader(video.id) as reader:
        edge = CountedEdge(reader)
        waits = threading.Event()
        partial = PartialReader(reader, edge, on_wait=lambda waiting: waiting and waits.set(), give_up=done.is_set)
        partial.seek(2 * video.chunk_size)
        got: list[tuple[bytes, float]] = []
        waiting = threading.Thread(target=lambda: got.append((partial.read(100), time.monotonic())))
        waiting.start()
        try:
            assert waits.wait(5)
            time.sleep(1.0)  # a second of waiting at the edge: a 50 ms poll would look 20 times
            assert edge.looks <= 3
            start = 2 * video.chunk_size
            cache.put_chunk(video.id, 2, data[start : start + video.chunk_size], '"v1"')
            landed = time.monotonic()
            waiting.join(5)
            assert got and got[0][0] == data[start : start + 100]
            assert got[0][1] - landed < 0.5 and edge.looks <= 4
        finally:  # whatever failed, the reading thread ends
            done.set()
            partial.wake()
            waiting.join()


def test_a_video_changed_under_an_open_reader_raises_cache_corrupt(
    cache: Cache, videos: list[CatalogVideo], originals: dict[str, bytes]
) -> None:
    video = videos[0]
    fill(cache, video, originals[video.id], chunks=2)
    with CacheReader(cache.path, video.id) as reader:
        cache.track(CatalogVideo(video.id, video.url, video.size, "f" * 64, video.chunk_size, video.chunks))
        with pytest.raises(CacheCorrupt, match="changed or removed"):
            reader.read(10)


def test_a_reader_plays_even_when_it_cannot_register(
    cache: Cache,
    videos: list[CatalogVideo],
    originals: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    video = videos[0]
    fill(cache, video, originals[video.id])
    monkeypatch.setattr("media.cache_reader.BUSY_MS", 50)
    cache.db.execute("BEGIN IMMEDIATE")  # another writer holds cache.db for longer than the reader waits
    try:
        with CacheReader(cache.path, video.id) as reader:
            assert reader.read() == originals[video.id]
    finally:
        cache.db.execute("ROLLBACK")
    assert "playing english-fruit unregistered" in caplog.text


def frame_sums(container: av.container.InputContainer, count: int, seek_to: float | None = None) -> list[str]:
    if seek_to is not None:
        container.seek(int(seek_to * av.time_base))
    sums = []
    for frame in container.decode(video=0):
        sums.append(hashlib.sha256(frame.to_ndarray(format="rgb24").tobytes()).hexdigest())
        if len(sums) == count:
            break
    return sums


def test_pyav_decodes_the_same_frames_from_the_cache_as_from_the_file(
    cache: Cache, videos: list[CatalogVideo], hub_dir: Path
) -> None:
    video = videos[2]
    path = hub_dir / "videos" / f"{video.id}.mp4"
    fill(cache, video, path.read_bytes())
    for seek_to in (None, 31.5):
        with av.open(str(path)) as plain, CacheReader(cache.path, video.id) as reader, av.open(reader) as cached:
            expected = frame_sums(plain, 30, seek_to)
            assert len(expected) == 30
            assert frame_sums(cached, 30, seek_to) == expected
