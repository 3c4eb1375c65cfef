"""What the hub does with each live-lesson message: start, join, relay signals, hands, chat, mute,
stage, pop-up quizzes, end; and the results of a pushed quiz sent to its teacher as they arrive.

The protocol is written down in docs/live-protocol.md; each message's schema is in protocol/openapi.json.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import WSCloseCode

from hub.lessons import Connection, Lesson, Lessons, Peer, Refused
from hub.result_store import find_results, now
from hub.turn_credentials import ice_servers
from protocol.janus_api import JanusError

logger = logging.getLogger(__name__)

Message = dict[str, Any]
Handler = Callable[[Lessons, Connection, Message], Awaitable[None]]

REPLACED = 4000
"""WebSocket close code for a socket whose peer came back on a newer one."""
REFUSED = WSCloseCode.POLICY_VIOLATION
"""WebSocket close code after a refused join (a wrong code, too many of them): a new try needs a new socket."""


@dataclass(frozen=True)
class Action:
    """What the hub does with one type of client message."""

    schema: str
    """The message's schema in openapi.json's components, checked before run is called."""
    roles: tuple[str, ...]
    """Token roles that may send it."""
    run: Handler


def _to_all(lesson: Lesson, message: Message) -> None:
    for peer in lesson.peers():
        if peer.connection is not None:
            peer.connection.send(message)


def _to_classrooms(lesson: Lesson, message: Message) -> None:
    for peer in lesson.classrooms.values():
        if peer.connection is not None:
            peer.connection.send(message)


def _to_teacher(lesson: Lesson, *messages: Message) -> None:
    for message in messages:
        if lesson.teacher.connection is not None:
            lesson.teacher.connection.send(message)


def _hands(lesson: Lesson) -> Message:
    return {"type": "hands", "lesson": lesson.id, "queue": list(lesson.hands)}


def _classroom(lesson: Lesson, peer_id: str) -> Peer:
    peer = lesson.classrooms.get(peer_id)
    if peer is None:
        raise Refused("no-such-peer", f"No classroom in this lesson has the peer id {peer_id!r}.")
    return peer


def _in_lesson(connection: Connection) -> tuple[Lesson, Peer]:
    if connection.lesson is None or connection.peer is None:
        raise Refused("not-in-lesson", "Start or join a lesson first.")
    return connection.lesson, connection.peer


def _outside(connection: Connection) -> None:
    if connection.lesson is not None:
        raise Refused(
            "already-in-lesson", f"This connection is already in lesson {connection.lesson.code}; open another one."
        )


def _enter(lessons: Lessons, connection: Connection, lesson: Lesson, peer: Peer) -> None:
    replaced = lessons.attach(connection, lesson, peer)
    if replaced is not None:
        replaced.send(
            {
                "type": "error",
                "code": "replaced",
                "lesson": lesson.id,
                "message": f"{peer.name} came into the lesson on another connection; this one is closed.",
            }
        )
        replaced.close(REPLACED, "replaced by a newer connection")


STAR = {"server": "star"}
"""The media of a lesson without [janus]: links between the teacher's PC and each classroom."""


async def _media(lessons: Lessons, lesson: Lesson, peer: Peer) -> Message:
    """How this peer sends and receives the lesson's media: the star, or the lesson's Janus room."""
    if lessons.janus is None:
        return STAR
    try:
        await lessons.janus.open(lesson.id)  # again each time: Janus may have restarted and lost it
        lesson.room_open = True
        return await lessons.janus.admit(lesson.id, peer.peer)
    except JanusError as e:
        logger.error("lesson %s: Janus at %s cannot be used: %s", lesson.id, lessons.janus.server.url, e)
        raise Refused(
            "media-unavailable",
            "The lesson's video server (Janus) does not answer; the hub's log says why. Try again in a minute.",
        ) from e


