"""The base of the HTTP API's bodies: a record that names its schema in protocol/openapi.json."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from protocol.record import Record


@dataclass(frozen=True)
class Body(Record):
    """A whole request or reply body of the HTTP API; SCHEMA is its name in components/schemas."""

    SCHEMA: ClassVar[str] = ""
