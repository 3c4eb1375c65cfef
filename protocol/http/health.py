"""GET health: the hub's word that it is a hub and serving."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from protocol.http.body import Body


@dataclass(frozen=True)
class Health(Body):
    """The hub is up (schema Health)."""

    SCHEMA: ClassVar[str] = "Health"
    status: str
    """Always "ok"."""
    version: str
    """The hub's version (of the oo-classroom package)."""
