"""The demo classroom's camera: a short clip of a drawn classroom (pupils who nod, a clock that turns), looped.

Rendered once with OpenCV into the demo's data folder and played as a camera file (media.camera), so a
PC without a camera shows a moving picture in the demo's live lesson. A render stopped half way leaves
no clip that later starts would keep: it is written under another name and moved into place.
"""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np

SIZE = (640, 480)
FPS = 15
FRAMES = 60
"""Four seconds, then again from the start: every movement makes whole turns in that time."""
NAME = "demo-camera-1.avi"
"""The clip's file; a new drawing gets a new number, so an old clip is not kept."""

WALL, BOARD, CHALK, DESK = (196, 222, 238), (70, 104, 52), (235, 240, 240), (70, 120, 170)
"""BGR."""
PUPILS = ((120, (80, 150, 230)), (250, (200, 120, 60)), (390, (90, 180, 120)), (520, (160, 90, 200)))
"""x of each pupil's head and the colour of their shirt."""


def demo_camera(folder: Path) -> Path:
    """The clip in folder, rendered there first if it is not there yet. Raises OSError if it cannot be written."""
    path = folder / NAME
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".partial-{NAME}"
    writer = cv2.VideoWriter(str(partial), cv2.VideoWriter.fourcc(*"MJPG"), FPS, SIZE)
    if not writer.isOpened():
        raise OSError(f"cannot write {partial}")
    try:
        for number in range(FRAMES):
            writer.write(picture(number / FRAMES))
    finally:
        writer.release()
    partial.replace(path)
    return path


def picture(turn: float) -> np.ndarray:
    """The classroom at this point of the loop (0 to 1)."""
    width, height = SIZE
    frame = np.empty((height, width, 3), np.uint8)
    frame[:] = WALL
    cv2.rectangle(frame, (150, 40), (490, 200), BOARD, -1)
    cv2.rectangle(frame, (150, 40), (490, 200), DESK, 6)
    cv2.putText(frame, "Demo classroom", (178, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.1, CHALK, 2, cv2.LINE_AA)
    cv2.putText(frame, "1 + 2 = 3", (250, 165), cv2.FONT_HERSHEY_SIMPLEX, 1.0, CHALK, 2, cv2.LINE_AA)
    angle = 2 * math.pi * turn - math.pi / 2
    cv2.circle(frame, (570, 80), 38, CHALK, -1)
    cv2.circle(frame, (570, 80), 38, DESK, 3)
    cv2.line(frame, (570, 80), (int(570 + 30 * math.cos(angle)), int(80 + 30 * math.sin(angle))), DESK, 3)
    for index, (x, shirt) in enumerate(PUPILS):
        nod = int(8 * math.sin(2 * math.pi * (2 * turn + index / len(PUPILS))))
        cv2.ellipse(frame, (x, 400), (52, 60), 0, 180, 360, shirt, -1)
        cv2.circle(frame, (x, 318 + nod), 34, (150, 185, 225), -1)
        cv2.ellipse(frame, (x, 306 + nod), (36, 26), 0, 180, 360, (40, 40, 50), -1)
    if turn < 0.5:  # a hand goes up, then down again
        cv2.line(frame, (292, 370), (300, 250 + int(60 * abs(turn - 0.25) * 4)), (150, 185, 225), 14)
    cv2.rectangle(frame, (0, 420), (width, height), DESK, -1)
    return frame
