"""One negotiation per link at a time (issue 14, item 10): a click during a link rebuild, and an answer
to an older offer, never cut a classroom off.

Real hub on 127.0.0.1, real LiveLesson and Links objects, real aiortc peers; cameras are numbered
video files; no microphone or speakers (the lesson goes on without them), so no sound device is needed.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest

from app.live.links import Links
from hub.server import RunningHub
from media.lesson_media import LessonMedia, MediaChoice
from protocol.live.from_client import SendSignal
from protocol.live.parts import SessionDescription
from tests.camera_video import frame_number
from tests.lesson_sides import Sides, media_of, open_sides, pictures_flow
from tests.waiting import until

pytestmark = pytest.mark.usefixtures("loopback_ice")


def no_devices(camera_file: Path) -> MediaChoice:
    return MediaChoice(camera=str(camera_file), microphone="no such microphone", speakers="no such speakers")


@pytest.fixture
async def silent_sides(hub: RunningHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Sides]:
    """The PCs of a lesson with no sound device at all."""
    async with open_sides(hub, tmp_path, monkeypatch) as made:
        yield made


def said(records: list[logging.LogRecord], words: str) -> list[str]:
    return [r.getMessage() for r in records if words in r.getMessage()]


async def test_a_click_during_a_link_rebuild_makes_one_offer_and_the_classroom_is_back_at_once(
    silent_sides: Sides, camera_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.live.links")
    teacher = silent_sides.teacher(no_devices(camera_file))
    lanyu = silent_sides.classroom("Lanyu 3", no_devices(camera_file))
    teacher.start()
    await teacher.live()
    lanyu.join(teacher.lesson.code or "")
    await lanyu.live()
    await pictures_flow(teacher, lanyu, "pictures on the first link")
    peer, teacher_peer = lanyu.lesson.peer_id or "", teacher.lesson.peer_id or ""
    media, classroom_media = media_of(teacher.lesson), media_of(lanyu.lesson)  # white box: break the link only
    assert media is not None and classroom_media is not None

    await classroom_media.links[teacher_peer].peer.pc.close()  # the link dies under the classroom
    await until(lambda: peer not in media.links, 15, "the teacher closing the dead link")
    # the rebuild is under way (the teacher offers again in a moment): the teacher clicks mute, the
    # classroom raises its hand; each brings the teacher a roster showing the classroom online
    clicked = len(caplog.records)
    assert await teacher.lesson.mute(peer)
    assert await lanyu.lesson.raise_hand()
    await until(lambda: lanyu.lesson.room.muted and teacher.lesson.room.hands == (peer,), 5, "the clicks done")

    await pictures_flow(teacher, lanyu, "pictures on the rebuilt link")
    after = caplog.records[clicked:]
    assert len(said(after, "offering a link to")) == 1, said(after, "offering")
    assert not said(after, "link dead"), said(after, "link dead")
    assert not said(after, "older offer"), said(after, "older offer")
    assert media.links[peer].peer.pc.connectionState == "connected"


class Wire:
    """What one side's Links sent, held until the test delivers it."""

    def __init__(self) -> None:
        self.sent: list[SendSignal] = []

    async def send(self, message: SendSignal) -> bool:
        self.sent.append(message)
        return True

    async def next(self, count: int) -> SessionDescription:
        await until(lambda: len(self.sent) >= count, 15, f"message {count} sent")
        return self.sent[count - 1].data


class Seen:
    """Frame numbers of the pictures a LessonMedia received, and the links it found dead."""

    def __init__(self) -> None:
        self.pictures: list[int] = []
        self.dead: list[str] = []

    def picture(self, peer: str, pixels: np.ndarray) -> None:
        self.pictures.append(frame_number(pixels))


async def test_an_answer_to_an_older_offer_is_passed_over_and_the_newer_link_goes_on(
    camera_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.live.links")
    seen = {"teacher": Seen(), "classroom": Seen()}
    medias = {
        side: LessonMedia(no_devices(camera_file), s.picture, s.dead.append, lambda peer: None, lambda d, m: None)
        for side, s in seen.items()
    }
    wires = {"teacher": Wire(), "classroom": Wire()}
    teacher = Links(medias["teacher"], wires["teacher"].send, teacher=True)
    classroom = Links(medias["classroom"], wires["classroom"].send, teacher=False)
    try:
        teacher.roster({"lanyu"})
        first = await wires["teacher"].next(1)
        teacher.dead("lanyu")  # as when an offer goes unanswered: the teacher offers again
        second = await wires["teacher"].next(2)
        # the classroom answers both, in order; the answer to the first comes back late
        classroom.signal("teacher", first)
        classroom.signal("teacher", second)
        late = await wires["classroom"].next(1)
        answer = await wires["classroom"].next(2)
        teacher.signal("lanyu", late)
        await until(lambda: said(caplog.records, "older offer"), 5, "the late answer passed over")
        assert medias["teacher"].links["lanyu"].peer.pc.signalingState == "have-local-offer"
        teacher.signal("lanyu", answer)
        await until(
            lambda: len(set(seen["teacher"].pictures)) >= 10 and len(set(seen["classroom"].pictures)) >= 10,
            15,
            "pictures both ways on the newer link",
        )
        assert seen["teacher"].dead == [] and seen["classroom"].dead == []
    finally:
        await teacher.close()
        await classroom.close()
        for media in medias.values():
            await media.close()
