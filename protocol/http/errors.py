"""The hub's JSON error body, the reply to every request it refuses or fails."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from protocol.http.body import Body
from protocol.record import Record, optional


@dataclass(frozen=True)
class ErrorDetail(Record):
    """What went wrong, in plain (English) words."""

    status: int
    """The HTTP status again."""
    message: str
    field: str | None = optional()
    """Where in the request the fault is (a JSON path like results/7/pupil, or a query parameter)."""


@dataclass(frozen=True)
class ErrorBody(Body):
    """A refused or failed request (schema Error)."""

    SCHEMA: ClassVar[str] = "Error"
    error: ErrorDetail
