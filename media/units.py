"""Sizes and lengths as people read them."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale


def size_text(size: int) -> str:
    """Megabytes as the user's locale writes them."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat).replace(" ", "\u00a0")


def clock_text(seconds: float) -> str:
    """0:07, 1:23 or 2:00:00: whole seconds passed, as a video player counts them (lengths too)."""
    whole = max(math.floor(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def wait_text(seconds: float) -> str:
    """A wait as people say it: less than a minute, about 3 min, about 2 h."""
    if seconds < 60:
        return QCoreApplication.translate("units", "less than a minute")
    minutes = math.ceil(seconds / 60)
    if minutes < 120:
        return QCoreApplication.translate("units", "about {minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("units", "about {hours} h").format(hours=round(minutes / 60))
