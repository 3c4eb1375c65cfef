"""Publishing lessons on a real hub (/api/v1/library): a teacher's tus upload transcoded by a worker process into a
catalogued lesson video, a file that cannot be one, unpublishing and editing, keep_originals, every route with
every role, and a hub restarted mid-transcode. Videos are made by the tests with PyAV."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from app.catalog import Lesson
from app.hub_client import HubClient
from hub.library import PUBLISHER
from hub.quiz_versions import quiz_versions
from hub.server import RunningHub, start_hub
from hub.settings import HubServerSettings, StoreSettings, UploadSettings
from protocol.content import Text
from tests.test_hub_uploads import b64, send_all
from tests.test_transcode import media_file
from tests.waiting import until

LIBRARY = "/api/v1/library"
OWNER_REFUSAL = "This lesson belongs to another teacher; only they or a district admin may change it."
QUIZ = {
    "id": "quiz-fractions",
    "title": {"language": "zh-TW", "text": "分數"},
    "questions": [
        {
            "id": "q1",
            "kind": "single",
            "text": {"language": "zh-TW", "text": "一半是多少？"},
            "options": [{"id": "a", "text": {"language": "zh-TW", "text": "1/2"}}],
            "answer": "a",
        }
    ],
}


def who(hub: RunningHub, role: str, name: str) -> dict[str, str]:
    return {"Authorization": "Bearer " + hub.store.issue_token(role, name)}


def new_lesson(upload: str | None, **more: Any) -> dict[str, Any]:
    return {
        "title": {"language": "zh-TW", "text": "分數入門", "translation": {"language": "en", "text": "Fractions"}},
        "subject": "mathematics",
        "grade": 3,
        "description": {"language": "en", "text": "Halves and quarters with a pizza."},
        "upload": upload,
        "quiz": QUIZ,
        **more,
    }


async def upload(http: aiohttp.ClientSession, hub: RunningHub, headers: dict[str, str], path: Path) -> str:
    """Upload a file with plain tus requests; answers the upload's id."""
    data = path.read_bytes()
    meta = f"filename {b64(path.name)},sha256 {b64(hashlib.sha256(data).hexdigest())}"
    tus = {**headers, "Tus-Resumable": "1.0.0"}
    async with http.post(
        f"{hub.url}/api/v1/uploads", headers={**tus, "Upload-Length": str(len(data)), "Upload-Metadata": meta}
    ) as r:
        assert r.status == 201, await r.text()
        url = hub.url + r.headers["Location"]
    await send_all(http, url, tus, data, 256 * 1024)
    return url.rsplit("/", 1)[1]


async def call(
    http: aiohttp.ClientSession, method: str, url: str, headers: dict[str, str], body: object = None
) -> tuple[int, Any]:
    async with http.request(method, url, headers=headers, json=body) as r:
        return r.status, await r.json() if r.content_type == "application/json" else await r.read()


def job_ended(hub: RunningHub, lesson_id: str) -> bool:
    return not hub.store.db.query("select pending from lessons where id = ?", [lesson_id])[0]["pending"]


async def catalogued(http: aiohttp.ClientSession, hub: RunningHub, headers: dict[str, str]) -> dict[str, Any]:
    """The catalog's lessons by id, as a teacher's PC gets them."""
    status, catalog = await call(http, "GET", f"{hub.url}/api/v1/catalog", headers)
    assert status == 200
    return {lesson["id"]: lesson for lesson in catalog["lessons"]}


@pytest.fixture
def lin(hub: RunningHub) -> dict[str, str]:
    return who(hub, "teacher", "Ms. Lin 林老師")


