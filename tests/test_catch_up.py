"""Received video catches up after a stall: aiortc's jitter buffer stays behind, ours does not."""

from __future__ import annotations

from aiortc.jitterbuffer import JitterBuffer
from aiortc.rtp import RtpPacket

from media.catch_up import MAX_BACKLOG, VIDEO_CLOCK, CatchingUpJitterBuffer

FRAME = VIDEO_CLOCK // 7  # the LOW preset: 7 frames a second, about one packet each
KEY_EVERY = 15


def packet(number: int) -> RtpPacket:
    sent = RtpPacket(
        payload_type=96, sequence_number=number % 65536, timestamp=(3_000_000_000 + number * FRAME) % (1 << 32)
    )
    nal = 0x65 if number % KEY_EVERY == 0 else 0x41  # an IDR slice every KEY_EVERY frames, else a P slice
    sent._data = bytes([0, 0, 0, 1, nal, number % 256])  # type: ignore[attr-defined]  # depayloaded, Annex B
    return sent


def lag_after_a_stall(buffer: JitterBuffer) -> tuple[list[float], bool]:
    """Packet 10 comes 2 s late; then one packet a frame for 10 s. How far behind the newest packet
    each handed-on frame is, in seconds, over the last second; and whether a key frame was asked for."""
    order = list(range(10)) + list(range(11, 25)) + [10] + list(range(25, 95))
    lags, asked = [], False
    for number in order:
        pli, frame = buffer.add(packet(number))
        asked = asked or pli
        if frame is not None and number > 85:
            lags.append(((packet(number).timestamp - frame.timestamp) % (1 << 32)) / VIDEO_CLOCK)
    return lags, asked


def test_a_stall_leaves_aiortcs_buffer_behind_for_good_and_ours_catches_up_with_a_key_frame() -> None:
    theirs, _ = lag_after_a_stall(JitterBuffer(capacity=512, is_video=True))
    assert theirs and min(theirs) > 1.5  # still ~2 s behind, 10 s later
    buffer = CatchingUpJitterBuffer()
    ours, asked = lag_after_a_stall(buffer)
    assert ours and max(ours) <= MAX_BACKLOG and asked and buffer.dropped == 1


def test_an_ordinary_stream_with_a_short_hiccup_passes_as_aiortcs_would() -> None:
    order = list(range(5)) + [6, 5] + list(range(7, 40))  # one packet a frame late: within the bound
    ours, theirs = CatchingUpJitterBuffer(), JitterBuffer(capacity=512, is_video=True)
    handed = [(ours.add(packet(n)), theirs.add(packet(n))) for n in order]
    for (pli, frame), (their_pli, their_frame) in handed:
        assert pli == their_pli
        assert (frame.timestamp, frame.data) == (their_frame.timestamp, their_frame.data) if frame else not their_frame
    assert ours.dropped == 0 and sum(frame is not None for (_, frame), _ in handed) == 38


def test_after_a_drop_the_key_frame_has_time_to_come_before_another_drop() -> None:
    """The key frame asked for may itself come late (its lost packets retransmitted): within GRACE
    it is handed on, not dropped again; a backlog still there after GRACE goes at the next frame."""
    buffer = CatchingUpJitterBuffer()
    late_again = 30  # the key frame after the first catch-up, 1 s late: inside GRACE
    order = list(range(10)) + list(range(11, 25)) + [10] + list(range(25, late_again))
    order += list(range(late_again + 1, late_again + 8)) + [late_again] + list(range(late_again + 8, 120))
    handed: list[int] = []
    for number in order:
        _, frame = buffer.add(packet(number))
        if frame is not None:
            handed.append(frame.data[-1])
            if late_again <= number <= late_again + 8:
                assert buffer.dropped == 1  # the late key frame was let through
    assert late_again in handed and buffer.dropped == 2
    jumps = [(a, b) for a, b in zip(handed, handed[1:], strict=False) if b != a + 1]
    assert len(jumps) == 2 and jumps[0] == (8, late_again)  # the first catch-up resumes at the late key frame
    assert all(b % KEY_EVERY == 0 for _, b in jumps)  # every catch-up resumes at a key frame: no garbage decoded
    newest = packet(order[-1]).timestamp
    last = packet(handed[-1]).timestamp
    assert ((newest - last) % (1 << 32)) / VIDEO_CLOCK <= MAX_BACKLOG  # caught up again after GRACE


def test_a_small_backlog_that_stays_is_dropped_too() -> None:
    """One packet two frames late: aiortc stays two frames (0.3 s at 7 fps) behind for good."""
    order = list(range(10)) + [11, 12, 10] + list(range(13, 80))
    for buffer, stays_behind in ((JitterBuffer(capacity=512, is_video=True), True), (CatchingUpJitterBuffer(), False)):
        last = None
        for number in order:
            _, frame = buffer.add(packet(number))
            last = frame or last
        assert last is not None
        behind = ((packet(order[-1]).timestamp - last.timestamp) % (1 << 32)) // FRAME
        assert behind == (3 if stays_behind else 1), type(buffer).__name__  # 1: the frame just released
