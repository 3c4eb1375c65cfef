"""A lesson video as the hub's catalog describes it, and as the cache holds it: state and why it failed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REASONS = {
    "bad_data": QT_TRANSLATE_NOOP(
        "cache",
        "The hub kept sending data that does not match the catalog ({tries} tries): the video may have"
        " changed on the hub, or the link damages data. It is tried again at the next sync.",
    ),
    "checksum": QT_TRANSLATE_NOOP(
        "cache", "The downloaded video did not match its checksum and was deleted; it downloads again at the next sync."
    ),
    "quota": QT_TRANSLATE_NOOP(
        "cache",
        "No room for this video ({size}) within the video storage limit ({quota}): videos that stay"
        " (pinned, playing or just downloaded) use {kept}. Unpin or remove lessons, or ask IT staff"
        " to raise [storage] quota.",
    ),
    "gone": QT_TRANSLATE_NOOP(
        "cache",
        "The hub does not have this video's file. It is tried again at the next sync; if it stays"
        " missing, tell the hub's administrator.",
    ),
}
# a reason already in the user's words (a HubUnreachable, HubError or CacheFull message): args["message"]
MESSAGE = "message"


class VideoState(Enum):
    """Where a video stands on this PC."""

    REMOTE = "remote"
    DOWNLOADING = "downloading"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True)
class CatalogVideo:
    """A video as the hub's catalog describes it (protocol/openapi.json, Video)."""

    id: str
    """The video's id in the catalog (a lesson's video)."""
    url: str
    """Where to GET it, relative to the hub or absolute."""
    size: int
    """Bytes of the whole file."""
    sha256: str
    """Of the whole file, lowercase hex."""
    chunk_size: int
    """Bytes per chunk; the last chunk may be shorter."""
    chunks: tuple[str, ...] = ()
    """sha256 of each chunk, in order; empty when the catalog leaves them out (a hub of today does: the
    downloader fetches them from GET videos/{id}/chunks when the video starts downloading)."""

    @classmethod
    def from_catalog(cls, video: dict[str, Any]) -> CatalogVideo:
        chunks = tuple(video.get("chunks", ()))
        return cls(video["id"], video["url"], video["size"], video["sha256"], video["chunk_size"], chunks)

    def chunk_length(self, index: int) -> int:
        return min(self.chunk_size, self.size - index * self.chunk_size)


@dataclass(frozen=True)
class VideoStatus:
    """One video as the cache holds it."""

    id: str
    """The video's id in the catalog."""
    state: VideoState
    """On the hub, downloading, on this PC, or failed."""
    size: int
    """Bytes of the whole file."""
    verified: int
    """Bytes kept, all verified, from the start of the file."""
    etag: str | None
    """The hub's ETag of the version the kept bytes came from."""
    pinned: bool
    """Never evicted to make room."""
    last_watched: float | None
    """Unix time it was last played, or None."""
    reason_code: str | None
    """Why it failed: a key of REASONS or MESSAGE, with reason_args."""
    reason_args: dict[str, Any]
    """The placeholders of the reason's text."""

    @property
    def reason(self) -> str:
        """Why it failed, in the user's language; "" when it did not."""
        if self.reason_code is None:
            return ""
        if self.reason_code == MESSAGE:
            return str(self.reason_args["message"])
        return QCoreApplication.translate("cache", str(REASONS[self.reason_code])).format(**self.reason_args)
