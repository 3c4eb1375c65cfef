"""How a socket comes into a live lesson and leaves it: a teacher's start, a classroom's join, a socket that closed.

The protocol is written down in docs/live-protocol.md; the messages are protocol/live's records.
"""

from __future__ import annotations

import logging
import math

from hub.lessons import Connection, Lesson, Lessons, Member, Refused
from hub.turn_credentials import ice_servers
from protocol.janus_api import JanusError
from protocol.live.from_client import Join, Start
from protocol.live.from_hub import ErrorReply, Hands, Joined, Started, TeacherPresence
from protocol.live.parts import STAR, Media, TeacherView

logger = logging.getLogger(__name__)

REPLACED = 4000
"""WebSocket close code for a socket whose peer came back on a newer one."""


def hands(lesson: Lesson) -> Hands:
    return Hands(lesson.id, tuple(lesson.hands))


def _outside(connection: Connection) -> None:
    if connection.lesson is not None:
        raise Refused(
            "already-in-lesson", f"This connection is already in lesson {connection.lesson.code}; open another one."
        )


def _enter(lessons: Lessons, connection: Connection, lesson: Lesson, member: Member) -> None:
    replaced = lessons.attach(connection, lesson, member)
    if replaced is not None:
        said = f"{member.name} came into the lesson on another connection; this one is closed."
        replaced.send(ErrorReply("replaced", said, lesson.id))
        replaced.close(REPLACED, "replaced by a newer connection")


async def _media(lessons: Lessons, lesson: Lesson, member: Member) -> Media:
    """How this member sends and receives the lesson's media: the star, or the lesson's Janus room."""
    if lessons.janus is None:
        return STAR
    try:
        await lessons.janus.open(lesson.id)  # again each time: Janus may have restarted and lost it
        lesson.room_open = True
        return Media.from_json(await lessons.janus.admit(lesson.id, member.peer))
    except JanusError as e:
        logger.error("lesson %s: Janus at %s cannot be used: %s", lesson.id, lessons.janus.server.url, e)
        raise Refused(
            "media-unavailable",
            "The lesson's video server (Janus) does not answer; the hub's log says why. Try again in a minute.",
        ) from e


async def start(lessons: Lessons, connection: Connection, message: Start) -> None:
    _outside(connection)
    lesson, resumed = lessons.start(connection.who, message.code)
    teacher = lesson.teacher
    media = await _media(lessons, lesson, teacher)
    _enter(lessons, connection, lesson, teacher)
    servers = ice_servers(lessons.settings.turn, teacher.peer)
    connection.send(Started(lesson.id, lesson.code, teacher.peer, resumed, lesson.stage, servers, media))
    lesson.to_teacher(lesson.roster(), hands(lesson))
    lesson.to_classrooms(TeacherPresence(lesson.id, True))


async def join(lessons: Lessons, connection: Connection, message: Join) -> None:
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
    lesson = lessons.by_code(message.code)
    if lesson is None:
        lessons.join_failures.fail(guesser)
        lessons.quiet.warning(("join", connection.address), "a wrong join code from %s (%s)", *guesser)
        raise Refused(
            "no-such-lesson",
            f"No live lesson has the code {message.code!r}. Check the code with the teacher;"
            " a lesson that has ended has no code any more.",
            close=True,
        )
    member = lessons.classroom(lesson, connection.who)
    media = await _media(lessons, lesson, member)
    _enter(lessons, connection, lesson, member)
    teacher = TeacherView(lesson.teacher.peer, lesson.teacher.name, lesson.teacher.online)
    servers = ice_servers(lessons.settings.turn, member.peer)
    peer, stage = member.peer, lesson.stage
    connection.send(Joined(lesson.id, lesson.code, peer, teacher, stage, member.muted, member.hand, servers, media))
    lesson.to_teacher(lesson.roster())


def left(lessons: Lessons, connection: Connection) -> None:
    """The connection's socket closed: the others hear that its member is away."""
    member = connection.peer
    lesson = lessons.detach(connection)
    if lesson is None:
        return
    if member is lesson.teacher:
        lesson.to_classrooms(TeacherPresence(lesson.id, False))
    else:
        lesson.to_teacher(lesson.roster())
