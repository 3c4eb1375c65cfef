"""Helpers for live-lesson tests: real aiortc peers on 127.0.0.1, joined directly or through a relay."""

from __future__ import annotations

from media.peer import Description, Peer
from tests.camera_video import frame_number
from tests.udp_fault_relay import UdpFaultRelay


async def join(teacher: Peer, classroom: Peer, relay: UdpFaultRelay | None = None) -> None:
    """Offer from the teacher's side, answer from the classroom's, as signaling would carry them."""

    async def through(description: Description) -> Description:
        return await relay.rewrite(description) if relay is not None else description

    offer = await through(await teacher.create_offer())
    answer = await through(await classroom.accept_offer(offer))
    await teacher.accept_answer(answer)


class Numbers:
    """The frame numbers of the pictures a peer received, in order of arrival."""

    def __init__(self) -> None:
        self.seen: list[int] = []

    def __call__(self, pixels: object) -> None:
        self.seen.append(frame_number(pixels))  # type: ignore[arg-type]

    def distinct_since(self, start: int) -> int:
        return len(set(self.seen[start:]))


def in_order(numbers: list[int]) -> bool:
    return all(a <= b for a, b in zip(numbers, numbers[1:], strict=False)) and numbers[-1] > numbers[0]
