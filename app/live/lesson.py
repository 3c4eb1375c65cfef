"""The live lesson controller the screens bind to, for the teacher (start) or a classroom (join).

Over LiveSignaling (the hub's socket, back by itself after drops) and LessonMedia (devices and
aiortc peers, linked as app.live.links says). Its state, roster, hands, chat, stage, mute, pop-up
quizzes and device problems are announced with signals, each only when it really changed; the
newest picture of each peer is pulled with picture(peer). Library downloads pause while a lesson
runs. The protocol is docs/live-protocol.md.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np
import sqlite_utils
from PySide6.QtCore import QObject, Signal

from app.attendance_export import export_attendance
from app.hub_client import HubClient
from app.library import LibraryService
from app.live.chat import ChatLine, ChatLog
from app.live.links import Links
from app.live.sfu import SfuLinks
from app.live.signaling import BACKOFF_SECONDS, LiveSignaling, LiveState
from app.quiz_session import QuizSession, Quizzes
from media.lesson_media import LessonMedia, MediaChoice
from media.link_figures import LinkFigures
from media.peer import hub_ice_servers
from media.quality import Preset

logger = logging.getLogger(__name__)


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
class Picture:
    """The newest picture from a peer."""

    number: int
    """Pictures received from this peer in this lesson; grows by one with each."""
    pixels: np.ndarray
    """Height × width × 3, BGR, uint8."""


class LiveLesson(QObject):
    """One PC's part in a live lesson. Must be used in the event loop; reusable for one lesson after another.

    Media work (camera reads, sound devices, encoding) runs in the media modules' own threads; the
    signals are emitted in the event loop's (Qt's) thread.
    """

    state_changed = Signal()
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
    """New answers to this pushed quiz reached the hub (the teacher's side; see results())."""
    problems_changed = Signal()
    picture_arrived = Signal(str)
    """A new picture from this peer (pull it with picture(peer))."""
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
    ) -> None:
        super().__init__()
        self._client, self._quizzes, self._choice, self._library = client, quizzes, choice, library
        self._backoff = backoff
        self._chat_log = ChatLog(db)
        self._signaling: LiveSignaling | None = None
        self._media: LessonMedia | None = None
        self._links: Links | SfuLinks | None = None
        self._teacher = False
        self._paused = False
        self._closing: asyncio.Task[None] | None = None
        self._clear()

    def _clear(self) -> None:
        self._state, self._reason = LessonState.IDLE, ""
        self._roster: dict[str, RosterEntry] = {}
        self._hands: list[str] = []
        self._chat: list[ChatLine] = []
        self._stage: str | None = None
        self._hand = False
        self._muted, self._muted_by = False, ""
        self._quiz: dict[str, Any] | None = None
        self._results: dict[str, list[dict[str, Any]]] = {}
        self._problems: dict[str, str] = {}
        self._pictures: dict[str, Picture] = {}

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
    def roster(self) -> list[RosterEntry]:
        """The classrooms (teacher) or the teacher (classroom), in the order they joined."""
        return list(self._roster.values())

    @property
    def hands(self) -> list[str]:
        """Peer ids of raised hands, first raised first (the teacher's side)."""
        return list(self._hands)

    @property
    def chat(self) -> list[ChatLine]:
        return list(self._chat)

    @property
    def stage(self) -> str | None:
        """The peer id of the classroom everyone hears, or None."""
        return self._stage

    @property
    def hand(self) -> bool:
        """This classroom's own hand."""
        return self._hand

    @property
    def muted(self) -> bool:
        """This classroom's microphone is muted."""
        return self._muted

    @property
    def muted_by(self) -> str:
        """ "teacher" or "self" while muted."""
        return self._muted_by

    @property
    def quiz(self) -> dict[str, Any] | None:
        """The last quiz pushed in this lesson."""
        return self._quiz

    def results(self, quiz_id: str) -> list[dict[str, Any]]:
        """Answers to a pushed quiz as they reached the hub (the teacher's side)."""
        return list(self._results.get(quiz_id, []))

    @property
    def problems(self) -> dict[str, str]:
        """Devices that cannot be used ("camera", "microphone", "speakers") and why, in plain words."""
        return dict(self._problems)

    def picture(self, peer: str) -> Picture | None:
        return self._pictures.get(peer)

    def own_picture(self) -> Picture | None:
        """This PC's own camera picture, the newest (for its preview); None before the first or out of a lesson."""
        frame = self._media.feed.latest if self._media is not None else None
        return Picture(frame.number, frame.pixels) if frame is not None else None

    def figures(self, peer: str) -> LinkFigures | None:
        """The link's latest second of figures (loss, round trip, rates)."""
        return self._media.figures(peer) if self._media is not None else None

    def quality(self, peer: str) -> Preset | None:
        """The quality chosen by hand for what this PC sends to peer; None: chosen by the link's figures."""
        return self._media.override(peer) if self._media is not None else None

    def set_quality(self, peer: str, preset: Preset | None) -> None:
        """Send peer this quality whatever the link's figures say (still under [network] live_cap);
        None: choose by the figures again. Kept when the link is rebuilt."""
        if self._media is not None:
            self._media.set_override(peer, preset)

    # what the screens do

    def start(self, code: str | None = None) -> None:
        """Teacher: start a lesson (with this code, else a new one) and stay in it."""
        self._open(teacher=True).start(code)

    def join(self, code: str) -> None:
        """Classroom: join the lesson with this code and stay in it."""
        self._open(teacher=False).join(code)

    async def send_chat(self, text: str) -> bool:
        return await self._send({"type": "chat", "text": text})

    async def raise_hand(self, up: bool = True) -> bool:
        return await self._send({"type": "hand", "up": up})

    async def lower_hand(self, peer: str | None = None) -> bool:
        """Teacher: lower this classroom's hand, or every hand."""
        return await self._send({"type": "lower_hand"} if peer is None else {"type": "lower_hand", "peer": peer})

    async def mute(self, peer: str, muted: bool = True) -> bool:
        """Teacher: mute or unmute a classroom's microphone."""
        return await self._send({"type": "mute", "peer": peer, "muted": muted})

    async def mute_self(self, muted: bool = True) -> bool:
        """Classroom: mute or unmute its own microphone."""
        return await self._send({"type": "mute", "muted": muted})

    async def set_stage(self, peer: str | None) -> bool:
        """Teacher: bring a classroom on stage (everyone hears it), or nobody."""
        return await self._send({"type": "stage", "peer": peer})

    async def push_quiz(self, quiz_id: str) -> bool:
        """Teacher: every classroom gets this catalog quiz to answer now."""
        return await self._send({"type": "quiz", "quiz": quiz_id})

    def begin_quiz(self, pupil: str) -> QuizSession:
        """Classroom: a pupil answers the pushed quiz; answers go through the outbox like offline ones."""
        if self._quiz is None:
            raise RuntimeError("no quiz was pushed in this lesson")
        return self._quizzes.begin(self._quiz, pupil)

    async def export_attendance(self, path: Path) -> int:
        """Teacher: the lesson's attendance from the hub into a CSV file; returns the rows.

        Raises HubUnreachable or HubError, or OSError when the file cannot be written.
        """
        if self.lesson_id is None:
            raise RuntimeError("no lesson to export")
        return await export_attendance(self._client, self.lesson_id, path)

    async def end(self) -> None:
        """Teacher: end the lesson for everyone, then close."""
        await self._send({"type": "end"})
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
        self._media = LessonMedia(self._choice, self._picture, self._dead, self._link_changed, self._problem)
        self._links = None  # the star's or Janus's, as started/joined says
        if self._library is not None and not self._paused:
            self._library.pause()
            self._paused = True
        self._set_state(LessonState.CONNECTING, "")
        return self._signaling

    async def _close_media(self) -> None:
        if self._links is not None:
            await self._links.close()
            self._links = None
        if self._media is not None:
            media, self._media = self._media, None
            await media.close()
        if self._paused and self._library is not None:
            self._library.resume()
        self._paused = False

    async def _send(self, message: dict[str, Any]) -> bool:
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
        self._set_state(state, self._signaling.reason)
        if state in (LessonState.ENDED, LessonState.REFUSED) and self._media is not None and self._closing is None:
            # over for this PC: the links and devices close now; close() waits for that
            self._closing = asyncio.get_running_loop().create_task(self._close_media(), name="live-lesson-close")

    def _take(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        handler = getattr(self, f"_on_{kind}", None)
        if handler is not None:
            handler(message)

    def _on_joined(self, message: dict[str, Any]) -> None:
        self._take_servers(message)
        teacher = message["teacher"]
        self._use(message["media"], message["peer"], teacher["peer"])
        self._set_roster([RosterEntry(teacher["peer"], teacher["name"], teacher["online"])])
        self._set_stage(message["stage"])
        self._set_hand(message["hand"])
        self._set_muted(message["muted"], "teacher" if message["muted"] else "")

    def _on_roster(self, message: dict[str, Any]) -> None:
        entries = [
            RosterEntry(
                p["peer"], p["name"], p["online"], p["hand"], p["muted"], p["joined_at"], self._link_of(p["peer"])
            )
            for p in message["peers"]
        ]
        self._set_roster(entries)
        if self._links is not None:
            self._links.roster({p["peer"] for p in message["peers"] if p["online"]})

    def _on_teacher(self, message: dict[str, Any]) -> None:
        self._set_roster([replace(entry, online=message["online"]) for entry in self._roster.values()])

    def _on_signal(self, message: dict[str, Any]) -> None:
        if self._links is not None:
            self._links.signal(message["from"], message["data"])

    def _on_hands(self, message: dict[str, Any]) -> None:
        if message["queue"] != self._hands:
            self._hands = list(message["queue"])
            self.hands_changed.emit()

    def _on_hand(self, message: dict[str, Any]) -> None:
        self._set_hand(message["up"])

    def _on_muted(self, message: dict[str, Any]) -> None:
        self._set_muted(message["muted"], message["by"] if message["muted"] else "")

    def _on_stage(self, message: dict[str, Any]) -> None:
        self._set_stage(message["peer"])

    def _on_started(self, message: dict[str, Any]) -> None:
        self._take_servers(message)
        self._use(message["media"], message["peer"], None)
        self._set_stage(message["stage"])

    def _take_servers(self, message: dict[str, Any]) -> None:
        """The hub's TURN servers, with credentials fresh for this start or join, for the links built next."""
        if self._media is not None:
            self._media.hub_servers = tuple(hub_ice_servers(message.get("ice_servers", [])))

    def _use(self, media: dict[str, Any], me: str, teacher: str | None) -> None:
        """The links the hub's reply names: the star's (kept across reconnects) or Janus's (entered anew)."""
        if self._media is None:
            return
        if media["server"] == "janus":
            if not isinstance(self._links, SfuLinks):
                self._links = SfuLinks(self._media, self._teacher, lambda text: self._problem("video server", text))
            self._links.enter(media, me, teacher)
            self._links.stage(self._stage)
        elif self._links is None:
            self._links = Links(self._media, self._send, self._teacher)

    def _set_stage(self, stage: str | None) -> None:
        if self._links is not None:
            self._links.stage(stage)
        if stage != self._stage:
            self._stage = stage
            self.stage_changed.emit()

    def _on_chat(self, message: dict[str, Any]) -> None:
        line = self._chat_log.keep(message)
        self._chat.append(line)
        self.chat_added.emit(line)

    def _on_quiz(self, message: dict[str, Any]) -> None:
        self._quiz = message["quiz"]
        self.quiz_pushed.emit(self._quiz)

    def _on_results(self, message: dict[str, Any]) -> None:
        self._results.setdefault(message["quiz"], []).extend(message["results"])
        self.results_arrived.emit(message["quiz"])

    def _on_error(self, message: dict[str, Any]) -> None:
        if self._state is LessonState.LIVE:
            logger.warning("hub refused: %s %s", message.get("code"), message.get("message"))
            self.notice.emit(str(message.get("message", "")))

    def _set_roster(self, entries: list[RosterEntry]) -> None:
        roster = {entry.peer: entry for entry in entries}
        if roster != self._roster:
            self._roster = roster
            self.roster_changed.emit()

    def _set_hand(self, up: bool) -> None:
        if up != self._hand:
            self._hand = up
            self.hand_changed.emit()

    def _set_muted(self, muted: bool, by: str) -> None:
        if self._media is not None:
            self._media.set_muted(muted)
        if (muted, by) != (self._muted, self._muted_by):
            self._muted, self._muted_by = muted, by
            self.muted_changed.emit()

    def _link_of(self, peer: str) -> str:
        if self._media is None or peer not in self._media.links:
            return ""
        preset = self._media.preset(peer)
        return preset.name if self._media.picture_count(peer) and preset is not None else "connecting"

    def _link_changed(self, peer: str) -> None:
        entry = self._roster.get(peer)
        if entry is not None:
            self._set_roster([replace(e, link=self._link_of(e.peer)) for e in self._roster.values()])

    def _picture(self, peer: str, pixels: np.ndarray) -> None:
        before = self._pictures.get(peer)
        self._pictures[peer] = Picture(before.number + 1 if before else 1, pixels)
        self.picture_arrived.emit(peer)

    def _dead(self, peer: str) -> None:
        if self._links is not None:
            self._links.dead(peer)
        self._link_changed(peer)

    def _problem(self, device: str, message: str) -> None:
        """A device (or the video server) cannot be used, in words; "" once it can."""
        if self._problems.get(device, "") != message:
            if message:
                self._problems[device] = message
                logger.warning("live lesson device problem: %s", message)
            else:
                del self._problems[device]
            self.problems_changed.emit()
