"""The media type of a lesson's file, told by its extension."""

from __future__ import annotations

from pathlib import Path

TYPES = {
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".ts": "video/mp2t",
    ".mpg": "video/mpeg",
    ".mpeg": "video/mpeg",
    ".avi": "video/x-msvideo",
    ".wmv": "video/x-ms-wmv",
    ".ogv": "video/ogg",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
}
"""Media types by file extension; written out, as the system's tables disagree (.ts is a Qt
translation file in some)."""


def content_type(path: Path) -> str:
    return TYPES.get(path.suffix.lower(), "application/octet-stream")
