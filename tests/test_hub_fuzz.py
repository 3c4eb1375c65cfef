"""Odd JSON (huge numbers, deep nesting, NaN, lone surrogates, bytes that are not text) in every HTTP body,
query and live message: a documented 4xx or an error message, never a 5xx or a dead socket handler; and
the hub never writes non-standard JSON."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hub.server import RunningHub
from protocol.schema import openapi, validate

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and Infinity too: json.dumps writes them as the non-standard NaN, Infinity
    | st.text(max_size=20)
    | st.sampled_from(["\ud800", "a\udfffb", "\udbff\udbff"])  # halves of surrogate pairs, written as \\ud800
)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
)
deep = st.builds(
    lambda n, opening, closed: opening * n + ("1" + "]" * n if closed and opening == "[" else ""),
    st.integers(33, 100_000),
    st.sampled_from(["[", '{"a":', '{"results":[']),
    st.booleans(),
)
long_numbers = st.builds(
    lambda digits, tail: "9" * digits + tail, st.integers(41, 6000), st.sampled_from(["", ".5", "e5", "e999"])
)
result_fields = ["id", "quiz_id", "question_id", "pupil", "answer", "answered_at"]
odd_results = st.builds(
    lambda items: json.dumps({"results": items}),
    st.lists(st.dictionaries(st.sampled_from(result_fields), values, max_size=6), min_size=1, max_size=3),
)
odd_texts = st.one_of(values.map(json.dumps), deep, long_numbers, odd_results, long_numbers.map('{{"x": {}}}'.format))


def strict(text: str) -> Any:
    """JSON as the standard has it: NaN and Infinity are no numbers."""

    def refuse(name: str) -> None:
        raise AssertionError(f"the hub wrote {name}")

    return json.loads(text, parse_constant=refuse)


def documented(method: str, path: str) -> set[int]:
    return {int(code) for code in openapi()["paths"][path][method]["responses"]}


async def deliberate(response: aiohttp.ClientResponse, method: str, path: str) -> Any:
    """The answer's status is one the OpenAPI document lists, never 5xx, and its body standard JSON."""
    assert response.status in documented(method, path) and response.status < 500, response.status
    body = strict(await response.text())
    if response.status >= 400:
        validate(body, "Error")
    return body


@SETTINGS
@given(data=odd_texts.map(str.encode) | st.binary(max_size=100))  # bytes that are not UTF-8 too
async def test_odd_result_bodies_get_a_documented_answer(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], data: bytes
) -> None:
    async with http.post(f"{hub.url}/api/v1/results", headers=classroom, data=data) as r:
        await deliberate(r, "post", "/results")


progress_fields = ["id", "lesson", "viewer", "kind", "at", "fraction", "right", "total"]
odd_progress = st.builds(
    lambda items: json.dumps({"events": items}),
    st.lists(st.dictionaries(st.sampled_from(progress_fields), values, max_size=8), min_size=1, max_size=3),
)


@SETTINGS
@given(data=(odd_texts | odd_progress).map(str.encode) | st.binary(max_size=100))
async def test_odd_progress_bodies_get_a_documented_answer(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], data: bytes
) -> None:
    async with http.post(f"{hub.url}/api/v1/progress", headers=classroom, data=data) as r:
        await deliberate(r, "post", "/progress")


