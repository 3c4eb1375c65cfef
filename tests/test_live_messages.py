"""The live protocol's records (protocol/live/): one for every message type of openapi.json either way, each
valid against its schema, read back equal, and a malformed message refused with the field at fault."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from protocol.live.from_client import (
    FROM_CLIENT,
    End,
    Join,
    LowerHand,
    Mute,
    Ping,
    PushQuiz,
    RaiseHand,
    SendChat,
    SendSignal,
    SetStage,
    Start,
)
from protocol.live.from_hub import (
    FROM_HUB,
    ChatPosted,
    Ended,
    ErrorReply,
    Hands,
    HandState,
    Joined,
    Muted,
    Pong,
    QuizPushed,
    Relayed,
    Results,
    Roster,
    StageChanged,
    Started,
    TeacherPresence,
    Welcome,
)
from protocol.live.parts import STAR, IceServer, Media, PeerView, SessionDescription, TeacherView
from protocol.live.wire import ProtocolError, from_client, from_hub, schemas, to_text
from protocol.record import Record
from protocol.schema import validate

OFFER = SessionDescription("offer", "v=0\r\n", "9c1e47a0b2d35f68")
TURN = IceServer(("turn:turn.example:3478",), "1796114400:e5f60718", "c2VjcmV0")
JANUS = Media("janus", "http://janus.example:8088/janus", 1234, "token", 42, "e5f60718")
QUIZ = {
    "id": "quiz-math-fractions",
    "title": {"en": "Fractions", "zh_TW": "分數"},
    "questions": [
        {"id": "q1", "kind": "true_false", "text": {"en": "1/2 > 1/3", "zh_TW": "1/2 > 1/3"}, "answer": True}
    ],
}
RESULT = {
    "id": "0b9f4d2e-2c1a-4c3e-9a55-6d8f7e1a2b3c",
    "quiz_id": "quiz-math-fractions",
    "question_id": "q1",
    "pupil": "Ami",
    "answer": True,
    "answered_at": "2026-11-25T02:41:00+00:00",
    "classroom": "Lanyu 3",
    "received_at": "2026-11-25T02:41:01+00:00",
}

CLIENT_EXAMPLES: list[Record] = [
    Ping(),
    Start(),
    Start("K7MPQ2"),
    Join("k7m-pq2"),
    SendSignal("a1b2c3d4", OFFER),
    SendSignal("a1b2c3d4", SessionDescription("answer", "v=0\r\n")),
    RaiseHand(True),
    LowerHand(),
    LowerHand("e5f60718"),
    SendChat("老師好！"),
    Mute(True, "e5f60718"),
    Mute(False),
    SetStage("e5f60718"),
    SetStage(None),
    PushQuiz("quiz-math-fractions"),
    End(),
]
HUB_EXAMPLES: list[Record] = [
    Welcome("Lanyu 3", "classroom"),
    Pong(),
    ErrorReply("bad-message", "chat: text: at most 500 characters are allowed; this has 501"),
    ErrorReply("too-many-tries", "Too many wrong lesson codes.", "3f9c0a12b7d4e851", 42),
    Started("3f9c0a12b7d4e851", "K7MPQ2", "a1b2c3d4", False, None, (), STAR),
    Started("3f9c0a12b7d4e851", "K7MPQ2", "a1b2c3d4", True, "e5f60718", (TURN,), JANUS),
    Joined("3f9c", "K7MPQ2", "e5f60718", TeacherView("a1b2c3d4", "Ms. Lin", True), None, False, False, (), STAR),
    Roster("3f9c", (PeerView("e5f60718", "Lanyu 3", True, "2026-11-25T02:40:00.120+00:00", False, True),)),
    TeacherPresence("3f9c", False),
    Relayed("3f9c", "a1b2c3d4", OFFER),
    HandState("3f9c", True),
    Hands("3f9c", ("e5f60718", "0a1b2c3d")),
    ChatPosted("3f9c", "e5f60718", "Lanyu 3", "老師好！", "2026-11-25T02:40:00.120+00:00"),
    Muted("3f9c", True, "teacher"),
    StageChanged("3f9c", None),
    QuizPushed("3f9c", QUIZ),
    Results("3f9c", "quiz-math-fractions", (RESULT,)),
    Ended("3f9c"),
]


def test_every_message_type_of_the_schema_has_a_record_either_way() -> None:
    assert {record.KIND for record in FROM_CLIENT} == set(schemas("LiveFromClient"))
    assert {record.KIND for record in FROM_HUB} == set(schemas("LiveFromHub"))
    assert {type(m) for m in CLIENT_EXAMPLES} == set(FROM_CLIENT)
    assert {type(m) for m in HUB_EXAMPLES} == set(FROM_HUB)


@pytest.mark.parametrize(
    ("message", "union", "read"),
    [(m, "LiveFromClient", from_client) for m in CLIENT_EXAMPLES]
    + [(m, "LiveFromHub", from_hub) for m in HUB_EXAMPLES],
    ids=lambda value: (
        value if isinstance(value, str) else type(value).__name__ if isinstance(value, Record) else value.__name__
    ),
)
def test_a_message_is_valid_and_reads_back_the_same(
    message: Record, union: str, read: Callable[[str | dict[str, Any]], Record]
) -> None:
    body = message.to_json()
    validate(body, schemas(union)[body["type"]])
    validate(body, union)
    assert read(body) == message and read(to_text(message)) == message


def test_the_wire_keeps_its_field_names() -> None:
    assert Relayed("3f9c", "a1b2c3d4", OFFER).to_json() == {
        "type": "signal",
        "lesson": "3f9c",
        "from": "a1b2c3d4",
        "data": {"type": "offer", "sdp": "v=0\r\n", "offer_id": "9c1e47a0b2d35f68"},
    }
    assert LowerHand().to_json() == {"type": "lower_hand"}
    assert SetStage(None).to_json() == {"type": "stage", "peer": None}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("not json", "Not JSON"),
        ("[1, 2]", 'Expected a JSON object with a "type".'),
        ('{"type": "fireworks"}', "Unknown message type 'fireworks'."),
        ('{"type": "roster", "lesson": "3f9c", "peers": [{"peer": "x"}]}', "roster: peers/0: 'name' is a required"),
        ('{"type": "joined", "lesson": "3f9c"}', "joined: (body): 'code' is a required property"),
        ('{"type": "hand", "lesson": "3f9c", "up": "yes"}', "hand: up: 'yes' is not of type 'boolean'"),
    ],
)
def test_a_malformed_message_from_the_hub_is_a_protocol_error_naming_what_is_wrong(text: str, said: str) -> None:
    with pytest.raises(ProtocolError, match="^" + re.escape(said)):
        from_hub(text)
