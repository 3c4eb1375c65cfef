"""The live lesson controller the screens bind to, for the teacher (start) or a classroom (join).

Over LiveSignaling (the hub's socket, back by itself after drops) and MediaLinks (devices and
aiortc peers, linked as app.live.links or app.live.sfu says). What it knows of the room (roster,
hands, chat, stage, mute, pop-up quizzes) is one immutable Room (app.live.room) it replaces on each
hub message and announces with room_changed, and with a signal for each part, only when it really
changed; device problems likewise; the newest picture of each peer is pulled with picture(peer).
Library downloads and uploads pause while a lesson runs. The protocol is docs/live-protocol.md; its messages are
protocol.live's records.
"""

from __future__ import annotations

import asyncio
import logging
from enum import StrEnum
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication, Signal

from app.attendance_export import export_attendance
from app.hub_client import HubClient
from app.library import LibraryService
from app.live.chat import ChatLog
from app.live.media_links import MediaLinks
from app.live.media_view import MediaView
from app.live.room import Room, after, with_links
from app.live.signaling import BACKOFF_SECONDS, LiveSignaling, LiveState
from app.quiz_session import QuizSession, Quizzes
from app.uploader import Uploader
from media.lesson_media import MediaChoice
from protocol.live import from_hub as hub
from protocol.live.from_client import ClientMessage, End, LowerHand, Mute, PushQuiz, RaiseHand, SendChat, SetStage

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate


class LessonState(StrEnum):
    """Where the lesson stands for this PC."""

    IDLE = "idle"
    """No lesson started or joined yet."""
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    """The hub's socket dropped; coming back by itself (reason says why). Links that still work go on."""
    ENDED = "ended"
    REFUSED = "refused"


RUNNING = (LessonState.CONNECTING, LessonState.LIVE, LessonState.RECONNECTING)
"""The states of a lesson that goes on (this PC is in it, or coming back to it)."""


