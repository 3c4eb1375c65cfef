"""The stage track: one format whatever it relays, nothing off stage, and a stalled source never holds it up."""

from __future__ import annotations

import asyncio
import fractions

import numpy as np
from aiortc import MediaStreamTrack
from aiortc.codecs.opus import OpusEncoder
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame

from media.stage_track import StageTrack
from tests.tone import TONE, tone_share


class Tone(MediaStreamTrack):
    """A 1 kHz tone in frames of any format, as fast as it is read."""

    kind = "audio"

    def __init__(self, rate: int, layout: str, samples: int, form: str = "s16") -> None:
        super().__init__()
        self._rate, self._layout, self._samples, self._format = rate, layout, samples, form
        self._sent = 0

    async def recv(self) -> AudioFrame:
        await asyncio.sleep(0)
        if self.readyState != "live":
            raise MediaStreamError  # as a real track ends: a relay of it stops reading
        t = (self._sent + np.arange(self._samples)) / self._rate
        wave = 0.3 * np.sin(2 * np.pi * TONE * t)
        channels = 2 if self._layout == "stereo" else 1
        if self._format == "s16":
            data = np.repeat((wave * 32767).astype(np.int16), channels).reshape(1, -1)  # packed: interleaved
        else:
            data = np.tile(wave.astype(np.float32), (channels, 1))  # planar: a plane per channel
        frame = AudioFrame.from_ndarray(data, format=self._format, layout=self._layout)
        frame.sample_rate, frame.pts, frame.time_base = self._rate, self._sent, fractions.Fraction(1, self._rate)
        self._sent += self._samples
        return frame


class Stalled(MediaStreamTrack):
    """A classroom's voice whose link stalled: nothing comes."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._stopped = asyncio.Event()

    def stop(self) -> None:
        super().stop()
        self._stopped.set()

    async def recv(self) -> AudioFrame:
        await self._stopped.wait()  # nothing comes until it ends
        raise MediaStreamError


async def test_the_stage_hands_out_one_format_whatever_it_relays_and_nothing_off_stage() -> None:
    stage, encoder = StageTrack(), OpusEncoder()
    sources = [
        Tone(48_000, "stereo", 960),  # a classroom's voice as aiortc decodes it
        Tone(44_100, "mono", 1024),
        Tone(16_000, "mono", 320, "fltp"),
        Tone(48_000, "mono", 480),
    ]
    frames: list[list[AudioFrame]] = []
    for source in sources:
        stage.set_source(source)
        frames.append([await stage.recv() for _ in range(15)])
        stage.set_source(None)  # nobody on stage: nothing to send
        waiting = asyncio.create_task(stage.recv())
        await asyncio.sleep(0.2)
        assert not waiting.done()
        waiting.cancel()
    stage.stop()
    handed = [frame for part in frames for frame in part]
    forms = {(f.format.name, f.layout.name, f.sample_rate, f.samples, f.time_base) for f in handed}
    assert forms == {("s16", "stereo", 48_000, 960, fractions.Fraction(1, 48_000))}
    assert [f.pts for f in handed] == [960 * i for i in range(len(handed))]
    packets = [encoder.encode(frame)[0] for frame in handed]  # what raised "Frame does not match AudioResampler setup"
    assert all(len(p) == 1 for p in packets)
    for part in frames:
        sound = np.concatenate([f.to_ndarray().reshape(-1, 2)[:, 0] for f in part[2:]]) / 32768
        assert tone_share(sound) > 0.9  # the tone comes through at its pitch


async def test_a_stalled_classroom_taken_off_stage_does_not_hold_up_the_next_one() -> None:
    stage, relay = StageTrack(), MediaRelay()
    stalled, tone = Stalled(), Tone(48_000, "stereo", 960)
    stage.set_source(relay.subscribe(stalled))
    first = asyncio.create_task(stage.recv())
    await asyncio.sleep(0.05)  # the stage waits on the stalled classroom
    stage.set_source(relay.subscribe(tone))
    async with asyncio.timeout(10):
        frames = [await first] + [await stage.recv() for _ in range(9)]
    stage.stop()
    stalled.stop()  # the classrooms' links end: the relay stops reading them
    tone.stop()
    sound = np.concatenate([f.to_ndarray().reshape(-1, 2)[:, 0] for f in frames]) / 32768
    assert tone_share(sound) > 0.9
