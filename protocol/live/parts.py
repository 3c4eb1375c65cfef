"""The objects inside live messages: a session description, a roster entry, the teacher, a TURN server, the media."""

from __future__ import annotations

from dataclasses import dataclass

from protocol.record import Record, optional


@dataclass(frozen=True)
class SessionDescription(Record):
    """A WebRTC offer or answer, whole (schema LiveSessionDescription)."""

    type: str
    """"offer" or "answer"."""
    sdp: str
    offer_id: str | None = optional()
    """The offerer's id for this offer; an answer gives back the one of the offer it answers."""


@dataclass(frozen=True)
class PeerView(Record):
    """A classroom as the teacher's roster shows it (schema LivePeer)."""

    peer: str
    name: str
    """The classroom token's name."""
    online: bool
    """Its socket is open now."""
    joined_at: str
    """When it first joined this lesson (the hub's clock, UTC)."""
    hand: bool
    muted: bool


@dataclass(frozen=True)
class TeacherView(Record):
    """The lesson's teacher as a classroom's joined shows it."""

    peer: str
    name: str
    online: bool


@dataclass(frozen=True)
class IceServer(Record):
    """A TURN server with time-limited credentials for this peer, as RTCIceServer takes it (schema LiveIceServer)."""

    urls: tuple[str, ...]
    username: str
    """"expiry:peer"."""
    credential: str


@dataclass(frozen=True)
class Media(Record):
    """How a client sends and receives the lesson's media (schema LiveMedia): the star, or a Janus VideoRoom."""

    server: str
    """"star" or "janus"; the other fields are Janus's only."""
    url: str | None = optional()
    """Janus's HTTP API as the client reaches it."""
    room: int | None = optional()
    token: str | None = optional()
    feed: int | None = optional()
    """The publisher id this client joins the room with."""
    display: str | None = optional()
    """Its display name: the client's peer id."""


STAR = Media("star")
"""The media of a lesson without [janus]: links between the teacher's PC and each classroom."""
