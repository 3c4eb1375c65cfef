"""What the hub sends on the live socket, one record per message type (LiveFromHub in openapi.json)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, get_args

from protocol.live.parts import IceServer, Media, PeerView, SessionDescription, TeacherView
from protocol.record import Record, optional


@dataclass(frozen=True)
class Welcome(Record):
    """The socket is open, for this token."""

    KIND: ClassVar[str | None] = "welcome"
    name: str
    """The token's name."""
    role: str
    """"teacher" or "classroom"."""


@dataclass(frozen=True)
class Pong(Record):
    """The answer to a ping."""

    KIND: ClassVar[str | None] = "pong"


@dataclass(frozen=True)
class ErrorReply(Record):
    """The hub would not take a message; the socket stays open unless a join was refused."""

    KIND: ClassVar[str | None] = "error"
    code: str
    """What kind of error, for programs (docs/live-protocol.md lists them)."""
    message: str
    """What was wrong, in plain (English) words."""
    lesson: str | None = optional()
    retry_after: int | None = optional()
    """With too-many-tries: seconds to wait before this PC's next join."""


@dataclass(frozen=True)
class Started(Record):
    """To the teacher: the lesson is on."""

    KIND: ClassVar[str | None] = "started"
    lesson: str
    code: str
    peer: str
    """The teacher's own peer id."""
    resumed: bool
    stage: str | None
    ice_servers: tuple[IceServer, ...]
    media: Media


@dataclass(frozen=True)
class Joined(Record):
    """To a classroom: it is in the lesson."""

    KIND: ClassVar[str | None] = "joined"
    lesson: str
    code: str
    peer: str
    """This classroom's peer id."""
    teacher: TeacherView
    stage: str | None
    muted: bool
    hand: bool
    ice_servers: tuple[IceServer, ...]
    media: Media


@dataclass(frozen=True)
class Roster(Record):
    """To the teacher: the classrooms, whenever one joins, leaves, raises its hand or is muted."""

    KIND: ClassVar[str | None] = "roster"
    lesson: str
    peers: tuple[PeerView, ...]


@dataclass(frozen=True)
class TeacherPresence(Record):
    """To classrooms: the teacher's socket closed or came back."""

    KIND: ClassVar[str | None] = "teacher"
    lesson: str
    online: bool


@dataclass(frozen=True)
class Relayed(Record):
    """An offer or answer from another peer of the lesson."""

    KIND: ClassVar[str | None] = "signal"
    KEYS: ClassVar[dict[str, str]] = {"sender": "from"}
    lesson: str
    sender: str
    data: SessionDescription


@dataclass(frozen=True)
class HandState(Record):
    """To a classroom: its own hand is up or down now."""

    KIND: ClassVar[str | None] = "hand"
    lesson: str
    up: bool


@dataclass(frozen=True)
class Hands(Record):
    """To the teacher: raised hands, first raised first."""

    KIND: ClassVar[str | None] = "hands"
    lesson: str
    queue: tuple[str, ...]


@dataclass(frozen=True)
class ChatPosted(Record):
    """To everyone in the lesson, the sender too: a chat line."""

    KIND: ClassVar[str | None] = "chat"
    KEYS: ClassVar[dict[str, str]] = {"sender": "from"}
    lesson: str
    sender: str
    name: str
    text: str
    at: str
    """The hub's clock, UTC, ISO 8601."""


@dataclass(frozen=True)
class Muted(Record):
    """To a classroom: mute or unmute its microphone."""

    KIND: ClassVar[str | None] = "muted"
    lesson: str
    muted: bool
    by: str
    """"teacher" or "self"."""


@dataclass(frozen=True)
class StageChanged(Record):
    """To everyone: the classroom on stage, or none."""

    KIND: ClassVar[str | None] = "stage"
    lesson: str
    peer: str | None


@dataclass(frozen=True)
class QuizPushed(Record):
    """To everyone: a pop-up quiz, the catalog's Quiz object."""

    KIND: ClassVar[str | None] = "quiz"
    lesson: str
    quiz: dict[str, Any]


@dataclass(frozen=True)
class Results(Record):
    """To the teacher: new answers to a quiz pushed in this lesson (the hub's StoredResult objects)."""

    KIND: ClassVar[str | None] = "results"
    lesson: str
    quiz: str
    results: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Ended(Record):
    """To everyone: the lesson is over."""

    KIND: ClassVar[str | None] = "ended"
    lesson: str


HubMessage = (
    Welcome
    | Pong
    | ErrorReply
    | Started
    | Joined
    | Roster
    | TeacherPresence
    | Relayed
    | HandState
    | Hands
    | ChatPosted
    | Muted
    | StageChanged
    | QuizPushed
    | Results
    | Ended
)
FROM_HUB: tuple[type[HubMessage], ...] = get_args(HubMessage)
"""Every record the hub sends."""
