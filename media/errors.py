"""Errors of the client's lower layers a person must be told about; each message says what happened and what to do."""

from __future__ import annotations


class ClassroomError(Exception):
    """Something went wrong that the user or IT staff can act on."""


class HubUnreachable(ClassroomError):
    """The hub cannot be reached: no network, wrong address, or the hub is down."""


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
