"""The hub's HTTP API on a real socket: auth, catalog, result intake, errors, the OpenAPI document."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import aiohttp
import jsonschema
import pytest

from hub.app import MAX_BODY
from hub.result_store import add_results, find_results
from hub.server import RunningHub
from hub.store import Store
from protocol.content import Text
from protocol.http.results import Result
from protocol.schema import validate

pytestmark = pytest.mark.both_databases


def answer(**overrides: Any) -> dict[str, Any]:
    item = {
        "id": str(uuid.uuid4()),
        "quiz_id": "quiz-math-fractions",
        "question_id": "q1",
        "pupil": "陳小明",
        "answer": 4,
        "answered_at": "2026-11-25T10:42:00+08:00",
    }
    item.update(overrides)
    return item


async def test_health_needs_no_token(hub: RunningHub, http: aiohttp.ClientSession) -> None:
    async with http.get(f"{hub.url}/api/v1/health") as r:
        assert r.status == 200
        body = await r.json()
    assert body["status"] == "ok" and body["version"]


async def test_every_route_is_documented_and_every_documented_route_exists(hub: RunningHub) -> None:
    served = set()
    for route in hub.runner.app.router.routes():
        path = re.sub(r"\{(\w+):[^}]*\}\}?", r"{\1}", route.resource.canonical)
        served.add((route.method.lower(), path.removeprefix("/api/v1")))
    served -= {("head", path) for method, path in served if method == "get"}  # aiohttp's own HEAD beside a GET
    async with aiohttp.ClientSession() as http, http.get(f"{hub.url}/api/v1/openapi.json") as r:
        document = await r.json()
    documented = {(m, p) for p, ops in document["paths"].items() for m in ops}
    assert served == documented
    jsonschema.Draft202012Validator.check_schema({"components": document["components"]})


async def test_routes_refuse_missing_wrong_and_other_role_tokens(
    hub: RunningHub, http: aiohttp.ClientSession, teacher: dict[str, str], classroom: dict[str, str]
) -> None:
    url = f"{hub.url}/api/v1"
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}):
        for method, path in (("GET", "/catalog"), ("GET", "/videos/science-water"), ("POST", "/results")):
            async with http.request(method, url + path, headers=headers, json={}) as r:
                assert r.status == 401, (method, path, headers)
                assert "token" in (await r.json())["error"]["message"]
    async with http.post(f"{url}/results", headers=teacher, json={"results": [answer()]}) as r:
        assert r.status == 403
        assert "classroom" in (await r.json())["error"]["message"]
    for headers in (teacher, classroom):
        async with http.get(f"{url}/catalog", headers=headers) as r:
            assert r.status == 200


async def test_catalog_lists_demo_lessons_with_hashes_of_the_served_files(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], hub_dir: Path
) -> None:
    async with http.get(f"{hub.url}/api/v1/catalog", headers=classroom) as r:
        catalog = await r.json()
    validate(catalog, "Catalog")
    lessons = catalog["lessons"]
    assert {lesson["subject"] for lesson in lessons} == {"english", "mathematics", "science"}
    for lesson in lessons:
        title = Text.read(lesson["title"])  # in its author's language, Chinese shown in every title of the library
        assert title.language in ("en", "zh-TW") and re.search(r"[\u4e00-\u9fff]", " ".join(title.shown())), title
        assert lesson["quiz"]["questions"]
        if "video" not in lesson:  # the demo's times-tables practice is only a quiz
            assert lesson["id"] == "math-times-tables"
            continue
        video = lesson["video"]
        assert 60 <= video["duration"] <= 180
        async with http.get(hub.url + video["url"], headers=classroom) as r:
            data = await r.read()
        assert len(data) == video["size"]
        assert hashlib.sha256(data).hexdigest() == video["sha256"]
        size = video["chunk_size"]
        pieces = [data[i : i + size] for i in range(0, len(data), size)]
        chunks_url = f"{hub.url}/api/v1/videos/{video['id']}/chunks"
        async with http.get(chunks_url, headers=classroom) as r:
            served, etag = await r.json(), r.headers["ETag"]
        validate(served, "VideoChunks")
        assert "chunks" not in video and (served["sha256"], served["chunk_size"]) == (video["sha256"], size)
        assert [hashlib.sha256(p).hexdigest() for p in pieces] == served["chunks"]
        async with http.get(chunks_url, headers={**classroom, "If-None-Match": etag}) as r:
            assert r.status == 304 and etag == f'"{video["sha256"]}"'
    async with http.get(f"{hub.url}/api/v1/videos/no-such-video/chunks", headers=classroom) as r:
        assert r.status == 404


async def test_catalog_etag_gives_304_until_the_catalog_changes(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    url = f"{hub.url}/api/v1/catalog"
    async with http.get(url, headers=classroom) as r:
        etag = r.headers["ETag"]
        assert not etag.startswith("W/")
    async with http.get(url, headers={**classroom, "If-None-Match": etag}) as r:
        assert r.status == 304
        assert await r.read() == b""
    video = hub.store.videos_dir / "english-fruit.mp4"
    lesson = {
        "id": "english-fruit-2",
        "position": 9,
        "subject": "english",
        "title": {"en": "Again", "zh_TW": "再一次"},
        "quiz": {"id": "q", "title": {"en": "", "zh_TW": ""}, "questions": []},
    }
    copy = video.with_name("english-fruit-2.mp4")
    copy.write_bytes(video.read_bytes())
    hub.store.add_lesson(lesson, copy, 60.0)
    async with http.get(url, headers={**classroom, "If-None-Match": etag}) as r:
        assert r.status == 200
        assert r.headers["ETag"] != etag
        assert len((await r.json())["lessons"]) == 5


async def test_results_are_stored_once_and_a_repeat_is_acknowledged(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    batch = {"results": [answer(), answer(question_id="q2", answer=True), answer(answer=["a", "c"])]}
    url = f"{hub.url}/api/v1/results"
    async with http.post(url, headers=classroom, json=batch) as r:
        assert r.status == 200
        first = await r.json()
    assert [i["status"] for i in first["results"]] == ["stored"] * 3
    assert [i["id"] for i in first["results"]] == [i["id"] for i in batch["results"]]
    batch["results"].append(answer(pupil="林美玲"))
    async with http.post(url, headers=classroom, json=batch) as r:
        second = await r.json()
    assert [i["status"] for i in second["results"]] == ["duplicate"] * 3 + ["stored"]
    assert hub.store.db.count("results") == 4
    rows = list(hub.store.db.query("select classroom, pupil from results order by pupil"))
    assert {row["classroom"] for row in rows} == {"Lanyu Elementary, grade 3"}


async def test_concurrent_repeats_of_one_batch_store_each_answer_once(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    batch = {"results": [answer() for _ in range(50)]}

    async def post() -> list[str]:
        async with http.post(f"{hub.url}/api/v1/results", headers=classroom, json=batch) as r:
            return [i["status"] for i in (await r.json())["results"]]

    outcomes = await asyncio.gather(*(post() for _ in range(8)))
    assert sum(o.count("stored") for o in outcomes) == 50
    assert hub.store.db.count("results") == 50


async def test_a_malformed_batch_gets_400_naming_the_field_and_stores_nothing(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    url = f"{hub.url}/api/v1/results"
    cases: list[tuple[bytes, str | None]] = [
        (b"{not json", None),
        (b"\xff\xfe", None),
        (json.dumps({"results": []}).encode(), "results"),
        (json.dumps({"results": [answer()] * 501}).encode(), "results"),
        (json.dumps({"results": {"0": answer()}}).encode(), "results"),
        (json.dumps({"results": [answer()], "extra": 1}).encode(), "(body)"),
        (json.dumps([1, 2]).encode(), "(body)"),
    ]
    for body, field in cases:
        async with http.post(url, headers={**classroom, "Content-Type": "application/json"}, data=body) as r:
            assert r.status == 400, body
            error = (await r.json())["error"]
        assert error.get("field") == field, (body, error)
        assert error["message"]
    assert hub.store.db.count("results") == 0


async def test_each_bad_answer_is_refused_on_its_own_and_the_good_ones_are_stored(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    missing = {k: v for k, v in answer().items() if k != "quiz_id"}
    bad: list[tuple[Any, str, str]] = [  # item, field, words of the reason
        (answer(id="not-a-uuid"), "id", "is not a 'uuid'"),
        (answer(pupil=""), "pupil", "should be non-empty"),
        (answer(pupil="名" * 101), "pupil", "at most 100 characters are allowed; this has 101"),
        (answer(answer="x" * 2001), "answer", "at most 2000 characters are allowed; this has 2001"),
        (missing, "", "'quiz_id' is a required property"),
        (answer(extra=1), "", "Additional properties"),
        (answer(answered_at="yesterday"), "answered_at", "is not a 'date-time'"),
        (answer(answered_at="2026-11-25T12:99:00+08:00"), "answered_at", "is not a 'date-time'"),
        (answer(pupil="\ud800 Ava"), "pupil", "not valid Unicode"),
        (answer(answer=["a", "\udfff"]), "answer/1", "not valid Unicode"),
        (answer(pupil="A\x00va"), "pupil", "NUL"),
        ("not an answer", "", "is not of type 'object'"),
    ]
    good = [answer() for _ in bad]
    items = [x for pair in zip(good, [item for item, _, _ in bad], strict=True) for x in pair]
    body = json.dumps({"results": items}).encode()  # lone surrogates travel as \ud800 escapes, as JSON allows
    async with http.post(
        f"{hub.url}/api/v1/results", headers={**classroom, "Content-Type": "application/json"}, data=body
    ) as r:
        assert r.status == 200
        receipt = (await r.json())["results"]
    validate({"results": receipt}, "ResultReceipt")
    assert [entry["status"] for entry in receipt[0::2]] == ["stored"] * len(good)
    assert [entry["id"] for entry in receipt[0::2]] == [item["id"] for item in good]
    for n, (entry, (item, field, words)) in enumerate(zip(receipt[1::2], bad, strict=True)):
        position = f"results/{2 * n + 1}"
        assert entry["status"] == "refused", entry
        assert entry["field"] == (f"{position}/{field}" if field else position), entry
        assert words in entry["reason"] and not entry["reason"].startswith("results/"), entry
        assert entry["id"] == (item["id"] if isinstance(item, dict) else ""), entry
    assert sorted(row["id"] for row in hub.store.db.query("select id from results")) == sorted(i["id"] for i in good)


async def test_oversized_body_gets_413_and_the_hub_keeps_serving(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    body = json.dumps({"results": [answer(answer="x" * 1900) for _ in range(600)]}).encode()
    assert len(body) > MAX_BODY
    async with http.post(
        f"{hub.url}/api/v1/results", headers={**classroom, "Content-Type": "application/json"}, data=body
    ) as r:
        assert r.status == 413
        assert "KiB" in (await r.json())["error"]["message"]
    async with http.get(f"{hub.url}/api/v1/health") as r:
        assert r.status == 200
    assert hub.store.db.count("results") == 0


async def test_paths_outside_the_videos_never_reach_a_file(
    hub: RunningHub, classroom: dict[str, str], hub_dir: Path
) -> None:
    secret = (hub_dir / "hub.db").read_bytes()[:16]
    attempts = [
        "/api/v1/videos/../hub.db",
        "/api/v1/videos/..%2Fhub.db",
        "/api/v1/videos/%2e%2e/hub.db",
        "/api/v1/videos/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/videos/english-fruit.mp4",
        "/api/v1/videos/%00",
        "/api/v1/../hub.db",
        "/hub.db",
        "/videos/english-fruit.mp4",
        "/api/v1/videos/" + "a" * 65,
    ]
    reader, writer = await asyncio.open_connection(*hub.url.removeprefix("http://").split(":"))
    try:
        for path in attempts:
            # raw request lines: a client library would normalise the dots away
            auth = classroom["Authorization"]
            writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"Content-Length: (\d+)", head, re.I).group(1))  # type: ignore[union-attr]
            body = await reader.readexactly(length)
            assert head.split()[1] in (b"404", b"400"), (path, head)
            assert secret not in body and b"root:" not in body
    finally:
        writer.close()


async def test_enrolment_tells_the_name_role_and_roster(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], teacher: dict[str, str]
) -> None:
    hub.store.set_roster("Lanyu Elementary, grade 3", ["陳怡君", "林志明"])
    async with http.get(f"{hub.url}/api/v1/enrolment", headers=classroom) as r:
        body = await r.json()
    validate(body, "Enrolment")
    assert body == {"name": "Lanyu Elementary, grade 3", "role": "classroom", "roster": ["陳怡君", "林志明"]}
    async with http.get(f"{hub.url}/api/v1/enrolment", headers=teacher) as r:
        assert (await r.json())["roster"] == []


async def test_results_are_for_teachers_filtered_and_in_arrival_order(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], teacher: dict[str, str]
) -> None:
    url = f"{hub.url}/api/v1/results"
    first = [answer(), answer(quiz_id="quiz-science-water", answer="a")]
    second = [answer(pupil="林志明", answer=3)]
    for batch in (first, second):
        async with http.post(url, headers=classroom, json={"results": batch}) as r:
            assert r.status == 200
    async with http.get(url, headers=classroom) as r:
        assert r.status == 403
    async with http.get(url, headers=teacher) as r:
        everything = await r.json()
    validate(everything, "ResultList")
    assert [x["id"] for x in everything["results"]] == [x["id"] for x in first + second]
    assert everything["results"][0]["classroom"] == "Lanyu Elementary, grade 3"
    async with http.get(url, headers=teacher, params={"quiz": "quiz-math-fractions"}) as r:
        fractions = (await r.json())["results"]
    assert [(x["pupil"], x["answer"]) for x in fractions] == [("陳小明", 4), ("林志明", 3)]
    async with http.get(url, headers=teacher, params={"classroom": "Elsewhere"}) as r:
        assert (await r.json())["results"] == []
    async with http.get(url, headers=teacher, params={"quiz": "x" * 101}) as r:
        assert r.status == 400 and (await r.json())["error"]["field"] == "quiz"


async def test_results_come_with_the_pupils_of_each_enrolled_classroom(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], teacher: dict[str, str]
) -> None:
    hub.store.set_roster("Lanyu Elementary, grade 3", ["陳怡君", "林志明"])
    hub.store.issue_token("classroom", "Orchid 1")
    hub.store.set_roster("Orchid 1", ["Ami"])
    hub.store.set_roster("No token yet", ["Nobody"])  # none of its pupils can answer
    url = f"{hub.url}/api/v1/results"
    async with http.get(url, headers=teacher, params={"quiz": "quiz-math-fractions"}) as r:
        body = await r.json()
    validate(body, "ResultList")
    assert body["rosters"] == [
        {"classroom": "Lanyu Elementary, grade 3", "pupils": ["陳怡君", "林志明"]},
        {"classroom": "Orchid 1", "pupils": ["Ami"]},
    ]
    async with http.get(url, headers=teacher, params={"classroom": "Orchid 1"}) as r:
        assert (await r.json())["rosters"] == [{"classroom": "Orchid 1", "pupils": ["Ami"]}]


def test_results_in_a_hub_db_from_before_seq_keep_their_order(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "hub.db")
    columns = "id, quiz_id, question_id, pupil, answer, answered_at, classroom, received_at"
    old.execute(f"create table results ({columns}, primary key (id))")  # as sqlite-utils made it, rowid its order
    earlier = [answer(pupil="second"), answer(pupil="first")]
    for item in earlier:
        row = [*(item[k] for k in ("id", "quiz_id", "question_id", "pupil")), "4", item["answered_at"], "c", "t0"]
        old.execute(f"insert into results ({columns}) values (?, ?, ?, ?, ?, ?, ?, ?)", row)
    old.commit()
    old.close()
    with closing(Store(tmp_path)) as store:
        later = [answer(pupil="third")]
        add_results(store.db, [Result.from_json(item) for item in later], "c")
        assert [r.pupil for r in find_results(store.db, None, None)] == ["second", "first", "third"]
