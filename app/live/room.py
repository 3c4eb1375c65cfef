"""What a PC knows of the live lesson's room, as one immutable value the controller replaces on each hub message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from app.live.chat import ChatLine
from protocol.live.from_hub import (
    ChatPosted,
    Hands,
    HandState,
    HubMessage,
    Joined,
    Muted,
    QuizPushed,
    Results,
    Roster,
    StageChanged,
    Started,
    TeacherPresence,
)


@dataclass(frozen=True)
class RosterEntry:
    """Someone else in the lesson: a classroom for the teacher, the teacher for a classroom."""

    peer: str
    name: str
    online: bool
    hand: bool = False
    muted: bool = False
    joined_at: str = ""
    link: str = ""
    """The link's preset name ("high", "medium", "low", "audio"), "connecting", or "" with no link."""


@dataclass(frozen=True)
class Room:
    """The lesson's room as this PC knows it; a new Room replaces the old one whenever something changed."""

    roster: tuple[RosterEntry, ...] = ()
    """The classrooms (teacher) or the teacher (classroom), in the order they joined."""
    hands: tuple[str, ...] = ()
    """Peer ids of raised hands, first raised first (the teacher's side)."""
    chat: tuple[ChatLine, ...] = ()
    stage: str | None = None
    """The peer id of the classroom everyone hears, or None."""
    hand: bool = False
    """This classroom's own hand."""
    muted: bool = False
    """This classroom's microphone is muted."""
    muted_by: str = ""
    """ "teacher" or "self" while muted."""
    quiz: dict[str, Any] | None = None
    """The last quiz pushed in this lesson (the catalog's quiz object)."""
    results: tuple[Results, ...] = ()
    """The hub's results messages, as they came (the teacher's side; see answers)."""

    def entry(self, peer: str) -> RosterEntry | None:
        return next((entry for entry in self.roster if entry.peer == peer), None)

    def answers(self, quiz_id: str) -> list[dict[str, Any]]:
        """Answers to a pushed quiz as they reached the hub (the teacher's side)."""
        return [row for message in self.results if message.quiz == quiz_id for row in message.results]


def after(room: Room, message: HubMessage, link: Callable[[str], str]) -> Room:
    """The room once this hub message is taken in; link(peer) names the link to peer for the roster."""
    match message:
        case Joined(teacher=teacher):
            roster = (RosterEntry(teacher.peer, teacher.name, teacher.online),)
            by = "teacher" if message.muted else ""
            return replace(
                room, roster=roster, stage=message.stage, hand=message.hand, muted=message.muted, muted_by=by
            )
        case Started():
            return replace(room, stage=message.stage)
        case Roster():
            peers = message.peers
            return replace(
                room,
                roster=tuple(
                    RosterEntry(p.peer, p.name, p.online, p.hand, p.muted, p.joined_at, link(p.peer)) for p in peers
                ),
            )
        case TeacherPresence():
            return replace(room, roster=tuple(replace(entry, online=message.online) for entry in room.roster))
        case Hands():
            return replace(room, hands=message.queue)
        case HandState():
            return replace(room, hand=message.up)
        case Muted():
            return replace(room, muted=message.muted, muted_by=message.by if message.muted else "")
        case StageChanged():
            return replace(room, stage=message.peer)
        case ChatPosted():
            return replace(room, chat=(*room.chat, ChatLine.posted(message)))
        case QuizPushed():
            return replace(room, quiz=message.quiz)
        case Results():
            return replace(room, results=(*room.results, message))
    return room


def with_links(room: Room, link: Callable[[str], str]) -> Room:
    """The room with each roster entry's link named anew."""
    return replace(room, roster=tuple(replace(entry, link=link(entry.peer)) for entry in room.roster))
