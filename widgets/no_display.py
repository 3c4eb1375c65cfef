"""Before the window: a PC with no display gets a sentence saying so, not Qt's abort about xcb plugins."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def has_display() -> bool:
    """Whether Qt can open a window here: a platform chosen (QT_QPA_PLATFORM) or an X11 or Wayland display."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def no_display_message() -> str:
    return translate(
        "main",
        "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. Start"
        " O&O Classroom on the PC's desktop; or with no window at all: QT_QPA_PLATFORM=offscreen oo-classroom;"
        " or on a virtual screen: xvfb-run -a oo-classroom.",
    )
