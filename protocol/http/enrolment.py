"""GET enrolment: who a token belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from protocol.http.body import Body


@dataclass(frozen=True)
class Enrolment(Body):
    """Who a token belongs to, and a classroom's pupils (schema Enrolment)."""

    SCHEMA: ClassVar[str] = "Enrolment"
    name: str
    """The token's name."""
    role: str
    """"teacher" or "classroom"."""
    roster: tuple[str, ...]
    """Pupils' names in the order the admin gave them; empty for a teacher."""
