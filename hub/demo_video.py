"""Generate a demo lesson video (H.264/AAC MP4) with PyAV, without downloading anything.

The picture is a moving seed-coloured gradient with a bouncing ball, a progress bar,
burnt-in English and Traditional Chinese titles, the current slide and a timecode.
The sound is a soft sine melody whose notes change with each slide.
"""

from __future__ import annotations

import colorsys
import logging
import math
import os
import random
from collections.abc import Sequence
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import VideoReformatter
from PIL import Image, ImageDraw, ImageFont

logger = logging.getLogger(__name__)

SAMPLE_RATE = 48_000
FONT_FILES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
)
TC_FACE_INDEX = 3  # the ttc holds jp, kr, sc, tc, hk; tc is the fourth face
PENTATONIC = (0, 2, 4, 7, 9, 12, 14, 16)  # semitones: any mix of these sounds pleasant

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Layer = tuple[np.ndarray, np.ndarray, int, int]  # premultiplied rgb, 256 - alpha, x, y


def load_fonts(height: int) -> tuple[Font, Font, Font]:
    """Title, body and timecode fonts, loaded once per video."""
    sizes = (round(height * 26 / 360), round(height * 22 / 360), round(height / 20))
    found = [font_file for font_file in FONT_FILES if font_file.exists()]
    fonts: list[Font]
    if found:
        fonts = [ImageFont.truetype(str(found[0]), size, index=TC_FACE_INDEX) for size in sizes]
    else:
        logger.warning("noto cjk font not found in %s, chinese text will not render", FONT_FILES[0].parent)
        fonts = [ImageFont.load_default(size=size) for size in sizes]
    return fonts[0], fonts[1], fonts[2]


def wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, max_width: int) -> list[str]:
    # english breaks at spaces, chinese may break between any two characters
    sep = " " if " " in text else ""
    words = text.split(" ") if sep else list(text)
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line}{sep}{word}" if line else word
        if line and draw.textlength(candidate, font=font) > max_width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def crop_layer(image: Image.Image) -> Layer:
    # only the painted box is blended each frame, and the multiply by alpha is done once here
    box = image.getbbox() or (0, 0, 1, 1)
    pixels = np.asarray(image.crop(box)).astype(np.uint16)
    alpha = pixels[:, :, 3:4] + (pixels[:, :, 3:4] >> 7)  # 0..256 so blend can shift instead of divide
    return pixels[:, :, :3] * alpha, 256 - alpha, box[0], box[1]


def blend(frame: np.ndarray, premultiplied: np.ndarray, inverse_alpha: np.ndarray, x: int, y: int) -> None:
    h, w = inverse_alpha.shape[:2]
    region = frame[y : y + h, x : x + w]
    region[:] = (premultiplied + region * inverse_alpha) >> 8


def text_layer(
    width: int, height: int, fonts: tuple[Font, Font, Font], titles: tuple[str, str], slide: tuple[str, str]
) -> Layer:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = height / 360
    title_font, body_font = fonts[0], fonts[1]
    for row, title in enumerate(titles):
        position = (width / 2, (12 + 36 * row) * unit)
        draw.text(position, title, font=title_font, fill="white", anchor="ma", stroke_width=2, stroke_fill="black")
    lines = wrap(draw, slide[0], body_font, int(width * 0.8)) + wrap(draw, slide[1], body_font, int(width * 0.8))
    line_height = round(32 * unit)
    top = round(height * 0.55 - line_height * len(lines) / 2)
    # a translucent panel keeps the slide readable over any background colour
    panel = (width * 0.06, top - 10 * unit, width * 0.94, top + line_height * len(lines) + 6 * unit)
    draw.rounded_rectangle(panel, radius=12, fill=(0, 0, 0, 150))
    for i, line in enumerate(lines):
        draw.text((width / 2, top + i * line_height), line, font=body_font, fill=(255, 240, 200, 255), anchor="ma")
    return crop_layer(image)


