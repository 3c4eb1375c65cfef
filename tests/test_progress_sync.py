"""Progress back to the teacher on a real hub: what a classroom did with an assigned lesson (downloaded, watched, quiz
done) reaches the hub's course grid exactly once through the outbox, whatever the link does; a refused event is set
aside without holding back the others, and a hub older than courses keeps the events waiting, not the answers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlite_utils
from aiohttp import web
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.config import Config
from app.hub_client import HubClient
from app.outbox import Outbox
from app.progress_log import Done, ProgressLog
from app.progress_outbox import ProgressOutbox
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from app.result_sync import ResultSync
from app.services import Services, open_services
from app.sync_command import SyncReport
from hub.demo import LESSONS
from hub.server import RunningHub
from tests.fake_server import serve
from tests.fault_proxy import FaultProxy
from tests.test_hub_courses import at, call, new_course, who

FRUIT: dict[str, Any] = LESSONS[0]["quiz"]


def queued(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("select * from progress_outbox order by rowid"))


def on_hub(hub: RunningHub, classroom: str) -> list[str]:
    return [row["id"] for row in hub.store.db.query("select id from progress_events where classroom = ?", [classroom])]


async def assigned_fruit(http: aiohttp.ClientSession, hub: RunningHub) -> tuple[dict[str, str], str]:
    """Ms Lin's course for Lanyu 3 with english-fruit due tomorrow; her headers and the grid's path."""
    lin = who(hub, "teacher", "Ms Lin")
    course = await new_course(http, hub, lin, classrooms=["Lanyu 3"], lessons=["english-fruit"])
    body = {"lesson": "english-fruit", "opens": at(-1), "due": at(24)}
    status, _ = await call(http, hub, "POST", f"/api/v1/courses/{course['id']}/assignments", lin, body)
    assert status == 201
    return lin, f"/api/v1/courses/{course['id']}/progress"


@pytest.fixture
async def services(hub: RunningHub, tmp_path: Path) -> AsyncIterator[Services]:
    opened = open_services(Config(), tmp_path, hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    yield opened
    await opened.stop()


async def test_downloaded_watched_and_a_quiz_reach_the_course_grid_once(
    hub: RunningHub, http: aiohttp.ClientSession, services: Services
) -> None:
    lin, grid_path = await assigned_fruit(http, hub)
    await services.catalog.refresh()
    assert await services.library.download_pass()  # the fruit video finishes downloading
    session = services.quizzes.begin(FRUIT, "陳怡君")
    for value in ("b", ["a"], "apple"):  # the second is wrong
        session.submit(value)
    assert session.is_finished
    assert services.progress.record_fraction("english-fruit", "", "watched", 0.6, at(0))
    events = {row["id"]: (row["lesson"], row["viewer"], row["kind"]) for row in queued(services.db)}
    assert ("english-fruit", "", "downloaded") in events.values() and len(events) == len(set(events.values()))
    assert ("english-fruit", "陳怡君", "quiz") in events.values()
    assert await services.sync.send_all()
    assert queued(services.db) == [] and services.sync.progress_waiting == 0
    sent = on_hub(hub, "Lanyu 3")
    assert sorted(sent) == sorted(events)  # one event per change, each once
    assert await services.sync.send_all() and on_hub(hub, "Lanyu 3") == sent
    status, grid = await call(http, hub, "GET", grid_path, lin)
    assert status == 200, grid
    [cell] = grid["cells"]
    assert (cell["classroom"], cell["downloaded"], cell["watched"], cell["quiz"]) == (
        "Lanyu 3",
        True,
        0.6,
        {"right": 2, "total": 3},
    )
    assert cell["viewers"] == [{"viewer": "陳怡君", "watched": None, "quiz": {"right": 2, "total": 3}}]


def record(db: sqlite_utils.Database, pupils: int) -> ProgressLog:
    """Each pupil watched part of the fruit video and did its quiz: two events per pupil."""
    log = ProgressLog(db)
    for n in range(pupils):
        log.record_fraction("english-fruit", f"pupil {n:03d}", "watched", 0.5, at(0))
        log.record_quiz("english-fruit", f"pupil {n:03d}", Done(n % 4, 3), at(0))
    return log


@pytest.fixture
async def sync_via(db: sqlite_utils.Database, hub: RunningHub) -> AsyncIterator[Any]:
    token = hub.store.issue_token("classroom", "Lanyu 3")
    made: list[tuple[ResultSync, HubClient]] = []

    def make(url: str) -> ResultSync:
        client = HubClient(url, token)
        made.append((ResultSync(Outbox(db), client, ProgressOutbox(db)), client))
        return made[-1][0]

    yield make
    for sync, client in made:
        await sync.stop()
        await client.close()


@pytest.mark.parametrize("cut", ["request", "reply"])
async def test_a_link_cut_mid_batch_loses_and_doubles_nothing(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any, cut: str
) -> None:
    QuizStore(db)  # the answers' outbox, empty
    record(db, 250)  # 500 events: three batches
    ids = [row["id"] for row in queued(db)]
    port = int(hub.url.rsplit(":", 1)[1])
    # every connection breaks: the first batch is cut on its way in, or stored and its receipt cut on the way out
    options = {"cut_up_after": 20_000} if cut == "request" else {"cut_after": 3_000}
    proxy = FaultProxy("127.0.0.1", port, faulty=None, **options)
    sync = sync_via(await proxy.start())
    try:
        assert not await sync.send_all()
        assert sync.problem
        stored = set(on_hub(hub, "Lanyu 3"))
        waiting = {row["id"] for row in queued(db)}
        assert stored | waiting == set(ids), "an event was lost"
        if cut == "reply":
            assert stored & waiting, "the hub stored a batch whose receipt never came"
    finally:
        await proxy.stop()
    assert await sync_via(hub.url).send_all()
    assert sorted(on_hub(hub, "Lanyu 3")) == sorted(ids) and queued(db) == []
    rows = list(hub.store.db.query("select viewer, kind, fraction, correct from progress where classroom = 'Lanyu 3'"))
    assert len(rows) == 500
    quiz = {row["viewer"]: row["correct"] for row in rows if row["kind"] == "quiz"}
    assert quiz == {f"pupil {n:03d}": n % 4 for n in range(250)}


async def test_a_refused_event_is_set_aside_and_the_others_go_on(
    hub: RunningHub, db: sqlite_utils.Database, sync_via: Any
) -> None:
    QuizStore(db)
    log = ProgressLog(db)
    log.record_fraction("english-fruit", "小" * 150, "watched", 0.3, at(0))  # a name longer than the hub takes
    record(db, 20)
    good = [row["id"] for row in queued(db)][1:]
    sync = sync_via(hub.url)
    assert await sync.send_all()
    assert sorted(on_hub(hub, "Lanyu 3")) == sorted(good)
    assert sync.problem == "" and sync.progress_waiting == 0 and sync.progress_set_aside == 1
    [kept] = list(db.query("select viewer, reason from progress_outbox"))
    assert kept["viewer"] == "小" * 150 and "viewer" in kept["reason"] and "100" in kept["reason"]
    assert await sync.send_all() and len(on_hub(hub, "Lanyu 3")) == len(good)  # never sent again


async def hub_before_courses(request: web.Request) -> web.Response:
    """A hub of the version before courses: results are stored, /progress is not found."""
    if request.path.endswith("/results"):
        items = (await request.json())["results"]
        return web.json_response({"results": [{"id": item["id"], "status": "stored"} for item in items]})
    return web.json_response({"error": {"status": 404, "message": "Not found"}}, status=404)


async def test_a_hub_older_than_courses_keeps_the_events_and_takes_the_answers(
    db: sqlite_utils.Database, sync_via: Any
) -> None:
    store = QuizStore(db)
    attempt = store.start(FRUIT, "陳怡君")
    store.answer(attempt, "q1", "b")
    record(db, 3)
    runner, url = await serve(hub_before_courses)
    try:
        sync = sync_via(url)
        assert await sync.send_all()
        assert sync.problem == "" and sync.waiting == 0 and Outbox(db).count() == 0
        assert sync.progress_waiting == 6 == len(queued(db))
    finally:
        await runner.cleanup()


async def test_a_teachers_pc_reports_no_progress_and_shows_no_problem(
    hub: RunningHub, db: sqlite_utils.Database
) -> None:
    """A teacher watching a lesson on their own PC: the hub takes progress only from classrooms (403), so the events
    wait quietly instead of showing a sync problem at every try."""
    QuizStore(db)
    record(db, 2)
    client = HubClient(hub.url, hub.store.issue_token("teacher", "Ms Lin"))
    sync = ResultSync(Outbox(db), client, ProgressOutbox(db))
    try:
        assert await sync.send_all()
        assert sync.problem == "" and sync.progress_waiting == 4
    finally:
        await client.close()


def test_a_quiz_of_no_lesson_is_not_progress_and_a_timed_out_one_is(qtbot: QtBot, db: sqlite_utils.Database) -> None:
    timed = {**FRUIT, "time_limit": 1}
    db.table("catalog_lessons").insert_all(  # the catalog as this PC keeps it: the fruit lesson with a timed quiz
        [{"id": "english-fruit", "position": 0, "body": json.dumps({"id": "english-fruit", "quiz": timed})}], pk="id"
    )
    quizzes = Quizzes(QuizStore(db), lambda: None, ProgressLog(db).quiz_finished)
    popup = quizzes.begin({**FRUIT, "id": "popup-1"}, "林志明")  # a live lesson's pop-up quiz
    for value in ("b", ["a", "c"], "apple"):
        popup.submit(value)
    session = quizzes.begin(timed, "陳怡君")
    session.submit("b")
    qtbot.waitUntil(lambda: session.is_finished, timeout=5000)  # time ran out after one answer
    assert [(row["viewer"], row["right"], row["total"]) for row in queued(db)] == [("陳怡君", 1, 3)]


def test_the_sync_command_says_when_progress_waits(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    for language, line in (
        ("en", "Progress: 3 reports waiting: the link broke"),
        ("zh_TW", "學習進度：還有 3 筆等待傳送：the link broke"),
    ):
        i18n.install(qapp, language)
        try:
            report = SyncReport()
            report.progress(0, "")  # nothing waiting: no line
            report.progress(3, "the link broke")
            assert report.summary() == 1
        finally:
            i18n.install(qapp, "en")
        assert capsys.readouterr().out.splitlines()[0] == line
