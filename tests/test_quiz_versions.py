"""Quiz versions: a changed quiz never rewrites or orphans its answers; each is judged against the version it had."""

from __future__ import annotations

import copy
import csv
import json
from contextlib import closing
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import qasync
from PySide6.QtCore import QAbstractItemModel

from app.quiz_session import QuizSession
from hub.quiz_versions import quiz_versions
from hub.result_store import add_results, find_results
from hub.server import RunningHub, start_hub
from hub.store import Store
from protocol.http.results import Result
from tests.gui import close_window, open_window, run
from tests.test_teacher_results import results_of

FRUIT = "quiz-english-fruit"


def lesson_of(store: Store, quiz_id: str) -> dict[str, Any]:
    return next(lesson for lesson in store.catalog().lessons if lesson["quiz"]["id"] == quiz_id)


def orange_first(quiz: dict[str, Any]) -> dict[str, Any]:
    """The fruit quiz with its first question changed: an orange asked for, so the right answer is c, not b."""
    changed = copy.deepcopy(quiz)
    changed.pop("version", None)
    changed["questions"][0]["text"] = {"en": "Which one is an orange?", "zh_TW": "哪一個是柳橙？"}
    changed["questions"][0]["answer"] = "c"
    return changed


def table(model: QAbstractItemModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def answer(pupil: str, value: object, n: int, version: int | None) -> Result:
    answered_at = "2026-12-03T10:41:00+08:00"
    return Result(f"00000000-0000-4000-8000-{n:012d}", FRUIT, "q1", pupil, value, answered_at, quiz_version=version)


@pytest.mark.both_databases
def test_a_changed_quiz_gets_the_next_version_and_an_unchanged_one_keeps_its_own(hub_dir: Path, hub_db: str) -> None:
    with closing(Store(hub_dir, hub_db)) as store:
        lesson = lesson_of(store, FRUIT)
        first = lesson["quiz"]
        assert first["version"] == 1  # the demo's quiz as the hub first served it
        assert store.set_quiz(lesson["id"], first) == 1  # set again unchanged: the same version
        assert store.set_quiz(lesson["id"], orange_first(first)) == 2
        assert store.set_quiz(lesson["id"], orange_first(first)) == 2
        assert lesson_of(store, FRUIT)["quiz"]["version"] == 2
        assert store.quiz(FRUIT) == {**orange_first(first), "version": 2}  # what a live lesson pushes
        kept = quiz_versions(store.db, [(FRUIT, 1), (FRUIT, 2), (FRUIT, 3)])
        assert kept == [first, {**orange_first(first), "version": 2}]
        with pytest.raises(KeyError):
            store.set_quiz("no-such-lesson", first)


@pytest.mark.both_databases
async def test_results_name_their_version_and_come_with_the_versions_they_name(
    hub: RunningHub, http: aiohttp.ClientSession, classroom: dict[str, str], teacher: dict[str, str]
) -> None:
    lesson = lesson_of(hub.store, FRUIT)
    url = f"{hub.url}/api/v1/results"
    first = [answer("Ami", "b", 1, 1).to_json(), answer("Kai", "b", 2, None).to_json()]  # Kai's PC is older
    async with http.post(url, json={"results": first}, headers=classroom) as response:
        assert [r["status"] for r in (await response.json())["results"]] == ["stored", "stored"]
    hub.store.set_quiz(lesson["id"], orange_first(lesson["quiz"]))
    second = [answer("Ana", "c", 3, 2).to_json(), answer("Bo", "c", 4, None).to_json()]
    async with http.post(url, json={"results": second}, headers=classroom) as response:
        assert [r["status"] for r in (await response.json())["results"]] == ["stored", "stored"]
    async with http.get(url, params={"quiz": FRUIT}, headers=teacher) as response:
        body = await response.json()
    # an answer naming no version answered the one current as it arrived
    assert [(r["pupil"], r["quiz_version"]) for r in body["results"]] == [("Ami", 1), ("Kai", 1), ("Ana", 2), ("Bo", 2)]
    assert [(q["version"], q["questions"][0]["answer"]) for q in body["quizzes"]] == [(1, "b"), (2, "c")]


def test_answers_from_before_versions_keep_the_quiz_they_answered_as_version_1(hub_dir: Path) -> None:
    with closing(Store(hub_dir)) as store:
        add_results(store.db, [answer("Ami", "b", 1, None)], "Lanyu 3")
        first = lesson_of(store, FRUIT)["quiz"]
        # make the hub.db as a hub before versions left it: no versions, no version on quizzes or answers
        store.db.execute("drop table quiz_versions")
        store.db.execute("alter table results drop column quiz_version")
        for lesson in store.catalog().lessons:
            unversioned = {k: v for k, v in lesson["quiz"].items() if k != "version"}
            store.db.execute("update lessons set quiz = ? where id = ?", [json.dumps(unversioned), lesson["id"]])
    with closing(Store(hub_dir)) as store:  # the new hub opens the old hub.db
        assert [r.quiz_version for r in find_results(store.db, FRUIT, None)] == [1]
        assert lesson_of(store, FRUIT)["quiz"] == first
        assert quiz_versions(store.db, [(FRUIT, 1)]) == [first]


def answer_first_question(session: QuizSession, value: str) -> None:
    session.submit(value)
    assert session.attempt.quiz["id"] == FRUIT


def test_the_results_screen_and_csv_judge_each_answer_by_the_version_its_pupil_had(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        hub.store.set_roster("Lanyu 3", ["陳怡君", "林志明", "Ana Lin"])
        token = hub.store.issue_token("classroom", "Lanyu 3")
        teacher = hub.store.issue_token("teacher", "Ms. Lin")
        window, services = await open_window(tmp_path, hub.url, token, "en", teacher)
        try:

            def fruit() -> dict[str, Any]:
                return next(lesson.quiz for lesson in services.catalog.lessons if lesson.quiz["id"] == FRUIT)

            # version 1 on the classroom PC: the banana is b, and 林志明 is right; the answer waits in the outbox
            answer_first_question(services.quizzes.begin(fruit(), "林志明"), "b")
            lesson = lesson_of(hub.store, FRUIT)
            assert hub.store.set_quiz(lesson["id"], orange_first(lesson["quiz"])) == 2
            await services.catalog.refresh()
            assert fruit()["version"] == 2
            # version 2: the orange is c; Ana Lin is right, 陳怡君 answers b as in version 1 and is wrong now
            answer_first_question(services.quizzes.begin(fruit(), "Ana Lin"), "c")
            answer_first_question(services.quizzes.begin(fruit(), "陳怡君"), "b")
            assert await services.sync.send_all()  # 林志明's answer reaches the hub after the change: still version 1

            view = await results_of(window, 0)  # English: fruit
            assert [row[:4] for row in table(view.pupils.model())] == [
                ["Lanyu 3", "陳怡君", "1 / 3", "0"],
                ["Lanyu 3", "林志明", "1 / 3", "1"],
                ["Lanyu 3", "Ana Lin", "1 / 3", "1"],
            ]
            assert view.status.text() == (
                "“Fruit words（水果單字）”: 3 of 3 pupils answered."
                " Answers from 2 versions of this quiz: each is judged against the version its pupil was given."
            )
            lines = [view.questions.item(i).text() for i in range(view.questions.count())]
            assert lines[0] == "Version 1 of the quiz"
            assert lines[1].startswith("1. Which one is a banana?（哪一個是香蕉？）\n    1 of 1 right · banana: 1")
            assert lines[4] == "Version 2 of the quiz"
            assert lines[5].startswith("1. Which one is an orange?（哪一個是柳橙？）\n    1 of 2 right · banana: 1")
            marked = table(view.open_answers(1).table.model())  # type: ignore[union-attr]
            assert marked[0] == ["1. Which one is a banana?（哪一個是香蕉？）", "banana", "✔ right", "banana"]
            marked = table(view.open_answers(0).table.model())  # type: ignore[union-attr]
            assert marked[0] == ["1. Which one is an orange?（哪一個是柳橙？）", "banana", "✘ wrong", "orange"]
            assert view.answers is not None
            view.answers.close()

            path = tmp_path / "fruit.csv"
            view.export_to(path)
            rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
            assert rows[0][8:] == ["Score", "Out of", "Answer in words", "Right answer", "Quiz version"]
            assert [[r[1], r[3], r[5], r[10], r[11], r[12]] for r in rows[1:]] == [
                ["陳怡君", "Which one is an orange?（哪一個是柳橙？）", "no", "banana", "orange", "2"],
                ["林志明", "Which one is a banana?（哪一個是香蕉？）", "yes", "banana", "banana", "1"],
                ["Ana Lin", "Which one is an orange?（哪一個是柳橙？）", "yes", "orange", "orange", "2"],
            ]
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())
