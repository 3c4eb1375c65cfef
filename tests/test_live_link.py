"""A teacher-classroom link through a UDP fault relay: adapting to a poor link, and rebuilding a dead one.

The poor link is the one the project designs for: about 1 Mbit/s, 150 ms round trip, 3% loss each
way. Timing bounds are loose on purpose: the machines are shared and noisy.
"""

from __future__ import annotations

import pytest

from media.bitrate import ceiling_of
from media.camera_track import CameraFeed
from media.link_figures import LinkFigures
from media.peer import Peer
from media.quality import HIGH, Adapter, AdapterRules, Preset
from tests.live_peers import Numbers, join
from tests.udp_fault_relay import UdpFaultRelay
from tests.waiting import until

POOR = {"delay": 0.075, "jitter": 0.01, "loss": 0.03, "rate": 1_000_000}

pytestmark = pytest.mark.usefixtures("loopback_ice")


class Link:
    """A teacher's peer and a classroom's, what the classroom saw, and what the teacher's side did."""

    def __init__(self, feed: CameraFeed, relay: UdpFaultRelay | None) -> None:
        self.relay = relay
        self.seen = Numbers()
        self.presets: list[Preset] = []
        self.figures: list[LinkFigures] = []
        self.dead = {"teacher": False, "classroom": False}
        self.teacher = Peer(
            video=feed.track(),
            adapter=Adapter(rules=AdapterRules(calm=4)),
            on_preset=self.presets.append,
            on_figures=self.figures.append,
            on_dead=lambda: self.dead.update(teacher=True),
        )
        self.classroom = Peer(
            video=feed.track(), on_picture=self.seen, on_dead=lambda: self.dead.update(classroom=True)
        )

    async def close(self) -> None:
        await self.teacher.close()
        await self.classroom.close()
        if self.relay is not None:
            self.relay.close()


async def test_a_poor_link_steps_down_keeping_video_and_a_restored_link_steps_back_up(feed: CameraFeed) -> None:
    link = Link(feed, UdpFaultRelay(**POOR))
    try:
        await join(link.teacher, link.classroom, link.relay)
        await until(lambda: link.teacher.preset != HIGH, 30, "a step down on the poor link")
        sender = link.teacher.pc.getTransceivers()[0].sender
        assert ceiling_of(sender) == link.teacher.preset.video_bitrate
        assert link.teacher.preset.video, "3% loss is no reason to drop the video"
        # the relay's delay is seen once RTCP reports come (loss may step down before the first one)
        await until(lambda: max(f.rtt or 0 for f in link.figures) > 0.12, 20, "the relay's delay in the round trip")
        before = len(link.seen.seen)
        await until(lambda: link.seen.distinct_since(before) >= 15, 20, "video flowing on the poor link")

        link.relay.set_faults()  # type: ignore[union-attr]
        await until(lambda: link.teacher.preset == HIGH, 30, "the step back up on a good link")
        assert ceiling_of(sender) == HIGH.video_bitrate
        assert all(a <= b for a, b in zip(link.seen.seen, link.seen.seen[1:], strict=False))
        assert not any(link.dead.values())
    finally:
        await link.close()


async def test_a_dead_link_is_noticed_within_seconds_and_a_rebuilt_one_works(feed: CameraFeed) -> None:
    link = Link(feed, UdpFaultRelay())
    try:
        await join(link.teacher, link.classroom, link.relay)
        await until(lambda: link.seen.distinct_since(0) >= 10, 20, "video before the cut")
        link.relay.cut = True  # type: ignore[union-attr]
        await until(lambda: all(link.dead.values()), 10, "both sides noticing the dead link")
    finally:
        await link.close()
    rebuilt = Link(feed, UdpFaultRelay())
    try:
        await join(rebuilt.teacher, rebuilt.classroom, rebuilt.relay)
        await until(lambda: rebuilt.seen.distinct_since(0) >= 10, 20, "video on the rebuilt link")
    finally:
        await rebuilt.close()