async def start(lessons: Lessons, connection: Connection, message: Message) -> None:
    _outside(connection)
    lesson, resumed = lessons.start(connection.who, message.get("code"))
    media = await _media(lessons, lesson, lesson.teacher)
    _enter(lessons, connection, lesson, lesson.teacher)
    connection.send(
        {
            "type": "started",
            "lesson": lesson.id,
            "code": lesson.code,
            "peer": lesson.teacher.peer,
            "resumed": resumed,
            "stage": lesson.stage,
            "ice_servers": ice_servers(lessons.settings.turn, lesson.teacher.peer),
            "media": media,
        }
    )
    _to_teacher(lesson, lesson.roster(), _hands(lesson))
    _to_classrooms(lesson, {"type": "teacher", "lesson": lesson.id, "online": True})


async def join(lessons: Lessons, connection: Connection, message: Message) -> None:
    _outside(connection)
    guesser = (connection.address, connection.who.name)
    wait = math.ceil(lessons.join_failures.wait(guesser))
    if wait:  # no code is tried meanwhile, right or wrong: guessing gets no faster with more sockets
        raise Refused(
            "too-many-tries",
            f"Too many wrong lesson codes from this PC; try again in {wait} s.",
            retry_after=wait,
            close=True,
        )
    lesson = lessons.by_code(message["code"])
    if lesson is None:
        lessons.join_failures.fail(guesser)
        lessons.quiet.warning(("join", connection.address), "a wrong join code from %s (%s)", *guesser)
        raise Refused(
            "no-such-lesson",
            f"No live lesson has the code {message['code']!r}. Check the code with the teacher;"
            " a lesson that has ended has no code any more.",
            close=True,
        )
    peer = lessons.classroom(lesson, connection.who)
    media = await _media(lessons, lesson, peer)
    _enter(lessons, connection, lesson, peer)
    teacher = lesson.teacher
    connection.send(
        {
            "type": "joined",
            "lesson": lesson.id,
            "code": lesson.code,
            "peer": peer.peer,
            "teacher": {"peer": teacher.peer, "name": teacher.name, "online": teacher.online},
            "stage": lesson.stage,
            "muted": peer.muted,
            "hand": peer.hand,
            "ice_servers": ice_servers(lessons.settings.turn, peer.peer),
            "media": media,
        }
    )
    _to_teacher(lesson, lesson.roster())


async def signal(lessons: Lessons, connection: Connection, message: Message) -> None:
    lesson, me = _in_lesson(connection)
    if me is lesson.teacher:
        target = _classroom(lesson, message["to"])
    elif message["to"] == lesson.teacher.peer:
        target = lesson.teacher
    else:
        raise Refused("not-allowed", "A classroom can only signal its teacher (the teacher's peer id from joined).")
    if target.connection is None:
        raise Refused("peer-offline", f"{target.name} is not connected now; send again when it is back online.")
    target.connection.send({"type": "signal", "lesson": lesson.id, "from": me.peer, "data": message["data"]})


def _set_hand(lesson: Lesson, peer: Peer, up: bool) -> None:
    if up and not peer.hand:
        lesson.hands.append(peer.peer)
    elif not up and peer.hand:
        lesson.hands.remove(peer.peer)
    peer.hand = up
    if peer.connection is not None:
        peer.connection.send({"type": "hand", "lesson": lesson.id, "up": up})


async def hand(lessons: Lessons, connection: Connection, message: Message) -> None:
    lesson, me = _in_lesson(connection)
    _set_hand(lesson, me, message["up"])
    _to_teacher(lesson, _hands(lesson), lesson.roster())


async def lower_hand(lessons: Lessons, connection: Connection, message: Message) -> None:
    """One classroom's hand, or with no peer every hand."""
    lesson, _ = _in_lesson(connection)
    peers = [_classroom(lesson, message["peer"])] if "peer" in message else [lesson.classrooms[p] for p in lesson.hands]
    for peer in peers:
        _set_hand(lesson, peer, False)
    _to_teacher(lesson, _hands(lesson), lesson.roster())


async def chat(lessons: Lessons, connection: Connection, message: Message) -> None:
    lesson, me = _in_lesson(connection)
    text = message["text"].strip()
    if not text:
        raise Refused("bad-message", "A chat message needs some text.")
    _to_all(lesson, {"type": "chat", "lesson": lesson.id, "from": me.peer, "name": me.name, "text": text, "at": now()})


