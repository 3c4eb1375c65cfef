"""Helpers for live-lesson tests: one PC's LiveLesson with its own classroom.db, hub token and outbox."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
import sqlite_utils

from app.hub_client import HubClient
from app.live.lesson import LessonState, LiveLesson
from app.outbox import Outbox
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from app.result_sync import ResultSync
from hub.server import RunningHub
from media.database import open_database
from media.lesson_media import LessonMedia, MediaChoice
from tests.camera_video import frame_number
from tests.live_peers import Numbers
from tests.waiting import until

FAST = (0.1, 0.2, 0.5)
"""Signaling backoff for tests."""


def media_of(lesson: LiveLesson) -> LessonMedia | None:
    """White box: the lesson's devices and peer connections while it runs (to break a link, not the signaling)."""
    return lesson._media.media if lesson._media is not None else None


class Side:
    """A PC in the lesson: its LiveLesson, its classroom.db and result sync, and the pictures it received.

    sink and source: the PulseAudio sink its speakers play into and the source its microphone records,
    set in the environment while its devices open (libpulse reads them then).
    """

    def __init__(
        self, hub: RunningHub, data: Path, role: str, name: str, choice: MediaChoice, sink: str, source: str
    ) -> None:
        data.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.token = hub.store.issue_token(role, name)
        self.client = HubClient(hub.url, self.token)
        self.db: sqlite_utils.Database = open_database(data / "classroom.db", durable=True)
        store = QuizStore(self.db)
        self.outbox = Outbox(self.db)
        self.sync = ResultSync(self.outbox, self.client)
        self.lesson = LiveLesson(self.client, self.db, Quizzes(store, self.sync.answer_queued), choice, backoff=FAST)
        self.sink, self.source = sink, source
        self.seen: dict[str, Numbers] = {}
        self.lesson.picture_arrived.connect(self._picture)

    def _picture(self, peer: str) -> None:
        picture = self.lesson.picture(peer)
        assert picture is not None
        self.seen.setdefault(peer, Numbers()).seen.append(frame_number(picture.pixels))

    def pictures_from(self, peer: str | None) -> list[int]:
        return self.seen[peer].seen if peer in self.seen else []

    def _devices_env(self) -> None:
        os.environ["PULSE_SINK"], os.environ["PULSE_SOURCE"] = self.sink, self.source

    def start(self, code: str | None = None) -> None:
        self._devices_env()
        self.lesson.start(code)

    def join(self, code: str) -> None:
        self._devices_env()
        self.lesson.join(code)

    async def live(self) -> None:
        await until(lambda: self.lesson.state is LessonState.LIVE, 20, f"{self.name} in the lesson")

    async def close(self) -> None:
        await self.lesson.close()
        await self.sync.stop()
        await self.client.close()
        self.db.close()


class Sides:
    """Makes the PCs of a test and closes them all at its end."""

    def __init__(self, hub: RunningHub, tmp_path: Path, teacher_sink: str, quiet: str) -> None:
        self.hub, self.tmp_path = hub, tmp_path
        self.teacher_sink, self.quiet = teacher_sink, quiet
        self.made: list[Side] = []

    def teacher(self, choice: MediaChoice) -> Side:
        return self._add("teacher", "Ms. Lin 林老師", choice, self.teacher_sink, f"{self.quiet}.monitor")

    def classroom(self, name: str, choice: MediaChoice, source: str | None = None, sink: str | None = None) -> Side:
        return self._add("classroom", name, choice, sink or self.quiet, source or f"{self.quiet}.monitor")

    def _add(self, role: str, name: str, choice: MediaChoice, sink: str, source: str) -> Side:
        side = Side(self.hub, self.tmp_path / f"pc{len(self.made)}", role, name, choice, sink, source)
        self.made.append(side)
        return side

    async def close(self) -> None:
        for side in self.made:
            await side.close()


@asynccontextmanager
async def open_sides(
    hub: RunningHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, speakers: str = "none", quiet: str = "none"
) -> AsyncIterator[Sides]:
    """A test's PCs on this hub, closed at its end: the teacher's speakers play into the sink `speakers`, the
    others play into and record the sink `quiet` ("none" for both: no sound device at all). PULSE_SINK and
    PULSE_SOURCE are restored after the test, whatever the sides set."""
    monkeypatch.setenv("PULSE_SINK", speakers)
    monkeypatch.setenv("PULSE_SOURCE", "none" if quiet == "none" else f"{quiet}.monitor")
    made = Sides(hub, tmp_path, speakers, quiet)
    try:
        yield made
    finally:
        await made.close()


async def pictures_flow(teacher: Side, classroom: Side, what: str) -> None:
    """Wait until 10 new pictures have come each way between the teacher and this classroom."""
    peer, teacher_peer = classroom.lesson.peer_id or "", teacher.lesson.peer_id or ""
    before = (len(teacher.pictures_from(peer)), len(classroom.pictures_from(teacher_peer)))
    await until(
        lambda: (
            len(set(teacher.pictures_from(peer)[before[0] :])) >= 10
            and len(set(classroom.pictures_from(teacher_peer)[before[1] :])) >= 10
        ),
        30,
        what,
    )


async def teacher_and_classroom(sides: Sides, camera: Path) -> tuple[Side, Side]:
    """The teacher and one classroom in a lesson, with this camera file and no sound devices."""
    choice = MediaChoice(camera=str(camera), microphone="no such microphone", speakers="no such speakers")
    teacher, lanyu = sides.teacher(choice), sides.classroom("Lanyu 3", choice)
    teacher.start()
    await teacher.live()
    lanyu.join(teacher.lesson.code or "")
    await lanyu.live()
    return teacher, lanyu