@pytest.mark.parametrize("keep_originals", [False, True])
async def test_an_uploaded_video_becomes_a_catalogued_lesson(
    hub_dir: Path, tmp_path: Path, http: aiohttp.ClientSession, keep_originals: bool
) -> None:
    settings = HubServerSettings(uploads=UploadSettings(keep_originals=keep_originals))
    hub = await start_hub(hub_dir, settings=settings)
    try:
        lin = who(hub, "teacher", "Ms. Lin 林老師")
        upload_id = await upload(http, hub, lin, media_file(tmp_path / "分數.mp4", "libx264", "aac"))
        status, lesson = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(upload_id))
        assert status == 201 and lesson["state"] == "processing" and lesson["video"] is None, lesson
        assert 0 <= lesson["progress"] <= 1 and lesson["owner"] == "Ms. Lin 林老師"
        assert lesson["id"] not in await catalogued(http, hub, lin)
        await until(lambda: job_ended(hub, lesson["id"]), timeout=60, what="the transcode")
        status, lesson = await call(http, "GET", f"{hub.url}{LIBRARY}/{lesson['id']}", lin)
        assert status == 200 and lesson["state"] == "published" and lesson["progress"] is None, lesson
        assert abs(lesson["video"]["duration"] - 2.0) < 0.5
        entry = (await catalogued(http, hub, lin))[lesson["id"]]
        assert (
            entry["title"] == new_lesson(None)["title"]
            and entry["grade"] == 3
            and entry["quiz"] == {**QUIZ, "version": 1}
        )
        assert entry["description"] == {"language": "en", "text": "Halves and quarters with a pizza."}
        async with http.get(hub.url + entry["video"]["url"], headers=lin) as r:
            video = await r.read()
        size = entry["video"]["chunk_size"]
        assert len(video) == entry["video"]["size"] == lesson["video"]["size"]
        assert hashlib.sha256(video).hexdigest() == entry["video"]["sha256"]
        status, served = await call(http, "GET", f"{hub.url}/api/v1/videos/{entry['video']['id']}/chunks", lin)
        assert status == 200 and served["chunks"] == [
            hashlib.sha256(video[i : i + size]).hexdigest() for i in range(0, len(video), size)
        ]
        status, picture = await call(http, "GET", hub.url + lesson["video"]["thumbnail"], lin)
        assert status == 200 and picture[:2] == b"\xff\xd8"  # a JPEG
        assert (hub_dir / "uploads" / upload_id).exists() == keep_originals
        assert not list((hub_dir / "videos").glob(".*.part"))

        again = await upload(http, hub, lin, media_file(tmp_path / "second.webm", "libvpx-vp9", "libopus"))
        status, lesson = await call(http, "PATCH", f"{hub.url}{LIBRARY}/{lesson['id']}", lin, {"upload": again})
        assert status == 200 and lesson["state"] == "processing"
        assert (await catalogued(http, hub, lin))[lesson["id"]]["video"] == entry["video"]  # until the new one is ready
        await until(lambda: job_ended(hub, lesson["id"]), timeout=60, what="the second transcode")
        replaced = (await catalogued(http, hub, lin))[lesson["id"]]["video"]
        assert replaced["id"] != entry["video"]["id"] and replaced["sha256"] != entry["video"]["sha256"]
        assert not (hub_dir / "videos" / f"{entry['video']['id']}.mp4").exists()
        assert not (hub_dir / "videos" / f"{entry['video']['id']}.jpg").exists()
    finally:
        await hub.stop()


async def test_get_shows_how_far_the_transcode_has_got(
    hub: RunningHub, tmp_path: Path, http: aiohttp.ClientSession, lin: dict[str, str]
) -> None:
    screen = media_file(tmp_path / "screen.mp4", "libx264", "aac", size=(1920, 1080), rate=60)
    status, lesson = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(await upload(http, hub, lin, screen)))
    assert status == 201
    publisher = hub.runner.app[PUBLISHER]
    await until(lambda: 0 < publisher.progress(lesson["id"]), timeout=60, what="the worker's first progress")
    status, shown = await call(http, "GET", f"{hub.url}{LIBRARY}/{lesson['id']}", lin)
    assert shown["state"] == "processing" and 0 < shown["progress"] < 1, shown
    status, listed = await call(http, "GET", hub.url + LIBRARY, lin)
    assert listed["lessons"][0]["progress"] >= shown["progress"]
    await until(lambda: job_ended(hub, lesson["id"]), timeout=60, what="the transcode")


async def test_a_text_file_named_mp4_fails_with_its_sentence_and_stays_out_of_the_catalog(
    hub: RunningHub, hub_dir: Path, tmp_path: Path, http: aiohttp.ClientSession, lin: dict[str, str]
) -> None:
    videos = sorted(p.name for p in (hub_dir / "videos").iterdir())
    notes = tmp_path / "第一課.mp4"
    notes.write_text("Chapter 1\nFractions\n")
    status, lesson = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(await upload(http, hub, lin, notes)))
    assert status == 201
    await until(lambda: job_ended(hub, lesson["id"]), timeout=30, what="the transcode")
    status, lesson = await call(http, "GET", f"{hub.url}{LIBRARY}/{lesson['id']}", lin)
    assert lesson["state"] == "failed" and lesson["video"] is None, lesson
    assert lesson["message"].startswith("第一課.mp4 is not a video or sound file;")
    assert lesson["failure"] == {"kind": "not_media", "file": "第一課.mp4"}  # for the client to say in its language
    assert lesson["id"] not in await catalogued(http, hub, lin)
    assert sorted(p.name for p in (hub_dir / "videos").iterdir()) == videos  # nothing half-made
    assert not list((hub_dir / "uploads").iterdir())


