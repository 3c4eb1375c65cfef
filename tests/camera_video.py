"""A video file that stands in for a camera: every frame carries its number, written and as a bar code."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

BITS = 8
SQUARE = 16
"""Side of one bar code square in pixels: large enough to survive JPEG."""


def numbered_video(path: Path, frames: int = 30, fps: int = 15, size: tuple[int, int] = (320, 240)) -> Path:
    """An MJPEG .avi of `frames` colourful frames; frame i shows "i" and i as BITS black/white squares."""
    width, height = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    assert writer.isOpened()
    x, y = np.meshgrid(np.linspace(0, 255, width), np.linspace(0, 255, height))
    for i in range(frames):
        picture = np.dstack([x, y, np.full_like(x, 128)]).astype(np.uint8)  # BGR: a blue-green-red sweep
        angle = 2 * np.pi * i / frames
        centre = (int(width / 2 + width / 4 * np.cos(angle)), int(height / 2 + height / 4 * np.sin(angle)))
        cv2.circle(picture, centre, height // 8, (255, 255, 255), -1)
        cv2.putText(picture, str(i), (10, height - 14), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (0, 0, 0), 3)
        for bit in range(BITS):
            shade = 255 if i >> bit & 1 else 0
            picture[:SQUARE, bit * SQUARE : (bit + 1) * SQUARE] = shade
        writer.write(picture)
    writer.release()
    return path


def frame_number(pixels: np.ndarray) -> int:
    """The number a frame of numbered_video carries."""
    number = 0
    for bit in range(BITS):
        square = pixels[2 : SQUARE - 2, bit * SQUARE + 2 : (bit + 1) * SQUARE - 2]
        if square.mean() > 128:
            number |= 1 << bit
    return number
