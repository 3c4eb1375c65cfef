"""The picture side of a transcode: decoded frames turned upright, scaled, their rate capped, encoded to H.264.

The encoder settings are chosen in bench/RESULTS.md ("Transcoding"): CRF with a capped rate, so a still slide
costs little and a busy picture stays under the cap a 1 Mbit/s classroom link can carry.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import av.container
import av.filter

from hub.probe import Source
from hub.title_card import title_card

LONG_SIDE, SHORT_SIDE = 854, 480
"""The largest picture: 854x480 lying, 480x854 standing."""
MAX_RATE = 30
"""Pictures a second at most: a 60 fps screen recording keeps every other picture."""
KEY_SECONDS = 2
"""A key frame every 2 s: a seek lands within 2 s, a download resumes at most 2 s back."""
X264_OPTIONS = {"preset": "medium", "crf": "26", "maxrate": "600k", "bufsize": "1200k"}
"""Quality 26 where the picture allows it, never above 600 kbit/s for long (a 2 s buffer): bench/RESULTS.md."""
STILL_RATE = 1
"""Pictures a second of a sound-only lecture's still: one is enough, at almost no cost."""
THUMBNAIL_AT = 2.0
"""Seconds into the video of the thumbnail picture (or the middle of a shorter one)."""

TURNS = {1: ["transpose=cclock"], 2: ["hflip", "vflip"], 3: ["transpose=clock"]}
"""Filters for quarter turns counter-clockwise (frame.rotation / 90), as the ffmpeg command line autorotates."""


def output_rate(declared: Fraction | None) -> Fraction:
    """The source's rate halved until it is at most MAX_RATE (60 -> 30, 50 -> 25), so pictures are dropped evenly."""
    rate = Fraction(declared) if declared else Fraction(MAX_RATE)
    while rate > MAX_RATE:
        rate /= 2
    return rate


def fit(width: int, height: int) -> tuple[int, int]:
    """The largest even size inside 854x480 (or 480x854 standing) with the aspect of width x height, never larger."""
    box_w, box_h = (LONG_SIDE, SHORT_SIDE) if width >= height else (SHORT_SIDE, LONG_SIDE)
    scale = min(1.0, box_w / width, box_h / height)
    return max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)


def add_h264(out: av.container.OutputContainer, rate: Fraction) -> av.VideoStream:
    """An H.264 stream with the lesson settings and a key frame every KEY_SECONDS (its size still to set)."""
    stream = out.add_stream("libx264", rate=rate)
    stream.pix_fmt = "yuv420p"
    gop = max(1, round(KEY_SECONDS * rate))
    stream.codec_context.gop_size = gop
    # a fixed GOP, no extra key frames at scene cuts, so seeks and resumed downloads land every 2 s
    stream.codec_context.options = {**X264_OPTIONS, "x264-params": f"keyint={gop}:min-keyint={gop}:scenecut=0"}
    return stream


class VideoWriter:
    """Turns, scales and re-times decoded pictures through one filter graph and encodes them; keeps a thumbnail."""

    def __init__(self, out: av.container.OutputContainer, source: Source, thumbnail: Path) -> None:
        assert source.video is not None
        source.video.codec_context.thread_type = "AUTO"
        self._out = out
        self._source = source.video
        self._rate = output_rate(source.rate)
        self._stream = add_h264(out, self._rate)  # before the sound's stream: the picture is stream 0
        self._thumbnail = thumbnail
        self._thumbnail_at: float | None = min(THUMBNAIL_AT, (source.duration or 0) / 2)
        self._graph: av.filter.Graph | None = None
        self.size = (0, 0)

    @property
    def started(self) -> bool:
        """Whether the stream is set up (from the first picture: its turn is known only then)."""
        return self._graph is not None

    def add(self, frame: av.VideoFrame, at: float) -> None:
        """Encode frame, shown at seconds from the start."""
        if self._graph is None:
            self._start(frame)
        assert self._graph is not None and frame.time_base is not None
        frame.pts = round(at / frame.time_base)
        self._graph.vpush(frame)
        self._drain()

    def finish(self, end: float) -> None:
        """Encode what the filters still hold, then what the encoder holds."""
        if self._graph is not None:
            self._graph.vpush(None)
            self._drain()
            self._out.mux(self._stream.encode(None))

    def _start(self, frame: av.VideoFrame) -> None:
        turns = round(frame.rotation / 90) % 4
        sar = self._source.codec_context.sample_aspect_ratio or Fraction(1)
        width, height = round(frame.width * sar), frame.height
        if turns % 2:
            width, height = height, width
        self.size = fit(width, height)
        self._stream.width, self._stream.height = self.size
        graph = av.filter.Graph()
        nodes = [
            graph.add_buffer(width=frame.width, height=frame.height, format=frame.format, time_base=frame.time_base)
        ]
        steps = [*TURNS.get(turns, []), f"scale={self.size[0]}:{self.size[1]}", "setsar=1", f"fps={self._rate}"]
        for step in [*steps, "format=yuv420p"]:
            name, _, args = step.partition("=")
            nodes.append(graph.add(name, args or None))
        nodes.append(graph.add("buffersink"))
        graph.link_nodes(*nodes).configure()
        self._graph = graph

    def _drain(self) -> None:
        assert self._graph is not None
        while True:
            try:
                frame = self._graph.vpull()
            except (BlockingIOError, EOFError):
                return
            if self._thumbnail_at is not None and frame.time is not None and frame.time >= self._thumbnail_at:
                frame.to_image().save(self._thumbnail, format="JPEG", quality=85)
                self._thumbnail_at = None
            frame.pict_type = av.video.frame.PictureType.NONE
            self._out.mux(self._stream.encode(frame))


class StillWriter:
    """The one picture a sound-only lecture is shown with, repeated STILL_RATE times a second."""

    def __init__(self, out: av.container.OutputContainer, name: str, thumbnail: Path) -> None:
        self.size = (LONG_SIDE, SHORT_SIDE)
        self.started = True
        card = title_card(Path(name).stem, *self.size)  # the lecture's name without .mp3
        card.save(thumbnail, format="JPEG", quality=85)
        self._out = out
        self._stream = add_h264(out, Fraction(STILL_RATE))
        self._stream.width, self._stream.height = self.size
        self._frame = av.VideoFrame.from_image(card).reformat(format="yuv420p")
        self._written = 0

    def advance(self, at: float) -> None:
        """Show the picture up to seconds from the start."""
        while self._written <= at * STILL_RATE:
            self._frame.pts, self._frame.time_base = self._written, Fraction(1, STILL_RATE)
            self._out.mux(self._stream.encode(self._frame))
            self._written += 1

    def finish(self, end: float) -> None:
        """Show the picture to the end of the sound, then encode what the encoder holds."""
        self.advance(end - 1 / STILL_RATE)
        self._out.mux(self._stream.encode(None))
