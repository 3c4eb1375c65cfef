"""Errors a person must be told about; each message says what happened and what to do."""

from __future__ import annotations

from media.errors import ClassroomError


class ConfigError(ClassroomError):
    """The config file cannot be used as it is."""


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