async def test_an_admin_edits_unpublishes_and_publishes_again_a_demo_lesson(
    hub: RunningHub, http: aiohttp.ClientSession, lin: dict[str, str], client: HubClient
) -> None:
    admin = who(hub, "admin", "Taitung district")
    url = f"{hub.url}{LIBRARY}/english-fruit"
    title = {"language": "en", "text": "Fruit at the market"}
    about = {"language": "en", "text": "Words for fruit, and asking a price."}
    status, lesson = await call(http, "PATCH", url, admin, {"title": title, "grade": 4, "description": about})
    assert status == 200 and lesson["title"] == title and lesson["owner"] is None, lesson
    entry = (await catalogued(http, hub, lin))["english-fruit"]
    assert entry["title"] == title and entry["grade"] == 4 and entry["description"] == about
    reply = await client.catalog(None)  # a classroom's client reads the new fields as it did the catalog before
    assert reply.catalog is not None
    read = {lesson.id: lesson for lesson in map(Lesson.from_catalog, reply.catalog.lessons)}
    assert read["english-fruit"].title == Text.read(title)
    status, lesson = await call(http, "DELETE", url, admin)
    assert status == 200 and lesson["state"] == "unpublished"
    assert "english-fruit" not in await catalogued(http, hub, lin)
    status, lesson = await call(http, "PATCH", url, admin, {"published": True})
    assert status == 200 and lesson["state"] == "published"
    assert (await catalogued(http, hub, lin))["english-fruit"]["title"] == title
    status, picture = await call(http, "GET", hub.url + lesson["video"]["thumbnail"], admin)
    assert status == 200 and picture[:2] == b"\xff\xd8"  # a JPEG taken from the demo's video
    status, body = await call(http, "PATCH", url, lin, {"grade": 5})
    assert status == 403 and body["error"]["message"] == OWNER_REFUSAL


async def test_every_library_route_with_every_role(
    hub: RunningHub, http: aiohttp.ClientSession, lin: dict[str, str]
) -> None:
    chen = who(hub, "teacher", "Mr. Chen 陳老師")
    admin = who(hub, "admin", "Taitung district")
    classroom = who(hub, "classroom", "Lanyu Elementary, grade 3")
    status, mine = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(None))
    assert status == 201 and mine["state"] == "published" and mine["video"] is None
    one = f"{hub.url}{LIBRARY}/{mine['id']}"
    routes = [
        ("GET", hub.url + LIBRARY, None),
        ("POST", hub.url + LIBRARY, new_lesson(None, quiz=None)),
        ("GET", one, None),
        ("PATCH", one, {"subject": "science"}),
        ("DELETE", one, None),
        ("GET", one + "/thumbnail", None),
    ]
    for method, url, body in routes:
        status, refused = await call(http, method, url, {}, body)
        assert status == 401, (method, url)
        status, refused = await call(http, method, url, classroom, body)
        assert status == 403 and refused["error"]["message"].startswith("A classroom token cannot do this"), url
        if url.startswith(one):
            status, refused = await call(http, method, url, chen, body)
            assert status == 403 and refused["error"]["message"] == OWNER_REFUSAL, (method, url)
        status, answer = await call(http, method, url, admin, body)
        assert status == (404 if url.endswith("thumbnail") else 201 if method == "POST" else 200), (method, answer)
    status, listed = await call(http, "GET", hub.url + LIBRARY, chen)
    assert status == 200 and listed["lessons"] == []
    status, listed = await call(http, "GET", hub.url + LIBRARY, lin)
    assert [lesson["id"] for lesson in listed["lessons"]] == [mine["id"]]
    assert listed["lessons"][0]["subject"] == "science" and listed["lessons"][0]["state"] == "unpublished"
    status, listed = await call(http, "GET", hub.url + LIBRARY, admin)
    assert {"english-fruit", mine["id"]} <= {lesson["id"] for lesson in listed["lessons"]}


