"""Who is in which live lesson: lessons by id and join code, their peers, and each peer's open socket.

A lesson, the peer id of each enrolment in it and every visit are written to the hub's database
(hub/attendance.py) as they happen, so a restarted hub knows its lessons again and a classroom
that comes back keeps its peer id. Hands, mutes, the stage and pushed quizzes live in memory only.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field

from aiohttp import web

from hub.attendance import (
    close_open_visits,
    live_lessons,
    record_end,
    record_join,
    record_leave,
    record_lesson,
    record_peer,
)
from hub.course_plan import code_kept, code_teachers
from hub.failures import FailureBudget
from hub.janus import JanusRooms
from hub.outgoing import Outgoing
from hub.quiet_log import QuietLog
from hub.settings import HubServerSettings
from hub.store import Enrolment, Store
from protocol.live.code import CODE_ALPHABET, CODE_LENGTH, normal_code
from protocol.live.from_hub import HubMessage, Roster
from protocol.live.parts import PeerView

logger = logging.getLogger(__name__)


class Refused(Exception):
    """The hub will not do what a live message asked: `code` for programs, the message in plain words;
    `retry_after` seconds when it is a matter of waiting; `close`: the hub then closes the socket."""

    def __init__(self, code: str, message: str, retry_after: int | None = None, close: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after
        self.close = close


@dataclass(eq=False)
class Connection:
    """One open live socket: whose token it carries and, once it started or joined one, its lesson."""

    socket: web.WebSocketResponse
    who: Enrolment
    outgoing: Outgoing
    """Its messages on their way out; a peer that does not keep up is disconnected there."""
    address: str = ""
    """The client's address (behind a trusted proxy, the one it forwarded), for the per-address limits."""
    lesson: Lesson | None = None
    """The lesson this socket is in; None before start/join, after the end, or once replaced."""
    peer: Member | None = None
    """Its peer in that lesson."""

    def send(self, message: HubMessage) -> None:
        """Queue a message for this socket; never waits for its peer. A socket that broke drops it."""
        self.outgoing.put(message.to_json())

    def close(self, code: int, reason: str) -> None:
        """Close the socket once the messages queued before are sent."""
        self.outgoing.close(code, reason)


@dataclass(eq=False)
class Member:
    """One enrolment in one lesson, its teacher or a classroom (a member of the lesson; the media's link to
    someone is media.peer.Peer)."""

    peer: str
    """Its id in the lesson, the same every time this enrolment (token name and role) comes back."""
    name: str
    """The token's name."""
    role: str
    """'teacher' or 'classroom'."""
    joined_at: str
    """When it first came into the lesson (the hub's clock, UTC)."""
    connection: Connection | None = None
    """Its open socket; None while it is away."""
    visit: int | None = None
    """Its open attendance row."""
    hand: bool = False
    """A classroom's hand is up (it is in the lesson's queue)."""
    muted: bool = False
    """A classroom's microphone is muted, by the teacher or by itself."""

    @property
    def online(self) -> bool:
        return self.connection is not None

    def view(self) -> PeerView:
        """This member as the roster shows it."""
        return PeerView(self.peer, self.name, self.online, self.joined_at, self.hand, self.muted)


@dataclass(eq=False)
class Lesson:
    """A live lesson: one teacher at the centre of a star of classrooms."""

    id: str
    code: str
    """What classrooms type to join: CODE_LENGTH letters of CODE_ALPHABET."""
    teacher: Member
    classrooms: dict[str, Member] = field(default_factory=dict)
    """By peer id, in the order they first joined."""
    hands: list[str] = field(default_factory=list)
    """Peer ids of raised hands, first raised first."""
    stage: str | None = None
    """The classroom everyone hears, if the teacher brought one on stage."""
    quizzes: set[str] = field(default_factory=set)
    """Quizzes the teacher pushed: their results go to the teacher's socket as they arrive."""
    room_open: bool = False
    """Its Janus room is made (with [janus] only)."""

    def peers(self) -> list[Member]:
        return [self.teacher, *self.classrooms.values()]

    def classroom_named(self, name: str) -> Member | None:
        return next((peer for peer in self.classrooms.values() if peer.name == name), None)

    def roster(self) -> Roster:
        return Roster(self.id, tuple(peer.view() for peer in self.classrooms.values()))

    def to_all(self, message: HubMessage) -> None:
        """Send to every member whose socket is open."""
        for peer in self.peers():
            if peer.connection is not None:
                peer.connection.send(message)

    def to_classrooms(self, message: HubMessage) -> None:
        for peer in self.classrooms.values():
            if peer.connection is not None:
                peer.connection.send(message)

    def to_teacher(self, *messages: HubMessage) -> None:
        for message in messages:
            if self.teacher.connection is not None:
                self.teacher.connection.send(message)


def _new_id() -> str:
    return secrets.token_hex(4)