class LiveLesson(MediaView):
    """One PC's part in a live lesson. Must be used in the event loop; reusable for one lesson after another.

    Media work (camera reads, sound devices, encoding) runs in the media modules' own threads; the
    signals are emitted in the event loop's (Qt's) thread.
    """

    state_changed = Signal()
    room_changed = Signal(object)
    """The new Room, after any change of it."""
    roster_changed = Signal()
    hands_changed = Signal()
    chat_added = Signal(object)
    """A ChatLine, already kept in classroom.db."""
    stage_changed = Signal()
    hand_changed = Signal()
    muted_changed = Signal()
    quiz_pushed = Signal(object)
    """The catalog's quiz object the teacher pushed (a classroom answers it with begin_quiz)."""
    results_arrived = Signal(str)
    """New answers to this pushed quiz reached the hub (the teacher's side; see Room.answers)."""
    notice = Signal(str)
    """The hub refused an action during the lesson, in plain words."""

    def __init__(
        self,
        client: HubClient,
        db: sqlite_utils.Database,
        quizzes: Quizzes,
        choice: MediaChoice,
        library: LibraryService | None = None,
        backoff: tuple[float, ...] = BACKOFF_SECONDS,
        uploads: Uploader | None = None,
    ) -> None:
        super().__init__()
        self._client, self._quizzes, self._choice = client, quizzes, choice
        self._held = [work for work in (library, uploads) if work is not None]  # paused while a lesson runs
        self._backoff = backoff
        self._chat_log = ChatLog(db)
        self._signaling: LiveSignaling | None = None
        self._teacher = False
        self._paused = False
        self._closing: asyncio.Task[None] | None = None
        self._clear()

    def _clear(self) -> None:
        self._state, self._reason = LessonState.IDLE, ""
        self._ended_here = False  # the teacher ended it for everyone from this PC
        self._room = Room()
        self._forget()

    # what the screens read

    @property
    def is_teacher(self) -> bool:
        return self._teacher

    @property
    def state(self) -> LessonState:
        return self._state

    @property
    def reason(self) -> str:
        """Why it is reconnecting, refused or ended, in the user's language."""
        return self._reason

    @property
    def code(self) -> str | None:
        return self._signaling.code if self._signaling is not None else None

    @property
    def lesson_id(self) -> str | None:
        return self._signaling.lesson if self._signaling is not None else None

    @property
    def peer_id(self) -> str | None:
        """This PC's peer id in the lesson."""
        return self._signaling.peer if self._signaling is not None else None

    @property
    def room(self) -> Room:
        """The roster, hands, chat, stage, mute and pushed quizzes, as this PC knows them now."""
        return self._room

    # what the screens do

    def start(self, code: str | None = None) -> None:
        """Teacher: start a lesson (with this code, else a new one) and stay in it."""
        self._open(teacher=True).start(code)

    def join(self, code: str) -> None:
        """Classroom: join the lesson with this code and stay in it."""
        self._open(teacher=False).join(code)

    async def send_chat(self, text: str) -> bool:
        return await self._send(SendChat(text))

    async def raise_hand(self, up: bool = True) -> bool:
        return await self._send(RaiseHand(up))

    async def lower_hand(self, peer: str | None = None) -> bool:
        """Teacher: lower this classroom's hand, or every hand."""
        return await self._send(LowerHand(peer))

    async def mute(self, peer: str, muted: bool = True) -> bool:
        """Teacher: mute or unmute a classroom's microphone."""
        return await self._send(Mute(muted, peer))

    async def mute_self(self, muted: bool = True) -> bool:
        """Classroom: mute or unmute its own microphone."""
        return await self._send(Mute(muted))

    async def set_stage(self, peer: str | None) -> bool:
        """Teacher: bring a classroom on stage (everyone hears it), or nobody."""
        return await self._send(SetStage(peer))

    async def push_quiz(self, quiz_id: str) -> bool:
        """Teacher: every classroom gets this catalog quiz to answer now."""
        return await self._send(PushQuiz(quiz_id))

    def begin_quiz(self, pupil: str) -> QuizSession:
        """Classroom: a pupil answers the pushed quiz; answers go through the outbox like offline ones."""
        if self._room.quiz is None:
            raise RuntimeError("no quiz was pushed in this lesson")
        return self._quizzes.begin(self._room.quiz, pupil)

    async def export_attendance(self, path: Path) -> int:
        """Teacher: the lesson's attendance from the hub into a CSV file; returns the rows.

        Raises HubUnreachable or HubError, or OSError when the file cannot be written.
        """
        if self.lesson_id is None:
            raise RuntimeError("no lesson to export")
        return await export_attendance(self._client, self.lesson_id, path)

    async def end(self) -> None:
        """Teacher: end the lesson for everyone, then close (reason: that it ended for everyone, or, when the hub
        could not be told, that this PC left)."""
        self._ended_here = True  # before the hub's Ended can come back
        self._ended_here = await self._send(End())
        await self.close()

    async def close(self) -> None:
        """Leave the lesson (others go on) and close the links and devices; downloads resume."""
        if self._signaling is not None:
            await self._signaling.close()
        if self._closing is not None:
            await asyncio.gather(self._closing, return_exceptions=True)
            self._closing = None
        await self._close_media()
        if self._state not in (LessonState.IDLE, LessonState.ENDED, LessonState.REFUSED):
            self._set_state(LessonState.ENDED, "")

    # inside

    def _open(self, teacher: bool) -> LiveSignaling:
        if self._signaling is not None and self._state not in (LessonState.ENDED, LessonState.REFUSED):
            raise RuntimeError("already in a lesson: close it first")
        self._clear()
        self._closing = None
        self._teacher = teacher
        self._signaling = LiveSignaling(self._client, self._backoff)
        self._signaling.state_changed.connect(self._signaling_changed)
        self._signaling.received.connect(self._take)
        self._media = MediaLinks(self._choice, teacher, self._send, self._picture, self._link_changed, self._problem)
        if not self._paused:
            for work in self._held:
                work.pause()
            self._paused = True
        self._set_state(LessonState.CONNECTING, "")
        return self._signaling

    async def _close_media(self) -> None:
        if self._media is not None:
            media, self._media = self._media, None
            await media.close()
        if self._paused:
            for work in self._held:
                work.resume()
        self._paused = False

    async def _send(self, message: ClientMessage) -> bool:
        return self._signaling is not None and await self._signaling.send(message)

    def _set_state(self, state: LessonState, reason: str) -> None:
        if (state, reason) != (self._state, self._reason):
            self._state, self._reason = state, reason
            logger.info("live lesson: %s %s", state, reason)
            self.state_changed.emit()

    def _signaling_changed(self) -> None:
        assert self._signaling is not None
        state = {
            LiveState.CONNECTING: LessonState.CONNECTING,
            LiveState.IN_LESSON: LessonState.LIVE,
            LiveState.RECONNECTING: LessonState.RECONNECTING,
            LiveState.ENDED: LessonState.ENDED,
            LiveState.REFUSED: LessonState.REFUSED,
        }[self._signaling.state]
        reason = self._signaling.reason
        if state is LessonState.ENDED and self._ended_here:
            reason = translate("live", "You ended the lesson for every classroom.")
        self._set_state(state, reason)
        if state in (LessonState.ENDED, LessonState.REFUSED) and self._media is not None and self._closing is None:
            # over for this PC: the links and devices close now; close() waits for that
            self._closing = asyncio.get_running_loop().create_task(self._close_media(), name="live-lesson-close")

    def _take(self, message: hub.HubMessage) -> None:
        """A hub message: the room it makes, what it asks of the links and devices, then its event."""
        room = after(self._room, message, self._link)
        if self._media is not None:
            self._media.take(message, self._room, room)
        self._set_room(room)
        match message:
            case hub.ChatPosted():
                self._chat_log.keep(message)
                self.chat_added.emit(room.chat[-1])
            case hub.QuizPushed():
                self.quiz_pushed.emit(message.quiz)
            case hub.Results():
                self.results_arrived.emit(message.quiz)
            case hub.ErrorReply() if self._state is LessonState.LIVE:
                logger.warning("hub refused: %s %s", message.code, message.message)
                self.notice.emit(message.message)

    def _set_room(self, room: Room) -> None:
        """Replace the room; each part that changed is announced, then the whole."""
        before, self._room = self._room, room
        if room == before:
            return
        parts = (
            (before.roster != room.roster, self.roster_changed),
            (before.hands != room.hands, self.hands_changed),
            (before.stage != room.stage, self.stage_changed),
            (before.hand != room.hand, self.hand_changed),
            ((before.muted, before.muted_by) != (room.muted, room.muted_by), self.muted_changed),
        )
        for changed, signal in parts:
            if changed:
                signal.emit()
        self.room_changed.emit(room)

    def _link(self, peer: str) -> str:
        return self._media.link(peer) if self._media is not None else ""

    def _link_changed(self, peer: str) -> None:
        if self._room.entry(peer) is not None:
            self._set_room(with_links(self._room, self._link))
