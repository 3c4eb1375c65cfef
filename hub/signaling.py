"""What the hub does with each live-lesson message: which role may send it, and the actions inside a lesson
(relay signals, hands, chat, mute, stage, pop-up quizzes, end); the results of a pushed quiz go to its
teacher as they arrive. Coming in and leaving is hub/lesson_entry.py.

The protocol is written down in docs/live-protocol.md; the messages are protocol/live's records.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import WSCloseCode

from hub.lesson_entry import hands, join, start
from hub.lessons import Connection, Lesson, Lessons, Member, Refused
from hub.result_store import find_results, now
from protocol.live.from_client import End, LowerHand, Mute, PushQuiz, RaiseHand, SendChat, SendSignal, SetStage
from protocol.live.from_hub import ChatPosted, Ended, HandState, Muted, QuizPushed, Relayed, Results, StageChanged

Handler = Callable[[Lessons, Connection, Any], Awaitable[None]]
"""Runs one client message, the record of its type."""

REFUSED = WSCloseCode.POLICY_VIOLATION
"""WebSocket close code after a refused join (a wrong code, too many of them): a new try needs a new socket."""


@dataclass(frozen=True)
class Action:
    """What the hub does with one type of client message (checked against its schema before run is called)."""

    roles: tuple[str, ...]
    """Token roles that may send it."""
    run: Handler


def _classroom(lesson: Lesson, peer_id: str) -> Member:
    member = lesson.classrooms.get(peer_id)
    if member is None:
        raise Refused("no-such-peer", f"No classroom in this lesson has the peer id {peer_id!r}.")
    return member


def _in_lesson(connection: Connection) -> tuple[Lesson, Member]:
    if connection.lesson is None or connection.peer is None:
        raise Refused("not-in-lesson", "Start or join a lesson first.")
    return connection.lesson, connection.peer


async def signal(lessons: Lessons, connection: Connection, message: SendSignal) -> None:
    lesson, me = _in_lesson(connection)
    if me is lesson.teacher:
        target = _classroom(lesson, message.to)
    elif message.to == lesson.teacher.peer:
        target = lesson.teacher
    else:
        raise Refused("not-allowed", "A classroom can only signal its teacher (the teacher's peer id from joined).")
    if target.connection is None:
        raise Refused("peer-offline", f"{target.name} is not connected now; send again when it is back online.")
    target.connection.send(Relayed(lesson.id, me.peer, message.data))


def _set_hand(lesson: Lesson, member: Member, up: bool) -> None:
    if up and not member.hand:
        lesson.hands.append(member.peer)
    elif not up and member.hand:
        lesson.hands.remove(member.peer)
    member.hand = up
    if member.connection is not None:
        member.connection.send(HandState(lesson.id, up))


async def hand(lessons: Lessons, connection: Connection, message: RaiseHand) -> None:
    lesson, me = _in_lesson(connection)
    _set_hand(lesson, me, message.up)
    lesson.to_teacher(hands(lesson), lesson.roster())


async def lower_hand(lessons: Lessons, connection: Connection, message: LowerHand) -> None:
    """One classroom's hand, or with no peer every hand."""
    lesson, _ = _in_lesson(connection)
    if message.peer is not None:
        members = [_classroom(lesson, message.peer)]
    else:
        members = [lesson.classrooms[p] for p in lesson.hands]
    for member in members:
        _set_hand(lesson, member, False)
    lesson.to_teacher(hands(lesson), lesson.roster())


async def chat(lessons: Lessons, connection: Connection, message: SendChat) -> None:
    lesson, me = _in_lesson(connection)
    text = message.text.strip()
    if not text:
        raise Refused("bad-message", "A chat message needs some text.")
    lesson.to_all(ChatPosted(lesson.id, me.peer, me.name, text, now()))


async def mute(lessons: Lessons, connection: Connection, message: Mute) -> None:
    """The teacher mutes or unmutes a classroom (peer); a classroom itself (no peer, or its own)."""
    lesson, me = _in_lesson(connection)
    if me is lesson.teacher:
        if message.peer is None:
            raise Refused("bad-message", 'The teacher names the classroom to mute: {"peer": ...}.')
        target, by = _classroom(lesson, message.peer), "teacher"
    elif message.peer in (None, me.peer):
        target, by = me, "self"
    else:
        raise Refused("not-allowed", "A classroom can only mute or unmute itself.")
    target.muted = message.muted
    if lessons.janus is not None and lesson.room_open:
        await lessons.janus.mute(lesson.id, target.peer, target.muted)
    if target.connection is not None:
        target.connection.send(Muted(lesson.id, target.muted, by))
    lesson.to_teacher(lesson.roster())


async def stage(lessons: Lessons, connection: Connection, message: SetStage) -> None:
    lesson, _ = _in_lesson(connection)
    if message.peer is not None:
        _classroom(lesson, message.peer)
    lesson.stage = message.peer
    lesson.to_all(StageChanged(lesson.id, lesson.stage))


async def quiz(lessons: Lessons, connection: Connection, message: PushQuiz) -> None:
    lesson, _ = _in_lesson(connection)
    found = lessons.store.quiz(message.quiz)
    if found is None:
        raise Refused("no-such-quiz", f"The hub's catalog has no quiz {message.quiz!r}.")
    lesson.quizzes.add(found["id"])
    lesson.to_all(QuizPushed(lesson.id, found))


async def end(lessons: Lessons, connection: Connection, message: End) -> None:
    lesson, _ = _in_lesson(connection)
    if lessons.janus is not None and lesson.room_open:  # gone before anyone hears of the end
        await lessons.janus.close_room(lesson.id)
    lesson.to_all(Ended(lesson.id))
    lessons.end(lesson)


async def results_arrived(lessons: Lessons, classroom: str, ids: Sequence[str]) -> None:
    """Newly stored answers of a classroom: those of quizzes pushed in its lessons go to their teachers."""
    involved = [lesson for lesson in lessons.by_classroom(classroom) if lesson.quizzes]
    if not ids or not involved:
        return
    rows = find_results(lessons.store.db, None, classroom, ids)
    for lesson in involved:
        for quiz_id in sorted(lesson.quizzes):
            mine = tuple(row.to_json() for row in rows if row.quiz_id == quiz_id)
            if mine:
                lesson.to_teacher(Results(lesson.id, quiz_id, mine))


BOTH = ("teacher", "classroom")
ACTIONS: dict[str, Action] = {
    "start": Action(("teacher",), start),
    "join": Action(("classroom",), join),
    "signal": Action(BOTH, signal),
    "hand": Action(("classroom",), hand),
    "lower_hand": Action(("teacher",), lower_hand),
    "chat": Action(BOTH, chat),
    "mute": Action(BOTH, mute),
    "stage": Action(("teacher",), stage),
    "quiz": Action(("teacher",), quiz),
    "end": Action(("teacher",), end),
}
"""The lesson's message types; live.py adds ping."""
