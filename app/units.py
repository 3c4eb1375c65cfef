"""Sizes and lengths as people read them."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def size_text(size: int) -> str:
    """Megabytes as the user's locale writes them."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat).replace(" ", "\u00a0")


def length_text(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