@SETTINGS
@given(start=st.binary(max_size=60) | st.from_regex(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", fullmatch=True))
async def test_odd_timetable_windows_get_a_documented_answer(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], start: bytes | str
) -> None:
    url = aiohttp.client.URL(f"{hub.url}/api/v1/timetable?from={quote(start)}", encoded=True)
    async with http.get(url, headers=classroom) as r:
        await deliberate(r, "get", "/timetable")


@SETTINGS
@given(quiz=st.binary(max_size=120), classroom=st.binary(max_size=120) | st.none())
async def test_odd_result_queries_get_a_documented_answer(
    hub: RunningHub, http: aiohttp.ClientSession, teacher: dict[str, str], quiz: bytes, classroom: bytes | None
) -> None:
    query = f"quiz={quote(quiz)}" + (f"&classroom={quote(classroom)}" if classroom is not None else "")
    url = aiohttp.client.URL(f"{hub.url}/api/v1/results?{query}", encoded=True)
    async with http.get(url, headers=teacher) as r:
        await deliberate(r, "get", "/results")


def item(pupil: str = '"陳小明"', answer: str = "4") -> str:
    """A result batch of one answer that is right in all but what is written in; JSON text as a client sent it."""
    return (
        f'{{"results": [{{"id": "{uuid.uuid4()}", "quiz_id": "quiz-math-fractions", "question_id": "q1",'
        f' "pupil": {pupil}, "answer": {answer}, "answered_at": "2026-11-25T10:42:00+08:00"}}]}}'
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (item(answer="7" * 5000), "longer than the hub takes"),
        (item(answer="[" * 5000 + "]" * 5000), "nested more than 32 deep"),
        ('{"results":' + "[" * 100_000, "nested more than 32 deep"),
        (item(answer="NaN"), "NaN is not a JSON number"),
        (item(answer="-Infinity"), "-Infinity is not a JSON number"),
        (item(answer="1e999"), "too large for a number"),
    ],
    ids=["5000-digits", "5000-deep", "100000-deep", "NaN", "-Infinity", "1e999"],
)
async def test_each_odd_body_is_refused_in_words_and_nothing_is_stored(
    hub: RunningHub,
    http: aiohttp.ClientSession,
    classroom: dict[str, str],
    teacher: dict[str, str],
    text: str,
    said: str,
) -> None:
    async with http.post(f"{hub.url}/api/v1/results", headers=classroom, data=text.encode()) as r:
        assert r.status == 400 and said in (await deliberate(r, "post", "/results"))["error"]["message"]
    async with http.get(f"{hub.url}/api/v1/results", headers=teacher) as r:
        assert (await deliberate(r, "get", "/results"))["results"] == []


async def test_a_wrong_method_gets_405_naming_the_allowed_ones(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    for method, path in (("PUT", "/results"), ("DELETE", "/catalog"), ("POST", "/health")):
        async with http.request(method, f"{hub.url}/api/v1{path}", headers=classroom) as r:
            assert r.status == 405 and r.headers["Allow"], (method, path)
            assert {m.strip() for m in r.headers["Allow"].split(",")} >= {m.upper() for m in openapi()["paths"][path]}
            validate(strict(await r.text()), "Error")


live_types = st.sampled_from(["ping", "join", "signal", "hand", "lower_hand", "chat", "mute", "stage", "quiz", "end"])
live_texts = odd_texts | st.builds(
    lambda kind, fields: json.dumps({**fields, "type": kind}), live_types, st.dictionaries(st.text(max_size=8), values)
)


@pytest.fixture
async def live(hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]) -> AsyncIterator[list[Any]]:
    """A classroom's live socket (in a one-item list: the test opens a new one when the hub closed it)."""
    holder: list[Any] = []

    async def open_socket() -> aiohttp.ClientWebSocketResponse:
        socket = await http.ws_connect(f"{hub.url}/api/v1/live", headers=classroom)
        assert (await socket.receive_json(timeout=5))["type"] == "welcome"
        return socket

    holder.extend([await open_socket(), open_socket])
    yield holder
    await holder[0].close()


@SETTINGS
@given(text=live_texts)
async def test_odd_live_messages_get_an_answer_and_the_socket_handler_survives(live: list[Any], text: str) -> None:
    socket: aiohttp.ClientWebSocketResponse = live[0]
    await socket.send_str(text)  # json.dumps writes a lone surrogate as the escape \ud800
    for _ in range(5):
        frame = await socket.receive(timeout=5)
        if frame.type is aiohttp.WSMsgType.CLOSE:  # a refused join, or a message over 256 KiB: a proper close
            assert frame.data in (aiohttp.WSCloseCode.POLICY_VIOLATION, aiohttp.WSCloseCode.MESSAGE_TOO_BIG), frame
            live[0] = socket = await live[1]()
            break
        assert frame.type is aiohttp.WSMsgType.TEXT, frame
        message = strict(frame.data)
        validate(message, "LiveFromHub")
        if message["type"] in ("error", "pong"):
            break
    await socket.send_json({"type": "ping"})  # the same handler still answers
    while (message := await socket.receive_json(timeout=5, loads=strict))["type"] != "pong":
        validate(message, "LiveFromHub")
