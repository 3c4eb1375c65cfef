"""The one still picture a sound-only lecture is shown with: its file name on a quiet background."""

from __future__ import annotations

from PIL import Image, ImageDraw

from hub.demo_video import load_fonts, wrap


def title_card(name: str, width: int, height: int) -> Image.Image:
    """An RGB picture of width x height with name (the lecture's file name, any script) centred on it."""
    image = Image.new("RGB", (width, height), (28, 52, 74))
    draw = ImageDraw.Draw(image)
    title_font, body_font, _ = load_fonts(height)
    lines = wrap(draw, name, title_font, int(width * 0.85))
    line_height = round(height * 40 / 360)
    top = round(height * 0.45 - line_height * len(lines) / 2)
    for i, line in enumerate(lines):
        draw.text((width / 2, top + i * line_height), line, font=title_font, fill="white", anchor="ma")
    draw.text((width / 2, height * 0.8), "♪", font=body_font, fill=(255, 220, 140), anchor="mm")
    return image