@pytest.mark.both_databases
async def test_a_hub_restarted_mid_transcode_takes_the_job_up_again(
    hub_dir: Path, hub_db: str, tmp_path: Path, http: aiohttp.ClientSession
) -> None:
    settings = HubServerSettings(store=StoreSettings(hub_db))
    first = await start_hub(hub_dir, settings=settings)
    try:
        lin = who(first, "teacher", "Ms. Lin 林老師")
        upload_id = await upload(http, first, lin, media_file(tmp_path / "lesson.mkv", "libx264", "libmp3lame"))
        status, lesson = await call(http, "POST", first.url + LIBRARY, lin, new_lesson(upload_id))
        assert status == 201 and lesson["state"] == "processing"
    finally:
        await first.stop()  # the worker is still starting: it is stopped and leaves nothing half-made
    assert not list((hub_dir / "videos").glob(".*.part")) and (hub_dir / "uploads" / upload_id).exists()
    again = await start_hub(hub_dir, settings=settings)
    try:
        await until(lambda: job_ended(again, lesson["id"]), timeout=60, what="the transcode after the restart")
        status, lesson = await call(http, "GET", f"{again.url}{LIBRARY}/{lesson['id']}", lin)
        assert status == 200 and lesson["state"] == "published" and lesson["video"] is not None, lesson
        assert lesson["id"] in await catalogued(http, again, lin)
    finally:
        await again.stop()


async def test_an_upload_that_cannot_be_taken_is_refused_with_its_sentence(
    hub: RunningHub, tmp_path: Path, http: aiohttp.ClientSession, lin: dict[str, str]
) -> None:
    chen = who(hub, "teacher", "Mr. Chen 陳老師")
    notes = tmp_path / "notes.mp4"
    notes.write_text("Chapter 1\n")
    theirs = await upload(http, hub, chen, notes)
    status, refused = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(theirs))
    assert status == 403 and refused["error"]["message"].startswith("This upload belongs to another teacher")
    meta = f"filename {b64('a.mp4')},sha256 {b64('0' * 64)}"
    headers = {**lin, "Tus-Resumable": "1.0.0", "Upload-Length": "10", "Upload-Metadata": meta}
    async with http.post(f"{hub.url}/api/v1/uploads", headers=headers) as r:
        unfinished = r.headers["Location"].rsplit("/", 1)[1]
    status, refused = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(unfinished))
    assert status == 409 and refused["error"]["message"] == (
        "This upload is not complete: the hub has 0 of its 10 bytes. Finish it first."
    )
    status, lesson = await call(http, "POST", hub.url + LIBRARY, chen, new_lesson(theirs))
    assert status == 201
    status, refused = await call(http, "POST", hub.url + LIBRARY, chen, new_lesson(theirs, quiz=None))
    assert status == 409 and refused["error"]["field"] == "upload"
    status, refused = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(None))
    assert status == 409 and refused["error"]["message"] == (
        "Another lesson already has a quiz with the id 'quiz-fractions'; give this quiz its own id."
    )
    status, refused = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(None, grade=13))
    assert status == 400 and refused["error"]["field"] == "grade"
    assert [lesson["id"] for lesson in (await call(http, "GET", hub.url + LIBRARY, lin))[1]["lessons"]] == []
    await until(lambda: job_ended(hub, lesson["id"]), timeout=30, what="the transcode")


async def test_a_quiz_changed_through_the_library_is_a_new_version_and_the_old_one_is_kept(
    hub: RunningHub, http: aiohttp.ClientSession, lin: dict[str, str]
) -> None:
    status, lesson = await call(http, "POST", hub.url + LIBRARY, lin, new_lesson(None))
    assert status == 201 and (await catalogued(http, hub, lin))[lesson["id"]]["quiz"]["version"] == 1
    changed = copy.deepcopy(QUIZ)
    changed["questions"][0]["options"].append({"id": "b", "text": {"language": "zh-TW", "text": "2/4"}})
    changed["questions"][0]["answer"] = "b"
    one = f"{hub.url}{LIBRARY}/{lesson['id']}"
    status, _ = await call(http, "PATCH", one, lin, {"quiz": {**changed, "version": 1}})  # a stale number is ignored
    assert status == 200 and (await catalogued(http, hub, lin))[lesson["id"]]["quiz"] == {**changed, "version": 2}
    status, _ = await call(http, "PATCH", one, lin, {"quiz": changed, "title": new_lesson(None)["title"]})
    assert status == 200 and (await catalogued(http, hub, lin))[lesson["id"]]["quiz"]["version"] == 2  # unchanged
    kept = quiz_versions(hub.store.db, [("quiz-fractions", 1), ("quiz-fractions", 2)])
    assert [(quiz["version"], quiz["questions"][0]["answer"]) for quiz in kept] == [(1, "a"), (2, "b")]