async def mute(lessons: Lessons, connection: Connection, message: Message) -> None:
    """The teacher mutes or unmutes a classroom (peer); a classroom itself (no peer, or its own)."""
    lesson, me = _in_lesson(connection)
    if me is lesson.teacher:
        if "peer" not in message:
            raise Refused("bad-message", 'The teacher names the classroom to mute: {"peer": ...}.')
        target, by = _classroom(lesson, message["peer"]), "teacher"
    elif message.get("peer", me.peer) == me.peer:
        target, by = me, "self"
    else:
        raise Refused("not-allowed", "A classroom can only mute or unmute itself.")
    target.muted = message["muted"]
    if lessons.janus is not None and lesson.room_open:
        await lessons.janus.mute(lesson.id, target.peer, target.muted)
    if target.connection is not None:
        target.connection.send({"type": "muted", "lesson": lesson.id, "muted": target.muted, "by": by})
    _to_teacher(lesson, lesson.roster())


async def stage(lessons: Lessons, connection: Connection, message: Message) -> None:
    lesson, _ = _in_lesson(connection)
    if message["peer"] is not None:
        _classroom(lesson, message["peer"])
    lesson.stage = message["peer"]
    _to_all(lesson, {"type": "stage", "lesson": lesson.id, "peer": lesson.stage})


async def quiz(lessons: Lessons, connection: Connection, message: Message) -> None:
    lesson, _ = _in_lesson(connection)
    found = lessons.store.quiz(message["quiz"])
    if found is None:
        raise Refused("no-such-quiz", f"The hub's catalog has no quiz {message['quiz']!r}.")
    lesson.quizzes.add(found["id"])
    _to_all(lesson, {"type": "quiz", "lesson": lesson.id, "quiz": found})


async def end(lessons: Lessons, connection: Connection, message: Message) -> None:
    lesson, _ = _in_lesson(connection)
    if lessons.janus is not None and lesson.room_open:  # gone before anyone hears of the end
        await lessons.janus.close_room(lesson.id)
    _to_all(lesson, {"type": "ended", "lesson": lesson.id})
    lessons.end(lesson)


def left(lessons: Lessons, connection: Connection) -> None:
    """The connection's socket closed: the others hear that its peer is away."""
    peer = connection.peer
    lesson = lessons.detach(connection)
    if lesson is None:
        return
    if peer is lesson.teacher:
        _to_classrooms(lesson, {"type": "teacher", "lesson": lesson.id, "online": False})
    else:
        _to_teacher(lesson, lesson.roster())


async def results_arrived(lessons: Lessons, classroom: str, ids: Sequence[str]) -> None:
    """Newly stored answers of a classroom: those of quizzes pushed in its lessons go to their teachers."""
    involved = [lesson for lesson in lessons.by_classroom(classroom) if lesson.quizzes]
    if not ids or not involved:
        return
    rows = find_results(lessons.store.db, None, classroom, ids)
    for lesson in involved:
        for quiz_id in sorted(lesson.quizzes):
            mine = [row for row in rows if row["quiz_id"] == quiz_id]
            if mine:
                _to_teacher(lesson, {"type": "results", "lesson": lesson.id, "quiz": quiz_id, "results": mine})


BOTH = ("teacher", "classroom")
ACTIONS: dict[str, Action] = {
    "start": Action("LiveStart", ("teacher",), start),
    "join": Action("LiveJoin", ("classroom",), join),
    "signal": Action("LiveSignal", BOTH, signal),
    "hand": Action("LiveHand", ("classroom",), hand),
    "lower_hand": Action("LiveLowerHand", ("teacher",), lower_hand),
    "chat": Action("LiveChat", BOTH, chat),
    "mute": Action("LiveMute", BOTH, mute),
    "stage": Action("LiveStage", ("teacher",), stage),
    "quiz": Action("LiveQuiz", ("teacher",), quiz),
    "end": Action("LiveEnd", ("teacher",), end),
}
"""The lesson's message types; live.py adds ping."""
