"""The incremental catalog: GET catalog?since=CURSOR answers only what changed, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from hub.server import RunningHub
from protocol.schema import validate
from tests.test_hub_library import QUIZ, call, who

pytestmark = pytest.mark.both_databases


async def changes(
    http: aiohttp.ClientSession, hub: RunningHub, headers: dict[str, str], since: str | None
) -> tuple[dict[str, Any], int]:
    """The catalog answer (checked against its schema) and the bytes of its body."""
    url = f"{hub.url}/api/v1/catalog" + ("" if since is None else f"?since={since}")
    async with http.get(url, headers=headers) as r:
        assert r.status == 200
        body = await r.read()
        answer = await r.json()
    validate(answer, "Catalog")
    return answer, len(body)


def quiz_lesson(title: str, quiz_id: str) -> dict[str, Any]:
    """A NewLesson body of a lesson that is only a quiz: in the catalog at once."""
    return {
        "title": {"language": "en", "text": title},
        "subject": "mathematics",
        "grade": 3,
        "description": None,
        "upload": None,
        "quiz": {**QUIZ, "id": quiz_id},
    }


async def test_a_classroom_gets_only_what_was_added_changed_or_removed_since_its_cursor(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    whole, _ = await changes(http, hub, classroom, None)
    assert whole["complete"] is True and whole["removed"] == [] and len(whole["lessons"]) == 4
    cursor = whole["cursor"]
    same, size = await changes(http, hub, classroom, cursor)
    assert same == {"lessons": [], "cursor": cursor, "removed": [], "complete": False} and size < 300

    lin = who(hub, "teacher", "Ms. Lin 林老師")
    library = f"{hub.url}/api/v1/library"
    status, added = await call(http, "POST", library, lin, quiz_lesson("Halves", "quiz-halves"))
    assert status == 201
    status, kept = await call(http, "POST", library, lin, quiz_lesson("Quarters", "quiz-quarters"))
    assert status == 201
    news, _ = await changes(http, hub, classroom, cursor)
    assert [entry["id"] for entry in news["lessons"]] == [added["id"], kept["id"]] and news["removed"] == []
    assert news["complete"] is False and news["lessons"][0]["title"] == {"language": "en", "text": "Halves"}

    cursor = news["cursor"]
    status, _ = await call(http, "PATCH", f"{library}/{added['id']}", lin, {"title": {"language": "en", "text": "½"}})
    assert status == 200
    status, _ = await call(http, "DELETE", f"{library}/{kept['id']}", lin)
    assert status == 200
    news, _ = await changes(http, hub, classroom, cursor)
    assert [(entry["id"], entry["title"]["text"]) for entry in news["lessons"]] == [(added["id"], "½")]
    assert news["removed"] == [kept["id"]]
    quiz = hub.store.quiz("quiz-english-fruit")
    assert quiz is not None
    hub.store.set_quiz("english-fruit", {**quiz, "time_limit": 90})
    later, _ = await changes(http, hub, classroom, news["cursor"])
    assert [entry["id"] for entry in later["lessons"]] == ["english-fruit"] and later["removed"] == []

    # a month offline: one exchange from the first cursor brings everything since, the removal too
    month, _ = await changes(http, hub, classroom, whole["cursor"])
    assert {entry["id"] for entry in month["lessons"]} == {added["id"], "english-fruit"}
    assert month["removed"] == [kept["id"]]


async def test_an_old_client_without_since_and_a_cursor_the_hub_never_gave_get_the_whole_catalog(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str]
) -> None:
    whole, _ = await changes(http, hub, classroom, None)
    assert [entry["id"] for entry in whole["lessons"]] == [entry["id"] for entry in hub.store.catalog().lessons]
    assert all("chunks" not in entry.get("video", {}) for entry in whole["lessons"])
    reset, _ = await changes(http, hub, classroom, str(int(whole["cursor"]) + 1000))  # a hub.db made anew
    assert reset["complete"] is True and reset["lessons"] == whole["lessons"]
    async with http.get(f"{hub.url}/api/v1/catalog?since=yesterday", headers=classroom) as r:
        assert r.status == 400 and (await r.json())["error"]["field"] == "since"