class Lessons:
    """The hub's live lessons, under the hub's settings (turn: TURN credentials for each peer; janus: a VideoRoom
    for each lesson). Must be used in the event loop."""

    def __init__(self, store: Store, settings: HubServerSettings | None = None) -> None:
        self.store = store
        self.settings = settings or HubServerSettings()
        self.janus = JanusRooms(self.settings.janus) if self.settings.janus is not None else None
        """The lessons' VideoRooms when the hub has [janus]; None: the star."""
        limits = self.settings.limits
        self.join_failures = FailureBudget(limits.failed_joins, limits.window_seconds)
        """Joins with a wrong code, per (address, token name): a PC that guesses codes waits, the others do not."""
        self.quiet = QuietLog(logger, limits.log_seconds)
        self._by_id: dict[str, Lesson] = {}
        close_open_visits(store.db)
        for row in live_lessons(store.db):
            peers = [Member(p["peer"], p["name"], p["role"], p["joined_at"] or row["started_at"]) for p in row["peers"]]
            teacher = next(p for p in peers if p.role == "teacher")
            classrooms = {p.peer: p for p in peers if p.role == "classroom"}
            self._by_id[row["id"]] = Lesson(row["id"], row["code"], teacher, classrooms)
        logger.info("live lessons going on: %d", len(self._by_id))

    def by_code(self, code: str) -> Lesson | None:
        code = normal_code(code)
        return next((lesson for lesson in self._by_id.values() if lesson.code == code), None)

    def by_classroom(self, name: str) -> list[Lesson]:
        """The lessons a classroom of this name is part of."""
        return [lesson for lesson in self._by_id.values() if lesson.classroom_named(name)]

    def start(self, teacher: Enrolment, code: str | None) -> tuple[Lesson, bool]:
        """A new lesson, or the teacher's own lesson that has this code (True: resumed)."""
        if code is not None:
            code = normal_code(code)
            if len(code) != CODE_LENGTH or not set(code) <= set(CODE_ALPHABET):
                raise Refused(
                    "bad-code",
                    f"A lesson code is {CODE_LENGTH} letters and digits, without 0, O, 1 or I: {code!r} is not one.",
                )
            kept_for = code_teachers(self.store.db, code)
            if kept_for is not None and teacher.name not in kept_for:
                raise Refused(
                    "code-in-use",
                    f"The code {code} belongs to a planned session of another teacher's course; choose another.",
                )
            lesson = self.by_code(code)
            if lesson is not None and lesson.teacher.name == teacher.name:
                return lesson, True
            if lesson is not None:
                raise Refused("code-in-use", f"Another teacher's lesson is using the code {code}; choose another.")
        else:
            code = self._free_code()
        lesson_id = secrets.token_hex(8)
        peer_id = _new_id()
        started_at = record_lesson(self.store.db, lesson_id, code, teacher.name, peer_id)
        lesson = Lesson(lesson_id, code, Member(peer_id, teacher.name, "teacher", started_at))
        self._by_id[lesson_id] = lesson
        logger.info("lesson %s (%s) started by %s", lesson_id, code, teacher.name)
        return lesson, False

    def _free_code(self) -> str:
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if self.by_code(code) is None and not code_kept(self.store.db, code):
                return code

    def classroom(self, lesson: Lesson, classroom: Enrolment) -> Member:
        """The classroom's peer in the lesson: the one it had before, else a new one."""
        peer = lesson.classroom_named(classroom.name)
        if peer is None:
            peer = Member(_new_id(), classroom.name, "classroom", "")
            record_peer(self.store.db, lesson.id, peer.peer, peer.name, peer.role)
            lesson.classrooms[peer.peer] = peer
        return peer

    def attach(self, connection: Connection, lesson: Lesson, peer: Member) -> Connection | None:
        """The connection now speaks for the peer; returns the connection it replaced, if one was open."""
        replaced = peer.connection
        if replaced is not None:
            replaced.lesson = replaced.peer = None
            record_leave(self.store.db, peer.visit or 0)
        peer.visit, joined_at = record_join(self.store.db, lesson.id, peer.peer, peer.name, peer.role)
        peer.joined_at = peer.joined_at or joined_at
        peer.connection = connection
        connection.lesson, connection.peer = lesson, peer
        return replaced

    def detach(self, connection: Connection) -> Lesson | None:
        """The connection's socket closed: its peer is away. Returns the lesson it was in."""
        lesson, peer = connection.lesson, connection.peer
        if lesson is None or peer is None:
            return None
        connection.lesson = connection.peer = None
        peer.connection = None
        record_leave(self.store.db, peer.visit or 0)
        peer.visit = None
        return lesson

    def end(self, lesson: Lesson) -> None:
        """The lesson is over; its code is free again."""
        record_end(self.store.db, lesson.id)
        del self._by_id[lesson.id]
        for peer in lesson.peers():
            if peer.connection is not None:
                peer.connection.lesson = peer.connection.peer = None
            peer.connection = peer.visit = None
        logger.info("lesson %s (%s) ended", lesson.id, lesson.code)
