"""Where the main window was on the desktop when it last closed, kept in the data folder (window.json)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

FILE_NAME = "window.json"


@dataclass(frozen=True)
class WindowPlace:
    """The window's normal place and size (without its frame), and whether it was maximized."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False


def read_place(data_dir: Path) -> WindowPlace | None:
    """The place kept in data_dir; None when there is none or it cannot be read (the window then opens as new)."""
    path = data_dir / FILE_NAME
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        place = WindowPlace(**values)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as e:
        logger.warning("the window's place in %s cannot be read (%s); it opens at its default size", path, e)
        return None
    numbers = (place.x, place.y, place.width, place.height)
    whole = all(isinstance(n, int) and not isinstance(n, bool) for n in numbers)
    if not whole or min(place.width, place.height) <= 0 or not isinstance(place.maximized, bool):
        logger.warning("the window's place in %s is not a place: %s", path, values)
        return None
    return place


def keep_place(data_dir: Path, place: WindowPlace) -> None:
    """Keep place in data_dir for the next start; a disk that refuses is logged, never in the way of closing."""
    path = data_dir / FILE_NAME
    temporary = path.with_name(FILE_NAME + ".new")
    try:
        temporary.write_text(json.dumps(asdict(place)), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as e:
        logger.warning("the window's place could not be kept in %s: %s", path, e)
