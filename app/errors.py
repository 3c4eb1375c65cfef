"""Errors a person must be told about; each message says what happened and what to do."""

from __future__ import annotations


class ClassroomError(Exception):
    """Something went wrong that the user or IT staff can act on."""


class ConfigError(ClassroomError):
    """The config file cannot be used as it is."""


class HubUnreachable(ClassroomError):
    """The hub cannot be reached: no network, wrong address, or the hub is down."""


class HubError(ClassroomError):
    """The hub answered, but not with something this client can use."""


class BatchRefused(HubError):
    """The hub refused a whole batch of answers (HTTP 400 or 413, in its own JSON error format)."""

    def __init__(self, message: str, detail: str, item: int | None) -> None:
        super().__init__(message)
        self.detail = detail
        """The hub's own sentence (English)."""
        self.item = item
        """The position in the batch of the answer the hub named, if it named one."""


class MediaServerError(ClassroomError):
    """The lesson's media server (Janus) refused this client or cannot be reached."""


class CacheFull(ClassroomError):
    """The disk holding the video cache is full; nothing half-written was kept."""


class CacheCorrupt(ClassroomError):
    """A video in the cache is not the one the catalog describes, or vanished while open."""


class DeviceUnavailable(ClassroomError):
    """A camera, microphone or speaker cannot be opened or stopped working."""


class VideoUnreadable(ClassroomError):
    """A lesson video cannot be decoded: damaged, cut short or not a video at all."""
