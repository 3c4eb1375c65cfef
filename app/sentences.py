"""Sentences put together for one line: a space after an English full stop, none after a Chinese one."""

from __future__ import annotations

FULL_WIDTH_ENDS = ("。", "！", "？", "）", "」")


def sentences(*parts: str) -> str:
    """The non-empty parts as one text: "Saved. Restart." and 「已儲存。請重新啟動。」."""
    text = ""
    for part in filter(None, parts):
        text += part if not text or text.endswith(FULL_WIDTH_ENDS) else " " + part
    return text
