"""What a client sends on the live socket, one record per message type (LiveFromClient in openapi.json)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, get_args

from protocol.live.parts import SessionDescription
from protocol.record import Record, optional


@dataclass(frozen=True)
class Ping(Record):
    """Anyone: is the socket alive? The hub answers pong."""

    KIND: ClassVar[str | None] = "ping"


@dataclass(frozen=True)
class Start(Record):
    """Teacher: start a lesson (with this code, else one the hub picks), or resume its own."""

    KIND: ClassVar[str | None] = "start"
    code: str | None = optional()


@dataclass(frozen=True)
class Join(Record):
    """Classroom: join the lesson with this code."""

    KIND: ClassVar[str | None] = "join"
    code: str


@dataclass(frozen=True)
class SendSignal(Record):
    """An offer or answer for one peer of the lesson, relayed by the hub."""

    KIND: ClassVar[str | None] = "signal"
    to: str
    data: SessionDescription


@dataclass(frozen=True)
class RaiseHand(Record):
    """Classroom: raise (or lower) its own hand."""

    KIND: ClassVar[str | None] = "hand"
    up: bool


@dataclass(frozen=True)
class LowerHand(Record):
    """Teacher: lower one classroom's hand, or every hand without a peer."""

    KIND: ClassVar[str | None] = "lower_hand"
    peer: str | None = optional()


@dataclass(frozen=True)
class SendChat(Record):
    """Anyone in the lesson: a chat line for everyone."""

    KIND: ClassVar[str | None] = "chat"
    text: str


@dataclass(frozen=True)
class Mute(Record):
    """Teacher: mute or unmute the classroom peer. Classroom: itself (no peer)."""

    KIND: ClassVar[str | None] = "mute"
    muted: bool
    peer: str | None = optional()


@dataclass(frozen=True)
class SetStage(Record):
    """Teacher: bring a classroom on stage, or none."""

    KIND: ClassVar[str | None] = "stage"
    peer: str | None


@dataclass(frozen=True)
class PushQuiz(Record):
    """Teacher: push a catalog quiz to every classroom."""

    KIND: ClassVar[str | None] = "quiz"
    quiz: str
    """The quiz's id in the catalog."""


@dataclass(frozen=True)
class End(Record):
    """Teacher: end the lesson for everyone."""

    KIND: ClassVar[str | None] = "end"


ClientMessage = Ping | Start | Join | SendSignal | RaiseHand | LowerHand | SendChat | Mute | SetStage | PushQuiz | End
FROM_CLIENT: tuple[type[ClientMessage], ...] = get_args(ClientMessage)
"""Every record a client sends."""
