"""The live lesson's signaling connection: start or join a lesson on the hub's socket and stay in it.

The protocol is docs/live-protocol.md. When the socket drops or the hub restarts, the connection
comes back by itself with backoff and jitter and starts or joins again with the same code, so the
lesson resumes with the same lesson and peer ids; the hub's refusals (no such lesson, a code
another teacher uses, ...) are final.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from enum import StrEnum

import aiohttp
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.hub_client import HubClient
from app.repeater import backoff_delay
from media.errors import ClassroomError
from protocol.live.from_client import ClientMessage, Join, Start
from protocol.live.from_hub import Ended, ErrorReply, HubMessage, Joined, Pong, Started, Welcome
from protocol.live.wire import ProtocolError, from_hub, to_text

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate

BACKOFF_SECONDS = (1.0, 2.0, 5.0, 10.0, 20.0, 30.0)
"""Waits before the 1st, 2nd, ... try to come back; the first follows a drop from the lesson."""
HEARTBEAT = 15.0
"""Seconds between pings to the hub; a hub silent for half as long is taken as gone."""
SHOWN = 300
"""Characters of a malformed hub message the log shows."""


class LiveState(StrEnum):
    """Where the signaling connection stands."""

    CONNECTING = "connecting"
    """Opening the socket and starting or joining, the first time."""
    IN_LESSON = "in_lesson"
    """Started or joined: messages go both ways."""
    RECONNECTING = "reconnecting"
    """The socket dropped or could not open; trying again after a pause (reason says why)."""
    ENDED = "ended"
    """The teacher ended the lesson, or this side closed the connection; nothing more happens."""
    REFUSED = "refused"
    """The hub would not let this PC start or join (reason says why); not tried again."""


def _refusal(code: str, lesson_code: str, hub_message: str, wait: object = None) -> str:
    """The hub's refusal in the user's language (wait: seconds before another try, with too-many-tries)."""
    reasons = {
        "no-such-lesson": translate(
            "live", "There is no live lesson with the code {code}. Check the code with the teacher."
        ),
        "code-in-use": translate("live", "Another teacher's lesson is using the code {code}. Choose another code."),
        "bad-code": translate(
            "live", "{code} cannot be a lesson code: a code is 6 letters and digits, without 0, O, 1 or I."
        ),
        "not-allowed": translate(
            "live", "This PC's token cannot do that: teachers start live lessons and classrooms join them."
        ),
        "replaced": translate(
            "live", "This classroom came into the lesson again from another window or PC, so this one left it."
        ),
        "too-many-tries": translate(
            "live",
            "This PC tried too many wrong lesson codes. Wait {seconds} seconds, check the code with the teacher"
            " and join again.",
        ),
    }
    return reasons[code].format(code=lesson_code, seconds=wait) if code in reasons else hub_message


class LiveSignaling(QObject):
    """One lesson's signaling connection, as its teacher (start) or a classroom (join).

    received carries every hub message of the lesson (started/joined, roster, signal, chat, ...) as its
    protocol.live record; welcome and pong stay inside. A message that breaks the protocol is logged as a
    protocol error and passed over. Must be used in the event loop; the HubClient stays the caller's to close.
    """

    state_changed = Signal()
    received = Signal(object)
    """A message from the hub (a protocol.live.from_hub record)."""

    def __init__(self, client: HubClient, backoff: Sequence[float] = BACKOFF_SECONDS) -> None:
        super().__init__()
        self._client = client
        self._backoff = backoff
        self._hello: Start | Join = Start()
        self._state = LiveState.CONNECTING
        self._reason = ""
        self._lesson: str | None = None
        self._peer: str | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def state(self) -> LiveState:
        return self._state

    @property
    def reason(self) -> str:
        """Why it is reconnecting, refused or ended, in the user's language; "" when in the lesson."""
        return self._reason

    @property
    def lesson(self) -> str | None:
        """The lesson's id once started or joined."""
        return self._lesson

    @property
    def peer(self) -> str | None:
        """This PC's peer id in the lesson, the same after every reconnection."""
        return self._peer

    @property
    def code(self) -> str | None:
        """The lesson's join code: the one asked for, then the hub's."""
        return self._hello.code

    def start(self, code: str | None = None) -> None:
        """Teacher: start a lesson (with this code, else one the hub picks) and stay in it."""
        self._open(Start(code))

    def join(self, code: str) -> None:
        """Classroom: join the lesson with this code and stay in it."""
        self._open(Join(code))

    def _open(self, hello: Start | Join) -> None:
        if self._task is not None:
            raise RuntimeError("this signaling connection is already open")
        self._hello = hello
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def send(self, message: ClientMessage) -> bool:
        """Send a message into the lesson; False (and nothing sent) while not in the lesson."""
        if self._state is not LiveState.IN_LESSON or self._socket is None or self._socket.closed:
            return False
        try:
            await self._socket.send_str(to_text(message))
        except ConnectionError:
            return False
        return True

    async def close(self) -> None:
        """Leave: close the socket and stop coming back (the hub shows this PC as offline)."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._state not in (LiveState.ENDED, LiveState.REFUSED):
            self._set(LiveState.ENDED, "")

    def _set(self, state: LiveState, reason: str) -> None:
        if (state, reason) != (self._state, self._reason):
            self._state, self._reason = state, reason
            logger.info("live lesson signaling: %s %s", state, reason)
            self.state_changed.emit()

    async def _run(self) -> None:
        failures = 0
        while True:
            try:
                await self._session()
                reason = translate("live", "The connection to the hub was lost.")
            except ClassroomError as e:
                reason = str(e)
            if self._state in (LiveState.ENDED, LiveState.REFUSED):
                return
            failures = 1 if self._state is LiveState.IN_LESSON else failures + 1
            self._set(LiveState.RECONNECTING, reason)
            await asyncio.sleep(backoff_delay(self._backoff, failures))

    async def _session(self) -> None:
        """One socket, from opening to closing; returns when it closes or the lesson is over for this PC."""
        async with self._client.live(HEARTBEAT, teacher=isinstance(self._hello, Start)) as socket:
            self._socket = socket
            try:
                async for frame in socket:
                    if frame.type is not aiohttp.WSMsgType.TEXT:
                        continue
                    try:
                        message = from_hub(frame.data)
                    except ProtocolError as e:
                        shown = frame.data if len(frame.data) <= SHOWN else frame.data[:SHOWN] + "…"
                        logger.error("protocol error: the hub sent %s, which is wrong: %s; passed over", shown, e)
                        continue
                    if not await self._take(socket, message):
                        return
            finally:
                self._socket = None

    async def _take(self, socket: aiohttp.ClientWebSocketResponse, message: HubMessage) -> bool:
        """Act on one hub message; False when this PC's part in the lesson is over."""
        match message:
            case Welcome():
                await socket.send_str(to_text(self._hello))
                return True
            case Pong():
                return True
            case Started() | Joined():
                self._lesson, self._peer = message.lesson, message.peer
                # comes back to this lesson, also one the hub picked
                self._hello = Start(message.code) if isinstance(self._hello, Start) else Join(message.code)
                self._set(LiveState.IN_LESSON, "")
            case Ended():
                self._set(LiveState.ENDED, translate("live", "The teacher ended the lesson."))
            case ErrorReply() if message.code == "replaced" or self._state is not LiveState.IN_LESSON:
                if message.code == "no-such-lesson" and self._lesson is not None:
                    self._set(LiveState.ENDED, translate("live", "The lesson ended while this PC was away."))
                else:
                    refusal = _refusal(message.code, self.code or "", message.message, message.retry_after)
                    self._set(LiveState.REFUSED, refusal)
        self.received.emit(message)
        return self._state not in (LiveState.ENDED, LiveState.REFUSED)