def timecode_layer(width: int, height: int, font: Font, second: int) -> Layer:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    text = f"{second // 60:02d}:{second % 60:02d}"
    draw = ImageDraw.Draw(image)
    draw.text(
        (width - 10, height - 14), text, font=font, fill="white", anchor="rd", stroke_width=2, stroke_fill="black"
    )
    return crop_layer(image)


def background(width: int, height: int, rng: random.Random) -> np.ndarray:
    # twice as wide as the frame and periodic, so each frame is just a moving slice
    hues = [rng.random() for _ in range(3)]
    colours = np.array([colorsys.hsv_to_rgb(h, 0.6, 0.5) for h in hues]) * 255
    x = np.arange(2 * width) / width
    mix = (0.5 + 0.5 * np.cos(2 * math.pi * x))[:, None]
    row = colours[0] * mix + colours[1] * (1 - mix)
    fade = (np.arange(height) / height)[:, None, None] * 0.6
    image: np.ndarray = (row[None, :, :] * (1 - fade) + colours[2] * fade).astype(np.uint8)
    return image


def ball_sprite(diameter: int, colour: tuple[int, int, int]) -> Layer:
    image = Image.new("RGBA", (diameter * 4, diameter * 4), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((0, 0, diameter * 4 - 1, diameter * 4 - 1), fill=(*colour, 255))
    # drawn 4x and scaled down for smooth edges
    return crop_layer(image.resize((diameter, diameter), Image.Resampling.LANCZOS))


def melody(n_samples: int, slide_count: int, rng: random.Random) -> np.ndarray:
    t = np.arange(n_samples) / SAMPLE_RATE
    per_slide = n_samples / slide_count
    note_seconds = 0.5
    note_len = int(SAMPLE_RATE * note_seconds)
    # cycling through a shuffled scale means neighbouring slides never share a root note
    order = rng.sample(PENTATONIC[:5], 5)
    roots = [order[i % 5] for i in range(slide_count)]
    pattern = [rng.choice(PENTATONIC) for _ in range(4)]
    out = np.zeros(n_samples)
    for start in range(0, n_samples, note_len):
        slide = min(int(start / per_slide), slide_count - 1)
        semitone = roots[slide] + pattern[(start // note_len) % len(pattern)]
        freq = 220.0 * 2 ** (semitone / 12)
        seg = t[start : start + note_len] - t[start]
        # quick attack, exponential decay and a short release: a soft pluck with no clicks between notes
        envelope = np.minimum(seg / 0.01, 1.0) * np.exp(-seg * 5) * np.minimum((note_seconds - seg) / 0.02, 1.0)
        tone = np.sin(2 * math.pi * freq * seg) + 0.3 * np.sin(4 * math.pi * freq * seg)
        out[start : start + note_len] = 0.3 * envelope * tone
    return out.astype(np.float32)


def render_lesson_video(
    path: Path,
    *,
    title_en: str,
    title_zh: str,
    slides: Sequence[tuple[str, str]],
    seconds: float,
    seed: int,
    width: int = 640,
    height: int = 360,
    fps: int = 15,
) -> None:
    """Write an H.264/AAC MP4 lesson video to path.

    It is written to path + '.part' and then renamed, so a killed run leaves no half file at path.
    """
    if not slides or seconds <= 0 or fps <= 0 or width <= 0 or height <= 0 or width % 2 or height % 2:
        raise ValueError("need at least one slide, positive seconds and fps, and even positive width/height")
    path = Path(path)
    part = path.with_name(path.name + ".part")
    rng = random.Random(seed)
    n_frames = max(1, round(seconds * fps))
    n_samples = n_frames * SAMPLE_RATE // fps  # audio ends exactly where the video ends
    bg = background(width, height, rng)
    red, green, blue = colorsys.hsv_to_rgb(rng.random(), 0.7, 1.0)
    ball = ball_sprite(height // 8, (int(red * 255), int(green * 255), int(blue * 255)))
    audio = melody(n_samples, len(slides), rng)
    try:
        # the name ends in .part, so the mp4 muxer must be named explicitly
        with av.open(str(part), "w", format="mp4", container_options={"movflags": "+faststart"}) as container:
            video = container.add_stream("libx264", rate=fps)
            video.width, video.height, video.pix_fmt = width, height, "yuv420p"
            video.codec_context.gop_size = 2 * fps
            # fixed gop (no scene-cut keyframes) and one thread so output is reproducible
            keyint = f"keyint={2 * fps}:min-keyint={2 * fps}:scenecut=0"
            video.codec_context.options = {
                "preset": "veryfast",
                "crf": "26",
                "tune": "animation",
                "x264-params": keyint,
            }
            video.codec_context.thread_count = 1
            sound = container.add_stream("aac", rate=SAMPLE_RATE, layout="mono")
            sound.bit_rate = 96_000
            fonts = load_fonts(height)
            write_frames(container, video, sound, audio, bg, ball, n_frames, fps, fonts, (title_en, title_zh), slides)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    logger.info("rendered %s (%.1f s, %d bytes)", path, n_frames / fps, path.stat().st_size)


def write_frames(
    container: av.container.OutputContainer,
    video: av.VideoStream,
    sound: av.AudioStream,
    audio: np.ndarray,
    bg: np.ndarray,
    ball: Layer,
    n_frames: int,
    fps: int,
    fonts: tuple[Font, Font, Font],
    titles: tuple[str, str],
    slides: Sequence[tuple[str, str]],
) -> None:
    height, width = bg.shape[0], bg.shape[1] // 2
    size = ball[1].shape[0]
    bar_height = max(4, height // 60)
    layers: dict[int, Layer] = {}
    timecodes: dict[int, Layer] = {}
    to_yuv = VideoReformatter()  # one for all frames: a frame's own reformat() sets up a converter each time
    audio_pos = 0
    for i in range(n_frames):
        slide = min(i * len(slides) // n_frames, len(slides) - 1)
        second = i // fps
        if slide not in layers:
            layers = {slide: text_layer(width, height, fonts, titles, slides[slide])}
        if second not in timecodes:
            timecodes = {second: timecode_layer(width, height, fonts[2], second)}
        offset = (i * 4) % width
        frame = bg[:, offset : offset + width].copy()
        # triangle wave across, bouncing arc up and down
        phase = (i / (fps * 6)) % 1.0
        x = round((1 - abs(2 * phase - 1)) * (width - size))
        y = round((height - size - bar_height - 2) * (1 - abs(math.sin(i * math.pi / fps))))
        blend(frame, ball[0], ball[1], x, y)
        frame[height - bar_height :, : round(width * (i + 1) / n_frames)] = (255, 200, 60)
        blend(frame, *layers[slide])
        blend(frame, *timecodes[second])
        out = to_yuv.reformat(av.VideoFrame.from_ndarray(frame, format="rgb24"), format="yuv420p")
        out.pts = i
        container.mux(video.encode(out))
        # keep audio in step with video so the file plays while still downloading
        audio_pos = write_audio(container, sound, audio, audio_pos, (i + 1) * SAMPLE_RATE // fps)
    write_audio(container, sound, audio, audio_pos, len(audio))
    container.mux(video.encode(None))
    container.mux(sound.encode(None))


def write_audio(
    container: av.container.OutputContainer, sound: av.AudioStream, audio: np.ndarray, start: int, end: int
) -> int:
    """Encode audio[start:end] in whole aac frames and return where it stopped."""
    chunk = 1024  # the aac encoder's frame size; only the very last frame may be shorter
    while start < end and (end - start >= chunk or end == len(audio)):
        frame = av.AudioFrame.from_ndarray(audio[None, start : start + chunk], format="fltp", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        container.mux(sound.encode(frame))
        start += chunk
    return start
